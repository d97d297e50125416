import { connectAndMigrate, costForModel, createDataSource, rebuildRollups } from '@sextant/core';
import { ModelPrices1764560000000 } from '../../packages/core/src/database/migrations/1764560000000-model-prices';
import { graphql } from '../gql';
import type { IngestBatchInput, LlmCallInput, UpsertModelPriceInput } from '../gql/graphql';
import { createTestDatabase } from '../support/postgres';
import { startTestServer, type GqlResponse, type TestServer } from '../support/test-server';
import { ofType } from '../support/typed-operation';
import { until } from '../support/wait';

// Prices a project manages: custom prices over GraphQL, their precedence and start times, the
// recompute of stored calls, unpriced calls and unknown trace costs, and estimated tokens.

const INGEST = graphql(`mutation PricesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }`);
const UPSERT = graphql(`mutation PricesUpsert($i: UpsertModelPriceInput!) {
  upsertModelPrice(input: $i) { id modelPattern provider inputPrice outputPrice cacheReadPrice cacheWritePrice reasoningPrice effectiveFrom createdAt updatedAt }
}`);
const DELETE = graphql(`mutation PricesDelete($id: ID!) { deleteModelPrice(id: $id) { id deleted } }`);
const LIST = graphql(`query PricesList($p: ID!) { modelPrices(projectId: $p) { id modelPattern provider inputPrice outputPrice effectiveFrom } }`);
const RECOMPUTE = graphql(`mutation PricesRecompute($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  recomputeCosts(projectId: $p, from: $from, to: $to) { id from to status callsSeen callsChanged error finishedAt }
}`);
const RECOMPUTES = graphql(`query PricesRecomputes($p: ID!) { project(id: $p) { costRecomputes { id status callsSeen callsChanged error finishedAt } } }`);
const TRACE = graphql(`query PricesTrace($id: ID!) { trace(id: $id) {
  id promptCost completionCost totalCost unpricedCallCount llmCallCount promptTokens completionTokens totalTokens
  spans { __typename id ... on LLMCall { model promptTokens completionTokens totalTokens promptCost completionCost totalCost costSource unpriced tokensEstimated }
    ... on ToolCall { totalCost } }
} }`);
const TRACES = graphql(`query PricesTraces($p: ID!, $o: TraceOrder, $f: TraceFilter, $first: Int, $after: String) {
  traces(projectId: $p, orderBy: $o, filter: $f, first: $first, after: $after) { edges { cursor node { id totalCost } } pageInfo { hasNextPage endCursor } }
}`);
const STATS = graphql(`query PricesStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) {
  project(id: $p) { stats(from: $from, to: $to) { totalCost unpricedCallCount traceCount } totals { totalCost unpricedCallCount }
    timeseries(from: $from, to: $to, interval: HOUR, groupBy: MODEL) { key points { totalCost unpricedCallCount } } }
  sessions(projectId: $p) { edges { node { id totalCost unpricedCallCount } } }
}`);

let s: TestServer;
beforeAll(async () => {
  // The recompute runs on the worker.
  s = await startTestServer({ RUN_WORKER: 'true', ROLLUP_DELAY_MS: '50', METRICS_DELAY_MS: '50' });
});
afterAll(() => s?.stop());

const uuid = () => crypto.randomUUID();
const BASE = Date.UTC(2026, 10, 22, 10, 0, 0);
const at = (sec: number) => new Date(BASE + sec * 1000).toISOString();
const code = (r: GqlResponse<unknown>) => r.errors?.[0]?.extensions?.code;

async function ingest(projectId: string, b: Omit<IngestBatchInput, 'projectId'>) {
  const r = await s.gql(INGEST, { b: { projectId, ...b } });
  expect(r.errors).toBeUndefined();
  expect(r.data!.ingest.rejections).toEqual([]);
}
async function upsert(i: UpsertModelPriceInput) {
  const r = await s.gql(UPSERT, { i });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.upsertModelPrice;
}
async function readTrace(id: string) {
  const r = await s.gql(TRACE, { id });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.trace;
}
const llmOf = (t: Awaited<ReturnType<typeof readTrace>>, i = 0) => ofType(t.spans.filter((x) => x.__typename === 'LLMCall')[i], 'LLMCall');

/** One trace holding the given LLM calls (ended, with tokens unless the call says otherwise), starting at `sec`. */
async function traceWith(projectId: string, sec: number, calls: Partial<LlmCallInput>[]) {
  const traceId = uuid();
  await ingest(projectId, {
    traces: [{ id: traceId, startTime: at(sec), endTime: at(sec + 10) }],
    llmCalls: calls.map((c, i) => ({ traceId, startTime: at(sec + i), endTime: at(sec + i + 1), promptTokens: 1000, completionTokens: 200, ...c })),
  });
  return traceId;
}

describe('custom prices', () => {
  let p: string;
  beforeAll(async () => {
    p = (await s.project('custom-prices', 'admin')).id;
  });

  it('prices the next call of a model the bundled table does not know, once a custom price is set', async () => {
    const before = await readTrace(await traceWith(p, 0, [{ model: 'acme-llm-9000' }]));
    expect(llmOf(before)).toMatchObject({ totalCost: null, costSource: null, unpriced: true });

    const price = await upsert({ projectId: p, modelPattern: '^acme-llm-9000$', inputPrice: 2e-6, outputPrice: 8e-6, reasoningPrice: 2e-5 });
    expect(price).toMatchObject({
      modelPattern: '^acme-llm-9000$',
      provider: null,
      inputPrice: 2e-6,
      outputPrice: 8e-6,
      reasoningPrice: 2e-5,
      effectiveFrom: null,
    });

    const after = await readTrace(await traceWith(p, 20, [{ model: 'acme/acme-llm-9000', reasoningTokens: 50 }]));
    expect(llmOf(after)).toMatchObject({ costSource: 'computed', unpriced: false, tokensEstimated: false });
    expect(llmOf(after).totalCost).toBeCloseTo(1000 * 2e-6 + 150 * 8e-6 + 50 * 2e-5, 12);
    expect(after.totalCost).toBeCloseTo(llmOf(after).totalCost!, 12);
    expect(after.unpricedCallCount).toBe(0);
    // The call stored before the price keeps its (missing) cost until a recompute.
    expect((await readTrace(before.id)).totalCost).toBeNull();
  });

  it('prices new calls as they are inserted, without reading them first or updating them after; a later partial update is priced from the merged call', async () => {
    await upsert({ projectId: p, modelPattern: '^insert-priced$', inputPrice: 1e-6, outputPrice: 4e-6 });
    const from = s.statements.count;
    const traceId = await traceWith(p, 40, [{ model: 'insert-priced' }, { model: 'gpt-4o' }]);
    const sent = s.statements.since(from).filter((q) => /\b(spans|model_prices)\b/.test(q));
    expect(sent.filter((q) => /^\s*UPDATE spans/.test(q))).toEqual([]);
    // One read of the calls' contributions (after the write), one of the project's prices.
    expect(sent.filter((q) => q.includes('FROM spans sp JOIN ids'))).toHaveLength(1);
    expect(sent.filter((q) => /FROM "?model_prices"?/.test(q))).toHaveLength(1);
    const t = await readTrace(traceId);
    expect(llmOf(t, 0)).toMatchObject({ costSource: 'computed', unpriced: false });
    expect(llmOf(t, 0).totalCost).toBeCloseTo(1000 * 1e-6 + 200 * 4e-6, 12);
    expect(llmOf(t, 1).totalCost).toBeCloseTo(costForModel('gpt-4o', { promptTokens: 1000, completionTokens: 200 })!.totalCost, 12);
    expect(t.totalCost).toBeCloseTo(llmOf(t, 0).totalCost! + llmOf(t, 1).totalCost!, 12);

    // An update that sends only some counts is priced from what it merges into, not from what it sends.
    const id = llmOf(t, 0).id;
    await ingest(p, { llmCalls: [{ id, traceId, completionTokens: 500 }] });
    const updated = await readTrace(traceId);
    expect(llmOf(updated, 0)).toMatchObject({ promptTokens: 1000, completionTokens: 500 });
    expect(llmOf(updated, 0).totalCost).toBeCloseTo(1000 * 1e-6 + 500 * 4e-6, 12);
    expect(updated.totalCost).toBeCloseTo(llmOf(updated, 0).totalCost! + llmOf(updated, 1).totalCost!, 12);
  });

  it('wins over the bundled price, from its effectiveFrom on, the latest start first; deleting it falls back', async () => {
    const bundled = costForModel('gpt-4o', { promptTokens: 1000, completionTokens: 200 })!.totalCost;
    const always = await upsert({ projectId: p, modelPattern: '^gpt-4o$', inputPrice: 1e-6, outputPrice: 1e-6 });
    const later = await upsert({ projectId: p, modelPattern: '^gpt-4o$', inputPrice: 5e-6, outputPrice: 5e-6, effectiveFrom: at(3600) });

    const early = await readTrace(await traceWith(p, 100, [{ model: 'gpt-4o-2024-08-06' }]));
    expect(llmOf(early).totalCost).toBeCloseTo(1200 * 1e-6, 12);
    const late = await readTrace(await traceWith(p, 3600, [{ model: 'gpt-4o' }]));
    expect(llmOf(late).totalCost).toBeCloseTo(1200 * 5e-6, 12);

    // A price for one provider only applies to calls reporting it, and beats one for any provider.
    await upsert({ projectId: p, modelPattern: '^gpt-4o$', provider: 'Azure', inputPrice: 3e-6, outputPrice: 3e-6, effectiveFrom: at(3600) });
    const azure = await readTrace(
      await traceWith(p, 3700, [
        { model: 'gpt-4o', provider: 'azure' },
        { model: 'gpt-4o', provider: 'openai' },
      ]),
    );
    expect(llmOf(azure, 0).totalCost).toBeCloseTo(1200 * 3e-6, 12);
    expect(llmOf(azure, 1).totalCost).toBeCloseTo(1200 * 5e-6, 12);

    expect((await s.gql(DELETE, { id: later.id })).data!.deleteModelPrice).toEqual({ id: later.id, deleted: true });
    expect(llmOf(await readTrace(await traceWith(p, 3800, [{ model: 'gpt-4o' }]))).totalCost).toBeCloseTo(1200 * 1e-6, 12);
    await s.gql(DELETE, { id: always.id });
    expect(llmOf(await readTrace(await traceWith(p, 3900, [{ model: 'gpt-4o' }]))).totalCost).toBeCloseTo(bundled, 12);
    // A cost the client sent always wins.
    expect(llmOf(await readTrace(await traceWith(p, 4000, [{ model: 'acme-llm-9000', totalCost: 0.5 }])))).toMatchObject({
      totalCost: 0.5,
      costSource: 'client',
    });
  });

  it('upserts by pattern, provider and start without an id, changes a price by id, and lists them', async () => {
    const q = (await s.project('price-upserts', 'admin')).id;
    const first = await upsert({ projectId: q, modelPattern: '^m1$', inputPrice: 1e-6, outputPrice: 1e-6 });
    const again = await upsert({ projectId: q, modelPattern: '^m1$', inputPrice: 2e-6, outputPrice: 2e-6 });
    expect(again.id).toBe(first.id);
    expect(again.inputPrice).toBe(2e-6);
    const dated = await upsert({ projectId: q, modelPattern: '^m1$', inputPrice: 3e-6, outputPrice: 3e-6, effectiveFrom: at(0) });
    expect(dated.id).not.toBe(first.id);
    const moved = await upsert({ projectId: q, id: first.id, modelPattern: '^m2$', inputPrice: 4e-6, outputPrice: 4e-6, cacheReadPrice: 1e-7 });
    expect(moved).toMatchObject({ id: first.id, modelPattern: '^m2$', cacheReadPrice: 1e-7 });
    const list = await s.gql(LIST, { p: q });
    expect(list.data!.modelPrices).toEqual([
      { id: dated.id, modelPattern: '^m1$', provider: null, inputPrice: 3e-6, outputPrice: 3e-6, effectiveFrom: at(0) },
      { id: first.id, modelPattern: '^m2$', provider: null, inputPrice: 4e-6, outputPrice: 4e-6, effectiveFrom: null },
    ]);
    // Moving a price onto the key of another is refused.
    const clash = await s.gql(UPSERT, { i: { projectId: q, id: first.id, modelPattern: '^m1$', inputPrice: 1e-6, outputPrice: 1e-6, effectiveFrom: at(0) } });
    expect(code(clash)).toBe('BAD_USER_INPUT');
  });

  it.each<[string, Partial<UpsertModelPriceInput>, string, RegExp]>([
    ['an invalid regular expression', { modelPattern: '(unclosed' }, 'BAD_USER_INPUT', /not a valid regular expression/],
    ['an empty pattern', { modelPattern: '  ' }, 'BAD_USER_INPUT', /must not be empty/],
    ['a pattern that could backtrack for ever', { modelPattern: '^(a+)+$' }, 'BAD_USER_INPUT', /repeat a group/],
    ['a negative price', { inputPrice: -1e-6 }, 'BAD_USER_INPUT', /inputPrice must be a finite number/],
    ['a price per million sent as per token', { outputPrice: 15 }, 'BAD_USER_INPUT', /outputPrice is USD per token/],
    ['an unknown id', { id: '00000000-0000-7000-8000-000000000000' }, 'NOT_FOUND', /ModelPrice .* not found/],
    ['an id that is no uuid', { id: 'nope' }, 'NOT_FOUND', /ModelPrice nope not found/],
    ['an unknown project', { projectId: '00000000-0000-7000-8000-000000000001' }, 'NOT_FOUND', /Project .* not found/],
  ])('refuses %s', async (_, over, expected, message) => {
    const r = await s.gql(UPSERT, { i: { projectId: p, modelPattern: '^x$', inputPrice: 1e-6, outputPrice: 1e-6, ...over } });
    expect(code(r)).toBe(expected);
    expect(r.errors![0].message).toMatch(message);
    expect(r.data ?? null).toBeNull();
  });

  it('lets a read key list prices but not change them or start a recompute, and an ingest key do neither', async () => {
    const reader = await s.project('price-reader', 'read');
    const ingester = await s.project('price-ingester', 'ingest');
    const price = await upsert({ projectId: reader.id, modelPattern: '^r$', inputPrice: 1e-6, outputPrice: 1e-6 });
    const listed = await s.gql(LIST, { p: reader.id }, reader.key);
    expect(listed.data!.modelPrices.map((x) => x.id)).toEqual([price.id]);
    expect(code(await s.gql(UPSERT, { i: { projectId: reader.id, modelPattern: '^r$', inputPrice: 0, outputPrice: 0 } }, reader.key))).toBe('FORBIDDEN');
    expect(code(await s.gql(DELETE, { id: price.id }, reader.key))).toBe('FORBIDDEN');
    expect(code(await s.gql(RECOMPUTE, { p: reader.id, from: at(0), to: at(1) }, reader.key))).toBe('FORBIDDEN');
    expect(code(await s.gql(LIST, { p: ingester.id }, ingester.key))).toBe('FORBIDDEN');
    expect((await s.gql(LIST, { p: reader.id })).data!.modelPrices[0].inputPrice).toBe(1e-6);
  });

  it('answers NOT_FOUND to deleting an unknown price, and BAD_USER_INPUT to an empty recompute range', async () => {
    expect(code(await s.gql(DELETE, { id: uuid() }))).toBe('NOT_FOUND');
    expect(code(await s.gql(DELETE, { id: 'nope' }))).toBe('NOT_FOUND');
    const r = await s.gql(RECOMPUTE, { p, from: at(10), to: at(10) });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/from must be before to/);
  });

  it('prices a LangSmith run with the custom price too', async () => {
    const q = await s.project('langsmith-prices', 'admin');
    await upsert({ projectId: q.id, modelPattern: '^acme-ls$', inputPrice: 1e-5, outputPrice: 2e-5 });
    const [root, llm] = [uuid(), uuid()];
    const res = await fetch(s.url.replace(/\/graphql$/, '/langsmith/runs/batch'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': q.key },
      body: JSON.stringify({
        post: [
          { id: root, trace_id: root, name: 'agent', run_type: 'chain', start_time: at(0), end_time: at(5), dotted_order: `20261122T100000000000Z${root}` },
          {
            id: llm,
            trace_id: root,
            parent_run_id: root,
            name: 'ChatAcme',
            run_type: 'llm',
            start_time: at(1),
            end_time: at(2),
            dotted_order: `20261122T100000000000Z${root}.20261122T100001000000Z${llm}`,
            extra: { metadata: { ls_provider: 'acme', ls_model_name: 'acme-ls' } },
            outputs: { generations: [[{ text: 'hi' }]], usage_metadata: { input_tokens: 100, output_tokens: 10, total_tokens: 110 } },
          },
        ],
      }),
    });
    expect(res.status).toBe(202);
    const t = await readTrace(root);
    expect(llmOf(t)).toMatchObject({ model: 'acme-ls', costSource: 'computed', unpriced: false });
    expect(llmOf(t).totalCost).toBeCloseTo(100 * 1e-5 + 10 * 2e-5, 12);
  });
});

describe('unpriced calls', () => {
  let p: string;
  let unknown: string;
  let mixed: string;
  let priced: string;
  beforeAll(async () => {
    p = (await s.project('unpriced', 'admin')).id;
    unknown = await traceWith(p, 0, [{ model: 'acme-unknown' }, { model: 'acme-unknown-2' }]);
    mixed = uuid();
    await ingest(p, {
      traces: [{ id: mixed, startTime: at(100), endTime: at(110), sessionId: 'unpriced-session' }],
      llmCalls: [
        { traceId: mixed, model: 'gpt-4o-mini', promptTokens: 1000, completionTokens: 100, startTime: at(100), endTime: at(101) },
        { traceId: mixed, model: 'acme-unknown', promptTokens: 10, completionTokens: 10, startTime: at(102), endTime: at(103) },
      ],
      toolCalls: [{ traceId: mixed, name: 'search', totalCost: 0.01, startTime: at(104), endTime: at(105) }],
    });
    priced = await traceWith(p, 200, [{ model: 'gpt-4o' }]);
    // A trace without LLM calls costs nothing: 0, not unknown.
    await ingest(p, { traces: [{ startTime: at(300), endTime: at(301), sessionId: 'unpriced-session' }] });
    await ingest(p, { traces: [{ id: unknown, sessionId: 'unknown-session' }] });
  });

  it("reports an unknown model's trace cost as null, not 0, with its unpriced calls counted", async () => {
    const t = await readTrace(unknown);
    expect(t).toMatchObject({ totalCost: null, promptCost: null, completionCost: null, unpricedCallCount: 2, llmCallCount: 2, totalTokens: 2400 });
    expect(llmOf(t, 0)).toMatchObject({ totalCost: null, unpriced: true, costSource: null });
  });

  it('sums the priced calls of a mixed trace and counts the unpriced one', async () => {
    const t = await readTrace(mixed);
    const gpt = costForModel('gpt-4o-mini', { promptTokens: 1000, completionTokens: 100 })!.totalCost;
    expect(t.totalCost).toBeCloseTo(gpt + 0.01, 12);
    expect(t.unpricedCallCount).toBe(1);
    expect(llmOf(t, 0).unpriced).toBe(false);
    expect(llmOf(t, 1).unpriced).toBe(true);
  });

  it('orders unknown costs below every known one in both directions, pages through them, and leaves them out of minCost', async () => {
    const all = async (direction: 'ASC' | 'DESC') => {
      const seen: { id: string; totalCost: number | null }[] = [];
      let after: string | null | undefined;
      do {
        const r = await s.gql(TRACES, { p, o: { field: 'TOTAL_COST', direction }, first: 1, after });
        expect(r.errors).toBeUndefined();
        seen.push(...r.data!.traces.edges.map((e) => e.node));
        after = r.data!.traces.pageInfo.hasNextPage ? r.data!.traces.pageInfo.endCursor : undefined;
      } while (after);
      return seen;
    };
    const desc = await all('DESC');
    expect(desc).toHaveLength(4);
    expect(desc.map((t) => t.totalCost === null)).toEqual([false, false, false, true]);
    expect(desc.at(-1)!.id).toBe(unknown);
    const costs = desc.slice(0, 3).map((t) => t.totalCost!);
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
    expect(costs[2]).toBe(0);
    expect(await all('ASC')).toEqual([...desc].reverse());
    const min = await s.gql(TRACES, { p, f: { minCost: 0 } });
    expect(min.data!.traces.edges.map((e) => e.node.id)).not.toContain(unknown);
    expect(min.data!.traces.edges).toHaveLength(3);
  });

  it('keeps stats, timeseries, totals and sessions to the sums of the known costs, with the unpriced calls counted', async () => {
    const r = await s.gql(STATS, { p, from: at(0), to: at(3600) });
    expect(r.errors).toBeUndefined();
    const { stats, totals, timeseries } = r.data!.project;
    const known = (await readTrace(mixed)).totalCost! + (await readTrace(priced)).totalCost!;
    expect(stats.traceCount).toBe(4);
    expect(stats.totalCost).toBeCloseTo(known, 12);
    expect(stats.unpricedCallCount).toBe(3);
    expect(totals).toMatchObject({ unpricedCallCount: 3 });
    expect(totals.totalCost).toBeCloseTo(known, 12);
    const byModel = Object.fromEntries(timeseries.map((line) => [line.key, line.points[0]]));
    expect(byModel['acme-unknown']).toEqual({ totalCost: 0, unpricedCallCount: 2 });
    expect(byModel['gpt-4o'].unpricedCallCount).toBe(0);
    const sessions = Object.fromEntries(r.data!.sessions.edges.map((e) => [e.node.id, e.node]));
    expect(sessions['unknown-session']).toMatchObject({ totalCost: null, unpricedCallCount: 2 });
    expect(sessions['unpriced-session'].unpricedCallCount).toBe(1);
    expect(sessions['unpriced-session'].totalCost).toBeCloseTo((await readTrace(mixed)).totalCost!, 12);
  });
});

describe('recomputeCosts', () => {
  it('prices the stored calls of a range again in the background, updating trace totals and stats, leaving client costs and other times alone', async () => {
    const p = (await s.project('recompute', 'admin')).id;
    const inside = await traceWith(p, 0, [{ model: 'acme-re' }, { model: 'acme-re', totalCost: 0.25 }, { model: 'gpt-4o-mini' }]);
    const outside = await traceWith(p, 7200, [{ model: 'acme-re' }]);
    expect((await readTrace(inside)).unpricedCallCount).toBe(1);
    await upsert({ projectId: p, modelPattern: '^acme-re$', inputPrice: 1e-6, outputPrice: 1e-6 });
    await upsert({ projectId: p, modelPattern: '^gpt-4o-mini$', inputPrice: 2e-6, outputPrice: 2e-6 });

    const started = await s.gql(RECOMPUTE, { p, from: at(0), to: at(3600) });
    expect(started.errors).toBeUndefined();
    expect(started.data!.recomputeCosts).toMatchObject({ from: at(0), to: at(3600), status: 'QUEUED', callsSeen: 0 });
    const id = started.data!.recomputeCosts.id;
    const done = await until(
      async () => (await s.gql(RECOMPUTES, { p })).data!.project.costRecomputes.find((r) => r.id === id)!,
      (r) => r.status === 'DONE',
      'the recompute to finish',
    );
    // The client-priced call is left out; the other two changed.
    expect(done).toMatchObject({ callsSeen: 2, callsChanged: 2, error: null });
    expect(done.finishedAt).not.toBeNull();

    const t = await readTrace(inside);
    expect(t.unpricedCallCount).toBe(0);
    expect(llmOf(t, 0).totalCost).toBeCloseTo(1200 * 1e-6, 12);
    expect(llmOf(t, 1)).toMatchObject({ totalCost: 0.25, costSource: 'client' });
    expect(llmOf(t, 2).totalCost).toBeCloseTo(1200 * 2e-6, 12);
    expect(t.totalCost).toBeCloseTo(1200 * 1e-6 + 0.25 + 1200 * 2e-6, 12);
    expect((await readTrace(outside)).totalCost).toBeNull();

    const stats = await s.gql(STATS, { p, from: at(0), to: at(3600) });
    expect(stats.data!.project.stats.unpricedCallCount).toBe(0);
    expect(stats.data!.project.stats.totalCost).toBeCloseTo(t.totalCost!, 12);
    // Once the worker has rolled the hour up again, the rollups agree.
    await until(
      async () => (await s.ds.query(`SELECT count(*)::int AS n FROM rollup_dirty WHERE project_id = $1`, [p]))[0].n,
      (n) => n === 0,
      'the rollups to be recomputed',
    );
    const rolled = await s.gql(STATS, { p, from: at(0), to: at(3600) });
    expect(rolled.data!.project.stats).toMatchObject({ unpricedCallCount: 0 });
    expect(rolled.data!.project.stats.totalCost).toBeCloseTo(t.totalCost!, 12);
  });
});

describe('estimated tokens', () => {
  let p: string;
  beforeAll(async () => {
    p = (await s.project('estimates', 'admin')).id;
  });

  it('counts the tokens of a streamed call that ended without usage, marks them estimated and prices them', async () => {
    const traceId = uuid();
    const id = uuid();
    const inputs = { messages: [{ role: 'user', content: 'What is the capital of France? Answer in one word.' }] };
    await ingest(p, { traces: [{ id: traceId, startTime: at(0) }], llmCalls: [{ id, traceId, model: 'gpt-4o', streaming: true, startTime: at(0), inputs }] });
    // Still running: nothing to count yet.
    expect(llmOf(await readTrace(traceId))).toMatchObject({ promptTokens: null, tokensEstimated: false, unpriced: true });

    await ingest(p, { llmCalls: [{ id, traceId, endTime: at(2), outputs: { choices: [{ message: { role: 'assistant', content: 'Paris.' } }] } }] });
    const t = await readTrace(traceId);
    const call = llmOf(t);
    expect(call).toMatchObject({ tokensEstimated: true, unpriced: false, costSource: 'computed' });
    expect(call.promptTokens).toBeGreaterThanOrEqual(12);
    expect(call.promptTokens).toBeLessThan(25);
    expect(call.completionTokens).toBeGreaterThanOrEqual(2);
    expect(call.completionTokens).toBeLessThan(6);
    expect(call.totalTokens).toBe(call.promptTokens! + call.completionTokens!);
    expect(call.totalCost).toBeCloseTo(costForModel('gpt-4o', { promptTokens: call.promptTokens, completionTokens: call.completionTokens })!.totalCost, 12);
    expect(t).toMatchObject({ totalTokens: call.totalTokens, unpricedCallCount: 0 });

    // Counts the client sends later replace the estimate.
    await ingest(p, { llmCalls: [{ id, traceId, promptTokens: 30, completionTokens: 3 }] });
    expect(llmOf(await readTrace(traceId))).toMatchObject({ promptTokens: 30, completionTokens: 3, totalTokens: 33, tokensEstimated: false });
  });

  it('never estimates when the client sent any count, nor for a call with nothing to count', async () => {
    const traceId = await traceWith(p, 10, [
      { model: 'gpt-4o', promptTokens: 5, completionTokens: null, inputs: { prompt: 'a long prompt '.repeat(50) }, outputs: 'an answer' },
      { model: 'gpt-4o', promptTokens: null, completionTokens: null },
    ]);
    const t = await readTrace(traceId);
    expect(llmOf(t, 0)).toMatchObject({ promptTokens: 5, completionTokens: null, tokensEstimated: false });
    expect(llmOf(t, 1)).toMatchObject({ promptTokens: null, tokensEstimated: false, unpriced: true });
  });
});

describe('migration ModelPrices1764560000000', () => {
  it('gives the stored traces and rollup rows their unpriced calls, and an unknown cost to a trace that has nothing priced', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource({ url: db.url, poolSize: 2 });
    try {
      await connectAndMigrate(ds);
      const [project, unknownTrace, mixedTrace] = [uuid(), uuid(), uuid()];
      await ds.query(`INSERT INTO projects (id, name) VALUES ($1, 'migrated')`, [project]);
      await ds.query(`INSERT INTO traces (id, project_id, start_time, total_cost) VALUES ($1, $3, $4, 0), ($2, $3, $4, 0.5)`, [
        unknownTrace,
        mixedTrace,
        project,
        at(0),
      ]);
      const span = (trace: string, model: string, cost: number | null) => [uuid(), 'llm', project, trace, 'llm', at(1), model, cost];
      for (const values of [
        span(unknownTrace, 'acme', null),
        span(unknownTrace, 'acme', null),
        span(mixedTrace, 'gpt-4o', 0.5),
        span(mixedTrace, 'acme', null),
      ]) {
        await ds.query(
          `INSERT INTO spans (id, kind, project_id, trace_id, run_type, start_time, model, total_cost) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          values,
        );
      }
      await rebuildRollups({ ds }, project);
      // Back to the schema and values of the version before, then forward again.
      const runner = ds.createQueryRunner();
      try {
        await new ModelPrices1764560000000().down(runner);
        expect((await runner.query(`SELECT total_cost FROM traces WHERE id = $1`, [unknownTrace]))[0].total_cost).toBe(0);
        await new ModelPrices1764560000000().up(runner);
      } finally {
        await runner.release();
      }
      const traces = await ds.query(`SELECT id, total_cost, prompt_cost, unpriced_call_count FROM traces ORDER BY id`);
      expect(Object.fromEntries(traces.map((t: { id: string }) => [t.id, t]))).toEqual({
        [unknownTrace]: { id: unknownTrace, total_cost: null, prompt_cost: null, unpriced_call_count: 2 },
        [mixedTrace]: { id: mixedTrace, total_cost: 0.5, prompt_cost: 0, unpriced_call_count: 1 },
      });
      const rollups = await ds.query(`SELECT model, unpriced_call_count FROM rollups WHERE project_id = $1 ORDER BY model`, [project]);
      expect(rollups).toEqual([
        { model: '', unpriced_call_count: 3 },
        { model: 'acme', unpriced_call_count: 3 },
        { model: 'gpt-4o', unpriced_call_count: 0 },
      ]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
