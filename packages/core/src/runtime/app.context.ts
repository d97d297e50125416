import type { Config } from '@sextant/config';
import type { JobQueues } from '@sextant/jobs';
import type { DataSource } from 'typeorm';
import type { Principal } from '../common/access.policy';
import type { ChangeParticipant } from '../common/changes.participant';
import type { BaseContext, Log, RequestContext } from '../common/service.context';
import { LoaderCache } from '../common/loader-cache.util';
import { type Logger, logOf } from '../common/logger.factory';
import type { SextantMetrics } from '../common/metrics.registry';
import { forwardParticipant } from '../langsmith-forward/langsmith-forward.participant';
import type { LiveHub } from '../live/live.hub';
import { liveParticipant } from '../live/live.participant';
import type { LiveContext } from '../live/live.service';
import type { ConnectionBudget } from '../live/live.stream';
import { metricsParticipant } from '../metrics/trace-metrics.participant';
import { rollupParticipant } from '../rollups/rollup.participant';

/** The process-wide services every context of this process is built from (one per process). */
export type AppServices = Omit<BaseContext, 'loaders' | 'manager'> & { live: LiveHub };

/**
 * Who follows a committed change of traces, in the order their in-transaction work runs. A new
 * follower (an alert, an export) is one more entry here.
 */
function changeParticipants(live: LiveHub): ChangeParticipant[] {
  return [rollupParticipant, metricsParticipant, forwardParticipant, liveParticipant(live)];
}

/** Assembles the process-wide services from what the bootstrap opened. */
export function createAppServices(opts: {
  config: Config;
  ds: DataSource;
  jobs: JobQueues;
  live: LiveHub;
  log: Log;
  logger: Logger;
  metrics: SextantMetrics;
}): AppServices {
  return Object.freeze({ ...opts, participants: changeParticipants(opts.live) });
}

/** What a job's log lines carry: its name and id, and the request that caused it. */
export type JobTag = { name: string; id: string; requestId?: string };

/**
 * The context of one background job: fresh loaders, no principal (the worker acts for every
 * project). Given the job, its log lines carry the job's name, id and request id, and jobs it
 * enqueues carry the same request id.
 */
export const jobContext = (app: AppServices, job?: JobTag): BaseContext & { live: LiveHub } => {
  if (!job) return { ...app, loaders: new LoaderCache(app.ds) };
  const logger = app.logger.child({ job: job.name, jobId: job.id, ...(job.requestId ? { requestId: job.requestId } : {}) });
  return { ...app, loaders: new LoaderCache(app.ds), logger, log: logOf(logger), requestId: job.requestId, jobs: app.jobs.forRequest(job.requestId) };
};

/**
 * The context of one API request or subscription, for an authenticated (or anonymous) principal.
 * With a request id, its log lines and the jobs it enqueues carry that id.
 */
export const requestContext = (app: AppServices, principal: Principal, budget?: ConnectionBudget, requestId?: string): RequestContext & LiveContext => {
  const logger = requestId ? app.logger.child({ requestId }) : app.logger;
  return {
    ...app,
    principal,
    loaders: new LoaderCache(app.ds),
    budget,
    ...(requestId ? { requestId, logger, log: logOf(logger), jobs: app.jobs.forRequest(requestId) } : {}),
  };
};
