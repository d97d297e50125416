// Feedback: scores from people and programs on traces and spans, through GraphQL and LangSmith's
// POST /feedback; who may change them; the trace list filtered by score; a project's score summary.
import { graphql } from '../gql';
import { liveClient } from '../support/live-client';
import { startTestServer, type GqlResponse, type TestServer } from '../support/test-server';

const INGEST = graphql(`mutation FbIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);
const CREATE_KEY = graphql(`mutation FbCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {
  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id } }
}`);
const CREATE = graphql(`mutation FbCreate($i: CreateFeedbackInput!) {
  createFeedback(input: $i) { id traceId spanId name score label comment reason correction source authorKeyId authorName }
}`);
const UPDATE = graphql(`mutation FbUpdate($id: ID!, $patch: UpdateFeedbackInput!) { updateFeedback(id: $id, patch: $patch) { id score label comment } }`);
const DELETE = graphql(`mutation FbDelete($id: ID!) { deleteFeedback(id: $id) { id deleted } }`);
const METRICS = graphql(`query FbMetrics($id: ID!) {
  trace(id: $id) { metrics { id spanId name score value label comment correction source authorKeyId authorName } }
}`);
const LIST = graphql(`query FbList($p: ID!, $f: FeedbackFilter, $first: Int, $after: String) {
  feedback(projectId: $p, filter: $f, first: $first, after: $after) { totalCount edges { node { id name score label source } } pageInfo { hasNextPage endCursor } }
}`);
const TRACES = graphql(`query FbTraces($p: ID!, $f: TraceFilter) { traces(projectId: $p, filter: $f) { edges { node { id } } } }`);
const SUMMARY = graphql(`query FbSummary($p: ID!, $keys: [String!], $sources: [String!]) {
  project(id: $p) { scoreSummary(keys: $keys, sources: $sources) {
    key count scoredCount mean min max stddev histogram { lower upper count } labels { label count } sources { source count } } }
}`);

const TRACE_UPDATED = graphql(`subscription FbTraceUpdated($p: ID!) { traceUpdated(projectId: $p) { change trace { id metrics { name label source } } } }`);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s?.stop());

const uuid = () => crypto.randomUUID();
const at = (sec: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + sec * 1000).toISOString();
const code = (r: GqlResponse<unknown>) => r.errors?.[0]?.extensions?.code;

type World = { p: string; admin: string; ingest: { id: string; secret: string }; read: string; traces: string[]; span: string };

async function world(name: string): Promise<World> {
  const p = await s.project(name, 'admin');
  const key = async (r: 'INGEST' | 'READ', n: string) => (await s.gql(CREATE_KEY, { p: p.id, r, n }, p.key)).data!.createApiKey;
  const ingest = await key('INGEST', 'annotator-bot');
  const read = await key('READ', 'reader');
  const traces = [uuid(), uuid(), uuid()];
  const span = uuid();
  const r = await s.gql(
    INGEST,
    {
      b: {
        projectId: p.id,
        traces: traces.map((id, i) => ({ id, name: `run-${i}`, startTime: at(i * 10), endTime: at(i * 10 + 5), inputs: { q: `question ${i}` } })),
        llmCalls: [{ id: span, traceId: traces[0], model: 'gpt-4o', startTime: at(1), endTime: at(2) }],
      },
    },
    p.key,
  );
  expect(r.data!.ingest).toMatchObject({ rejected: 0 });
  return { p: p.id, admin: p.key, ingest: { id: ingest.apiKey.id, secret: ingest.secret }, read: read.secret, traces, span };
}

describe('feedback', () => {
  let w: World;
  beforeAll(async () => {
    w = await world('feedback');
  });

  it('records numeric and categorical feedback on a trace and a span, shown on the trace with its author', async () => {
    const num = await s.gql(
      CREATE,
      { i: { traceId: w.traces[0], key: 'correctness', score: 0.8, comment: 'mostly right', correction: { answer: 'Paris' } } },
      w.admin,
    );
    expect(num.errors).toBeUndefined();
    expect(num.data!.createFeedback).toMatchObject({
      traceId: w.traces[0],
      spanId: null,
      name: 'correctness',
      score: 0.8,
      label: null,
      comment: 'mostly right',
      reason: 'mostly right',
      correction: { answer: 'Paris' },
      source: 'api',
    });
    const cat = await s.gql(CREATE, { i: { traceId: w.traces[0], spanId: w.span, key: 'tone', label: 'polite', source: 'HUMAN' } }, w.ingest.secret);
    expect(cat.errors).toBeUndefined();
    expect(cat.data!.createFeedback).toMatchObject({
      spanId: w.span,
      score: null,
      label: 'polite',
      source: 'human',
      authorKeyId: w.ingest.id,
      authorName: 'annotator-bot',
    });
    // The bootstrap admin has no key id: its feedback is by 'admin'.
    const boot = await s.gql(CREATE, { i: { traceId: w.traces[0], key: 'boot', score: 1 } });
    expect(boot.data!.createFeedback).toMatchObject({ authorKeyId: null, authorName: 'admin' });

    const metrics = (await s.gql(METRICS, { id: w.traces[0] }, w.read)).data!.trace.metrics;
    expect(metrics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: num.data!.createFeedback.id, name: 'correctness', score: 0.8, correction: { answer: 'Paris' }, source: 'api' }),
        expect.objectContaining({ id: cat.data!.createFeedback.id, spanId: w.span, label: 'polite', authorName: 'annotator-bot', source: 'human' }),
      ]),
    );
  });

  it('refuses bad feedback with the right codes, one case at a time', async () => {
    const other = await s.project('feedback-other', 'admin');
    const cases: [string, Parameters<typeof s.gql<unknown, { i: unknown }>>[1], string | null, string][] = [
      ['neither score nor label', { i: { traceId: w.traces[0], key: 'k' } }, w.admin, 'BAD_USER_INPUT'],
      ['empty key', { i: { traceId: w.traces[0], key: '  ', score: 1 } }, w.admin, 'BAD_USER_INPUT'],
      ['unknown trace', { i: { traceId: uuid(), key: 'k', score: 1 } }, w.admin, 'NOT_FOUND'],
      ['a span of another trace', { i: { traceId: w.traces[1], spanId: w.span, key: 'k', score: 1 } }, w.admin, 'NOT_FOUND'],
      ['a read key', { i: { traceId: w.traces[0], key: 'k', score: 1 } }, w.read, 'FORBIDDEN'],
      ["another project's key", { i: { traceId: w.traces[0], key: 'k', score: 1 } }, other.key, 'NOT_FOUND'],
      ['no key', { i: { traceId: w.traces[0], key: 'k', score: 1 } }, null, 'UNAUTHENTICATED'],
    ];
    for (const [name, variables, key, expected] of cases) {
      const r = await s.gql(CREATE, variables as never, key);
      expect([name, code(r), r.data ?? null]).toEqual([name, expected, null]);
    }
  });

  it('lets an admin key change or delete any api or human feedback, an ingest key only its own, and nobody ingested metrics', async () => {
    const mine = (await s.gql(CREATE, { i: { traceId: w.traces[1], key: 'helpful', score: 0.5 } }, w.ingest.secret)).data!.createFeedback.id;
    const admins = (await s.gql(CREATE, { i: { traceId: w.traces[1], key: 'helpful', score: 0.9 } }, w.admin)).data!.createFeedback.id;
    expect(code(await s.gql(UPDATE, { id: admins, patch: { score: 0 } }, w.ingest.secret))).toBe('FORBIDDEN');
    expect(code(await s.gql(DELETE, { id: admins }, w.ingest.secret))).toBe('FORBIDDEN');
    expect(code(await s.gql(UPDATE, { id: mine, patch: { score: 0.6 } }, w.read))).toBe('FORBIDDEN');
    const own = await s.gql(UPDATE, { id: mine, patch: { score: 0.6, label: 'ok', comment: 'changed my mind' } }, w.ingest.secret);
    expect(own.data!.updateFeedback).toEqual({ id: mine, score: 0.6, label: 'ok', comment: 'changed my mind' });
    expect(code(await s.gql(UPDATE, { id: mine, patch: { score: null, label: null } }, w.admin))).toBe('BAD_USER_INPUT');
    expect((await s.gql(UPDATE, { id: mine, patch: { comment: null } }, w.admin)).data!.updateFeedback).toMatchObject({ score: 0.6, comment: null });
    expect((await s.gql(DELETE, { id: mine }, w.admin)).data!.deleteFeedback).toEqual({ id: mine, deleted: true });
    expect(code(await s.gql(DELETE, { id: mine }, w.admin))).toBe('NOT_FOUND');

    const ingested = uuid();
    await s.gql(INGEST, { b: { projectId: w.p, metrics: [{ id: ingested, traceId: w.traces[1], name: 'client-eval', score: 0.3 }] } }, w.admin);
    expect(code(await s.gql(UPDATE, { id: ingested, patch: { score: 1 } }, w.admin))).toBe('BAD_USER_INPUT');
    expect(code(await s.gql(DELETE, { id: ingested }, w.admin))).toBe('BAD_USER_INPUT');
    // Nor can a client re-ingest over a person's feedback by reusing its id.
    const again = await s.gql(INGEST, { b: { projectId: w.p, metrics: [{ id: admins, traceId: w.traces[1], name: 'helpful', score: 0 }] } }, w.admin);
    expect(again.data!.ingest.rejected).toBe(1);
    const stored = (await s.gql(METRICS, { id: w.traces[1] }, w.admin)).data!.trace.metrics.find((m) => m.id === admins);
    expect(stored).toMatchObject({ score: 0.9, source: 'api' });
  });

  it("keeps LangSmith feedback's string value as the label, its correction, and marks it source langsmith", async () => {
    const base = s.url.replace(/\/graphql$/, '/langsmith');
    const res = await fetch(`${base}/feedback`, {
      method: 'POST',
      headers: { 'x-api-key': w.admin, 'content-type': 'application/json' },
      body: JSON.stringify({ run_id: w.traces[2], key: 'verdict', value: 'great', score: 1, comment: 'from the SDK', correction: { fixed: true } }),
    });
    expect(res.status).toBe(200);
    const id = ((await res.json()) as { id: string }).id;
    const m = (await s.gql(METRICS, { id: w.traces[2] }, w.admin)).data!.trace.metrics.find((x) => x.id === id);
    expect(m).toMatchObject({
      name: 'verdict',
      score: 1,
      label: 'great',
      comment: 'from the SDK',
      correction: { fixed: true },
      source: 'langsmith',
      authorName: null,
    });
  });

  it('filters the trace list by score range and label, every entry matching, on the trace or its spans', async () => {
    const v = await world('feedback-filter');
    const fb = (traceId: string, key: string, score: number | null, label: string | null, spanId?: string) =>
      s.gql(CREATE, { i: { traceId, spanId, key, score, label } }, v.admin);
    await fb(v.traces[0], 'accuracy', 0.9, null);
    await fb(v.traces[1], 'accuracy', 0.4, null);
    await fb(v.traces[2], 'accuracy', 0.7, 'fine');
    await fb(v.traces[0], 'tone', null, 'rude', v.span);
    await fb(v.traces[2], 'tone', null, 'polite');
    const ids = async (f: unknown) => {
      const r = await s.gql(TRACES, { p: v.p, f: f as never }, v.read);
      expect(r.errors).toBeUndefined();
      return r.data!.traces.edges.map((e) => e.node.id).sort();
    };
    expect(await ids({ scores: [{ key: 'accuracy', min: 0.5 }] })).toEqual([v.traces[0], v.traces[2]].sort());
    expect(await ids({ scores: [{ key: 'accuracy', max: 0.7 }] })).toEqual([v.traces[1], v.traces[2]].sort());
    expect(await ids({ scores: [{ key: 'tone', labels: ['rude'] }] })).toEqual([v.traces[0]]);
    expect(await ids({ scores: [{ key: 'tone' }] })).toEqual([v.traces[0], v.traces[2]].sort());
    expect(
      await ids({
        scores: [
          { key: 'accuracy', min: 0.5 },
          { key: 'tone', labels: ['polite'] },
        ],
      }),
    ).toEqual([v.traces[2]]);
    expect(await ids({ scores: [{ key: 'missing' }] })).toEqual([]);
    const bad = await s.gql(TRACES, { p: v.p, f: { scores: [{ key: 'accuracy', min: 1, max: 0 }] } }, v.read);
    expect(code(bad)).toBe('BAD_USER_INPUT');

    // The feedback connection pages newest first and filters by key, source and range.
    const page1 = await s.gql(LIST, { p: v.p, f: { keys: ['accuracy'], minScore: 0.5 }, first: 1 }, v.read);
    expect(page1.data!.feedback).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(page1.data!.feedback.edges.map((e) => e.node.score)).toEqual([0.7]);
    const page2 = await s.gql(LIST, { p: v.p, f: { keys: ['accuracy'], minScore: 0.5 }, first: 1, after: page1.data!.feedback.pageInfo.endCursor }, v.read);
    expect(page2.data!.feedback.edges.map((e) => e.node.score)).toEqual([0.9]);
    expect(page2.data!.feedback.pageInfo.hasNextPage).toBe(false);
    expect((await s.gql(LIST, { p: v.p, f: { labels: ['rude', 'polite'] } }, v.read)).data!.feedback.totalCount).toBe(2);
    expect(code(await s.gql(LIST, { p: v.p, f: { sources: ['nobody'] } }, v.read))).toBe('BAD_USER_INPUT');
  });

  it("tells the trace's live subscribers about new feedback, with the trace's scores", async () => {
    const v = await world('feedback-live');
    const c = liveClient(s.wsUrl, v.read);
    try {
      const sub = c.subscribe(TRACE_UPDATED, { p: v.p }, 'traceUpdated');
      // The subscription becomes active asynchronously: score until an update is seen.
      for (let i = 0; !sub.events.length && i < 50; i++) {
        await s.gql(CREATE, { i: { traceId: v.traces[1], key: 'live', label: `try-${i}` } }, v.admin);
        await sub.until((x) => x.events.length > 0, 200).catch(() => undefined);
      }
      const event = sub.events.at(-1)!;
      expect(event).toMatchObject({ change: 'UPDATED', trace: { id: v.traces[1] } });
      expect(event.trace.metrics.map((m) => [m.name, m.source])).toContainEqual(['live', 'api']);
    } finally {
      await c.dispose();
    }
  });

  it("summarises a project's scores per key with exact figures, histogram, labels and sources", async () => {
    const v = await world('feedback-summary');
    const fb = (traceId: string, key: string, score: number | null, label: string | null, source: 'API' | 'HUMAN' = 'API') =>
      s.gql(CREATE, { i: { traceId, key, score, label, source } }, v.admin);
    await fb(v.traces[0], 'accuracy', 0.2, null);
    await fb(v.traces[1], 'accuracy', 0.4, null, 'HUMAN');
    await fb(v.traces[2], 'accuracy', 0.9, null);
    await fb(v.traces[0], 'stars', 1, null);
    await fb(v.traces[1], 'stars', 3, null);
    await fb(v.traces[2], 'stars', 5, null);
    await fb(v.traces[0], 'tone', null, 'good');
    await fb(v.traces[1], 'tone', null, 'good');
    await fb(v.traces[2], 'tone', null, 'bad');
    const r = await s.gql(SUMMARY, { p: v.p }, v.read);
    expect(r.errors).toBeUndefined();
    const [accuracy, stars, tone] = r.data!.project.scoreSummary;
    expect(accuracy).toMatchObject({ key: 'accuracy', count: 3, scoredCount: 3, min: 0.2, max: 0.9 });
    expect(accuracy.mean).toBeCloseTo(0.5, 12);
    expect(accuracy.stddev).toBeCloseTo(Math.sqrt(0.26 / 3), 12);
    expect(accuracy.histogram.map((b) => b.count)).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0, 1]);
    expect(accuracy.histogram[0]).toEqual({ lower: 0, upper: 0.1, count: 0 });
    expect(accuracy.histogram[9]).toEqual({ lower: expect.closeTo(0.9, 12), upper: 1, count: 1 });
    expect(accuracy.sources).toEqual([
      { source: 'api', count: 2 },
      { source: 'human', count: 1 },
    ]);
    expect(stars).toMatchObject({ key: 'stars', count: 3, mean: 3, min: 1, max: 5 });
    expect(stars.stddev).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(stars.histogram.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect([stars.histogram[0].lower, stars.histogram[9].upper]).toEqual([1, 5]);
    expect(tone).toMatchObject({ key: 'tone', count: 3, scoredCount: 0, mean: null, histogram: [] });
    expect(tone.labels).toEqual([
      { label: 'good', count: 2 },
      { label: 'bad', count: 1 },
    ]);
    // Restricted to some keys and sources.
    const human = await s.gql(SUMMARY, { p: v.p, keys: ['accuracy'], sources: ['human'] }, v.read);
    expect(human.data!.project.scoreSummary).toEqual([expect.objectContaining({ key: 'accuracy', count: 1, mean: 0.4 })]);
  });
});
