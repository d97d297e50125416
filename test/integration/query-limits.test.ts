import { Client } from 'pg';
import { graphql } from '../gql';
import { liveClient } from '../support/live-client';
import { startTestServer, type TestServer } from '../support/test-server';

// What one GraphQL operation may ask for (depth, aliases, tokens, directives, cost) and how long
// one statement of a request may run: refused or cancelled with a clear code, and the server keeps
// answering everyone else. Operations built by size are plain strings; the rest are typed.

const CHEAP = graphql(`query LimitsCheap($id: ID!) { project(id: $id) { id name } }`);

/** `n` copies of `field`, aliased a0…a(n-1). */
const aliased = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
/** An introspection selection `levels` deep: `ofType` cannot be bounded by the schema. */
const deepIntrospection = (levels: number) => `{ __type(name: "Trace") { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } }`;
/** Nested connections: sessions × their traces × every span of each. */
const LIST_HEAVY = `query ($p: ID!, $f: Int) { sessions(projectId: $p, first: $f) { edges { node { id
  traces(first: $f) { edges { node { id spans { id name } } } } } } } }`;

const refusal = (r: { status: number; errors?: { message: string; extensions?: Record<string, unknown> }[] }) => ({
  status: r.status,
  code: r.errors?.[0]?.extensions?.code,
  setting: r.errors?.[0]?.extensions?.setting,
});

describe('query limits at their defaults', () => {
  let s: TestServer;
  let p: { id: string; key: string };
  beforeAll(async () => {
    s = await startTestServer();
    p = await s.project('limits-default', 'read');
  });
  afterAll(() => s?.stop());

  it('refuses 10,000 aliases of project.stats at once, while a concurrent cheap query is answered', async () => {
    const big = `query ($id: ID!) { ${aliased(10_000, 'project(id: $id) { stats { traceCount totalCost latencyP95 } }')} }`;
    expect(big.length).toBeGreaterThan(500_000);
    const started = Date.now();
    const [refused, cheap] = await Promise.all([s.gql(big, { id: p.id }, p.key), s.gql(CHEAP, { id: p.id }, p.key)]);
    expect(refusal(refused)).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX', setting: 'GRAPHQL_MAX_TOKENS' });
    expect(refused.errors![0].message).toMatch(/GRAPHQL_MAX_TOKENS is 5000/);
    expect(refused.data).toBeUndefined();
    expect(cheap.errors).toBeUndefined();
    expect(cheap.data!.project.name).toBe('limits-default');
    // Generous: it ran 23 s before the limits, holding every connection.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses 40,000 aliases of trace.spans', async () => {
    const r = await s.gql(`query ($id: ID!) { ${aliased(40_000, 'trace(id: $id) { spans { id name inputs outputs } }')} }`, { id: p.id }, p.key);
    expect(refusal(r)).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    expect(r.data).toBeUndefined();
  });

  it('counts aliases: 51 are refused, 50 pass', async () => {
    const q = (n: number) => `query ($id: ID!) { ${aliased(n, 'project(id: $id) { id }')} }`;
    const refused = await s.gql(q(51), { id: p.id }, p.key);
    expect(refusal(refused)).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX', setting: 'GRAPHQL_MAX_ALIASES' });
    expect(refused.errors![0].message).toMatch(/Aliases limit of 50 exceeded, found 51 \(GRAPHQL_MAX_ALIASES is 50\)/);
    const passed = await s.gql(q(50), { id: p.id }, p.key);
    expect(passed.errors).toBeUndefined();
    expect(passed.data!.a49.id).toBe(p.id);
  });

  it('refuses a deep query, introspection included; the standard introspection query passes', async () => {
    const deep = await s.gql(deepIntrospection(30), {}, p.key);
    expect(refusal(deep)).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX', setting: 'GRAPHQL_MAX_DEPTH' });
    expect(deep.errors![0].message).toMatch(/depth limit of 25 exceeded.*GRAPHQL_MAX_DEPTH is 25/i);
    expect(deep.errors![0].extensions).not.toHaveProperty('stacktrace');
    const { getIntrospectionQuery } = await import('graphql');
    const full = await s.gql(getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true, specifiedByUrl: true }), {}, p.key);
    expect(full.errors).toBeUndefined();
    expect(full.data!.__schema.types.length).toBeGreaterThan(20);
  });

  it('refuses introspection cycles (graphql-js: fields { type { fields … } } past 3 levels)', async () => {
    const cycle = `{ __schema { types { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } } }`;
    const r = await s.gql(cycle, {}, p.key);
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(/Maximum introspection depth exceeded/);
    expect(r.data).toBeUndefined();
  });

  it('refuses a token flood before parsing it', async () => {
    const r = await s.gql(`{ projects(first: 1) { edges { node { ${'id '.repeat(6000)} } } } }`, {}, p.key);
    expect(refusal(r)).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX', setting: 'GRAPHQL_MAX_TOKENS' });
    expect(r.errors![0].message).toMatch(/More than 5000 tokens/);
  });

  it('refuses a directive flood', async () => {
    const r = await s.gql(`query ($id: ID!) { project(id: $id) { ${'id @include(if: true) '.repeat(51)} } }`, { id: p.id }, p.key);
    expect(refusal(r)).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX', setting: 'GRAPHQL_MAX_DIRECTIVES' });
  });

  it('prices lists by their page size: nested connections with a big first are refused, the same shape with a small first passes', async () => {
    const big = await s.gql(LIST_HEAVY, { p: p.id, f: 200 }, p.key);
    expect(refusal(big)).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX', setting: 'GRAPHQL_MAX_COMPLEXITY' });
    expect(big.errors![0].message).toMatch(/Query cost \d+ exceeds the limit.*GRAPHQL_MAX_COMPLEXITY is 1000000/);
    const small = await s.gql(LIST_HEAVY, { p: p.id, f: 2 }, p.key);
    expect(small.errors).toBeUndefined();
    expect(small.data!.sessions.edges).toEqual([]);
  });

  it('prices lists by page size when the operation also takes an input object variable, valid or not (passed uncoerced to the cost check)', async () => {
    const withFilter = `query ($p: ID!, $f: Int, $filter: TraceFilter) { sessions(projectId: $p, first: $f) { edges { node { id
      traces(first: $f) { edges { node { id spans { id name } } } } } } }
      traces(projectId: $p, first: 1, filter: $filter) { edges { node { id } } } }`;
    for (const filter of [{ hasError: true }, { hasError: 'not a boolean' }]) {
      const big = await s.gql(withFilter, { p: p.id, f: 200, filter }, p.key);
      expect(refusal(big)).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX', setting: 'GRAPHQL_MAX_COMPLEXITY' });
    }
    const small = await s.gql(withFilter, { p: p.id, f: 2, filter: { hasError: true } }, p.key);
    expect(small.errors).toBeUndefined();
  });

  it('prices aggregates above plain fields: 50 aliased stats over a page of projects are refused', async () => {
    // Each stats call is an aggregate (cost 100): 50 of them on each of 200 projects is over 1,000,000.
    const r = await s.gql(`{ projects(first: 200) { edges { node { ${aliased(50, 'stats { traceCount }')} } } } }`, {}, p.key);
    expect(refusal(r)).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX', setting: 'GRAPHQL_MAX_COMPLEXITY' });
    const one = await s.gql(`{ projects(first: 100) { edges { node { stats { traceCount } } } } }`, {}, p.key);
    expect(one.errors).toBeUndefined();
  });

  it('applies the same limits to operations over WebSocket', async () => {
    const live = liveClient(s.wsUrl, p.key);
    try {
      const sub = live.subscribe(`subscription ($t: ID!) { spanAdded(traceId: $t) { ${aliased(51, 'id')} } }`, { t: p.id }, 'spanAdded');
      await sub.until((c) => c.errors.length > 0, 10_000, 'the refusal');
      expect(sub.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', setting: 'GRAPHQL_MAX_ALIASES' });
      const deep = live.subscribe(deepIntrospection(30), {}, '__type');
      await deep.until((c) => c.errors.length > 0, 10_000, 'the refusal');
      expect(deep.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', setting: 'GRAPHQL_MAX_DEPTH' });
      // A broken document is the client's error, as over HTTP.
      const broken = live.subscribe('subscription { nope }', {}, 'nope');
      await broken.until((c) => c.errors.length > 0, 10_000, 'the validation error');
      expect(broken.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await live.dispose();
    }
  });
});

describe('each setting moves its limit', () => {
  let low: TestServer;
  let high: TestServer;
  let lowP: { id: string; key: string };
  let highP: { id: string; key: string };
  beforeAll(async () => {
    [low, high] = await Promise.all([
      startTestServer({
        GRAPHQL_MAX_DEPTH: '4',
        GRAPHQL_MAX_ALIASES: '2',
        GRAPHQL_MAX_TOKENS: '80',
        GRAPHQL_MAX_DIRECTIVES: '2',
        GRAPHQL_MAX_COMPLEXITY: '1000',
      }),
      startTestServer({
        GRAPHQL_MAX_DEPTH: '40',
        GRAPHQL_MAX_ALIASES: '200',
        GRAPHQL_MAX_TOKENS: '1000000',
        GRAPHQL_MAX_DIRECTIVES: '100',
        GRAPHQL_MAX_COMPLEXITY: '1000000000',
      }),
    ]);
    [lowP, highP] = await Promise.all([low.project('limits-low', 'read'), high.project('limits-high', 'read')]);
  });
  afterAll(async () => {
    await low?.stop();
    await high?.stop();
  });

  it('GRAPHQL_MAX_DEPTH', async () => {
    const shallowButDeeperThan4 = `{ __schema { types { fields { type { name } } } } }`;
    expect(refusal(await low.gql(shallowButDeeperThan4, {}, lowP.key))).toMatchObject({ status: 400, setting: 'GRAPHQL_MAX_DEPTH' });
    expect((await low.gql(`{ __schema { types { name } } }`, {}, lowP.key)).errors).toBeUndefined();
    expect((await high.gql(deepIntrospection(30), {}, highP.key)).errors).toBeUndefined();
  });

  it('GRAPHQL_MAX_ALIASES', async () => {
    const q = (n: number) => `query ($id: ID!) { ${aliased(n, 'project(id: $id) { id }')} }`;
    expect(refusal(await low.gql(q(3), { id: lowP.id }, lowP.key))).toMatchObject({ status: 400, setting: 'GRAPHQL_MAX_ALIASES' });
    expect((await low.gql(q(2), { id: lowP.id }, lowP.key)).errors).toBeUndefined();
    const many = await high.gql(q(150), { id: highP.id }, highP.key);
    expect(many.errors).toBeUndefined();
    expect(many.data!.a149.id).toBe(highP.id);
    // Far past any setting, 10,000 stats still stop at the aliases limit when tokens are plenty.
    const stats = await high.gql(`query ($id: ID!) { ${aliased(10_000, 'project(id: $id) { stats { traceCount } }')} }`, { id: highP.id }, highP.key);
    expect(refusal(stats)).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX', setting: 'GRAPHQL_MAX_ALIASES' });
  });

  it('GRAPHQL_MAX_TOKENS', async () => {
    const q = (n: number) => `{ projects(first: 1) { edges { node { ${'id '.repeat(n)} } } } }`;
    const onLow = (query: string) => low.gql(query, { p: lowP.id }, lowP.key);
    expect(refusal(await low.gql(q(80), {}, lowP.key))).toMatchObject({ status: 400, setting: 'GRAPHQL_MAX_TOKENS' });
    expect((await low.gql(q(60), {}, lowP.key)).errors).toBeUndefined();
    // A long literal list: 6,000 tokens that validate and cost little.
    const tags = `query ($p: ID!) { traces(projectId: $p, filter: { tags: [${'"t" '.repeat(6000)}] }) { edges { node { id } } } }`;
    expect(refusal(await onLow(tags))).toMatchObject({ status: 400, setting: 'GRAPHQL_MAX_TOKENS' });
    const many = await high.gql(tags, { p: highP.id }, highP.key);
    expect(many.errors).toBeUndefined();
    expect(many.data!.traces.edges).toEqual([]);
  });

  it('GRAPHQL_MAX_DIRECTIVES', async () => {
    const q = (n: number) => `query ($id: ID!) { project(id: $id) { ${'id @include(if: true) '.repeat(n)} } }`;
    expect(refusal(await low.gql(q(3), { id: lowP.id }, lowP.key))).toMatchObject({ status: 400, setting: 'GRAPHQL_MAX_DIRECTIVES' });
    expect((await low.gql(q(2), { id: lowP.id }, lowP.key)).errors).toBeUndefined();
    expect((await high.gql(q(60), { id: highP.id }, highP.key)).errors).toBeUndefined();
  });

  it('GRAPHQL_MAX_COMPLEXITY', async () => {
    const page = `query ($p: ID!, $f: Int) { traces(projectId: $p, first: $f) { edges { node { id name status startTime totalCost totalTokens errorFlag tags } } } }`;
    // 1 + first × (edges 1 + node 1 + 8 fields): 1,001 at 100, 101 at 10.
    expect(refusal(await low.gql(page, { p: lowP.id, f: 100 }, lowP.key))).toMatchObject({ status: 400, setting: 'GRAPHQL_MAX_COMPLEXITY' });
    expect((await low.gql(page, { p: lowP.id, f: 10 }, lowP.key)).errors).toBeUndefined();
    // totalCount and totalCountIsEstimate cost 20 each, like the rest of the selection times the page,
    // and at least once: a count-only page (first: 0) is not free. 1 + 25 × 42 is over; 1 + 1 × 42 is not.
    const counted = `query ($p: ID!, $f: Int) { traces(projectId: $p, first: $f) { totalCount totalCountIsEstimate pageInfo { hasNextPage } } }`;
    expect(refusal(await low.gql(counted, { p: lowP.id, f: 25 }, lowP.key))).toMatchObject({ status: 400, setting: 'GRAPHQL_MAX_COMPLEXITY' });
    expect((await low.gql(counted, { p: lowP.id, f: 0 }, lowP.key)).data?.traces).toEqual({
      totalCount: 0,
      totalCountIsEstimate: false,
      pageInfo: { hasNextPage: false },
    });
    const heavy = await high.gql(LIST_HEAVY, { p: highP.id, f: 200 }, highP.key);
    expect(heavy.errors).toBeUndefined();
  });
});

describe('DB_STATEMENT_TIMEOUT_MS', () => {
  let s: TestServer;
  let p: { id: string; key: string };
  beforeAll(async () => {
    s = await startTestServer({ DB_STATEMENT_TIMEOUT_MS: '500' });
    p = await s.project('limits-timeout', 'read');
  });
  afterAll(() => s?.stop());

  it('is set on every connection of the API pool', async () => {
    const [{ statement_timeout }] = await s.ds.query('SHOW statement_timeout');
    expect(statement_timeout).toBe('500ms');
  });

  it('cancels a request statement that runs past it with QUERY_TIMEOUT, and the server keeps serving', async () => {
    const TRACES = graphql(`query LimitsTimeoutTraces($p: ID!) { traces(projectId: $p, first: 1) { edges { node { id } } } }`);
    // A transaction of another client holds the traces table: the request's read waits on it until cancelled.
    const holder = new Client({ connectionString: s.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE traces IN ACCESS EXCLUSIVE MODE');
      const [slow, cheap] = await Promise.all([s.gql(TRACES, { p: p.id }, p.key), s.gql(CHEAP, { id: p.id }, p.key)]);
      expect(slow.errors?.[0].extensions?.code).toBe('QUERY_TIMEOUT');
      expect(slow.errors![0].message).toMatch(/longer than 500 ms \(DB_STATEMENT_TIMEOUT_MS\)/);
      expect(slow.errors![0].message).not.toMatch(/SELECT|traces/);
      expect(slow.errors![0].extensions).not.toHaveProperty('stacktrace');
      expect(cheap.errors).toBeUndefined();
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
    // Every connection came back to the pool: more requests than it has connections all pass.
    const after = await Promise.all(Array.from({ length: 12 }, () => s.gql(TRACES, { p: p.id }, p.key)));
    for (const r of after) expect(r.errors).toBeUndefined();
  });
});
