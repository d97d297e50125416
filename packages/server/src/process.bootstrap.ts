import { ConfigError, type Config } from '@sextant/config';
import { forwardingSummary, stopOnSignals, surviveStrayErrors } from '@sextant/core';
import { migrateDatabase } from './migrate.bootstrap';
import { bootstrap } from './sextant.bootstrap';
import { StartupError } from './startup-checks.bootstrap';

// What each entry point (apps/api, apps/worker, the bundle's `sextant` launcher) runs: one copy, so
// `pnpm start` and the production image start a process the same way.

/** Loads demo data into a started API (apps/api's `--demo`); says what it loaded. */
export type DemoLoader = (graphqlUrl: string, adminKey: string) => Promise<{ projectId: string; projectName: string; traces: number; spans: number }>;

/** Starts an API process (with the worker inside unless RUN_WORKER=false), stops it on signals, and prints the banner (or one `started` line in JSON). */
export async function runApiProcess(config: Config, opts: { demo?: DemoLoader } = {}): Promise<void> {
  // The zero-config default: one process serves the API and does the background work.
  const sextant = await bootstrap(config, { api: true, worker: config.jobs.runWorker });
  const { logger } = sextant;
  // Before the banner: whoever waits for it may signal at once, and must find the handlers in place.
  // Only once started: an error during start-up must still end the process with its message.
  surviveStrayErrors((msg, err) => sextant.app.log(msg, err));
  stopOnSignals(
    () => sextant.stop(),
    (signal) => logger.info({ signal }, `${signal}: shutting down`),
    config.shutdownTimeoutMs,
    () => logger.info('stopped'),
  );
  const server = sextant.server!;
  const base = server.url.replace(/\/graphql$/, '');
  const facts = {
    webUi: `${base}/`,
    graphql: server.url,
    subscriptions: server.url.replace(/^http/, 'ws'),
    liveEvents: sextant.app.live.bus.kind === 'redis' ? 'redis' : 'in-process',
    probes: { health: `${base}/health`, livez: `${base}/livez`, readyz: `${base}/readyz`, metrics: `${base}/metrics` },
    langsmith: `${base}/langsmith`,
    otlpHttp: `${base}/v1/traces`,
    otlpGrpcPort: server.otlpGrpcPort,
    worker: sextant.worker ? sextant.worker.queues : null,
    queueBackend: config.jobs.backend,
    database: sextant.embeddedDatabase ? `embedded Postgres in ${config.dataDir}/pg` : 'DATABASE_URL',
    adminKeyFile: sextant.adminKeyFile,
    langsmithForwarding: forwardingSummary(config),
    migrationsApplied: sextant.migrationsApplied,
  };
  const demo = opts.demo ? await opts.demo(server.url, sextant.adminKey!) : undefined;
  // JSON logs: every stdout line is one JSON object, so the banner's facts are one "started" line.
  if (config.observability.logFormat === 'json') {
    logger.info({ ...facts, ...(demo ? { demo } : {}) }, 'started');
    return;
  }
  console.log('');
  console.log('  Sextant is running');
  console.log(`  Web UI                  ${base}/  (sign in with the admin key below)`);
  console.log(`  GraphQL API + GraphiQL  ${server.url}`);
  console.log(
    `  Subscriptions           ${facts.subscriptions}  (graphql-ws; ${facts.liveEvents === 'redis' ? 'events shared through Redis' : 'events in this process'})`,
  );
  console.log(`  Health                  ${base}/health, ${base}/livez, ${base}/readyz`);
  console.log(`  Metrics (Prometheus)    ${base}/metrics${config.observability.metricsToken ? '  (Bearer METRICS_TOKEN)' : ''}`);
  console.log(`  LangSmith endpoint      ${base}/langsmith  (LANGSMITH_ENDPOINT)`);
  console.log(
    `  OpenTelemetry (OTLP)    ${base}/v1/traces (HTTP: OTEL_EXPORTER_OTLP_ENDPOINT=${base})${server.otlpGrpcPort === null ? '; gRPC off' : `, gRPC on port ${server.otlpGrpcPort}`}`,
  );
  console.log(
    `  Worker                  ${sextant.worker ? `in this process (${sextant.worker.queues.join(', ')})` : 'not in this process (RUN_WORKER=false)'}, queues on ${config.jobs.backend === 'redis' ? 'Redis' : 'Postgres'}`,
  );
  console.log(`  Database                ${sextant.embeddedDatabase ? `embedded Postgres, data in ${config.dataDir}/pg` : 'DATABASE_URL'}`);
  console.log(`  Admin key               ${sextant.adminKeyFile ? `in ${sextant.adminKeyFile}  (KEY=$(cat ${sextant.adminKeyFile}))` : 'SEXTANT_ADMIN_KEY'}`);
  console.log(`  LangSmith forwarding    ${facts.langsmithForwarding}`);
  if (sextant.migrationsApplied.length) console.log(`  Migrations applied      ${sextant.migrationsApplied.join(', ')}`);
  if (demo) console.log(`  Demo project            "${demo.projectName}" (${demo.projectId}): ${demo.traces} traces, ${demo.spans} spans`);
  console.log('');
}

/** Starts a worker-only process, stops it on signals (finishing active jobs), and prints the banner (or one `started` line in JSON). */
export async function runWorkerProcess(config: Config): Promise<void> {
  if (!config.databaseUrl) {
    throw new ConfigError(
      'The worker needs DATABASE_URL. (With no configuration, `pnpm start` runs the worker inside the API process on its embedded Postgres.)',
    );
  }
  const sextant = await bootstrap(config, { api: false, worker: true });
  const { logger } = sextant;
  // Before the banner: whoever waits for it may signal at once, and must find the handlers in place.
  // Only once started: an error during start-up must still end the process with its message.
  surviveStrayErrors((msg, err) => sextant.app.log(msg, err));
  stopOnSignals(
    () => sextant.stop(),
    (signal) => logger.info({ signal }, `${signal}: finishing active jobs, then shutting down`),
    config.shutdownTimeoutMs,
    () => logger.info('stopped'),
  );
  const queues = sextant.worker!.queues;
  const metricsUrl = sextant.ops ? `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${sextant.ops.port}/metrics` : null;
  if (config.observability.logFormat === 'json') {
    logger.info({ role: 'worker', queues, queueBackend: config.jobs.backend, concurrency: config.jobs.concurrency, metrics: metricsUrl }, 'started');
    return;
  }
  console.log('');
  console.log('  Sextant worker is running');
  console.log(`  Queues                  ${queues.join(', ')} on ${config.jobs.backend === 'redis' ? 'Redis' : 'Postgres'}`);
  console.log(`  Concurrency             ${config.jobs.concurrency} per queue`);
  if (queues.includes('langsmith')) console.log(`  LangSmith forwarding    ${forwardingSummary(config)}`);
  console.log(
    `  Live events             ${sextant.app.live.bus.kind === 'redis' ? 'through Redis' : 'none: without REDIS_URL, metricComputed reaches no API process'}`,
  );
  console.log(`  Metrics, probes         ${metricsUrl ? `${metricsUrl}, /livez, /readyz` : 'off (METRICS_PORT=0)'}`);
  console.log('');
}

/** `sextant migrate`: applies pending migrations (under the advisory lock every process takes), says which. */
export async function runMigrateProcess(config: Config): Promise<void> {
  const applied = await migrateDatabase(config, (msg) => console.log(msg));
  if (applied.length === 0) console.log('No pending migrations: the database is up to date.');
  else {
    console.log(`Applied ${applied.length} migration${applied.length === 1 ? '' : 's'}:`);
    for (const name of applied) console.log(`  ${name}`);
  }
}

/** Ends a process that failed to start: the message alone for a configuration or start-up problem (the operator's to fix), else the error. */
export function exitOnStartFailure(e: unknown): never {
  console.error(e instanceof ConfigError || e instanceof StartupError ? e.message : e);
  process.exit(1);
}
