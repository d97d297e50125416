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
    log: (msg) => app.log(msg),
  });
}
