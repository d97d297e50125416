import type { Config } from '@sextant/config';
import { consumedQueues, type JobQueues, type RunningWorkers, startWorkers } from '@sextant/jobs';
import type { DataSource } from 'typeorm';
import type { LiveHub } from '../live/live-hub';
import { createJobHandlers } from './job-handlers';

/** Starts the background worker of this process on the queues the configuration gives it. */
export async function runWorker(opts: {
  config: Config;
  ds: DataSource;
  live: LiveHub;
  jobs: JobQueues;
  log: (msg: string, err?: unknown) => void;
}): Promise<RunningWorkers> {
  const { config } = opts;
  return startWorkers({
    connection: opts.jobs.connection,
    settings: { ...config.jobs },
    queues: consumedQueues(config.jobs.workerQueues),
    handlers: createJobHandlers(opts),
    log: (msg) => opts.log(msg),
  });
}
