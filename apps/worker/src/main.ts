import { ConfigError, loadConfig } from '@sextant/config';
import { forwardingSummary, stopOnSignals, surviveStrayErrors } from '@sextant/core';
import { bootstrap, StartupError } from '@sextant/server';

async function main() {
  const config = loadConfig(process.env);
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

main().catch((e) => {
  console.error(e instanceof ConfigError || e instanceof StartupError ? e.message : e);
  process.exit(1);
});
