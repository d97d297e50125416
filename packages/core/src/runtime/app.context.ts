import type { Config } from '@sextant/config';
import type { JobQueues } from '@sextant/jobs';
import type { DataSource } from 'typeorm';
import type { Principal } from '../common/access.policy';
import type { ChangeParticipant } from '../common/changes.participant';
import type { BaseContext, Log, RequestContext } from '../common/service.context';
import { LoaderCache } from '../common/loader-cache.util';
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
export function createAppServices(opts: { config: Config; ds: DataSource; jobs: JobQueues; live: LiveHub; log: Log }): AppServices {
  return Object.freeze({ ...opts, participants: changeParticipants(opts.live) });
}

/** The context of one background job: fresh loaders, no principal (the worker acts for every project). */
export const jobContext = (app: AppServices): BaseContext & { live: LiveHub } => ({ ...app, loaders: new LoaderCache(app.ds) });

/** The context of one API request or subscription, for an authenticated (or anonymous) principal. */
export const requestContext = (app: AppServices, principal: Principal, budget?: ConnectionBudget): RequestContext & LiveContext => ({
  ...app,
  principal,
  loaders: new LoaderCache(app.ds),
  budget,
});
