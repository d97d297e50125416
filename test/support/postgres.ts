import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@sextant/config';
import { startEmbeddedPostgres } from '@sextant/core';
import { Client } from 'pg';
import { freePort } from './ports';

/** Same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export type OwnDatabase = { name: string; url: string; drop(): Promise<void> };

/** Names the migrated database `pnpm test` makes once, which each test file's database copies. */
export const TEMPLATE_ENV = 'SEXTANT_TEST_TEMPLATE';

/**
 * A fresh database named `prefix` + random hex on the server of `serverUrl`, so runs in parallel
 * share no rows; a copy of `template` when given.
 */
export async function createDatabase(serverUrl: string, prefix: string, template?: string): Promise<OwnDatabase> {
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await c.end();
  }
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: async () => {
      const d = new Client({ connectionString: serverUrl });
      await d.connect();
      try {
        // FORCE (Postgres 13+): a connection left behind by a failed step must not keep the database alive.
        await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await d.end();
      }
    },
  };
}

/**
 * Creates a database of its own for one test file, on DATABASE_URL's server: a copy of the
 * migrated template `pnpm test` made, or an empty one with `fresh` (to run the migrations themselves).
 */
export function createTestDatabase(opts: { fresh?: boolean } = {}): Promise<OwnDatabase> {
  const url = loadConfig(process.env).databaseUrl;
  if (!url) throw new Error('DATABASE_URL is not set: run the tests with `pnpm test`, which starts an embedded Postgres when needed');
  // A test kit helper, not the product: the runner's template is handed over in the environment.
  const template = opts.fresh ? undefined : process.env[TEMPLATE_ENV];
  return createDatabase(url, 'sx_test_', template && /^sx_template_[0-9a-f]+$/.test(template) ? template : undefined);
}

export type PostgresServer = { url: string; label: string; stop(): Promise<void> };

/**
 * DATABASE_URL's server when it is set; else an embedded Postgres on a free port, in a temporary
 * folder which stop() shuts down and removes, or in `keptDir`, which stays for the next run (stop()
 * does nothing to a server it did not start).
 */
export async function postgresServer(
  databaseUrl: string | undefined,
  o: { dirPrefix: string; keptDir?: string; database?: string; log: (msg: string) => void },
): Promise<PostgresServer> {
  if (databaseUrl) {
    const u = new URL(databaseUrl);
    return { url: databaseUrl, label: `DATABASE_URL ${u.hostname}:${u.port || '5432'}`, stop: async () => {} };
  }
  const dir = o.keptDir ?? (await mkdtemp(path.join(tmpdir(), o.dirPrefix)));
  const remove = () => (o.keptDir ? Promise.resolve() : rm(dir, { recursive: true, force: true }));
  const port = await freePort();
  o.log(`starting an embedded Postgres on port ${port} in ${dir}...`);
  try {
    const pg = await startEmbeddedPostgres({ dataDir: dir, port, database: o.database });
    return {
      url: pg.url,
      label: `embedded (127.0.0.1:${port})`,
      stop: async () => {
        try {
          await pg.stop();
        } finally {
          await remove();
        }
      },
    };
  } catch (e) {
    await remove();
    throw e;
  }
}
