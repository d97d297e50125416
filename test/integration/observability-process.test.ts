import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type AppProcess, startApp } from '../support/app-process';
import { FreezableProxy } from '../support/freezable-proxy';
import { liveClient } from '../support/live-client';
import { createTestDatabase, type OwnDatabase } from '../support/postgres';
import { freePort } from '../support/ports';
import { until } from '../support/wait';

// Sextant as an operator runs it: the API and a worker-only process, each a process of its own with
// LOG_FORMAT=json. Every stdout line is JSON, every request one access line with the id the response
// returned, keys never logged, the job an ingest caused logged by the worker with the request's id,
// /readyz 503 while the database does not answer, and SIGTERM one clean shutdown.

type Line = Record<string, unknown> & { msg?: string; level?: number; requestId?: string };

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

let db: OwnDatabase;
let proxy: FreezableProxy;
let dir: string;
let api: AppProcess | undefined;
let worker: AppProcess | undefined;
let base: string;
let metricsBase: string;
const adminKey = `sx_admin_${hex(24)}`;

beforeAll(async () => {
  db = await createTestDatabase();
  const url = new URL(db.url);
  proxy = await new FreezableProxy({ host: url.hostname, port: Number(url.port || 5432) }).start();
  const proxied = new URL(db.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  dir = await mkdtemp(path.join(tmpdir(), 'sextant-obs-'));
  const { DATABASE_URL: _d, REDIS_URL: _r, LOG_FORMAT: _f, LOG_LEVEL: _l, ...rest } = process.env;
  const common = {
    ...rest,
    NODE_ENV: 'test',
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'debug',
    HOST: '127.0.0.1',
    SEXTANT_DATA_DIR: dir,
    SEXTANT_ADMIN_KEY: adminKey,
    QUEUE_PREFIX: `o${hex(5)}`,
    QUEUE_BACKEND: 'postgres',
    METRICS_DELAY_MS: '0',
  };
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  api = startApp('api', 'apps/api/src/main.ts', { env: { ...common, DATABASE_URL: proxied.toString(), PORT: String(port), RUN_WORKER: 'false' } });
  await api.waitFor(/"msg":"started"/, 'its started line', { timeoutMs: 60_000 });
  const metricsPort = await freePort();
  metricsBase = `http://127.0.0.1:${metricsPort}`;
  worker = startApp('worker', 'apps/worker/src/main.ts', {
    env: { ...common, DATABASE_URL: db.url, METRICS_PORT: String(metricsPort), WORKER_QUEUES: 'metrics' },
  });
  await worker.waitFor(/"msg":"started"/, 'its started line', { timeoutMs: 60_000 });
});

afterAll(async () => {
  await Promise.allSettled([api?.kill(), worker?.kill()]);
  await proxy?.close();
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

/** Every line the process wrote to stdout, parsed; fails on a line that is not JSON. */
const stdoutLines = (app: AppProcess): Line[] => {
  // written() holds both streams; stderr is empty for these runs, and a non-JSON line fails the parse.
  const text = app.written();
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => {
      try {
        return JSON.parse(l) as Line;
      } catch {
        throw new Error(`${app.name} wrote a line that is not JSON: ${l}`);
      }
    });
};

const accessLines = (app: AppProcess, id: string) => stdoutLines(app).filter((l) => l.msg === 'request' && l.requestId === id);

describe('JSON logs, access lines and request ids', () => {
  let projectKey: string;
  let ingestId: string;
  const ids: string[] = [];

  const gql = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    ids.push(res.headers.get('x-request-id')!);
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: unknown[] } };
  };

  it('gives every request one access line with the id its response returned, a kept incoming id included', async () => {
    const unauthorized = await gql('{ projects { id } }', {}, { 'x-api-key': 'sx_wrong_key_000000000000000000000000' });
    expect(unauthorized.status).toBe(401);
    const bad = await gql('{ projects { id ', {}, { 'x-api-key': adminKey });
    expect(bad.status).toBe(400);
    const p = await gql(`mutation { createProject(input: { name: "obs" }) { id } }`, {}, { authorization: `Bearer ${adminKey}` });
    const projectId = p.body.data.createProject.id as string;
    const k = await gql(
      `mutation($p: ID!) { createApiKey(input: { projectId: $p, name: "obs", role: INGEST }) { secret } }`,
      { p: projectId },
      { 'x-api-key': adminKey },
    );
    projectKey = k.body.data.createApiKey.secret;

    // An ended trace: its metrics job is enqueued with this request's id.
    ingestId = `obs-ingest-${hex(4)}`;
    const traceId = crypto.randomUUID();
    const ingest = await gql(
      `mutation($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }`,
      { b: { projectId, traces: [{ id: traceId, name: 'obs', endTime: new Date().toISOString() }] } },
      { 'x-api-key': projectKey, 'x-request-id': ingestId },
    );
    expect(ingest.body.data.ingest.accepted).toBe(1);
    expect(ids.at(-1)).toBe(ingestId);

    const runId = crypto.randomUUID();
    const ls = await fetch(`${base}/langsmith/runs/batch`, {
      method: 'POST',
      headers: { 'x-api-key': projectKey, 'content-type': 'application/json' },
      body: JSON.stringify({ post: [{ id: runId, trace_id: runId, name: 'ls', run_type: 'chain', start_time: new Date().toISOString() }] }),
    });
    expect(ls.status).toBeLessThan(300);
    ids.push(ls.headers.get('x-request-id')!);
    const otel = await fetch(`${base}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${projectKey}` },
      body: JSON.stringify({
        resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: hex(16), spanId: hex(8), name: 'otel', startTimeUnixNano: String(Date.now() * 1e6) }] }] }],
      }),
    });
    expect(otel.status).toBe(200);
    ids.push(otel.headers.get('x-request-id')!);

    expect(new Set(ids).size).toBe(ids.length);
    await until(
      async () => ids.map((id) => accessLines(api!, id).length),
      (counts) => counts.every((n) => n === 1),
      'one access line per request',
    );
    const lines = ids.map((id) => accessLines(api!, id)[0]);
    expect(lines.map((l) => l.status)).toEqual([401, 400, 200, 200, 200, ls.status, 200]);
    expect(lines.map((l) => l.path)).toEqual(['/graphql', '/graphql', '/graphql', '/graphql', '/graphql', '/langsmith/runs/batch', '/v1/traces']);
    for (const l of lines) {
      expect(l).toEqual(
        expect.objectContaining({ method: 'POST', client: expect.stringMatching(/127\.0\.0\.1/), durationMs: expect.any(Number), bytes: expect.any(Number) }),
      );
      expect(l.bytes).toBeGreaterThan(0);
    }
    expect(lines[4].operation).toEqual({ type: 'mutation', name: null });
    // The 401's line is at info, as every answer below 500.
    expect(lines[0].level).toBe(30);
  });

  it('logs one line when a WebSocket opens and one when it closes, under one request id', async () => {
    const before = new Set(
      stdoutLines(api!)
        .filter((l) => l.msg === 'websocket open')
        .map((l) => l.requestId),
    );
    const live = liveClient(`${base.replace(/^http/, 'ws')}/graphql`, adminKey);
    live.subscribe(`subscription { spanAdded(traceId: "00000000-0000-4000-8000-000000000000") { id } }`, {}, 'spanAdded');
    await until(
      async () => stdoutLines(api!).filter((l) => l.msg === 'websocket open' && !before.has(l.requestId)),
      (found) => found.length === 1,
      'the websocket open line',
    );
    await live.dispose();
    const opened = stdoutLines(api!).find((l) => l.msg === 'websocket open' && !before.has(l.requestId))!;
    const closed = await until(
      async () => stdoutLines(api!).filter((l) => l.msg === 'websocket close' && l.requestId === opened.requestId),
      (found) => found.length === 1,
      'the websocket close line',
    );
    expect(closed[0]).toEqual(expect.objectContaining({ path: '/graphql', durationMs: expect.any(Number), code: expect.any(Number) }));
  });

  it('logs the job the ingest caused in the worker, with the same request id', async () => {
    const done = await until(
      async () => stdoutLines(worker!).filter((l) => l.requestId === ingestId),
      (found) => found.some((l) => l.msg === 'job done'),
      'the worker line of the trace.metrics job',
    );
    expect(done.find((l) => l.msg === 'job done')).toEqual(expect.objectContaining({ job: 'trace.metrics', queue: 'metrics' }));
  });

  it('never writes an API key, in either process', () => {
    for (const app of [api!, worker!]) {
      expect(app.written()).not.toContain(adminKey);
      expect(app.written()).not.toContain(projectKey);
    }
  });
});

describe('a worker-only process on METRICS_PORT', () => {
  it('serves /livez, /readyz and /metrics with its job metrics', async () => {
    expect((await fetch(`${metricsBase}/livez`)).status).toBe(200);
    const ready = await fetch(`${metricsBase}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', queues: 'ok' } });
    const text = await until(
      async () => (await fetch(`${metricsBase}/metrics`)).text(),
      (t) => /sextant_job_duration_seconds_count\{queue="metrics",job="trace.metrics",outcome="completed"\} [1-9]/.test(t),
      'the trace.metrics job in the worker metrics',
    );
    expect(text).toMatch(/sextant_db_pool_clients\{pool="worker",state="total"\} [1-9]/);
    expect(text).toContain('sextant_queue_jobs{queue="metrics",state="waiting"}');
  });
});

describe('/readyz while the database does not answer', () => {
  it('answers 503 naming the database while it is frozen, 200 again once it answers, and /livez stays 200', async () => {
    proxy.freeze();
    try {
      const res = await fetch(`${base}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: string; checks: Record<string, string> };
      expect(body.status).toBe('unavailable');
      expect(body.checks.database).not.toBe('ok');
      expect((await fetch(`${base}/livez`)).status).toBe(200);
    } finally {
      proxy.thaw();
    }
    await until(
      async () => (await fetch(`${base}/readyz`)).status,
      (s) => s === 200,
      '/readyz back to 200',
    );
  });
});

describe('SIGTERM', () => {
  it('logs one line that it is shutting down and one that it stopped, nothing about connections Postgres closed, and exits 0', async () => {
    for (const app of [api!, worker!]) {
      const before = stdoutLines(app).length;
      await app.stop(30_000);
      const after = stdoutLines(app).slice(before);
      expect(after.filter((l) => /shutting down/.test(String(l.msg)))).toHaveLength(1);
      expect(after.filter((l) => l.msg === 'stopped')).toHaveLength(1);
      expect(app.written()).not.toContain('administrator command');
      expect(after.filter((l) => Number(l.level) >= 50)).toEqual([]);
    }
  });
});
