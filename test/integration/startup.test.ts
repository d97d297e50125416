// Start-up that explains itself: a taken port is reported before the database is waited for, and
// a database that is not up yet is waited for (a compose set-up starting both at once), naming
// DATABASE_URL's host and never its password.
import { createServer, type Server } from 'node:net';
import { loadConfig } from '@sextant/config';
import { bootstrap, type Sextant, StartupError } from '@sextant/server';
import { FreezableProxy } from '../support/freezable-proxy';
import { freePort } from '../support/ports';
import { createTestDatabase, type OwnDatabase } from '../support/postgres';

const quiet = { log: () => undefined, poolSize: 2 };

describe('start-up', () => {
  let db: OwnDatabase;
  const stops: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
    await db?.drop();
  });

  it('names PORT at once when the port is taken, before waiting for a database that does not answer', async () => {
    const holder: Server = createServer();
    const port = await freePort();
    await new Promise<void>((r) => holder.listen(port, '127.0.0.1', r));
    stops.push(() => new Promise((r) => holder.close(r)));
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      OTLP_GRPC_PORT: '0',
      // Nothing listens there: were the database tried first, this would take DB_CONNECT_TIMEOUT_MS.
      DATABASE_URL: `postgres://postgres:hunter2@127.0.0.1:${await freePort()}/nowhere`,
      DB_CONNECT_TIMEOUT_MS: '60000',
      RUN_WORKER: 'false',
    });
    const started = Date.now();
    const failure = await bootstrap(config, { api: true, worker: false, ...quiet }).then(
      () => null,
      (e: Error) => e,
    );
    expect(failure).toBeInstanceOf(StartupError);
    expect(failure!.message).toBe(`Port ${port} on 127.0.0.1 is already in use (PORT): stop what holds it, or set PORT to another port`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up on an unreachable DATABASE_URL after DB_CONNECT_TIMEOUT_MS, naming its host and not its password', async () => {
    const dbPort = await freePort();
    const said: string[] = [];
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: `postgres://postgres:hunter2@127.0.0.1:${dbPort}/nowhere`,
      DB_CONNECT_TIMEOUT_MS: '1500',
    });
    const started = Date.now();
    const failure = await bootstrap(config, { api: false, worker: false, ...quiet, log: (m) => said.push(m) }).then(
      () => null,
      (e: Error) => e,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    expect(failure).toBeInstanceOf(StartupError);
    expect(failure!.message).toMatch(
      new RegExp(`^Postgres at DATABASE_URL \\(127\\.0\\.0\\.1:${dbPort}\\) did not answer within 1500 ms \\(DB_CONNECT_TIMEOUT_MS\\)`),
    );
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/does not answer yet .* retrying for up to 1500 ms \(DB_CONNECT_TIMEOUT_MS\)$/);
    expect([failure!.message, ...said].join('\n')).not.toContain('hunter2');
  });

  it('waits for a database that comes up after it, and starts', async () => {
    const direct = new URL(db.url);
    const port = await freePort();
    const late = new URL(db.url);
    late.port = String(port);
    const said: string[] = [];
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      OTLP_GRPC_PORT: '0',
      DATABASE_URL: late.toString(),
      RUN_WORKER: 'false',
      DB_CONNECT_TIMEOUT_MS: '30000',
    });
    const starting = bootstrap(config, { api: true, worker: false, ...quiet, log: (m) => said.push(m) });
    await new Promise((r) => setTimeout(r, 1000));
    const proxy = await new FreezableProxy({ host: direct.hostname, port: Number(direct.port || 5432) }).start(port);
    stops.push(() => proxy.close());
    const sextant: Sextant = await starting;
    stops.push(() => sextant.stop());
    expect(said[0]).toMatch(/^Postgres at DATABASE_URL \(.+\) does not answer yet/);
    expect(said).toContain(`Postgres at DATABASE_URL (${late.hostname}:${port}) answers; starting`);
    const health = await fetch(sextant.server!.url.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(200);
  });
});
