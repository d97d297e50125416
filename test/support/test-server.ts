import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '@sextant/config';
import { type AppServices, type BaseContext, jobContext, type LiveHub } from '@sextant/core';
import type { JobQueues, RunningWorkers } from '@sextant/jobs';
import { bootstrap, type Sextant } from '@sextant/server';
import type { DataSource, Logger } from 'typeorm';
import { createTestDatabase } from './postgres';
import { graphql } from '../gql';
import { operationText, type TypedOperation, type VariablesThen } from './typed-operation';

/** How many of the latest statements' texts are kept, for tests that look at what was read. */
const KEPT_STATEMENTS = 2_000;

/** Counts the SQL statements the server sends, so tests can bound them (no N+1), and keeps the latest ones' text. */
class StatementCounter implements Logger {
  count = 0;
  private readonly kept: string[] = [];
  logQuery(query: string) {
    this.count++;
    this.kept.push(query);
    if (this.kept.length > KEPT_STATEMENTS) this.kept.splice(0, this.kept.length - KEPT_STATEMENTS);
  }
  /** The text of the statements sent since `count` read this many (the latest KEPT_STATEMENTS at most). */
  since(count: number): string[] {
    return this.kept.slice(Math.max(0, this.kept.length - (this.count - count)));
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
  /** The OTLP/gRPC port (any free one unless the test named one), null when OTLP_GRPC=false. */
  otlpGrpcPort: number | null;
  /** ws:// URL of the same endpoint, for graphql-ws clients. */
  wsUrl: string;
  databaseUrl: string;
  live: LiveHub;
  jobs: JobQueues;
  /** The in-process worker, when started with RUN_WORKER=true. */
  worker: RunningWorkers | undefined;
  adminKey: string;
  ds: DataSource;
  /** The process-wide services, as the API and worker use them. */
  app: AppServices;
  /** A fresh service context, for tests that call a service directly. */
  readonly ctx: BaseContext & { live: LiveHub };
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
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    OTLP_GRPC_PORT: '0',
    DATABASE_URL: db.url,
    SEXTANT_ADMIN_KEY: adminKey,
    RUN_WORKER: 'false',
    QUEUE_PREFIX: queuePrefix,
    ...env,
  });
  const statements = new StatementCounter();
  let sextant: Sextant;
  try {
    // The production boot path: only the pool size and the SQL logger differ.
    sextant = await bootstrap(config, { api: true, worker: config.jobs.runWorker, log: () => undefined, sqlLogger: statements, poolSize: 5 });
  } catch (e) {
    await db.drop();
    throw e;
  }
  const server = sextant.server!;
  const { app } = sextant;
  const gql: TestServer['gql'] = async (query: string | TypedOperation<unknown, never>, variables?: unknown, key: string | null = adminKey) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key !== null) headers['x-api-key'] = key;
    const res = await fetch(server.url, { method: 'POST', headers, body: JSON.stringify({ query: operationText(query), variables }) });
    const body = (await res.json()) as { data?: any; errors?: GqlResponse['errors'] };
    return { status: res.status, data: body.data ?? undefined, errors: body.errors };
  };
  const t: TestServer = {
    url: server.url,
    otlpGrpcPort: server.otlpGrpcPort,
    wsUrl: server.url.replace(/^http/, 'ws'),
    databaseUrl: db.url,
    live: app.live,
    jobs: app.jobs,
    worker: sextant.worker ?? undefined,
    adminKey,
    ds: app.ds,
    app,
    get ctx() {
      return jobContext(app);
    },
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
      // Queues emptied before they close: the next test file's instances must not see these jobs.
      if (!shareWith) {
        await server.close();
        await sextant.worker?.close();
        await app.jobs.obliterate();
      }
      await sextant.stop();
      await db.drop();
    },
  };
  return t;
}
