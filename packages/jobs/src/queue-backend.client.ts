import { createPostgresBackend, Queue, Worker, withBackend } from 'bullmq';
import { isCluster, openRedis, pingRedis, type RedisTarget } from './redis-connection.client';

/** Where the queues live: Redis (one server or a cluster), or the tables BullMQ's Postgres backend keeps in our own database. */
export type QueueConnection = { prefix: string } & ({ backend: 'redis'; redis: RedisTarget } | { backend: 'postgres'; databaseUrl: string; poolSize?: number });

// The two backends' classes differ only in their connection type; this module hides that.
type AnyQueue = Queue;
type AnyWorker = Worker;
type Processor = ConstructorParameters<typeof Worker>[1];

/** The queues' connection: Redis (a URL, or the config's `redis`) when configured for it, else the Postgres at databaseUrl. */
export function queueConnection(jobs: { backend: 'redis' | 'postgres'; prefix: string }, redis: RedisTarget | undefined, databaseUrl: string): QueueConnection {
  if (jobs.backend === 'redis') {
    if (!redis) throw new Error('The Redis queue backend needs REDIS_URL');
    return { backend: 'redis', prefix: jobs.prefix, redis };
  }
  return { backend: 'postgres', prefix: jobs.prefix, databaseUrl, poolSize: 2 };
}

/** The Postgres schema BullMQ's tables are created in (by its own migrations, on first connect). */
export const jobsSchema = (prefix: string) => `${prefix}_jobs`;

/** A queue or worker together with what must be closed after it. */
export type Owned<T> = { value: T; close(): Promise<void> };

function redis(target: RedisTarget, role: string, producer = false) {
  // Workers' blocking commands need maxRetriesPerRequest: null. A producer fails fast instead of
  // queueing commands while Redis is away: ingestion must never wait for it.
  return producer
    ? openRedis(target, { maxRetriesPerRequest: 1, offlineQueue: false, connectionName: `sextant-${role}` })
    : openRedis(target, { maxRetriesPerRequest: null, connectionName: `sextant-${role}` });
}

/**
 * BullMQ's key prefix for one queue. Its scripts touch many keys of a queue at once, which a Redis
 * Cluster allows only when they hash to one slot: on a cluster the queue's name is a hash tag
 * (`sextant:{metrics}:metrics:wait`), so each queue lives whole on one master and the queues spread
 * over the masters. On one server the keys stay as before (`sextant:metrics:wait`), so an upgrade
 * finds the jobs the previous version queued.
 */
function redisQueuePrefix(target: RedisTarget, prefix: string, queue: string): string {
  return isCluster(target) ? `${prefix}:{${queue}}` : prefix;
}

/**
 * Resolves once the queue backend answers. Redis that holds the queues is waited for, not given up
 * on: nothing can be queued without it, and it usually comes up a little after Sextant (a restart,
 * a container starting in parallel). Says so once, then every `remindMs`; Postgres is already up.
 */
export async function waitForQueueBackend(conn: QueueConnection, log: (msg: string) => void, o: { retryMs?: number; remindMs?: number } = {}): Promise<void> {
  if (conn.backend !== 'redis') return;
  const retryMs = o.retryMs ?? 1000;
  const remindMs = o.remindMs ?? 30_000;
  let since: number | null = null;
  let reminded = 0;
  for (;;) {
    try {
      await pingRedis(conn.redis);
      if (since !== null) log(`Redis (REDIS_URL) answers after ${Math.round((Date.now() - since) / 1000)} s; starting`);
      return;
    } catch (e) {
      const why = (e as Error).message;
      const now = Date.now();
      if (since === null) {
        since = reminded = now;
        log(
          `Redis (REDIS_URL) does not answer (${why}). It holds the job queues (QUEUE_BACKEND=redis), so Sextant waits for it, ` +
            `trying every ${retryMs} ms; set QUEUE_BACKEND=postgres to keep the queues in Postgres instead`,
        );
      } else if (now - reminded >= remindMs) {
        reminded = now;
        log(`Still waiting for Redis (REDIS_URL), ${Math.round((now - since) / 1000)} s so far: ${why}`);
      }
    }
    await new Promise((r) => setTimeout(r, retryMs));
  }
}

/** Opens a queue (producer side) on the configured backend; its connection errors go to onError. */
export function openQueue(
  conn: QueueConnection,
  name: string,
  defaultJobOptions: AnyQueue['defaultJobOptions'],
  onError: (e: Error) => void = () => {},
): Owned<AnyQueue> {
  if (conn.backend === 'redis') {
    const connection = redis(conn.redis, `queue-${name}`, true);
    connection.on('error', onError);
    const q = new Queue(name, { connection, prefix: redisQueuePrefix(conn.redis, conn.prefix, name), defaultJobOptions });
    q.on('error', onError);
    return { value: q, close: async () => void (await q.close(), connection.disconnect()) };
  }
  const pg = withBackend(createPostgresBackend);
  const q = new pg.Queue(name, { connection: pgConnection(conn), defaultJobOptions }) as unknown as AnyQueue;
  q.on('error', onError);
  return { value: q, close: () => q.close() };
}

/** Opens a worker (consumer side) on the configured backend. */
export function openWorker(conn: QueueConnection, name: string, processor: Processor, opts: { concurrency: number; lockMs: number }): Owned<AnyWorker> {
  const common = {
    concurrency: opts.concurrency,
    lockDuration: opts.lockMs,
    // A job whose worker died is taken back after one lock period, and given up after two such stalls.
    stalledInterval: opts.lockMs,
    maxStalledCount: 2,
  };
  if (conn.backend === 'redis') {
    const connection = redis(conn.redis, `worker-${name}`);
    // The worker reports errors through its own 'error' event.
    connection.on('error', () => {});
    const w = new Worker(name, processor, { ...common, connection, prefix: redisQueuePrefix(conn.redis, conn.prefix, name) });
    return { value: w, close: async () => void (await w.close(), connection.disconnect()) };
  }
  const pg = withBackend(createPostgresBackend);
  const w = new pg.Worker(name, processor as never, { ...common, connection: pgConnection(conn) }) as unknown as AnyWorker;
  return { value: w, close: () => w.close() };
}

function pgConnection(conn: { databaseUrl: string; poolSize?: number; prefix: string }) {
  return { connectionString: conn.databaseUrl, schema: jobsSchema(conn.prefix), migrate: true, max: conn.poolSize ?? 4 };
}
