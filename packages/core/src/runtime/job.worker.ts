import { consumedQueues, type RunningWorkers, startWorkers } from '@sextant/jobs';
import type { AppServices } from './app.context';
import { createJobHandlers } from './job.handlers';

/** Starts the background worker of this process on the queues the configuration gives it. */
export async function runWorker(app: AppServices): Promise<RunningWorkers> {
  const { config } = app;
  return startWorkers({
    connection: app.jobs.connection,
    settings: { ...config.jobs },
    queues: consumedQueues(config.jobs.workerQueues),
    handlers: createJobHandlers(app),
    log: (msg, fields) => app.logger.warn(fields ?? {}, msg),
    onOutcome: (o) => {
      app.metrics.jobDuration.observe({ queue: o.queue, job: o.job.name, outcome: o.ok ? 'completed' : 'failed' }, o.seconds);
      if (!o.ok) app.metrics.jobFailures.inc({ queue: o.queue, job: o.job.name, final: String(o.final) });
      // One line per job at debug: at info a busy worker would drown everything else.
      const fields = {
        queue: o.queue,
        job: o.job.name,
        jobId: o.job.id,
        durationMs: Math.round(o.seconds * 1000),
        ...(o.job.requestId ? { requestId: o.job.requestId } : {}),
      };
      if (o.ok) app.logger.debug(fields, 'job done');
      else app.logger.debug({ ...fields, err: o.error }, 'job attempt failed');
    },
  });
}
