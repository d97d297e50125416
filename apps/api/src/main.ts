import { ConfigError, loadConfig } from '@sextant/config';
import { forwardingSummary, stopOnSignals } from '@sextant/core';
import { loadDemoData } from '@sextant/demo';
import { startSextant } from '@sextant/server';

async function main() {
  const config = loadConfig(process.env);
  const sextant = await startSextant(config);
  const { server } = sextant;
  const base = server.url.replace(/\/graphql$/, '');
  console.log('');
  console.log('  Sextant is running');
  console.log(`  GraphQL API + GraphiQL  ${server.url}`);
  console.log(`  Subscriptions           ${server.url.replace(/^http/, 'ws')}  (graphql-ws; ${sextant.liveEvents === 'redis' ? 'events shared through Redis' : 'events in this process'})`);
  console.log(`  Health                  ${base}/health`);
  console.log(
    `  Worker                  ${sextant.jobs.worker ? `in this process (${sextant.jobs.worker.join(', ')})` : 'not in this process (RUN_WORKER=false)'}, queues on ${sextant.jobs.backend === 'redis' ? 'Redis' : 'Postgres'}`,
  );
  console.log(`  Database                ${sextant.embeddedDatabase ? `embedded Postgres, data in ${config.dataDir}/pg` : 'DATABASE_URL'}`);
  console.log(
    `  Admin key               ${sextant.adminKeyFile ? `in ${sextant.adminKeyFile}  (KEY=$(cat ${sextant.adminKeyFile}))` : 'SEXTANT_ADMIN_KEY'}`,
  );
  console.log(`  LangSmith forwarding    ${forwardingSummary(config)}`);
  if (sextant.migrationsApplied.length) console.log(`  Migrations applied      ${sextant.migrationsApplied.join(', ')}`);
  if (process.argv.includes('--demo')) {
    const demo = await loadDemoData(server.url, sextant.adminKey);
    console.log(`  Demo project            "${demo.projectName}" (${demo.projectId}): ${demo.traces} traces, ${demo.spans} spans`);
  }
  console.log('');

  stopOnSignals(() => sextant.stop(), (signal) => console.log(`${signal}: shutting down`));
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
