import type { Config } from '@sextant/config';
import type { JobQueues } from '@sextant/jobs';
import type { DataSource } from 'typeorm';
import type { ApiKeyRole } from '../auth/api-key.entity';
import type { LiveHub } from '../live/live-hub';
import type { ConnectionBudget } from '../live/live-stream';
import type { Loaders } from './loaders';

/** Who is calling: the bootstrap admin (every project), a project-scoped key, or nobody. */
export type Principal =
  | { kind: 'admin' }
  | { kind: 'key'; keyId: string; projectId: string; role: ApiKeyRole }
  | { kind: 'anonymous' };

/** Per-request state handed to every resolver and service. */
export type RequestContext = {
  principal: Principal;
  config: Config;
  ds: DataSource;
  loaders: Loaders;
  /** Publishes committed ingestions and serves subscriptions. */
  live: LiveHub;
  /** Enqueues background work (metrics, rollups); the admin view of the queues. */
  jobs: JobQueues;
  /** Operator log; never given secrets or payloads. */
  log: (msg: string, err?: unknown) => void;
  /** The undelivered-event budget of a subscription's connection (WebSocket only). */
  budget?: ConnectionBudget;
};
