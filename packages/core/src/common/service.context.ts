import type { Config } from '@sextant/config';
import type { JobQueues } from '@sextant/jobs';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from './access.policy';
import type { ChangeParticipant } from './changes.participant';
import type { LoaderCache } from './loader-cache.util';
import type { Logger } from './logger.factory';
import type { SextantMetrics } from './metrics.registry';

/** Operator log; never given secrets or payloads. */
export type Log = (msg: string, err?: unknown) => void;

/**
 * What every service is handed first, in the API and the worker alike. Built once per request or
 * job (fresh loaders), from the process-wide services the bootstrap created.
 */
export type BaseContext = {
  config: Config;
  ds: DataSource;
  /** Enqueues background work; the admin view of the queues. */
  jobs: JobQueues;
  /** Fresh per request or job, so batching never leaks rows across requests or principals. */
  loaders: LoaderCache;
  /** Who follows a committed change of traces (rollups, metrics, forwarding, live events). */
  participants: readonly ChangeParticipant[];
  log: Log;
  /** The structured logger behind `log`; a request's or job's carries its request id. */
  logger: Logger;
  /** This process's Prometheus metrics. */
  metrics: SextantMetrics;
  /** The id of the request this work is for (X-Request-Id), also carried by the jobs it enqueues. */
  requestId?: string;
  /** The transaction this work runs in; set by `withTransaction`, read through `db(ctx)`. */
  manager?: EntityManager;
};

/** The part of a context that database work needs: services that only read or write rows take this much. */
export type DbContext = Pick<BaseContext, 'ds' | 'manager'>;

/** A context inside a transaction. */
export type TxContext<C extends DbContext = BaseContext> = C & { manager: EntityManager };

/** Per-request state handed to every resolver and API service. */
export type RequestContext = BaseContext & { principal: Principal };
