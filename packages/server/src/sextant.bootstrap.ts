import type { Config } from '@sextant/config';
import {
  type AppServices,
  connectAndMigrate,
  createAppServices,
  createDataSource,
  createEventBus,
  createLogger,
  type EmbeddedPostgresHandle,
  LiveHub,
  type Log,
  type Logger,
  logOf,
  mentionsAdminShutdown,
  pendingMigrations,
  runWorker,
  SextantMetrics,
  silentLogger,
  startEmbeddedPostgres,
} from '@sextant/core';
import type { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import { type OpsServer, startOpsServer } from './ops.server';
import { type Readiness, timedCheck } from './ops.routes';
import { JobQueues, queueConnection, type RunningWorkers, waitForQueueBackend } from '@sextant/jobs';
import type { Logger as SqlLogger } from 'typeorm';
import { ensureAdminKey } from './admin-key.service';
import { createServer, type SextantServer } from './api.server';
import { checkPortFree, StartupError, waitForDatabase } from './startup-checks.bootstrap';

export type BootstrapOptions = {
  /** Serve the HTTP API (GraphQL, subscriptions, LangSmith endpoints). */
  api: boolean;
  /** Run the background worker in this process. */
  worker: boolean;
  /** Operator log; by default the process's pino logger (LOG_LEVEL, LOG_FORMAT). Given one, the structured logger is silent. */
  log?: Log;
  /** The structured logger (access lines, job lines); built from LOG_LEVEL and LOG_FORMAT by default. */
  logger?: Logger;
  /** A TypeORM logger for the pool (tests count statements with it). */
  sqlLogger?: SqlLogger;
  /** Overrides DB_POOL_SIZE (tests keep their pools small). */
  poolSize?: number;
  /** The application_name Postgres shows for this process's connections. */
  applicationName?: string;
};

export type Sextant = {
  app: AppServices;
  /** The HTTP API, when started with `api`. */
  server: SextantServer | null;
  /** The worker's queues, when started with `worker`. */
  worker: RunningWorkers | null;
  /** This process's Prometheus registry and series. */
  metrics: SextantMetrics;
  /** /livez, /readyz and /metrics of a worker-only process (METRICS_PORT), when serving. */
  ops: OpsServer | null;
  /** The process's structured logger. */
  logger: Logger;
  /** The bootstrap admin key, and the file it is kept in when it was generated (API only). */
  adminKey: string | undefined;
  adminKeyFile: string | null;
  databaseUrl: string;
  embeddedDatabase: boolean;
  migrationsApplied: string[];
  /** Stops everything started here, in reverse order. */
  stop(): Promise<void>;
};

/** The pg pool behind a TypeORM DataSource, for its use in /metrics. */
const poolOf = (ds: DataSource) => (ds.driver as unknown as { master?: Pool }).master;

/** With MIGRATE_ON_START=false a replica only checks: migrations are `sextant migrate`'s, run once before the replicas roll. */
async function refuseWhilePending(ds: DataSource): Promise<string[]> {
  const pending = await pendingMigrations(ds);
  if (pending.length > 0) {
    throw new StartupError(
      `The database has ${pending.length} pending migration${pending.length === 1 ? '' : 's'} (${pending.join(', ')}) and MIGRATE_ON_START=false: ` +
        'run `sextant migrate` (`pnpm migrate` in a checkout) first, or start with MIGRATE_ON_START=true',
    );
  }
  return [];
}

/**
 * Boots one Sextant process: Postgres (external, or embedded when there is no DATABASE_URL),
 * migrations, live events, the job queues, and the API and/or the worker. The API and worker
 * entry points, the test server and the benchmarks all boot through here.
 */
export async function bootstrap(config: Config, opts: BootstrapOptions): Promise<Sextant> {
  let stopping = false;
  const logger =
    opts.logger ??
    (opts.log
      ? silentLogger()
      : createLogger({
          level: config.observability.logLevel,
          format: config.observability.logFormat,
          // Once stopping, connections the database closes are expected, not errors worth a line each.
          mute: (text) => stopping && mentionsAdminShutdown(text),
        }));
  const log = opts.log ?? logOf(logger);
  const metrics = new SextantMetrics();
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    // /readyz answers 503 from here on, so a load balancer stops sending while the rest stops.
    stopping = true;
    for (const stop of stops.reverse()) await stop();
  };
  try {
    // A taken port is found before the slow part (the database), and said once.
    if (opts.api) {
      await checkPortFree(config.host, config.port);
      if (config.otlp.grpcPort !== null) await checkPortFree(config.host, config.otlp.grpcPort, 'OTLP_GRPC_PORT');
    }
    let embedded: EmbeddedPostgresHandle | undefined;
    let url = config.databaseUrl;
    if (url) await waitForDatabase(url, log, config.dbConnectTimeoutMs);
    else {
      log(`No DATABASE_URL: starting the embedded Postgres in ${config.dataDir}/pg on port ${config.embeddedPgPort}...`);
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
      stops.push(() => embedded!.stop());
      url = embedded.url;
    }
    // API connections get DB_STATEMENT_TIMEOUT_MS, so one request cannot hold a connection for long;
    // the worker's rollups and sweeps may run longer (WORKER_STATEMENT_TIMEOUT_MS). Hence a pool of
    // the worker's own when one process runs both: a timeout is a property of the connection, and
    // the worker's jobs then cannot take the connections requests wait for (nor the reverse).
    const openPool = (role: 'api' | 'worker') => {
      const pool = createDataSource({
        url: url!,
        poolSize: opts.poolSize ?? config.dbPoolSize,
        applicationName: opts.applicationName ?? `sextant-${role}`,
        logger: opts.sqlLogger,
        statementTimeoutMs: role === 'api' ? config.dbStatementTimeoutMs : config.jobs.statementTimeoutMs,
      });
      stops.push(async () => {
        if (pool.isInitialized) await pool.destroy();
      });
      metrics.observePool(role, () => {
        const p = poolOf(pool);
        return { total: p?.totalCount ?? 0, idle: p?.idleCount ?? 0, waiting: p?.waitingCount ?? 0 };
      });
      return pool;
    };
    const ds = openPool(opts.api ? 'api' : 'worker');
    const migrationsApplied = config.migrateOnStart ? await connectAndMigrate(ds) : await refuseWhilePending(ds);
    const queues = queueConnection(config.jobs, config.redis, url);
    await waitForQueueBackend(queues, log);
    const live = new LiveHub(ds, await createEventBus(config.redis, log), config.live, log);
    stops.push(() => live.close());
    const jobs = new JobQueues(queues, config.jobs, log);
    stops.push(() => jobs.close());
    const app = createAppServices({ config, ds, jobs, live, log, logger, metrics });
    let workerApp = app;
    if (opts.api && opts.worker) {
      const workerDs = openPool('worker');
      await workerDs.initialize();
      workerApp = createAppServices({ config, ds: workerDs, jobs, live, log, logger, metrics });
    }
    metrics.observeQueues(async () => {
      const [status, oldest] = await Promise.all([jobs.status(), jobs.oldestWaiting()]);
      return status.map((s) => ({ ...s, oldestWaitingMs: oldest.get(s.name) ?? null }));
    });
    metrics.observeForwardBacklog(async () => {
      const [row]: { n: string }[] = await ds.query(`SELECT count(*) AS n FROM langsmith_forwards WHERE status = 'pending'`);
      return Number(row?.n ?? 0);
    });
    const readiness: Readiness = {
      stopping: () => stopping,
      checks: async () => {
        const [database, queues, redis] = await Promise.all([
          timedCheck(() => ds.query('SELECT 1')),
          timedCheck(() => jobs.ping()),
          live.bus.kind === 'redis' ? (live.bus.connected ? ('ok' as const) : ('disconnected' as const)) : undefined,
        ]);
        return { database, queues, ...(redis ? { redis } : {}) };
      },
    };
    const worker = opts.worker ? await runWorker(workerApp) : null;
    if (worker) stops.push(() => worker.close());
    let ops: OpsServer | null = null;
    if (!opts.api) {
      // The API process publishes and serves live events; a worker only publishes.
      metrics.observeLive(() => ({ subscribers: 0, published: live.published, delivered: 0 }));
      if (opts.worker && config.observability.metricsPort !== null) {
        ops = await startOpsServer({
          host: config.host,
          port: config.observability.metricsPort,
          metrics,
          readiness,
          metricsToken: config.observability.metricsToken,
          logger,
        });
        stops.push(() => ops!.close());
      }
    }
    let server: SextantServer | null = null;
    let admin: { key: string | undefined; file: string | null } = { key: config.adminKey, file: null };
    if (opts.api) {
      admin = await ensureAdminKey(config.adminKey, config.dataDir);
      server = await createServer({ app, adminKey: admin.key, readiness });
      stops.push(() => server!.close());
    }
    return {
      app,
      server,
      worker,
      metrics,
      ops,
      logger,
      adminKey: admin.key,
      adminKeyFile: admin.file,
      databaseUrl: url,
      embeddedDatabase: Boolean(embedded),
      migrationsApplied,
      stop: stopAll,
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}
