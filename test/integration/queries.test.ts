import type { VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type { TraceFilter } from '../gql/graphql';
import { startTestServer, type TestServer } from '../support/test-server';
import type { TypedOperation } from '../support/typed-operation';

const INGEST = graphql(`mutation QueriesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);
const LIST = graphql(`query QueriesList($p: ID!, $f: TraceFilter, $o: TraceOrder, $first: Int, $after: String) {
  traces(projectId: $p, filter: $f, orderBy: $o, first: $first, after: $after) {
    edges { cursor node { id name totalCost durationMs } } pageInfo { hasNextPage endCursor }
  } }`);
const COUNTED = graphql(`query QueriesCounted($p: ID!, $f: TraceFilter, $first: Int, $after: String) {
  traces(projectId: $p, filter: $f, first: $first, after: $after) { totalCount totalCountIsEstimate edges { node { id } } pageInfo { endCursor } } }`);

let s: TestServer;
let p: { id: string; key: string };
const traceIds: string[] = [];
const base = Date.UTC(2026, 10, 1);
const at = (min: number) => new Date(base + min * 60_000).toISOString();

beforeAll(async () => {
  // 120 traces: totalCount counts them exactly up to 110, beyond it estimates.
  s = await startTestServer({ MAX_PAGE_SIZE: '150', DEFAULT_PAGE_SIZE: '20', MAX_EXACT_COUNT: '110' });
  p = await s.project('queries');
  // 120 traces: 3 users, 12 sessions, every 7th errors, cost and duration vary.
  const traces = [];
  const llmCalls = [];
  const toolCalls = [];
  const errors = [];
  for (let i = 0; i < 120; i++) {
    const id = crypto.randomUUID();
    traceIds.push(id);
    traces.push({
      id,
      name: `run ${i}`,
      startTime: at(i),
      endTime: new Date(base + i * 60_000 + 1000 + i * 10).toISOString(),
      userId: `user-${i % 3}`,
      sessionId: `session-${i % 12}`,
      tags: i % 2 ? ['odd', 'all'] : ['even', 'all'],
      metadata: { env: i % 4 === 0 ? 'prod' : 'dev', n: i },
      inputs: { question: i === 42 ? 'Where is the Needle?' : `q${i}` },
    });
    llmCalls.push({
      traceId: id,
      startTime: at(i),
      endTime: at(i + 0.01),
      model: i % 5 ? 'gpt-4o-mini' : 'gpt-4o',
      promptTokens: 100 * i,
      completionTokens: 10,
      streaming: i % 2 === 0,
      firstTokenTime: new Date(base + i * 60_000 + 200).toISOString(),
    });
    toolCalls.push({ traceId: id, startTime: at(i), endTime: at(i + 0.005), name: 'search' });
    if (i % 7 === 0) errors.push({ traceId: id, errorMessage: 'boom', errorType: 'Tool' });
  }
  const r = await s.gql(INGEST, { b: { traces, llmCalls, toolCalls, errors } }, p.key);
  expect(r.data?.ingest).toMatchObject({ rejected: 0 });
});
afterAll(() => s?.stop());

const list = async (vars: Omit<VariablesOf<typeof LIST>, 'p'>) => {
  const r = await s.gql(LIST, { p: p.id, ...vars }, p.key);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.traces;
};

describe('traces connection', () => {
  it('pages through every trace exactly once with opaque keyset cursors, newest first', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const page = await list({ first: 25, after });
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      pages++;
    } while (after);
    expect(pages).toBe(5);
    expect(seen).toEqual([...traceIds].reverse());
  });

  it('orders by cost, duration and tokens in both directions without duplicates', async () => {
    for (const field of ['TOTAL_COST', 'DURATION', 'TOTAL_TOKENS'] as const) {
      const first = await list({ o: { field, direction: 'ASC' }, first: 60 });
      const second = await list({ o: { field, direction: 'ASC' }, first: 60, after: first.pageInfo.endCursor });
      const ids = [...first.edges, ...second.edges].map((e) => e.node.id);
      expect(new Set(ids).size).toBe(120);
    }
    const byCost = await list({ o: { field: 'TOTAL_COST', direction: 'DESC' }, first: 3 });
    const costs = byCost.edges.map((e) => e.node.totalCost);
    expect(costs).toEqual([...costs].sort((a, b) => b! - a!));
    expect(byCost.edges[0].node.name).toBe('run 115'); // gpt-4o, the most prompt tokens
  });

  it('applies the default page size and refuses pages over the maximum or foreign cursors', async () => {
    expect((await list({})).edges).toHaveLength(20);
    const big = await s.gql(LIST, { p: p.id, first: 151 }, p.key);
    expect(big.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(big.errors?.[0].message).toMatch(/at most 150/);
    const bad = await s.gql(LIST, { p: p.id, after: 'garbage' }, p.key);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = (await list({ first: 1 })).pageInfo.endCursor;
    const mismatched = await s.gql(LIST, { p: p.id, after: cursor, o: { field: 'TOTAL_COST' } }, p.key);
    expect(mismatched.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each<[TraceFilter, number]>([
    [{ from: at(10), to: at(20) }, 10],
    [{ status: ['ERROR'] }, 18],
    [{ hasError: false }, 102],
    [{ tags: ['odd', 'all'] }, 60],
    [{ metadata: [{ key: 'env', value: 'prod' }] }, 30],
    [{ metadata: [{ key: 'n', value: 7 }] }, 1],
    [{ userId: 'user-1' }, 40],
    [{ sessionId: 'session-3' }, 10],
    [{ model: 'gpt-4o' }, 24],
    [{ minCost: 0.1 }, 0],
    [{ minLatencyMs: 2000 }, 20],
    [{ text: 'needle' }, 1],
    [{ text: '%' }, 0],
    [{ userId: 'user-0', model: 'gpt-4o', tags: ['even'] }, 4],
  ])('filters by %j', async (f, expected) => {
    const page = await list({ f, first: 150 });
    expect(page.edges).toHaveLength(expected);
    // totalCount: the same filters over every page, exact below MAX_EXACT_COUNT (102 for hasError: false).
    const counted = await s.gql(COUNTED, { p: p.id, f, first: 5 }, p.key);
    expect(counted.data?.traces).toMatchObject({ totalCount: expected, totalCountIsEstimate: false });
    expect(counted.data!.traces.edges).toHaveLength(Math.min(5, expected));
  });
});

describe('totalCount', () => {
  const counted = async (vars: Omit<VariablesOf<typeof COUNTED>, 'p'>) => {
    const r = await s.gql(COUNTED, { p: p.id, ...vars }, p.key);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.traces;
  };

  it('counts every page, whatever the cursor', async () => {
    const first = await counted({ f: { userId: 'user-1' }, first: 7 });
    const second = await counted({ f: { userId: 'user-1' }, first: 7, after: first.pageInfo.endCursor });
    expect([first.totalCount, second.totalCount]).toEqual([40, 40]);
    expect(second.edges.map((e) => e.node.id)).not.toContain(first.edges[0].node.id);
  });

  it("past MAX_EXACT_COUNT answers Postgres' estimate, never below the bound + 1, marked as such", async () => {
    const before = await counted({ first: 1 });
    expect(before.totalCountIsEstimate).toBe(true);
    expect(before.totalCount).toBeGreaterThanOrEqual(111);
    // With fresh statistics the planner's estimate is the real number.
    await s.ds.query('ANALYZE traces');
    expect(await counted({ first: 1 })).toMatchObject({ totalCount: 120, totalCountIsEstimate: true });
  });

  it('is not counted when not selected: one statement to count exactly, a second to estimate', async () => {
    const statements = async (query: string, vars: Record<string, unknown>) => {
      const before = s.statements.count;
      // The admin key: no key lookup (nor its occasional last_used_at write) among the statements.
      const r = await s.gql(query, { p: p.id, ...vars });
      expect(r.errors).toBeUndefined();
      return s.statements.count - before;
    };
    const page = `query ($p: ID!, $f: TraceFilter) { traces(projectId: $p, filter: $f, first: 5) { edges { node { id } } } }`;
    const withCount = `query ($p: ID!, $f: TraceFilter) { traces(projectId: $p, filter: $f, first: 5) { totalCount totalCountIsEstimate edges { node { id } } } }`;
    const bare = await statements(page, { f: { userId: 'user-1' } });
    expect(await statements(withCount, { f: { userId: 'user-1' } })).toBe(bare + 1);
    expect(await statements(withCount, {})).toBe(bare + 2);
    expect(await statements(page, {})).toBe(bare);
  });

  it("counts sessions, a session's traces and the projects a key can see", async () => {
    const r = await s.gql(
      graphql(`query QueriesCountedSessions($p: ID!) { sessions(projectId: $p, first: 2) { totalCount totalCountIsEstimate
        edges { node { traceCount traces(first: 1) { totalCount totalCountIsEstimate } } } } }`),
      { p: p.id },
      p.key,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.sessions).toMatchObject({ totalCount: 12, totalCountIsEstimate: false });
    for (const { node } of r.data!.sessions.edges) expect(node.traces).toEqual({ totalCount: node.traceCount, totalCountIsEstimate: false });
    const PROJECTS = graphql(`query QueriesCountedProjects { projects(first: 1) { totalCount totalCountIsEstimate edges { node { id } } } }`);
    expect((await s.gql(PROJECTS, {}, p.key)).data!.projects).toMatchObject({ totalCount: 1, totalCountIsEstimate: false });
    const [{ n }] = await s.ds.query('SELECT count(*)::int AS n FROM projects');
    expect((await s.gql(PROJECTS)).data!.projects).toMatchObject({ totalCount: n, totalCountIsEstimate: false });
  });
});

describe('sessions, stats, deletion', () => {
  it('lists sessions and plays one back in start order', async () => {
    const r = await s.gql(
      graphql(
        `query QueriesSessions($p: ID!) { sessions(projectId: $p, first: 5) { edges { node { id traceCount userIds } } pageInfo { hasNextPage endCursor } } }`,
      ),
      { p: p.id },
      p.key,
    );
    expect(r.data!.sessions.edges.map((e) => e.node.id)).toEqual(['session-11', 'session-10', 'session-9', 'session-8', 'session-7']);
    expect(r.data!.sessions.pageInfo.hasNextPage).toBe(true);
    const one = await s.gql(
      graphql(
        `query QueriesSessionPlayback($p: ID!) { session(projectId: $p, id: "session-3") { traceCount userIds traces(first: 50) { edges { node { name } } } } }`,
      ),
      { p: p.id },
      p.key,
    );
    expect(one.data!.session.traceCount).toBe(10);
    expect(one.data!.session.userIds).toEqual(['user-0']);
    expect(one.data!.session.traces.edges.map((e) => e.node.name)).toEqual([3, 15, 27, 39, 51, 63, 75, 87, 99, 111].map((i) => `run ${i}`));
    const missing = await s.gql(graphql(`query QueriesMissingSession($p: ID!) { session(projectId: $p, id: "nope") { traceCount } }`), { p: p.id }, p.key);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('computes project stats over a range', async () => {
    const r = await s.gql(
      graphql(`query QueriesStats($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { project(id: $p) { totals { traceCount totalTokens }
        stats(from: $from, to: $to) { traceCount spanCount errorCount errorRate totalTokens latencyP50 latencyP99 firstTokenP50 streamingRate runFacets { runType count } } } }`),
      { p: p.id, from: at(0), to: at(100) },
      p.key,
    );
    expect(r.errors).toBeUndefined();
    const st = r.data!.project.stats;
    expect(st).toMatchObject({ traceCount: 100, spanCount: 200, errorCount: 15, errorRate: 0.15, firstTokenP50: 200, streamingRate: 0.5 });
    expect(st.runFacets).toEqual([
      { runType: 'llm', count: 100 },
      { runType: 'tool', count: 100 },
    ]);
    // Percentiles come from sketches: within 1 % of percentile_cont (1495 and 1980.1 here), and
    // exact when every value is the same (the first-token times above are all 200 ms).
    expect(Math.abs(st.latencyP50! - 1495) / 1495).toBeLessThanOrEqual(0.01);
    expect(Math.abs(st.latencyP99! - 1980.1) / 1980.1).toBeLessThanOrEqual(0.01);
    expect(r.data!.project.totals.traceCount).toBe(120);
  });

  it('deletes a trace with everything under it', async () => {
    const id = traceIds[0];
    const r = await s.gql(graphql(`mutation QueriesDeleteTrace($id: ID!) { deleteTrace(id: $id) { id deleted } }`), { id }, p.key);
    expect(r.data!.deleteTrace).toEqual({ id, deleted: true });
    const counts = await s.ds.query(
      `SELECT (SELECT count(*) FROM spans WHERE trace_id = $1)::int AS spans, (SELECT count(*) FROM errors WHERE trace_id = $1)::int AS errors`,
      [id],
    );
    expect(counts[0]).toEqual({ spans: 0, errors: 0 });
    const again = await s.gql(graphql(`query QueriesDeletedTrace($id: ID!) { trace(id: $id) { id } }`), { id }, p.key);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('query cost', () => {
  it('reads a 100-trace page with nested fields in a bounded number of SQL statements', async () => {
    const q = graphql(`query QueriesNestedPage($p: ID!) { traces(projectId: $p, first: 100) { edges { node { id project { name }
      spans { id depth ... on LLMCall { model totalCost } ... on AgentCall { llmCallIds } }
      errors { errorMessage } metrics { name } userInteractions { content } systemInfo { osName } } } } }`);
    const before = s.statements.count;
    const r = await s.gql(q, { p: p.id }, p.key);
    expect(r.errors).toBeUndefined();
    expect(r.data!.traces.edges).toHaveLength(100);
    // key lookup + page + one batched query per nested kind, whatever the page size.
    expect(s.statements.count - before).toBeLessThanOrEqual(10);
  });
});

describe('stats without a range', () => {
  it('covers all time: from the first trace to now, for one project or a page of them', async () => {
    const STATS = graphql(`query QueriesStatsAllTime($p: ID!) { project(id: $p) { stats { traceCount from to } totals { traceCount firstTraceTime } } }`);
    const before = Date.now();
    const r = await s.gql(STATS, { p: p.id }, p.key);
    expect(r.errors).toBeUndefined();
    // Every trace of the project (one was deleted above), though they started weeks ago.
    expect(r.data!.project.stats.traceCount).toBe(r.data!.project.totals.traceCount);
    expect(r.data!.project.stats.traceCount).toBeGreaterThan(100);
    expect(r.data!.project.stats.from).toBe(r.data!.project.totals.firstTraceTime);
    expect(new Date(r.data!.project.stats.to).getTime()).toBeGreaterThanOrEqual(before);
    const empty = await s.project('queries-empty');
    const none = await s.gql(STATS, { p: empty.id }, empty.key);
    expect(none.data!.project.stats.traceCount).toBe(0);
    const page = await s.gql(graphql(`query QueriesStatsPage { projects(first: 10) { edges { node { stats { traceCount } } } } }`));
    expect(page.errors).toBeUndefined();
    expect(page.data!.projects.edges.map((e) => e.node.stats.traceCount).sort((a, b) => b - a)[0]).toBe(r.data!.project.totals.traceCount);
  });
});

describe('projectByName', () => {
  const BY_NAME = graphql(`query QueriesProjectByName($n: String!) { projectByName(name: $n) { id name } }`);

  it('finds a project by its name for a key that may see it, and answers NOT_FOUND alike for one it may not see and one that does not exist', async () => {
    expect((await s.gql(BY_NAME, { n: 'queries' }, p.key)).data!.projectByName).toEqual({ id: p.id, name: 'queries' });
    expect((await s.gql(BY_NAME, { n: 'queries' })).data!.projectByName.id).toBe(p.id);
    const other = await s.project('queries-other');
    const hidden = await s.gql(BY_NAME, { n: 'queries-other' }, p.key);
    const missing = await s.gql(BY_NAME, { n: 'no-such-project' }, p.key);
    expect(hidden.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await s.gql(BY_NAME, { n: 'queries-other' }, other.key)).data!.projectByName.id).toBe(other.id);
  });
});

describe('errors', () => {
  it('hides SQL and stack traces of unexpected failures behind INTERNAL', async () => {
    await s.ds.query('ALTER TABLE traces RENAME TO traces_moved');
    try {
      const r = await s.gql(LIST, { p: p.id, first: 1 }, p.key);
      expect(r.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL' } })]);
      expect(JSON.stringify(r)).not.toMatch(/relation|traces_moved|SELECT|stacktrace|\.ts:/);
    } finally {
      await s.ds.query('ALTER TABLE traces_moved RENAME TO traces');
    }
  });

  it('answers NOT_FOUND for malformed ids instead of failing in the database', async () => {
    const malformed: TypedOperation<unknown, Record<string, never>>[] = [
      graphql(`query QueriesMalformedTrace { trace(id: "nope") { id } }`),
      graphql(`query QueriesMalformedProject { project(id: "nope") { id } }`),
      graphql(`query QueriesMalformedTraces { traces(projectId: "nope") { edges { cursor } } }`),
      graphql(`mutation QueriesMalformedDelete { deleteTrace(id: "nope") { id } }`),
    ];
    for (const q of malformed) {
      const r = await s.gql(q, {}, s.adminKey);
      expect([q, r.errors?.[0].extensions?.code]).toEqual([q, 'NOT_FOUND']);
    }
  });

  it('reports malformed documents and bad arguments as BAD_USER_INPUT', async () => {
    expect((await s.gql('{ nope }', {}, p.key)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await s.gql('{ traces(projectId: 5', {}, p.key)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const r = await s.gql(LIST, { p: p.id, f: { from: at(10), to: at(0) } }, p.key);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
