// Live subscriptions across two API instances that share one database and one Redis.
import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
import { liveClient, type LiveClient } from '../support/live-client';
import { startTestServer, type TestServer } from '../support/test-server';
import { ofType } from '../support/typed-operation';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const INGEST = graphql(`mutation LiveIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);
const SPAN_ADDED = graphql(`subscription LiveSpanAdded($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) {
  __typename id traceId parentId depth ancestorIds agentId name status sequence startTime endTime inputs outputs
  ... on LLMCall { model promptTokens completionTokens totalCost costSource }
  ... on AgentCall { llmCallIds toolCallIds }
} }`);
const TRACE_UPDATED = graphql(`subscription LiveTraceUpdated($p: ID!, $f: TraceFilter, $since: String) {
  traceUpdated(projectId: $p, filter: $f, since: $since) { change cursor trace { id name status tags totalTokens totalCost llmCallCount agentCallCount errorCount endTime } }
}`);
const ERROR_RAISED = graphql(`subscription LiveErrorRaised($p: ID!) { errorRaised(projectId: $p) { id traceId errorMessage timestamp toolCallId } }`);
const ERROR_RAISED_SINCE = graphql(
  `subscription LiveErrorRaisedSince($p: ID!, $since: String) { errorRaised(projectId: $p, since: $since) { id traceId errorMessage timestamp toolCallId } }`,
);

let a: TestServer;
let b: TestServer;
let project: { id: string; key: string };
let other: { id: string; key: string };
const clients: LiveClient[] = [];

beforeAll(async () => {
  a = await startTestServer({ REDIS_URL });
  b = await startTestServer({ REDIS_URL }, a);
  project = await a.project('live', 'admin');
  other = await a.project('live-other', 'admin');
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

const uuid = () => crypto.randomUUID();
const at = (ms: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + ms).toISOString();
const connect = (s: TestServer, key: string | null, opts?: { headers?: Record<string, string> }) => {
  const c = liveClient(s.wsUrl, key, opts);
  clients.push(c);
  return c;
};
async function ingest(s: TestServer, batch: IngestBatchInput, key = project.key) {
  const r = await s.gql(INGEST, { b: batch }, key);
  expect(r.errors).toBeUndefined();
  expect(r.data!.ingest.rejected).toBe(0);
  return r.data!.ingest;
}
const agent = (traceId: string, i: number, extra: Record<string, unknown> = {}) => ({
  id: uuid(),
  traceId,
  name: `step-${i}`,
  startTime: at(i * 10),
  endTime: at(i * 10 + 5),
  inputs: { i },
  ...extra,
});
/** Subscriptions are registered asynchronously on the server; one span through proves this one is live. */
async function primed(s: TestServer, traceId: string, key = project.key) {
  const c = connect(s, key);
  const sub = c.subscribe(SPAN_ADDED, { t: traceId }, 'spanAdded');
  const probe = agent(traceId, 0, { name: 'probe' });
  // Until the subscription is active the probe may be missed; resend it (an update gets a new sequence).
  for (let i = 0; sub.events.length === 0 && i < 50; i++) {
    await ingest(s === a ? b : a, { agentCalls: [probe] }, key);
    await sub.until((x) => x.events.length > 0, 200).catch(() => undefined);
  }
  expect(sub.events.length).toBeGreaterThan(0);
  return { client: c, sub, probe };
}

describe('spanAdded across instances', () => {
  it('delivers, in order and exactly once, the spans ingested through the other instance, as Span types placed in their tree', async () => {
    const trace = uuid();
    const { sub } = await primed(a, trace);
    const before = sub.events.length;
    const root = agent(trace, 1, { name: 'planner' });
    const llm = {
      id: uuid(),
      traceId: trace,
      parentId: root.id,
      name: 'chat',
      model: 'gpt-4o-2024-08-06',
      promptTokens: 1000,
      completionTokens: 200,
      startTime: at(11),
      endTime: at(12),
    };
    const tool = { id: uuid(), traceId: trace, parentId: root.id, name: 'search', startTime: at(13), endTime: at(14), inputs: { q: 'x' } };
    const nested = agent(trace, 2, { parentId: tool.id, name: 'summarizer' });
    await ingest(b, { agentCalls: [root] });
    await ingest(b, { llmCalls: [llm], toolCalls: [tool] });
    await ingest(b, { agentCalls: [nested] });
    const got = (await sub.take(before + 4)).slice(before);
    expect(got.map((s) => s.id)).toEqual([root.id, llm.id, tool.id, nested.id]);
    expect(got.map((s) => s.__typename)).toEqual(['AgentCall', 'LLMCall', 'ToolCall', 'AgentCall']);
    const seqs = sub.events.map((s) => s.sequence);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(got[3]).toMatchObject({ depth: 2, ancestorIds: [root.id, tool.id], agentId: root.id, parentId: tool.id });
    // Each event shows the tree as it stood when the span arrived: the root came before its children.
    expect(got[0]).toMatchObject({ depth: 0, llmCallIds: [], toolCallIds: [] });
    expect(got[2]).toMatchObject({ depth: 1, agentId: root.id, ancestorIds: [root.id] });
    expect(got[1]).toMatchObject({ depth: 1, model: 'gpt-4o-2024-08-06', promptTokens: 1000, costSource: 'computed', startTime: at(11) });
    expect(ofType(got[1], 'LLMCall').totalCost).toBeGreaterThan(0);
    // Dates crossed Redis as Dates: the DateTimeISO scalar serialised them back exactly.
    expect(got[0].startTime).toBe(root.startTime);
    expect(got[0].endTime).toBe(root.endTime);
    // Nothing more arrives.
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.events.length).toBe(before + 4);
  });

  it('announces a span only once it is committed: the other instance can read it when the event arrives', async () => {
    const trace = uuid();
    const { sub } = await primed(a, trace);
    const spans = Array.from({ length: 5 }, (_, i) => agent(trace, i + 1));
    const seen: string[] = [];
    const done = (async () => {
      for (let n = sub.events.length; seen.length < spans.length; n++) {
        await sub.until((x) => x.events.length > n, 10_000);
        const e = sub.events[n];
        if (e.name === 'probe') continue;
        const r = await b.gql(graphql(`query LiveSpanIds($id: ID!) { trace(id: $id) { spans { id } } }`), { id: trace });
        expect(r.data!.trace.spans.map((s) => s.id)).toContain(e.id);
        seen.push(e.id);
      }
    })();
    for (const s of spans) await ingest(b, { agentCalls: [s] });
    await done;
    expect(seen).toEqual(spans.map((s) => s.id));
  });

  it('resumes with since (a sequence or a time): the backlog first, then live spans, with no gap and no duplicate at the seam', async () => {
    const trace = uuid();
    await ingest(b, { traces: [{ id: trace, name: 'resume', startTime: at(0) }] });
    const first = Array.from({ length: 10 }, (_, i) => agent(trace, i + 1));
    for (const s of first) await ingest(b, { agentCalls: [s] });
    // Ingestion continues on instance 2 while the subscriber joins instance 1 with since = 3.
    const rest = Array.from({ length: 30 }, (_, i) => agent(trace, i + 11));
    const feeding = (async () => {
      for (const s of rest) await ingest(b, { agentCalls: [s] });
    })();
    const c = connect(a, project.key);
    const sub = c.subscribe(SPAN_ADDED, { t: trace, since: '3' }, 'spanAdded');
    await feeding;
    const expected = [...first.slice(3), ...rest].map((s) => s.id);
    const got = await sub.take(expected.length);
    expect(got.map((s) => s.id)).toEqual(expected);
    expect(got.map((s) => s.sequence)).toEqual(expected.map((_, i) => i + 4));
    await new Promise((r) => setTimeout(r, 200));
    expect(sub.events.length).toBe(expected.length);

    // A time: everything ingested at or after it, in ingestion order.
    const sinceTime = new Date().toISOString();
    const late = [agent(trace, 50), agent(trace, 51)];
    for (const s of late) await ingest(b, { agentCalls: [s] });
    const byTime = connect(a, project.key).subscribe(SPAN_ADDED, { t: trace, since: sinceTime }, 'spanAdded');
    expect((await byTime.take(2)).map((s) => s.id)).toEqual(late.map((s) => s.id));
  });

  it('pages a long backlog (more than one page) while ingestion goes on, and joins the live stream exactly at its end', async () => {
    const trace = uuid();
    const backlog = Array.from({ length: 450 }, (_, i) => agent(trace, i + 1, { inputs: undefined }));
    for (let i = 0; i < backlog.length; i += 150) await ingest(b, { agentCalls: backlog.slice(i, i + 150) });
    const live = Array.from({ length: 40 }, (_, i) => agent(trace, i + 1000));
    const sub = connect(a, project.key).subscribe(SPAN_ADDED, { t: trace, since: '0' }, 'spanAdded');
    for (const x of live) await ingest(b, { agentCalls: [x] });
    const all = [...backlog, ...live];
    const got = await sub.take(all.length, 20_000);
    expect(got.map((x) => x.id)).toEqual(all.map((x) => x.id));
    expect(got.map((x) => x.sequence)).toEqual(all.map((_, i) => i + 1));
  });

  it('delivers an update of a span as a new version with a higher sequence', async () => {
    const trace = uuid();
    const { sub } = await primed(a, trace);
    const s = { ...agent(trace, 1), endTime: undefined };
    await ingest(b, { agentCalls: [s] });
    await ingest(b, { agentCalls: [{ id: s.id, traceId: trace, endTime: at(99), outputs: { done: true } }] });
    const n = sub.events.length;
    await sub.until((x) => x.events.filter((e) => e.id === s.id).length === 2);
    const versions = sub.events.filter((e) => e.id === s.id);
    expect(versions.map((v) => v.status)).toEqual(['RUNNING', 'SUCCESS']);
    expect(versions[1]).toMatchObject({ endTime: at(99), outputs: { done: true }, inputs: { i: 1 } });
    expect(versions[1].sequence).toBeGreaterThan(versions[0].sequence);
    expect(n).toBeGreaterThanOrEqual(1);
  });

  it('sends spans over the inline size cap as references, which the receiving instance reads in full', async () => {
    const capped = await startTestServer({ REDIS_URL, LIVE_INLINE_BYTES: '200' }, a);
    try {
      const trace = uuid();
      const { sub } = await primed(a, trace);
      const big = agent(trace, 1, { inputs: { text: 'x'.repeat(50_000) } });
      const r = await capped.gql(INGEST, { b: { agentCalls: [big] } }, project.key);
      expect(r.data!.ingest.accepted).toBe(1);
      await sub.until((x) => x.events.some((e) => e.id === big.id));
      expect(sub.events.find((e) => e.id === big.id)!.inputs.text).toHaveLength(50_000);
    } finally {
      await capped.stop();
    }
  });
});

describe('traceUpdated and errorRaised', () => {
  it('reports a trace created, updated and completed with its totals, filtered like the traces query', async () => {
    const c = connect(a, project.key);
    const sub = c.subscribe(TRACE_UPDATED, { p: project.id, f: { tags: ['live-filter'] } }, 'traceUpdated');
    const trace = uuid();
    const ignored = uuid();
    // The subscription becomes active asynchronously: retry the first trace until it is seen.
    for (let i = 0; !sub.events.length && i < 50; i++) {
      await ingest(b, { traces: [{ id: ignored, name: 'untagged', startTime: at(0) }] });
      await ingest(b, { traces: [{ id: trace, name: 'tagged', tags: ['live-filter'], startTime: at(0) }] });
      await sub.until((x) => x.events.length > 0, 200).catch(() => undefined);
    }
    expect(sub.events[0]).toMatchObject({ change: 'CREATED', trace: { id: trace, status: 'RUNNING', tags: ['live-filter'] } });
    const n = sub.events.length;
    await ingest(b, {
      llmCalls: [{ id: uuid(), traceId: trace, model: 'gpt-4o-mini', promptTokens: 100, completionTokens: 50, startTime: at(1), endTime: at(2) }],
    });
    await ingest(b, { traces: [{ id: trace, endTime: at(3) }] });
    await sub.until((x) => x.events.length >= n + 2);
    const [updated, completed] = sub.events.slice(n);
    expect(updated).toMatchObject({ change: 'UPDATED', trace: { id: trace, totalTokens: 150, llmCallCount: 1, status: 'RUNNING' } });
    expect(updated.trace.totalCost).toBeGreaterThan(0);
    expect(completed).toMatchObject({ change: 'COMPLETED', trace: { id: trace, status: 'SUCCESS', endTime: at(3) } });
    expect(sub.events.every((e) => e.trace.id === trace)).toBe(true);
  });

  it('raises each ingested error once, on the other instance', async () => {
    const c = connect(a, project.key);
    const sub = c.subscribe(ERROR_RAISED, { p: project.id }, 'errorRaised');
    const trace = uuid();
    const first = { id: uuid(), traceId: trace, errorMessage: 'warm-up', timestamp: at(0) };
    for (let i = 0; !sub.events.length && i < 50; i++) {
      await ingest(b, { errors: [{ ...first, id: uuid() }] });
      await sub.until((x) => x.events.length > 0, 200).catch(() => undefined);
    }
    const n = sub.events.length;
    const tool = uuid();
    const err = { id: uuid(), traceId: trace, toolCallId: tool, errorType: 'Tool', errorMessage: 'rate limited', timestamp: at(5) };
    await ingest(b, { toolCalls: [{ id: tool, traceId: trace, name: 'search', startTime: at(4), error: 'rate limited' }], errors: [err] });
    // Sending the same error again stores nothing new and raises nothing.
    await ingest(b, { errors: [err] });
    await sub.until((x) => x.events.length > n);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.events.slice(n)).toEqual([{ id: err.id, traceId: trace, errorMessage: 'rate limited', timestamp: at(5), toolCallId: tool }]);
  });
});

describe('since on traceUpdated and errorRaised', () => {
  it('replays the traces changed and the errors stored since a time, then continues live without duplicates', async () => {
    const p = await a.project('live-since', 'admin');
    const since = new Date(Date.now() - 1000).toISOString();
    const traces = Array.from({ length: 3 }, () => uuid());
    const errors = Array.from({ length: 250 }, (_, i) => ({ id: uuid(), traceId: traces[i % 3], errorMessage: `e${i}`, timestamp: at(i) }));
    await ingest(b, { traces: traces.map((id, i) => ({ id, name: `t${i}`, startTime: at(0) })) }, p.key);
    await ingest(b, { errors }, p.key);
    const c = connect(a, p.key);
    const tsub = c.subscribe(TRACE_UPDATED, { p: p.id, since }, 'traceUpdated');
    const esub = c.subscribe(ERROR_RAISED_SINCE, { p: p.id, since }, 'errorRaised');
    await tsub.until((x) => x.events.length >= 3);
    await esub.until((x) => x.events.length >= 250, 15_000);
    expect(new Set(tsub.events.map((e) => e.trace.id))).toEqual(new Set(traces));
    expect(tsub.events.every((e) => e.change === 'UPDATED' && e.trace.errorCount > 0)).toBe(true);
    expect(esub.events.map((e) => e.id).sort()).toEqual(errors.map((e) => e.id).sort());

    const late = { id: uuid(), traceId: traces[0], errorMessage: 'late', timestamp: at(999) };
    await ingest(b, { errors: [late] }, p.key);
    await esub.until((x) => x.events.length >= 251);
    await tsub.until((x) => x.events.length >= 4);
    await new Promise((r) => setTimeout(r, 300));
    expect(esub.events.length).toBe(251);
    expect(esub.events[250].id).toBe(late.id);
    expect(tsub.events.slice(3)).toMatchObject([{ change: 'UPDATED', trace: { id: traces[0] } }]);
  });
});

describe('access', () => {
  it('gives a key of another project nothing: not its traces, not its errors, not a trace it tails before it exists', async () => {
    const trace = uuid();
    await ingest(b, { traces: [{ id: trace, startTime: at(0) }] });
    const intruder = connect(a, other.key);
    const spans = intruder.subscribe(SPAN_ADDED, { t: trace }, 'spanAdded');
    const traces = intruder.subscribe(TRACE_UPDATED, { p: project.id }, 'traceUpdated');
    const errors = intruder.subscribe(ERROR_RAISED, { p: project.id }, 'errorRaised');
    await spans.until((x) => x.errors.length > 0);
    await traces.until((x) => x.errors.length > 0);
    await errors.until((x) => x.errors.length > 0);
    expect(spans.errors[0].extensions?.code).toBe('NOT_FOUND');
    expect(traces.errors[0].extensions?.code).toBe('FORBIDDEN');
    expect(errors.errors[0].extensions?.code).toBe('FORBIDDEN');

    // A trace id that does not exist yet: the other key may wait on it, but the trace is created in
    // this project, so nothing reaches it; the owner's subscriber, started after it, does get the span.
    const future = uuid();
    const waiting = intruder.subscribe(SPAN_ADDED, { t: future }, 'spanAdded');
    const { sub: owner } = await primed(a, future);
    await ingest(b, { agentCalls: [agent(future, 1)] });
    await owner.until((x) => x.events.length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(waiting.events).toEqual([]);
    expect(waiting.errors).toEqual([]);
  });

  it('refuses a connection without a key or with a bad key, with close code 4401 and a reason', async () => {
    const none = connect(a, null);
    const noneClosed = await none.closed;
    expect(noneClosed.code).toBe(4401);
    expect(noneClosed.reason).toMatch(/API key/);
    const bad = connect(a, 'sx_not_a_real_key_000000000000000000');
    const badClosed = await bad.closed;
    expect(badClosed).toEqual({ code: 4401, reason: 'Unauthorized: invalid or revoked API key' });
  });

  it('checks the key again on each new subscription: a revoked key loses its connection', async () => {
    const created = await a.gql(
      graphql(`mutation LiveCreateReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: "soon revoked", role: READ }) { secret apiKey { id } } }`),
      { p: project.id },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    const c = connect(a, secret);
    const first = c.subscribe(TRACE_UPDATED, { p: project.id }, 'traceUpdated');
    await new Promise((r) => setTimeout(r, 100));
    expect(first.errors).toEqual([]);
    await a.gql(graphql(`mutation LiveRevokeKey($id: ID!) { revokeApiKey(id: $id) { id } }`), { id: apiKey.id });
    c.subscribe(TRACE_UPDATED, { p: project.id }, 'traceUpdated');
    expect(await c.closed).toEqual({ code: 4401, reason: 'Unauthorized: the API key was revoked' });
  });

  it('accepts the key as an HTTP header on the WebSocket upgrade too', async () => {
    const trace = uuid();
    await ingest(b, { traces: [{ id: trace, startTime: at(0) }], agentCalls: [agent(trace, 1)] });
    const c = connect(a, null, { headers: { authorization: `Bearer ${project.key}` } });
    const sub = c.subscribe(SPAN_ADDED, { t: trace, since: '0' }, 'spanAdded');
    expect((await sub.take(1))[0].name).toBe('step-1');
  });

  it('answers a bad since with BAD_USER_INPUT', async () => {
    const sub = connect(a, project.key).subscribe(SPAN_ADDED, { t: uuid(), since: 'yesterday' }, 'spanAdded');
    await sub.until((x) => x.errors.length > 0);
    expect(sub.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
