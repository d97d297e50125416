import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '@sextant/config';
import { connectAndMigrate, createDataSource, createEventBus, LiveHub, runWorker } from '@sextant/core';
import { JobQueues, queueConnection, type RunningWorkers } from '@sextant/jobs';
import { createServer, type SextantServer } from '@sextant/server';
import { Client } from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { graphql } from '../gql';
import { operationText, type TypedOperation, type VariablesThen } from './typed-operation';

/** Counts the SQL statements the server sends, so tests can bound them (no N+1). */
export class StatementCounter implements Logger {
  count = 0;
  logQuery() {
    this.count++;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export type GqlResponse<T = Record<string, any>> = { status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };

export type TestServer = {
  url: string;
  /** ws:// URL of the same endpoint, for graphql-ws clients. */
  wsUrl: string;
  databaseUrl: string;
  live: LiveHub;
  jobs: JobQueues;
  /** The in-process worker, when started with RUN_WORKER=true. */
  worker: RunningWorkers | undefined;
  adminKey: string;
  ds: DataSource;
  config: Config;
  statements: StatementCounter;
  /**
   * Sends one GraphQL operation over HTTP; `key` null sends no key at all. A typed document gives the
   * result and variables types; plain text is for operations that cannot be static.
   */
  gql<R, V>(query: TypedOperation<R, V>, ...rest: VariablesThen<V, [key?: string | null]>): Promise<GqlResponse<R>>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, key?: string | null): Promise<GqlResponse<T>>;
  /** Creates a project and an API key of the given role on it. */
  project(name?: string, role?: 'admin' | 'read' | 'ingest'): Promise<{ id: string; key: string }>;
  stop(): Promise<void>;
};

const baseUrl = () => {
  const url = loadConfig(process.env).databaseUrl;
  if (!url) throw new Error('DATABASE_URL is not set: run the tests with `pnpm test`, which starts an embedded Postgres when needed');
  return url;
};

/** Creates a database of its own for one test file, so files run in parallel without sharing rows. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = baseUrl();
  const name = `sx_test_${randomBytes(6).toString('hex')}`;
  const c = new Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const d = new Client({ connectionString: admin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    },
  };
}

/**
 * Starts the real HTTP server on a fresh database with a known admin key. With `shareWith`, it is
 * a second instance on the same database (and the same admin key), as behind a load balancer.
 */
export async function startTestServer(env: Record<string, string> = {}, shareWith?: TestServer): Promise<TestServer> {
  const db = shareWith ? { url: shareWith.databaseUrl, drop: async () => {} } : await createTestDatabase();
  const adminKey = shareWith?.adminKey ?? `sx_admin_${randomBytes(24).toString('hex')}`;
  // No worker unless a test asks for one: most tests look at what the API stores, not at jobs.
  // Queues of their own on a shared Redis: test files run in parallel. Instances sharing a database share queues too.
  const queuePrefix = shareWith?.config.jobs.prefix ?? `t${randomBytes(5).toString('hex')}`;
  const config = loadConfig({
    NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: db.url, SEXTANT_ADMIN_KEY: adminKey, RUN_WORKER: 'false', QUEUE_PREFIX: queuePrefix, ...env,
  });
  const statements = new StatementCounter();
  const ds = createDataSource({ url: db.url, poolSize: 5, logger: statements });
  await connectAndMigrate(ds);
  let server: SextantServer;
  let live: LiveHub | undefined;
  let jobs: JobQueues | undefined;
  let worker: RunningWorkers | undefined;
  try {
    live = new LiveHub(ds, await createEventBus(config.redisUrl, () => undefined), config.live, () => undefined);
    jobs = new JobQueues(queueConnection(config.jobs, config.redisUrl, db.url), config.jobs);
    if (config.jobs.runWorker) worker = await runWorker({ config, ds, live, jobs, log: () => undefined });
    server = await createServer({ config, ds, adminKey, live, jobs, log: () => undefined });
  } catch (e) {
    await worker?.close();
    await jobs?.close();
    await live?.close();
    await ds.destroy();
    await db.drop();
    throw e;
  }
  const gql: TestServer['gql'] = async (query: string | TypedOperation<unknown, never>, variables?: unknown, key: string | null = adminKey) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key !== null) headers['x-api-key'] = key;
    const res = await fetch(server.url, { method: 'POST', headers, body: JSON.stringify({ query: operationText(query), variables }) });
    const body = (await res.json()) as { data?: any; errors?: GqlResponse['errors'] };
    return { status: res.status, data: body.data ?? undefined, errors: body.errors };
  };
  const t: TestServer = {
    url: server.url,
    wsUrl: server.url.replace(/^http/, 'ws'),
    databaseUrl: db.url,
    live,
    jobs,
    worker,
    adminKey,
    ds,
    config,
    statements,
    gql,
    project: async (name = `p-${randomBytes(4).toString('hex')}`, role = 'admin') => {
      const p = await gql(graphql(`mutation TestServerCreateProject($n: String!) { createProject(input: { name: $n }) { id } }`), { n: name });
      if (!p.data) throw new Error(JSON.stringify(p.errors));
      const k = await gql(
        graphql(`mutation TestServerCreateApiKey($p: ID!, $r: ApiKeyRole!) { createApiKey(input: { projectId: $p, name: "test", role: $r }) { secret } }`),
        { p: p.data.createProject.id, r: role.toUpperCase() as Uppercase<typeof role> },
      );
      if (!k.data) throw new Error(JSON.stringify(k.errors));
      return { id: p.data.createProject.id, key: k.data.createApiKey.secret };
    },
    stop: async () => {
      await server.close();
      await worker?.close();
      if (!shareWith) await jobs.obliterate();
      await jobs.close();
      await live.close();
      await ds.destroy();
      await db.drop();
    },
  };
  return t;
}
