import type { Config } from '@sextant/config';
import {
  type AppServices,
  connectAndMigrate,
  createAppServices,
  createDataSource,
  createEventBus,
  type EmbeddedPostgresHandle,
  LiveHub,
  type Log,
  runWorker,
  startEmbeddedPostgres,
} from '@sextant/core';
import { JobQueues, queueConnection, type RunningWorkers, waitForQueueBackend } from '@sextant/jobs';
import type { Logger } from 'typeorm';
import { ensureAdminKey } from './admin-key.service';
import { createServer, type SextantServer } from './api.server';
import { checkPortFree, waitForDatabase } from './startup-checks.bootstrap';

export type BootstrapOptions = {
  /** Serve the HTTP API (GraphQL, subscriptions, LangSmith endpoints). */
  api: boolean;
  /** Run the background worker in this process. */
  worker: boolean;
  /** Operator log; console by default. */
  log?: Log;
  /** A TypeORM logger for the pool (tests count statements with it). */
  sqlLogger?: Logger;
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
  /** The bootstrap admin key, and the file it is kept in when it was generated (API only). */
  adminKey: string | undefined;
  adminKeyFile: string | null;
  databaseUrl: string;
  embeddedDatabase: boolean;
  migrationsApplied: string[];
  /** Stops everything started here, in reverse order. */
  stop(): Promise<void>;
};

const consoleLog: Log = (msg, err) => console.log(err ? `${msg} ${err instanceof Error ? err.message : String(err)}` : msg);

/**
 * Boots one Sextant process: Postgres (external, or embedded when there is no DATABASE_URL),
 * migrations, live events, the job queues, and the API and/or the worker. The API and worker
 * entry points, the test server and the benchmarks all boot through here.
 */
export async function bootstrap(config: Config, opts: BootstrapOptions): Promise<Sextant> {
  const log = opts.log ?? consoleLog;
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
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
      return pool;
    };
    const ds = openPool(opts.api ? 'api' : 'worker');
    const migrationsApplied = await connectAndMigrate(ds);
    const queues = queueConnection(config.jobs, config.redis, url);
    await waitForQueueBackend(queues, log);
    const live = new LiveHub(ds, await createEventBus(config.redis, log), config.live, log);
    stops.push(() => live.close());
    const jobs = new JobQueues(queues, config.jobs, log);
    stops.push(() => jobs.close());
    const app = createAppServices({ config, ds, jobs, live, log });
    let workerApp = app;
    if (opts.api && opts.worker) {
      const workerDs = openPool('worker');
      await workerDs.initialize();
      workerApp = createAppServices({ config, ds: workerDs, jobs, live, log });
    }
    const worker = opts.worker ? await runWorker(workerApp) : null;
    if (worker) stops.push(() => worker.close());
    let server: SextantServer | null = null;
    let admin: { key: string | undefined; file: string | null } = { key: config.adminKey, file: null };
    if (opts.api) {
      admin = await ensureAdminKey(config.adminKey, config.dataDir);
      server = await createServer({ app, adminKey: admin.key });
      stops.push(() => server!.close());
    }
    return {
      app,
      server,
      worker,
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
