import { startTestServer, type TestServer } from '../support/test-server';
import { liveClient } from '../support/live-client';
import { until } from '../support/wait';

// Sextant's own /metrics, /livez and /readyz on the API port of an in-process server with its
// worker: every family moves after ingestion through GraphQL, LangSmith and OTLP and a job run.

const TOKEN = 'metrics-token-0123456789abcdef';
// Plain text: the operation name must reach the server as a client would send it.
const INGEST = `mutation ObservabilityIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }`;

let s: TestServer;
let base: string;
let project: { id: string; key: string };
beforeAll(async () => {
  s = await startTestServer({ RUN_WORKER: 'true', METRICS_DELAY_MS: '0', METRICS_TOKEN: TOKEN });
  base = s.url.replace(/\/graphql$/, '');
  project = await s.project('observability', 'ingest');
});
afterAll(() => s?.stop());

/** The samples of a Prometheus text exposition: `name{labels}` to value. */
function parseExposition(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

const scrape = async () => {
  const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  const text = await res.text();
  return { text, samples: parseExposition(text) };
};

/** The sum of a family's samples whose labels include every one of `labels`. */
const total = (samples: Map<string, number>, name: string, labels: Record<string, string> = {}) =>
  [...samples]
    .filter(([k]) => (k === name || k.startsWith(`${name}{`)) && Object.entries(labels).every(([l, v]) => k.includes(`${l}="${v}"`)))
    .reduce((n, [, v]) => n + v, 0);

const hex = (bytes: number) => Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');

describe('/metrics', () => {
  it('needs the bearer token when METRICS_TOKEN is set', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789abcd' } })).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it('shows requests, ingestion by source, queues, jobs, live events, forwarding, pools and the process after ingest through every path', async () => {
    const traceId = crypto.randomUUID();
    const now = new Date().toISOString();
    // A live subscriber of the trace: its spans are published and delivered.
    const live = liveClient(s.wsUrl, s.adminKey);
    const sub = live.subscribe(`subscription ObservabilitySpans($t: ID!) { spanAdded(traceId: $t, since: "0") { id name } }`, { t: traceId }, 'spanAdded');
    const watching = await until(
      async () => (await scrape()).samples.get('sextant_live_subscribers') ?? 0,
      (n) => n >= 1,
      'the subscription in sextant_live_subscribers',
    );
    expect(watching).toBe(1);
    const ingested = await s.gql(INGEST, {
      b: { projectId: project.id, traces: [{ id: traceId, name: 'gql', endTime: now }], agentCalls: [{ traceId, name: 'a' }] },
    });
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data?.ingest).toEqual({ accepted: 2, rejected: 0 });
    expect(await sub.take(1)).toEqual([expect.objectContaining({ name: 'a' })]);
    await live.dispose();
    // One refused item: a span of a trace id that is not a UUID.
    const refused = await s.gql(INGEST, { b: { projectId: project.id, agentCalls: [{ traceId: 'not-a-uuid', name: 'bad' }] } });
    expect(refused.data?.ingest.rejected).toBe(1);

    const runId = crypto.randomUUID();
    const ls = await fetch(`${base}/langsmith/runs/batch`, {
      method: 'POST',
      headers: { 'x-api-key': project.key, 'content-type': 'application/json' },
      body: JSON.stringify({ post: [{ id: runId, trace_id: runId, name: 'ls', run_type: 'chain', start_time: now }] }),
    });
    expect(ls.status).toBeLessThan(300);

    const otel = await fetch(`${base}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${project.key}` },
      body: JSON.stringify({
        resourceSpans: [
          {
            scopeSpans: [
              {
                spans: [
                  {
                    traceId: hex(16),
                    spanId: hex(8),
                    name: 'otel',
                    startTimeUnixNano: String(Date.now() * 1e6),
                    endTimeUnixNano: String(Date.now() * 1e6 + 1e6),
                  },
                  { traceId: 'broken', spanId: hex(8), name: 'bad' },
                ],
              },
            ],
          },
        ],
      }),
    });
    expect(otel.status).toBe(200);

    // The ended trace's metrics job runs in the in-process worker.
    const { text, samples } = await until(
      scrape,
      (m) => total(m.samples, 'sextant_job_duration_seconds_count', { job: 'trace.metrics', outcome: 'completed' }) > 0,
      'a trace.metrics job in /metrics',
    );

    for (const family of [
      'sextant_http_requests_total',
      'sextant_http_request_duration_seconds',
      'sextant_ingested_items_total',
      'sextant_rejected_items_total',
      'sextant_queue_jobs',
      'sextant_queue_oldest_waiting_seconds',
      'sextant_job_duration_seconds',
      'sextant_job_failures_total',
      'sextant_live_subscribers',
      'sextant_live_events_published_total',
      'sextant_live_events_delivered_total',
      'sextant_langsmith_forward_pending',
      'sextant_db_pool_clients',
      'sextant_nodejs_eventloop_lag_seconds',
      'sextant_process_cpu_user_seconds_total',
    ]) {
      expect(text).toContain(`# HELP ${family} `);
    }
    expect(total(samples, 'sextant_http_requests_total', { route: 'graphql', operation: 'mutation:ingest', status: '200' })).toBeGreaterThanOrEqual(2);
    expect(total(samples, 'sextant_http_requests_total', { route: 'langsmith' })).toBeGreaterThan(0);
    expect(total(samples, 'sextant_http_requests_total', { route: 'otlp' })).toBeGreaterThan(0);
    expect(total(samples, 'sextant_http_request_duration_seconds_count', { route: 'graphql', operation: 'mutation:ingest' })).toBeGreaterThanOrEqual(2);
    for (const source of ['graphql', 'langsmith', 'otlp']) expect(total(samples, 'sextant_ingested_items_total', { source })).toBeGreaterThan(0);
    expect(total(samples, 'sextant_ingested_items_total', { source: 'graphql', kind: 'trace' })).toBeGreaterThan(0);
    expect(total(samples, 'sextant_ingested_items_total', { source: 'graphql', kind: 'agent_call' })).toBeGreaterThan(0);
    expect(total(samples, 'sextant_rejected_items_total', { source: 'graphql', kind: 'agent_call' })).toBe(1);
    expect(total(samples, 'sextant_rejected_items_total', { source: 'otlp', kind: 'span' })).toBe(1);
    for (const queue of ['metrics', 'rollups', 'maintenance', 'langsmith', 'experiments']) {
      expect(samples.has(`sextant_queue_jobs{queue="${queue}",state="waiting"}`)).toBe(true);
      expect(samples.has(`sextant_queue_oldest_waiting_seconds{queue="${queue}"}`)).toBe(true);
    }
    expect(samples.get('sextant_live_events_published_total')).toBeGreaterThan(0);
    expect(samples.get('sextant_live_events_delivered_total')).toBeGreaterThan(0);
    expect(samples.get('sextant_db_pool_clients{pool="api",state="total"}')).toBeGreaterThan(0);
    expect(samples.has('sextant_db_pool_clients{pool="worker",state="idle"}')).toBe(true);
    expect(samples.has('sextant_langsmith_forward_pending')).toBe(true);
    expect(total(samples, 'sextant_nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    // Operation labels come from the schema's root fields, never from the client's operation name.
    expect(text).not.toContain('ObservabilityIngest');
  });
});

describe('probes', () => {
  it('/livez answers without checking anything, /readyz checks the database and the queues, /health is unchanged', async () => {
    const live = await fetch(`${base}/livez`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', queues: 'ok' } });
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', database: 'ok', liveEvents: 'in-process' });
  });

  it('returns the request id: a well-formed incoming one kept, anything else replaced', async () => {
    const kept = await fetch(`${base}/livez`, { headers: { 'x-request-id': 'lb-1234.abcd' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-1234.abcd');
    const replaced = await fetch(`${base}/livez`, { headers: { 'x-request-id': 'has spaces "and quotes"' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('/readyz with Redis', () => {
  let r: TestServer;
  beforeAll(async () => {
    // Queues and live events on Redis: both are checked.
    r = await startTestServer({ REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
  });
  afterAll(() => r?.stop());

  it('checks the queue backend and the live-events Redis too', async () => {
    const res = await fetch(r.url.replace(/\/graphql$/, '/readyz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { database: 'ok', queues: 'ok', redis: 'ok' } });
  });
});
