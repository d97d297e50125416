import { Cluster, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';

/**
 * Where Redis is: one server at `url`, or with `cluster` the seed nodes of a Redis Cluster and the
 * TLS and credentials every node is reached with (the config's `redis`; a bare URL is one server).
 */
export type RedisTarget =
  | string
  | Readonly<{
      cluster: boolean;
      url: string;
      nodes?: readonly Readonly<{ host: string; port: number }>[];
      tls?: boolean;
      username?: string;
      password?: string;
    }>;

/** A connection to one Redis server or to a cluster; both speak the commands Sextant uses. */
export type RedisClient = Redis | Cluster;

/**
 * What a connection is for. `offlineQueue: false` fails commands at once while Redis is away
 * instead of queueing them (producers and the publisher: ingestion must never wait for Redis).
 */
export type RedisRole = Omit<RedisOptions, 'enableOfflineQueue'> & { connectionName: string; offlineQueue?: boolean };

/** True when the target is a Redis Cluster. */
export const isCluster = (target: RedisTarget): boolean => typeof target !== 'string' && target.cluster;

/**
 * Opens the one kind of Redis connection every Sextant client uses: an ioredis Redis for one server,
 * an ioredis Cluster (discovering the masters from the seed nodes) when REDIS_CLUSTER=true. The role's
 * options go to every node connection of a cluster.
 */
export function openRedis(target: RedisTarget, role: RedisRole): RedisClient {
  const { offlineQueue = true, lazyConnect, ...options } = role;
  if (typeof target === 'string' || !target.cluster) {
    return new Redis(typeof target === 'string' ? target : target.url, { ...options, lazyConnect, enableOfflineQueue: offlineQueue });
  }
  const nodes = target.nodes?.length ? target.nodes.map((n) => ({ host: n.host, port: n.port })) : [target.url];
  const redisOptions: RedisOptions = {
    ...options,
    username: target.username,
    password: target.password,
    // The nodes' own connections keep their offline queue: a cluster opens them lazily, on the first
    // command for their slots, and without it that command would fail. The cluster-level switch below
    // is what fails commands while the cluster is away.
    ...(target.tls ? { tls: {} } : {}),
  };
  const clusterOptions: ClusterOptions = {
    redisOptions,
    lazyConnect,
    enableOfflineQueue: offlineQueue,
    enableReadyCheck: true,
    // Managed clusters (ElastiCache, MemoryDB) announce nodes by address; with TLS the certificate
    // names the configured host, so the name is kept rather than resolved.
    ...(target.tls ? { dnsLookup: (address: string, callback: (err: null, address: string) => void) => callback(null, address) } : {}),
    // A reconnecting cluster retries like a single connection would.
    clusterRetryStrategy: typeof options.retryStrategy === 'function' ? options.retryStrategy : (times) => Math.min(100 * times, 2000),
  };
  return new Cluster(nodes, clusterOptions);
}

/**
 * Pings the configured Redis once (every master of a cluster): resolves when it answers, rejects with
 * the socket's own error otherwise. For readiness checks and for waiting on Redis at start-up.
 */
export async function pingRedis(target: RedisTarget, timeoutMs = 2000): Promise<void> {
  const probe = openRedis(target, {
    lazyConnect: true,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    connectionName: 'sextant-probe',
  });
  // The socket's own error (ECONNREFUSED, ENOTFOUND…) says more than connect()'s "Connection is closed".
  let cause: Error | undefined;
  probe.on('error', (e: Error) => (cause ??= e));
  probe.on('node error', (e: Error) => (cause ??= e));
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref());
    await Promise.race([
      (async () => {
        await probe.connect();
        if (probe instanceof Cluster) await Promise.all(probe.nodes('master').map((n) => n.ping()));
        else await probe.ping();
      })(),
      timeout,
    ]);
  } catch (e) {
    throw cause ?? e;
  } finally {
    probe.disconnect();
  }
}
