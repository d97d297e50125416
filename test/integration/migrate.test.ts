// Migrations on their own: `sextant migrate` processes started together on a fresh database take
// turns under the advisory lock (each migration applied exactly once, none fails), and an API with
// MIGRATE_ON_START=false refuses an unmigrated database without writing to it, then starts once
// `sextant migrate` ran.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource, pendingMigrations } from '@sextant/core';
import { Client } from 'pg';
import { startApp, type AppProcess } from '../support/app-process';
import { createTestDatabase, type OwnDatabase } from '../support/postgres';

const MIGRATE_PROCESSES = 3;
// Generous: several processes start through SWC at once on a shared 2-core machine.
const PROCESS_MS = 120_000;

/** Every migration's name, in order, as a fresh database has them all pending. */
async function allMigrations(url: string): Promise<string[]> {
  const ds = createDataSource({ url, poolSize: 1 });
  try {
    return await pendingMigrations(ds);
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

/** `sextant migrate` as the launcher runs it, from the checkout's sources. */
function migrateProcess(name: string, url: string): AppProcess {
  return startApp(name, 'apps/launcher/src/sextant.ts', { env: { NODE_ENV: 'test', DATABASE_URL: url }, args: ['migrate'] });
}

/** The names a migrate process says it applied. */
const appliedBy = (output: string) => [...output.matchAll(/^ {2}(\w+\d{13})$/gm)].map((m) => m[1]);

describe('migrations on their own', () => {
  const dbs: OwnDatabase[] = [];
  const apps: AppProcess[] = [];
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'sextant-migrate-'));
  });
  afterAll(async () => {
    await Promise.all(apps.filter((a) => !a.hasExited()).map((a) => a.kill()));
    for (const db of dbs) await db.drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  const freshDatabase = async () => {
    const db = await createTestDatabase({ fresh: true });
    dbs.push(db);
    return db;
  };

  it(
    `${MIGRATE_PROCESSES} \`sextant migrate\` processes at once on a fresh database apply each migration exactly once, and all exit 0`,
    async () => {
      const db = await freshDatabase();
      const expected = await allMigrations(db.url);
      expect(expected.length).toBeGreaterThan(10);

      const runs = Array.from({ length: MIGRATE_PROCESSES }, (_, i) => migrateProcess(`migrate-${i}`, db.url));
      apps.push(...runs);
      const exits = await Promise.all(runs.map((r) => r.exited));
      for (const [i, exit] of exits.entries())
        expect({ run: i, ...exit, output: exit.code === 0 ? '' : runs[i].written() }).toEqual({ run: i, code: 0, signal: null, output: '' });

      // Between them they applied every migration, each once; whoever came later found nothing left or the rest.
      const applied = runs.flatMap((r) => appliedBy(r.written()));
      expect([...applied].sort()).toEqual([...expected].sort());
      for (const r of runs) expect(r.written()).toMatch(/Applied \d+ migrations?:|No pending migrations: the database is up to date\./);
      const rows = await query<{ name: string; n: string }>(db.url, 'SELECT name, count(*) AS n FROM sextant_migrations GROUP BY name');
      expect(rows.map((r) => r.name).sort()).toEqual([...expected].sort());
      expect(rows.every((r) => r.n === '1')).toBe(true);

      // Once more: nothing to do, and it says so.
      const again = migrateProcess('migrate-again', db.url);
      apps.push(again);
      expect((await again.exited).code).toBe(0);
      expect(again.written()).toContain('No pending migrations: the database is up to date.');
    },
    PROCESS_MS * 2,
  );

  it(
    'an API with MIGRATE_ON_START=false refuses an unmigrated database, naming `sextant migrate`, and starts once it ran',
    async () => {
      const db = await freshDatabase();
      const expected = await allMigrations(db.url);
      const env = {
        NODE_ENV: 'test',
        DATABASE_URL: db.url,
        MIGRATE_ON_START: 'false',
        RUN_WORKER: 'false',
        HOST: '127.0.0.1',
        PORT: '0',
        SEXTANT_DATA_DIR: dataDir,
        SEXTANT_ADMIN_KEY: 'sx_admin_migrate_test_0123456789abcdef',
      };
      const refused = startApp('api-refused', 'apps/api/src/main.ts', { env });
      apps.push(refused);
      const exit = await refused.exited;
      expect(exit.code).toBe(1);
      expect(refused.written()).toContain(
        `The database has ${expected.length} pending migrations (${expected.join(', ')}) and MIGRATE_ON_START=false: run \`sextant migrate\` (\`pnpm migrate\` in a checkout) first, or start with MIGRATE_ON_START=true`,
      );
      // It only looked: not even the migrations table was created.
      expect(await query(db.url, "SELECT 1 FROM pg_class WHERE relname = 'sextant_migrations'")).toEqual([]);

      const migrate = migrateProcess('migrate', db.url);
      apps.push(migrate);
      expect((await migrate.exited).code).toBe(0);
      expect(appliedBy(migrate.written())).toEqual(expected);

      const api = startApp('api', 'apps/api/src/main.ts', { env });
      apps.push(api);
      await api.waitFor(/Sextant is running/, 'its banner', { timeoutMs: PROCESS_MS });
      expect(api.written()).not.toContain('Migrations applied');
      await api.stop(PROCESS_MS);
    },
    PROCESS_MS * 3,
  );
});
