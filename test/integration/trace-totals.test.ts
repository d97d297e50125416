// Trace totals are added to batch by batch (from the batch's own spans, not every span of the
// trace): these check that re-sent, updated and concurrently sent spans leave exactly the totals a
// sum over all the trace's spans and errors gives.
import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
import { startTestServer, type TestServer } from '../support/test-server';

const INGEST = graphql(`mutation TraceTotalsIngest($b: IngestBatchInput!) {
  ingest(batch: $b) { accepted rejected rejections { list index message } }
}`);
const TRACE = graphql(`query TraceTotalsTrace($id: ID!) { trace(id: $id) {
  status startTime durationMs promptTokens completionTokens totalTokens totalCost unpricedCallCount
  agentCallCount llmCallCount toolCallCount errorCount errorFlag models
} }`);

let s: TestServer;
let key: string;
beforeAll(async () => {
  s = await startTestServer();
  key = (await s.project('totals', 'admin')).key;
});
afterAll(() => s?.stop());

const uuid = () => crypto.randomUUID();
const at = (sec: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + sec * 1000).toISOString();

async function ingest(b: IngestBatchInput) {
  const r = await s.gql(INGEST, { b }, key);
  expect(r.errors).toBeUndefined();
  expect(r.data!.ingest.rejections).toEqual([]);
}
const trace = async (id: string) => (await s.gql(TRACE, { id }, key)).data!.trace!;

type Totals = Record<string, string | number | boolean | string[] | null>;

/**
 * The totals a trace should have, summed over all its spans and errors (as the full recompute
 * does), beside the ones stored; start and duration follow from the stored start.
 */
async function storedAndSummed(traceId: string): Promise<{ stored: Totals; summed: Totals }> {
  const [stored]: Totals[] = await s.ds.query(
    `SELECT prompt_tokens::int, completion_tokens::int, total_tokens::int, cache_read_tokens::int, reasoning_tokens::int,
            prompt_cost, completion_cost, total_cost, unpriced_call_count, agent_call_count, llm_call_count, tool_call_count,
            error_count, models, status, duration_ms
       FROM traces WHERE id = $1`,
    [traceId],
  );
  const [summed]: Totals[] = await s.ds.query(
    `WITH t AS (SELECT * FROM traces WHERE id = $1), sp AS (SELECT * FROM spans WHERE trace_id = $1),
     unknown AS (SELECT count(total_cost) = 0 AND count(*) FILTER (WHERE kind = 'llm') > 0 AS yes FROM sp),
     errs AS (
       SELECT (SELECT count(*) FROM errors WHERE trace_id = $1)
            + (SELECT count(*) FROM sp WHERE status = 'error' AND NOT EXISTS (
                 SELECT 1 FROM errors e WHERE e.trace_id = sp.trace_id AND sp.id IN (e.agent_id, e.llm_call_id, e.tool_call_id))) AS n)
     SELECT coalesce(sum(prompt_tokens), 0)::int AS prompt_tokens, coalesce(sum(completion_tokens), 0)::int AS completion_tokens,
            coalesce(sum(total_tokens), 0)::int AS total_tokens, coalesce(sum(cache_read_tokens), 0)::int AS cache_read_tokens,
            coalesce(sum(reasoning_tokens), 0)::int AS reasoning_tokens,
            CASE WHEN (SELECT yes FROM unknown) THEN NULL ELSE coalesce(sum(prompt_cost), 0) END AS prompt_cost,
            CASE WHEN (SELECT yes FROM unknown) THEN NULL ELSE coalesce(sum(completion_cost), 0) END AS completion_cost,
            CASE WHEN (SELECT yes FROM unknown) THEN NULL ELSE coalesce(sum(total_cost), 0) END AS total_cost,
            count(*) FILTER (WHERE kind = 'llm' AND total_cost IS NULL)::int AS unpriced_call_count,
            count(*) FILTER (WHERE kind = 'agent')::int AS agent_call_count, count(*) FILTER (WHERE kind = 'llm')::int AS llm_call_count,
            count(*) FILTER (WHERE kind = 'tool')::int AS tool_call_count, (SELECT n FROM errs)::int AS error_count,
            coalesce(array_agg(DISTINCT model) FILTER (WHERE model IS NOT NULL), '{}') AS models,
            CASE WHEN (SELECT error_flag OR error_message IS NOT NULL FROM t) OR (SELECT n FROM errs) > 0 THEN 'error'
                 WHEN (SELECT end_time FROM t) IS NOT NULL THEN 'success' ELSE 'running' END AS status,
            extract(epoch FROM coalesce((SELECT end_time FROM t), GREATEST(max(coalesce(end_time, start_time)), (SELECT start_time FROM t)))
                               - (SELECT start_time FROM t)) * 1000 AS duration_ms
       FROM sp`,
    [traceId],
  );
  return { stored, summed };
}

/** The stored totals are those a sum over the whole trace gives (costs to rounding). */
async function expectExact(traceId: string) {
  const { stored, summed } = await storedAndSummed(traceId);
  for (const c of ['prompt_cost', 'completion_cost', 'total_cost', 'duration_ms']) {
    if (summed[c] === null) expect([c, stored[c]]).toEqual([c, null]);
    else expect(stored[c]).toBeCloseTo(Number(summed[c]), 9);
    delete stored[c];
    delete summed[c];
  }
  expect(stored).toEqual(summed);
}

describe('trace totals, added batch by batch', () => {
  it('counts a span sent twice once', async () => {
    const t = uuid();
    const batch = {
      traces: [{ id: t, startTime: at(0) }],
      llmCalls: [{ id: uuid(), traceId: t, model: 'gpt-4o', promptTokens: 100, completionTokens: 10, startTime: at(1), endTime: at(2) }],
      toolCalls: [{ id: uuid(), traceId: t, name: 'search', totalCost: 0.5, startTime: at(2), endTime: at(3) }],
    };
    await ingest(batch);
    const once = await trace(t);
    await ingest(batch);
    await ingest({ llmCalls: batch.llmCalls });
    expect(await trace(t)).toEqual(once);
    expect(once).toMatchObject({ promptTokens: 100, completionTokens: 10, totalTokens: 110, llmCallCount: 1, toolCallCount: 1, durationMs: 3000 });
    await expectExact(t);
  });

  it('corrects the totals by what an updated span changed: tokens, costs, kind of cost', async () => {
    const t = uuid();
    const llm = uuid();
    // Started: no tokens yet, so unpriced, and the trace's cost is unknown.
    await ingest({ llmCalls: [{ id: llm, traceId: t, model: 'gpt-4o', startTime: at(0) }] });
    expect(await trace(t)).toMatchObject({ totalCost: null, unpricedCallCount: 1, llmCallCount: 1, totalTokens: 0, status: 'RUNNING' });
    await expectExact(t);
    // Ended with tokens: priced.
    await ingest({ llmCalls: [{ id: llm, traceId: t, promptTokens: 1000, completionTokens: 100, endTime: at(4) }] });
    const priced = await trace(t);
    expect(priced).toMatchObject({ unpricedCallCount: 0, totalTokens: 1100, durationMs: 4000 });
    expect(priced.totalCost).toBeGreaterThan(0);
    await expectExact(t);
    // Corrected by the client: other counts and its own cost.
    await ingest({ llmCalls: [{ id: llm, traceId: t, promptTokens: 10, completionTokens: 5, totalTokens: 15, promptCost: 0.25, completionCost: 0.5 }] });
    expect(await trace(t)).toMatchObject({ promptTokens: 10, completionTokens: 5, totalTokens: 15, totalCost: 0.75, llmCallCount: 1 });
    await expectExact(t);
  });

  it('drops a model no span uses any more, keeps one another span still uses', async () => {
    const t = uuid();
    const [a, b] = [uuid(), uuid()];
    await ingest({
      llmCalls: [
        { id: a, traceId: t, model: 'gpt-4o', promptTokens: 10, completionTokens: 1, startTime: at(0), endTime: at(1) },
        { id: b, traceId: t, model: 'gpt-4o', promptTokens: 10, completionTokens: 1, startTime: at(1), endTime: at(2) },
      ],
    });
    await ingest({ llmCalls: [{ id: a, traceId: t, model: 'claude-3-5-sonnet-20241022' }] });
    expect((await trace(t)).models).toEqual(['claude-3-5-sonnet-20241022', 'gpt-4o']);
    await expectExact(t);
    await ingest({ llmCalls: [{ id: b, traceId: t, model: 'claude-3-5-sonnet-20241022' }] });
    expect((await trace(t)).models).toEqual(['claude-3-5-sonnet-20241022']);
    await expectExact(t);
  });

  it('counts an error span and the error row reporting it once, whichever comes first', async () => {
    const t = uuid();
    const [first, second, plain] = [uuid(), uuid(), uuid()];
    await ingest({ toolCalls: [{ id: first, traceId: t, name: 'a', error: 'boom', startTime: at(0), endTime: at(1) }] });
    expect(await trace(t)).toMatchObject({ errorCount: 1, errorFlag: true, status: 'ERROR' });
    await ingest({ errors: [{ id: uuid(), traceId: t, toolCallId: first, errorMessage: 'boom' }] });
    expect((await trace(t)).errorCount).toBe(1);
    await expectExact(t);
    const row = uuid();
    await ingest({ errors: [{ id: row, traceId: t, agentId: second, errorMessage: 'later' }] });
    await ingest({ agentCalls: [{ id: second, traceId: t, name: 'b', error: 'later', startTime: at(1), endTime: at(2) }] });
    expect((await trace(t)).errorCount).toBe(2);
    // The same error row sent again, and an error span in the same batch as its row.
    await ingest({
      errors: [
        { id: row, traceId: t, agentId: second, errorMessage: 'later' },
        { id: uuid(), traceId: t, llmCallId: plain, errorMessage: 'third' },
      ],
      llmCalls: [{ id: plain, traceId: t, model: 'gpt-4o', error: 'third', startTime: at(2), endTime: at(3) }],
    });
    expect((await trace(t)).errorCount).toBe(3);
    await expectExact(t);
  });

  it('recomputes what a span alone cannot correct: an end moved earlier, a later trace start, a first unpriced call', async () => {
    const t = uuid();
    const [agent, llm] = [uuid(), uuid()];
    await ingest({ agentCalls: [{ id: agent, traceId: t, name: 'a', startTime: at(0), endTime: at(10) }] });
    expect((await trace(t)).durationMs).toBe(10000);
    await ingest({ agentCalls: [{ id: agent, traceId: t, endTime: at(3) }] });
    expect((await trace(t)).durationMs).toBe(3000);
    await expectExact(t);
    // Nothing priced and an LLM call no one can price: the cost becomes unknown.
    await ingest({ llmCalls: [{ id: llm, traceId: t, model: 'no-such-model', promptTokens: 5, startTime: at(1), endTime: at(2) }] });
    expect(await trace(t)).toMatchObject({ totalCost: null, unpricedCallCount: 1 });
    await expectExact(t);
    await ingest({ toolCalls: [{ id: uuid(), traceId: t, name: 'paid', totalCost: 0.25, startTime: at(2), endTime: at(3) }] });
    expect(await trace(t)).toMatchObject({ totalCost: 0.25, unpricedCallCount: 1 });
    await expectExact(t);
    // The trace says it started later than its spans: its earliest span still decides.
    await ingest({ traces: [{ id: t, startTime: at(2) }] });
    expect((await trace(t)).startTime).toBe(at(0));
    await expectExact(t);
  });

  it.each([
    ['that exists', true],
    ['that the first of them creates', false],
  ])('gives exact totals for spans sent by parallel requests to one trace %s', async (_, exists) => {
    const t = uuid();
    if (exists) await ingest({ traces: [{ id: t, startTime: at(0) }] });
    const spans = Array.from({ length: 24 }, (_, i) => ({ id: uuid(), i }));
    // 8 requests in flight at a time, each one new span and an update (end, tokens, sometimes an error) of an earlier one.
    const requests = spans.map(({ id, i }) => async () => {
      const prev = spans[Math.max(0, i - 3)];
      await ingest({
        llmCalls: [
          { id, traceId: t, model: i % 2 ? 'gpt-4o' : 'gpt-4o-mini', startTime: at(1 + i) },
          { id: prev.id, traceId: t, promptTokens: 100 + prev.i, completionTokens: 10, endTime: at(2 + prev.i) },
        ],
        errors: i % 5 === 0 ? [{ id: uuid(), traceId: t, llmCallId: prev.id, errorMessage: `e${i}` }] : [],
      });
    });
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < requests.length) await requests[next++]();
      }),
    );
    await expectExact(t);
    expect(await trace(t)).toMatchObject({ llmCallCount: 24, errorCount: 5, models: ['gpt-4o', 'gpt-4o-mini'] });
  });
});
