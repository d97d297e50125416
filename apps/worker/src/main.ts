import { ConfigError, loadConfig } from '@sextant/config';
import { connectAndMigrate, createDataSource, createEventBus, forwardingSummary, LiveHub, runWorker, stopOnSignals } from '@sextant/core';
import { JobQueues, queueConnection } from '@sextant/jobs';

const log = (msg: string, err?: unknown) => console.log(err ? `${msg} ${err instanceof Error ? err.message : String(err)}` : msg);

async function main() {
  const config = loadConfig(process.env);
  if (!config.databaseUrl) {
    throw new ConfigError(
      'The worker needs DATABASE_URL. (With no configuration, `pnpm start` runs the worker inside the API process on its embedded Postgres.)',
    );
  }
  const ds = createDataSource({ url: config.databaseUrl, poolSize: config.dbPoolSize, applicationName: 'sextant-worker' });
  await connectAndMigrate(ds);
  const live = new LiveHub(ds, await createEventBus(config.redisUrl, log), config.live, log);
  const jobs = new JobQueues(queueConnection(config.jobs, config.redisUrl, config.databaseUrl), config.jobs, log);
  const worker = await runWorker({ config, ds, live, jobs, log });
  console.log('');
  console.log('  Sextant worker is running');
  console.log(`  Queues                  ${worker.queues.join(', ')} on ${config.jobs.backend === 'redis' ? 'Redis' : 'Postgres'}`);
  console.log(`  Concurrency             ${config.jobs.concurrency} per queue`);
  if (worker.queues.includes('langsmith')) console.log(`  LangSmith forwarding    ${forwardingSummary(config)}`);
  console.log(`  Live events             ${live.bus.kind === 'redis' ? 'through Redis' : 'none: without REDIS_URL, metricComputed reaches no API process'}`);
  console.log('');

  stopOnSignals(
    async () => {
      await worker.close();
      await jobs.close();
      await live.close();
      await ds.destroy();
    },
    (signal) => console.log(`${signal}: finishing active jobs, then shutting down`),
  );
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
