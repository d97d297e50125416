// Fault cases that start whole processes: slower than the integration tier wants, run by `pnpm test:soak`.
import { type AppProcess, startApp } from '../support/app-process';
import { FreezableProxy } from '../support/freezable-proxy';
import { freePort } from '../support/ports';
import { createTestDatabase, type OwnDatabase } from '../support/postgres';

describe('shutdown while Redis hangs', () => {
  let redis: FreezableProxy;
  let db: OwnDatabase;
  let api: AppProcess | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    const target = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    redis = await new FreezableProxy({ host: target.hostname, port: Number(target.port || 6379) }).start();
  });
  afterAll(async () => {
    if (api && !api.hasExited()) await api.kill();
    await redis?.close();
    await db?.drop();
  });

  it('exits within SHUTDOWN_TIMEOUT_MS of SIGTERM, whatever Redis does', async () => {
    const { DATABASE_URL: _db, REDIS_URL: _redis, ...rest } = process.env;
    const env = {
      ...rest,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      DATABASE_URL: db.url,
      REDIS_URL: `redis://127.0.0.1:${redis.port}`,
      QUEUE_PREFIX: `t${crypto.randomUUID().slice(0, 8)}`,
      SEXTANT_ADMIN_KEY: `sx_admin_${crypto.randomUUID().replaceAll('-', '')}`,
      SHUTDOWN_TIMEOUT_MS: '2000',
    };
    api = startApp('api', 'apps/api/src/main.ts', { env });
    await api.waitFor(/Sextant is running[\s\S]*\n\n/, 'its banner', { timeoutMs: 60_000 });
    redis.freeze();
    api.child.kill('SIGTERM');
    const exit = await Promise.race([api.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 20_000))]);
    expect(exit).toEqual({ code: 1, signal: null });
    expect(api.written()).toContain('Shutdown did not finish within 2000 ms');
  });
});
