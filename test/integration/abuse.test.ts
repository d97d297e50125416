import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { operationText } from '../support/typed-operation';
import { waitForQueueBackend } from '@sextant/jobs';
import { OutOfBoundValues1764400000000 } from '../../packages/core/src/database/migrations/1764400000000-out-of-bound-values';
import { FreezableProxy } from '../support/freezable-proxy';
import { liveClient } from '../support/live-client';
import { freePort } from '../support/ports';
import { createTestDatabase, type OwnDatabase } from '../support/postgres';
import { type GqlResponse, startTestServer, type TestServer } from '../support/test-server';

// Requests an attacker or a broken SDK sends, over raw HTTP: each is answered with a clear status,
// and the process keeps serving everyone else.

type Answer = { status: number; body: string };

/** Sends `body` (or only the headers, with `hold`, keeping the request open) and resolves with the answer. */
function send(url: string, path: string, headers: Record<string, string>, body: string | null): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, url), { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: text });
        // A held body is never sent: drop the connection rather than leave it open.
        if (body === null) req.destroy();
      });
    });
    req.on('error', reject);
    if (body === null) req.flushHeaders();
    else req.end(body);
  });
}

// One server with the default settings for every describe that does not need others.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.stop());

describe('abuse of the LangSmith endpoints', () => {
  let base: string;
  beforeAll(() => {
    base = s.url.replace(/\/graphql$/, '');
  });

  const healthy = async () => (await fetch(`${base}/health`)).status;

  it('answers 400 to a multipart part cut off before its boundary, and keeps serving', async () => {
    const { key } = await s.project('abuse-unterminated', 'ingest');
    const body = '--B\r\nContent-Disposition: form-data; name="post.x"\r\nContent-Type: application/json\r\n\r\n{"a":1';
    const r = await send(
      base,
      '/langsmith/runs/multipart',
      { 'x-api-key': key, 'content-type': 'multipart/form-data; boundary=B', 'content-length': String(body.length) },
      body,
    );
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).detail).toMatch(/multipart/i);
    expect(await healthy()).toBe(200);
  });

  it('serves the GraphiQL page with frame protection and no referrer or type sniffing', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(
      Object.fromEntries(['x-frame-options', 'content-security-policy', 'x-content-type-options', 'referrer-policy'].map((h) => [h, page.headers.get(h)])),
    ).toEqual({
      'x-frame-options': 'DENY',
      'content-security-policy': "frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
  });

  it('answers a GraphQL body in an unsupported or broken encoding with its 4xx and BAD_USER_INPUT, not INTERNAL', async () => {
    const body = JSON.stringify({ query: '{ projects { edges { node { id } } } }' });
    const post = (encoding: string, data: Buffer) =>
      fetch(s.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': encoding, 'x-api-key': s.adminKey },
        body: new Uint8Array(data),
      });
    const zstd = await post('zstd', Buffer.from(body));
    expect(zstd.status).toBe(415);
    expect(((await zstd.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const gzipped = gzipSync(body);
    const truncated = await post('gzip', gzipped.subarray(0, gzipped.length - 8));
    expect(truncated.status).toBe(400);
    expect(((await truncated.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await healthy()).toBe(200);
  });

  it('answers a GraphQL request without a key with 401, as one with a bad key, introspection included', async () => {
    const send = (headers: Record<string, string>) =>
      fetch(s.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      });
    for (const r of [await send({}), await send({ 'x-api-key': 'sx_not_a_key_at_all_000000000000' })]) {
      expect(r.status).toBe(401);
      expect(((await r.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await send({ 'x-api-key': s.adminKey })).status).toBe(200);
  });

  it('lets no foreign page call the API by default: no CORS headers for another origin', async () => {
    const fromElsewhere = { origin: 'https://evil.example', 'content-type': 'application/json', 'x-api-key': s.adminKey };
    const gql = await fetch(s.url, { method: 'POST', headers: fromElsewhere, body: JSON.stringify({ query: '{ projects { edges { node { id } } } }' }) });
    expect(gql.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/langsmith/runs/batch`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a key that may not ingest with 403 before reading its body', async () => {
    const { key } = await s.project('abuse-reader', 'read');
    // The body is announced but never sent: the answer must not wait for it.
    const r = await send(
      base,
      '/langsmith/runs/multipart',
      { 'x-api-key': key, 'content-type': 'multipart/form-data; boundary=B', 'content-length': '1000000' },
      null,
    );
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).detail).toMatch(/ingest access is required/);
    expect(await healthy()).toBe(200);
  });
});

const INGEST = graphql(`mutation AbuseIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index code message } } }`);
const TOTALS = graphql(`query AbuseTraceTotals($id: ID!) { trace(id: $id) { promptTokens totalTokens totalCost llmCallCount } }`);
const SPANS = graphql(`query AbuseSpans($id: ID!) { trace(id: $id) { spans { id name } } }`);
const SPAN_ADDED = graphql(`subscription AbuseSpanAdded($t: ID!) { spanAdded(traceId: $t, since: "0") { id name } }`);
const SPAN_PAGE = graphql(`query AbuseSpanPage($id: ID!, $first: Int, $after: ID) {
  trace(id: $id) { spanCount spans(first: $first, after: $after) { __typename id depth ancestorIds ... on AgentCall { llmCallIds } } }
}`);
const STATS = graphql(
  `query AbuseStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) { project(id: $p) { stats(from: $from, to: $to) { traceCount totalTokens totalCost } } }`,
);

describe('abuse with numbers', () => {
  const at = (sec: number) => new Date(Date.UTC(2026, 11, 1, 10, 0, sec)).toISOString();

  it('adds up token counts past 2^31 in one trace instead of failing the batch', async () => {
    const { id: projectId } = await s.project('abuse-tokens');
    const traceId = crypto.randomUUID();
    const call = () => ({ id: crypto.randomUUID(), traceId, model: 'm', promptTokens: 2_147_483_647, completionTokens: 0, startTime: at(0), endTime: at(1) });
    const r = await s.gql(INGEST, { b: { projectId, traces: [{ id: traceId, name: 't', startTime: at(0) }], llmCalls: [call(), call()] } });
    expect(r.data!.ingest).toMatchObject({ accepted: 3, rejected: 0 });
    expect((await s.gql(TOTALS, { id: traceId })).data!.trace).toMatchObject({ promptTokens: 4_294_967_294, totalTokens: 4_294_967_294, llmCallCount: 2 });
  });

  it('rejects the items whose numbers are not finite or out of bounds, stores the rest, and stats keep answering', async () => {
    const { id: projectId } = await s.project('abuse-numbers');
    const traceId = crypto.randomUUID();
    const llm = (fields: Record<string, unknown>) => ({ id: crypto.randomUUID(), traceId, model: 'm', startTime: at(2), endTime: at(3), ...fields });
    const r = await s.gql(INGEST, {
      b: {
        projectId,
        traces: [{ id: traceId, name: 'numbers', startTime: at(0), endTime: at(10) }],
        llmCalls: [
          llm({ totalCost: 1.7e308 }),
          llm({ temperature: 1e308 }),
          llm({ promptCost: 0.5, completionCost: 0.25 }),
          llm({ latencyMs: 1e300, endTime: null }),
        ],
        toolCalls: [{ id: crypto.randomUUID(), traceId, name: 'tool', totalCost: 1e7, startTime: at(4), endTime: at(5) }],
        metrics: [
          { traceId, name: 'huge', value: 1e308 },
          { traceId, name: 'fine', value: -42.5 },
        ],
      },
    });
    expect(r.data!.ingest.accepted).toBe(3);
    expect(r.data!.ingest.rejections).toEqual([
      { list: 'LLM_CALLS', index: 0, code: 'BAD_USER_INPUT', message: 'llmCalls[0]: totalCost must be a number from 0 to 1000000' },
      { list: 'LLM_CALLS', index: 1, code: 'BAD_USER_INPUT', message: 'llmCalls[1]: temperature must be a number from 0 to 100' },
      { list: 'LLM_CALLS', index: 3, code: 'BAD_USER_INPUT', message: 'llmCalls[3]: latencyMs must be a number from 0 to 31536000000' },
      { list: 'METRICS', index: 0, code: 'BAD_USER_INPUT', message: 'metrics[0]: value must be a finite number from -1000000000000000 to 1000000000000000' },
      { list: 'TOOL_CALLS', index: 0, code: 'BAD_USER_INPUT', message: 'toolCalls[0]: totalCost must be a number from 0 to 1000000' },
    ]);
    expect((await s.gql(TOTALS, { id: traceId })).data!.trace).toMatchObject({ totalCost: 0.75, llmCallCount: 1 });
    const stats = await s.gql(STATS, { p: projectId, from: at(-3600), to: at(3600) });
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.project.stats).toMatchObject({ traceCount: 1, totalCost: 0.75 });
  });

  it('clears the out-of-bound numbers an older version stored, after which stats and totals answer again and the rollup hours are recomputed', async () => {
    const { id: projectId } = await s.project('abuse-stored');
    const traces = [crypto.randomUUID(), crypto.randomUUID()];
    const calls = traces.map((traceId) => ({ id: crypto.randomUUID(), traceId, model: 'm', totalCost: 1, startTime: at(2), endTime: at(3) }));
    const fine = { id: crypto.randomUUID(), traceId: traces[0], model: 'm', totalCost: 0.25, startTime: at(4), endTime: at(5) };
    const r = await s.gql(INGEST, {
      b: { projectId, traces: traces.map((id) => ({ id, name: 'old', startTime: at(0), endTime: at(10) })), llmCalls: [...calls, fine] },
    });
    expect(r.data!.ingest).toMatchObject({ accepted: 5, rejected: 0 });
    // What an unvalidated version wrote: a cost of 1.7e308 in each trace (their sum overflows) and a NaN metric.
    await s.ds.query(`UPDATE spans SET total_cost = 1.7e308 WHERE id = ANY($1::uuid[])`, [calls.map((c) => c.id)]);
    await s.ds.query(`UPDATE traces SET total_cost = 1.7e308 + 0.25 WHERE id = ANY($1::uuid[])`, [traces]);
    await s.ds.query(
      `INSERT INTO metrics (id, project_id, trace_id, name, value, score, timestamp, source) VALUES ($1, $2, $3, 'nan', 'NaN', 'Infinity', now(), 'client')`,
      [crypto.randomUUID(), projectId, traces[1]],
    );
    const read = () => s.gql(STATS, { p: projectId, from: at(-3600), to: at(3600) });
    expect((await read()).errors?.[0].extensions?.code).toBe('INTERNAL');

    const runner = s.ds.createQueryRunner();
    await runner.startTransaction();
    try {
      await new OutOfBoundValues1764400000000().up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    const stats = await read();
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.project.stats).toMatchObject({ traceCount: 2, totalCost: 0.25 });
    expect((await s.gql(TOTALS, { id: traces[0] })).data!.trace.totalCost).toBe(0.25);
    const [m] = await s.ds.query(`SELECT value, score FROM metrics WHERE name = 'nan' AND trace_id = $1`, [traces[1]]);
    expect(m).toEqual({ value: null, score: null });
    const dirty = await s.ds.query(`SELECT hour FROM rollup_dirty WHERE project_id = $1`, [projectId]);
    expect(dirty.map((d: { hour: Date }) => d.hour.toISOString())).toEqual(['2026-12-01T10:00:00.000Z']);
  });

  it('rejects a JSON field nested too deep or too large on its own, and stores the rest of the batch', async () => {
    const { id: projectId } = await s.project('abuse-json');
    const [bad, big, good] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    // Written as text: JSON.stringify itself runs out of stack on a value this deep.
    const deep = `${'{"d":'.repeat(10_000)}{"leaf":true}${'}'.repeat(10_000)}`;
    const traces = [
      `{"id":"${bad}","name":"deep","metadata":${deep}}`,
      JSON.stringify({ id: big, name: 'big', inputs: { text: 'x'.repeat(8 * 1024 * 1024) } }),
      JSON.stringify({ id: good, name: 'fine', metadata: { a: { b: { c: 1 } } } }),
    ];
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': s.adminKey },
      body: `{"query":${JSON.stringify(operationText(INGEST))},"variables":{"b":{"projectId":"${projectId}","traces":[${traces.join(',')}]}}}`,
    });
    const r = (await res.json()) as { data?: ResultOf<typeof INGEST> };
    expect(r.data!.ingest.accepted).toBe(1);
    expect(r.data!.ingest.rejections).toEqual([
      { list: 'TRACES', index: 0, code: 'BAD_USER_INPUT', message: 'traces[0]: metadata nests deeper than 100 levels' },
      { list: 'TRACES', index: 1, code: 'BAD_USER_INPUT', message: 'traces[1]: inputs is larger than 8388608 characters of JSON' },
    ]);
  });

  it('refuses a span id already given under another trace or project with one message, leaving the span where it was', async () => {
    const mine = await s.project('abuse-ids-mine', 'ingest');
    const theirs = await s.project('abuse-ids-theirs', 'ingest');
    const [t1, t2, t3, own, foreign] = Array.from({ length: 5 }, () => crypto.randomUUID());
    const span = (id: string, traceId: string, name: string) => ({ id, traceId, name, startTime: at(1) });
    expect((await s.gql(INGEST, { b: { agentCalls: [span(own, t1, 'original')] } }, mine.key)).data!.ingest.rejected).toBe(0);
    expect((await s.gql(INGEST, { b: { agentCalls: [span(foreign, crypto.randomUUID(), 'theirs')] } }, theirs.key)).data!.ingest.rejected).toBe(0);

    // Again under another trace of the same project, and the other project's id: the same answer for both.
    const again = await s.gql(INGEST, { b: { agentCalls: [span(own, t2, 'moved'), span(foreign, t2, 'stolen')] } }, mine.key);
    expect(again.data!.ingest.rejections.map((x) => [x.code, x.message])).toEqual([
      ['FORBIDDEN', `agentCalls[0]: ${own} is already the id of another item`],
      ['FORBIDDEN', `agentCalls[1]: ${foreign} is already the id of another item`],
    ]);
    const spans = await s.gql(SPANS, { id: t1 });
    expect(spans.data!.trace.spans.map((x) => [x.id, x.name])).toEqual([[own, 'original']]);

    // Twice in one batch under two traces: the first trace keeps it, the second is refused and never created.
    const fresh = crypto.randomUUID();
    const twice = await s.gql(INGEST, { b: { agentCalls: [span(fresh, t1, 'first'), span(fresh, t3, 'second')] } }, mine.key);
    expect(twice.data!.ingest.rejections.map((x) => [x.index, x.message])).toEqual([[1, `agentCalls[1]: ${fresh} is already the id of another item`]]);
    expect((await s.gql(SPANS, { id: t1 })).data!.trace.spans.map((x) => x.name).sort()).toEqual(['first', 'original']);
    expect((await s.gql(SPANS, { id: t3 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('settings that open or tighten limits', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({
      MAX_BATCH_ITEMS: '5',
      MAX_SPANS_PER_TRACE: '5',
      CORS_ORIGINS: 'https://app.example, https://other.example',
      GRAPHQL_PUBLIC_INTROSPECTION: 'true',
    });
  });
  afterAll(() => s?.stop());

  describe('batch size on the LangSmith endpoints', () => {
    const run = () => ({ id: crypto.randomUUID(), name: 'r', run_type: 'chain', start_time: new Date().toISOString(), session_name: 'batch-limit' });

    it('answers 413 to more runs in one request than MAX_BATCH_ITEMS, as GraphQL does, and takes a batch within it', async () => {
      const { key } = await s.project('batch-limit', 'ingest');
      const base = s.url.replace(/\/graphql$/, '');
      const post = (runs: unknown[]) =>
        fetch(`${base}/langsmith/runs/batch`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key },
          body: JSON.stringify({ post: runs }),
        });
      const tooMany = await post(Array.from({ length: 6 }, run));
      expect(tooMany.status).toBe(413);
      expect(((await tooMany.json()) as { detail: string }).detail).toMatch(/at most 5 runs/);
      expect((await post(Array.from({ length: 5 }, run))).status).toBeLessThan(300);

      const parts = Array.from({ length: 6 }, run).map(
        (r) => `--B\r\nContent-Disposition: form-data; name="post.${r.id}"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(r)}\r\n`,
      );
      const multipart = await fetch(`${base}/langsmith/runs/multipart`, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=B', 'x-api-key': key },
        body: `${parts.join('')}--B--\r\n`,
      });
      expect(multipart.status).toBe(413);
    });
  });

  describe('MAX_SPANS_PER_TRACE', () => {
    it('rejects the new spans past the cap, item by item, and still takes updates of stored ones', async () => {
      const { key } = await s.project('span-cap', 'ingest');
      const traceId = crypto.randomUUID();
      const ids = Array.from({ length: 7 }, () => crypto.randomUUID());
      const span = (id: string, name = 'step') => ({ id, traceId, name, startTime: new Date().toISOString() });
      const first = await s.gql(INGEST, { b: { agentCalls: ids.slice(0, 4).map((id) => span(id)) } }, key);
      expect(first.data!.ingest).toMatchObject({ accepted: 4, rejected: 0 });
      const second = await s.gql(INGEST, { b: { agentCalls: [span(ids[0], 'renamed'), ...ids.slice(4).map((id) => span(id))] } }, key);
      expect(second.data!.ingest.accepted).toBe(2);
      expect(second.data!.ingest.rejections.map((r) => [r.index, r.code, r.message])).toEqual([
        [2, 'PAYLOAD_TOO_LARGE', `agentCalls[2]: trace ${traceId} already holds 5 spans, the most one trace may (MAX_SPANS_PER_TRACE)`],
        [3, 'PAYLOAD_TOO_LARGE', `agentCalls[3]: trace ${traceId} already holds 5 spans, the most one trace may (MAX_SPANS_PER_TRACE)`],
      ]);
      const update = await s.gql(INGEST, { b: { agentCalls: [span(ids[1], 'updated at the cap')] } }, key);
      expect(update.data!.ingest).toMatchObject({ accepted: 1, rejected: 0 });
      const names = (await s.gql(SPANS, { id: traceId }, s.adminKey)).data!.trace.spans.map((x) => x.name).sort();
      expect(names).toEqual(['renamed', 'step', 'step', 'step', 'updated at the cap']);
    });
  });

  describe('CORS_ORIGINS', () => {
    it('answers the listed origins, and only them', async () => {
      const origin = async (o: string) =>
        (await fetch(s.url, { method: 'OPTIONS', headers: { origin: o, 'access-control-request-method': 'POST' } })).headers.get('access-control-allow-origin');
      expect(await origin('https://app.example')).toBe('https://app.example');
      expect(await origin('https://other.example')).toBe('https://other.example');
      expect(await origin('https://evil.example')).toBeNull();
    });
  });

  describe('GRAPHQL_PUBLIC_INTROSPECTION', () => {
    it('serves the schema without a key when opened, and still no data', async () => {
      const schema = await s.gql(graphql(`query AbusePublicSchema { __schema { queryType { name } } }`), undefined, null);
      expect(schema.status).toBe(200);
      expect(schema.data!.__schema.queryType.name).toBe('Query');
      const data = await s.gql(graphql(`query AbusePublicProjects { projects { edges { node { id } } } }`), undefined, null);
      expect(data.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});

describe('MAX_SPANS_PER_PAGE', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ MAX_SPANS_PER_PAGE: '100' });
  });
  afterAll(() => s?.stop());

  it('pages a deep trace in depth-first order, lists at most 100 ancestors, and keeps agent child ids whole across pages', async () => {
    // A 250-deep chain of agents, each with one LLM call.
    const { key } = await s.project('span-pages', 'ingest');
    const traceId = crypto.randomUUID();
    const agents = Array.from({ length: 250 }, () => crypto.randomUUID());
    const at = (i: number) => new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString();
    const b = {
      traces: [{ id: traceId, name: 'deep', startTime: at(0) }],
      agentCalls: agents.map((id, i) => ({ id, traceId, parentId: i ? agents[i - 1] : null, name: `a${i}`, startTime: at(i) })),
      llmCalls: agents.map((id, i) => ({ id: crypto.randomUUID(), traceId, parentId: id, model: 'gpt-4o-mini', startTime: at(i + 1.5) })),
    };
    expect((await s.gql(INGEST, { b }, key)).data!.ingest).toMatchObject({ accepted: 501, rejected: 0 });

    const pages: ResultOf<typeof SPAN_PAGE>['trace']['spans'][] = [];
    let after: string | null = null;
    do {
      const r: GqlResponse<ResultOf<typeof SPAN_PAGE>> = await s.gql(SPAN_PAGE, { id: traceId, after });
      expect(r.data!.trace.spanCount).toBe(500);
      pages.push(r.data!.trace.spans);
      after = r.data!.trace.spans.at(-1)?.id ?? null;
    } while (pages.at(-1)!.length === 100);
    expect(pages.map((p) => p.length)).toEqual([100, 100, 100, 100, 100, 0]);
    const all = pages.flat();
    // Depth-first with siblings by start time: every agent down the chain, then the LLM calls back up it.
    expect(new Set(all.map((x) => x.id)).size).toBe(500);
    expect(all.map((x) => x.id)).toEqual([...agents, ...b.llmCalls.map((l) => l.id).reverse()]);
    const deepest = all.find((x) => x.id === agents[249])!;
    expect(deepest.depth).toBe(249);
    expect(deepest.ancestorIds).toEqual(agents.slice(149, 249));
    // The first agent's LLM call is the trace's last span, pages away from it.
    const root = pages[0][0];
    expect(root).toMatchObject({ id: agents[0], llmCallIds: [b.llmCalls[0].id] });
    expect(pages[0].some((x) => x.id === b.llmCalls[0].id)).toBe(false);

    const tooMany = await s.gql(SPAN_PAGE, { id: traceId, first: 101 });
    expect(tooMany.errors![0]).toMatchObject({ message: '`first` must be 0 to 100 (MAX_SPANS_PER_PAGE)', extensions: { code: 'BAD_USER_INPUT' } });
    const stranger = await s.gql(SPAN_PAGE, { id: traceId, after: crypto.randomUUID() });
    expect(stranger.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('failed authentication from one address', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ AUTH_FAILURES_PER_MINUTE: '3' });
  });
  afterAll(() => s?.stop());

  it('is refused with 429 and Retry-After past AUTH_FAILURES_PER_MINUTE, on GraphQL and LangSmith alike', async () => {
    const bad = 'sx_0000000000000000000000000000000000000000';
    const graphqlWith = (key: string, forwardedFor?: string) =>
      fetch(s.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    for (let i = 0; i < 3; i++) expect((await graphqlWith(bad)).status).toBe(401);
    const refused = await graphqlWith(bad);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
    // The address is refused whatever key it sends now, until the window ends; with no proxy
    // trusted, a forged X-Forwarded-For changes nothing.
    expect((await graphqlWith(s.adminKey)).status).toBe(429);
    expect((await graphqlWith(s.adminKey, '198.51.100.9')).status).toBe(429);
    const langsmith = await fetch(s.url.replace(/\/graphql$/, '/langsmith/runs'), { method: 'POST', headers: { 'x-api-key': bad }, body: '{}' });
    expect(langsmith.status).toBe(429);
    expect(langsmith.headers.get('retry-after')).not.toBeNull();
  });
});

describe('failed authentication behind a trusted proxy (TRUST_PROXY)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ AUTH_FAILURES_PER_MINUTE: '3', TRUST_PROXY: 'loopback' });
  });
  afterAll(() => s?.stop());

  it('counts each client the proxy names in X-Forwarded-For, not the proxy', async () => {
    const bad = 'sx_0000000000000000000000000000000000000000';
    const from = (client: string, key: string) =>
      fetch(s.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key, 'x-forwarded-for': client },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.7', bad)).status).toBe(401);
    expect((await from('203.0.113.7', s.adminKey)).status).toBe(429);
    // Another client behind the same proxy is served as usual.
    expect((await from('198.51.100.9', bad)).status).toBe(401);
    expect((await from('198.51.100.9', s.adminKey)).status).toBe(200);
  });
});

describe('a database that stops answering', () => {
  let proxy: FreezableProxy;
  let db: OwnDatabase;
  let s: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    const direct = new URL(db.url);
    proxy = await new FreezableProxy({ host: direct.hostname, port: Number(direct.port || 5432) }).start();
    direct.port = String(proxy.port);
    s = await startTestServer({ DATABASE_URL: direct.toString() });
  });
  afterAll(async () => {
    proxy?.thaw();
    await s?.stop();
    await proxy?.close();
    await db?.drop();
  });

  it('gets /health answered 503 within its bound while frozen, and 200 again after', async () => {
    const health = () => fetch(s.url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(15_000) });
    expect((await health()).status).toBe(200);
    proxy.freeze();
    const frozen = await health();
    expect(frozen.status).toBe(503);
    expect(await frozen.json()).toMatchObject({ status: 'unavailable', database: 'timeout' });
    proxy.thaw();
    let after = 0;
    for (let i = 0; i < 50 && after !== 200; i++) after = (await health()).status;
    expect(after).toBe(200);
  });
});

describe('a Redis that does not answer at start-up', () => {
  const target = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const proxies: FreezableProxy[] = [];
  const servers: TestServer[] = [];
  /** A port nothing listens on yet, and a way to put Redis behind it later. */
  const laterRedis = async () => {
    const port = await freePort();
    return {
      url: `redis://127.0.0.1:${port}`,
      comeUp: async () => void proxies.push(await new FreezableProxy({ host: target.hostname, port: Number(target.port || 6379) }).start(port)),
    };
  };
  afterAll(async () => {
    for (const x of servers) await x.stop();
    for (const p of proxies) await p.close();
  });

  it('starts with live events waiting for it, says so in /health, and delivers them once it answers', async () => {
    const redis = await laterRedis();
    const x = await startTestServer({ REDIS_URL: redis.url, QUEUE_BACKEND: 'postgres' });
    servers.push(x);
    const health = async () => (await (await fetch(x.url.replace(/\/graphql$/, '/health'))).json()) as { status: string; liveEvents: string };
    expect(await health()).toMatchObject({ status: 'ok', liveEvents: 'redis-unreachable' });
    // Ingestion goes on meanwhile.
    const { key } = await x.project('redis-later', 'ingest');
    const traceId = crypto.randomUUID();
    expect((await x.gql(INGEST, { b: { traces: [{ id: traceId, name: 'before' }] } }, key)).data!.ingest.accepted).toBe(1);

    await redis.comeUp();
    let live = '';
    for (let i = 0; i < 100 && live !== 'redis'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      live = (await health()).liveEvents;
    }
    expect(live).toBe('redis');
    const client = liveClient(x.wsUrl, x.adminKey);
    try {
      const sub = client.subscribe(SPAN_ADDED, { t: traceId }, 'spanAdded');
      const spanId = crypto.randomUUID();
      await x.gql(INGEST, { b: { agentCalls: [{ id: spanId, traceId, name: 'after' }] } }, key);
      expect(await sub.take(1)).toEqual([{ id: spanId, name: 'after' }]);
    } finally {
      await client.dispose();
    }
  });

  it('waits for it, saying so, when it holds the job queues, and starts once it answers', async () => {
    const redis = await laterRedis();
    const said: string[] = [];
    const waited = waitForQueueBackend({ backend: 'redis', prefix: 'unused', redis: redis.url }, (m) => said.push(m), { retryMs: 50, remindMs: 200 });
    const starting = startTestServer({ REDIS_URL: redis.url, QUEUE_BACKEND: 'redis' });
    let started = false;
    void starting.then(() => (started = true));
    await new Promise((r) => setTimeout(r, 1000));
    expect(started).toBe(false);
    expect(said[0]).toMatch(/^Redis \(REDIS_URL\) does not answer \(.+\)\. It holds the job queues \(QUEUE_BACKEND=redis\), so Sextant waits for it/);
    expect(said.slice(1).every((m) => m.startsWith('Still waiting for Redis (REDIS_URL)'))).toBe(true);
    expect(said.length).toBeGreaterThan(1);

    await redis.comeUp();
    await waited;
    expect(said.at(-1)).toMatch(/^Redis \(REDIS_URL\) answers after \d+ s; starting$/);
    const x = await starting;
    servers.push(x);
    const { key } = await x.project('queues-later', 'ingest');
    expect((await x.gql(INGEST, { b: { traces: [{ id: crypto.randomUUID(), name: 'queued' }] } }, key)).data!.ingest.accepted).toBe(1);
  });
});
