import { ConfigError, loadConfig } from '@sextant/config';
import { forwardingSummary, stopOnSignals, surviveStrayErrors } from '@sextant/core';
import { loadDemoData } from '@sextant/demo';
import { bootstrap, StartupError } from '@sextant/server';

async function main() {
  const config = loadConfig(process.env);
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
  const demo = process.argv.includes('--demo') ? await loadDemoData(server.url, sextant.adminKey!) : undefined;
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

main().catch((e) => {
  console.error(e instanceof ConfigError || e instanceof StartupError ? e.message : e);
  process.exit(1);
});
