import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
import { startTestServer, type TestServer } from '../support/test-server';
import { ofType } from '../support/typed-operation';

const INGEST = graphql(`mutation IngestIngest($b: IngestBatchInput!) {
  ingest(batch: $b) { accepted rejected rejections { list index id code message } ids { list ids } }
}`);
const TRACE = graphql(`query IngestTrace($id: ID!) { trace(id: $id) {
  id status startTime endTime durationMs promptTokens completionTokens totalTokens cacheReadTokens totalCost
  agentCallCount llmCallCount toolCallCount errorCount errorFlag models inputs outputs metadata tags sessionId
  spans { __typename id depth parentId ancestorIds agentId name status startTime endTime durationMs inputs outputs metadata tags error
    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens promptCost completionCost totalCost costSource temperature }
    ... on ToolCall { totalCost llmCallId }
    ... on AgentCall { llmCallIds toolCallIds } }
  errors { errorMessage toolCallId }
} }`);

let s: TestServer;
let project: { id: string; key: string };
beforeAll(async () => {
  s = await startTestServer({ MAX_BATCH_ITEMS: '50', MAX_BODY_BYTES: '200000' });
  project = await s.project('ingest', 'admin');
});
afterAll(() => s?.stop());

const uuid = () => crypto.randomUUID();
const at = (sec: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, 0) + sec * 1000).toISOString();
const ingest = (b: IngestBatchInput, key = project.key) => s.gql(INGEST, { b }, key);

/** The README's nested trace: agent → LLM + tool, the tool running an agent with its own LLM call. */
function nestedTrace() {
  const ids = { trace: uuid(), agent: uuid(), llm: uuid(), tool: uuid(), sub: uuid(), subLlm: uuid() };
  const batch = {
    traces: [{ id: ids.trace, name: 'research', startTime: at(0), endTime: at(5), sessionId: 'chat-1', inputs: { q: 'hi' }, outputs: 'done' }],
    agentCalls: [
      { id: ids.agent, traceId: ids.trace, name: 'planner', startTime: at(0), endTime: at(5) },
      { id: ids.sub, traceId: ids.trace, parentId: ids.tool, name: 'summarizer', startTime: at(2.1), endTime: at(3) },
    ],
    llmCalls: [
      {
        id: ids.llm,
        traceId: ids.trace,
        parentId: ids.agent,
        model: 'gpt-4o-2024-08-06',
        provider: 'openai',
        promptTokens: 1000,
        completionTokens: 200,
        startTime: at(0.1),
        endTime: at(1),
      },
      {
        id: ids.subLlm,
        traceId: ids.trace,
        parentId: ids.sub,
        model: 'anthropic/claude-3-5-sonnet-20241022',
        promptTokens: 500,
        completionTokens: 100,
        cacheReadTokens: 200,
        startTime: at(2.2),
        endTime: at(2.9),
      },
    ],
    toolCalls: [{ id: ids.tool, traceId: ids.trace, parentId: ids.agent, name: 'search', startTime: at(2), endTime: at(4), totalCost: 0.001 }],
  };
  return { ids, batch };
}

describe('ingest', () => {
  it('stores a nested trace and reads it back as a depth-first tree with totals and computed costs', async () => {
    const { ids, batch } = nestedTrace();
    const r = await ingest(batch);
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingest).toMatchObject({ accepted: 6, rejected: 0, rejections: [] });

    const t = (await s.gql(TRACE, { id: ids.trace }, project.key)).data!.trace;
    expect(t.spans.map((x) => [x.id, x.depth])).toEqual([
      [ids.agent, 0],
      [ids.llm, 1],
      [ids.tool, 1],
      [ids.sub, 2],
      [ids.subLlm, 3],
    ]);
    expect(t.spans[4].ancestorIds).toEqual([ids.agent, ids.tool, ids.sub]);
    expect(t.spans[4].agentId).toBe(ids.sub);
    expect(ofType(t.spans[0], 'AgentCall').llmCallIds).toEqual([ids.llm]);
    expect(ofType(t.spans[0], 'AgentCall').toolCallIds).toEqual([ids.tool]);
    // gpt-4o: 1000 × $2.50/M + 200 × $10/M; claude-3-5-sonnet: 300 × $3/M + 200 × $0.30/M cache read + 100 × $15/M.
    const gpt = 1000 * 2.5e-6 + 200 * 10e-6;
    const claude = 300 * 3e-6 + 200 * 0.3e-6 + 100 * 15e-6;
    expect(ofType(t.spans[1], 'LLMCall').totalCost).toBeCloseTo(gpt, 12);
    expect(ofType(t.spans[1], 'LLMCall').costSource).toBe('computed');
    expect(ofType(t.spans[4], 'LLMCall').totalCost).toBeCloseTo(claude, 12);
    expect(t).toMatchObject({
      status: 'SUCCESS',
      durationMs: 5000,
      promptTokens: 1500,
      completionTokens: 300,
      totalTokens: 1800,
      cacheReadTokens: 200,
      agentCallCount: 2,
      llmCallCount: 2,
      toolCallCount: 1,
      errorCount: 0,
      errorFlag: false,
      inputs: { q: 'hi' },
      outputs: 'done',
    });
    expect(t.totalCost).toBeCloseTo(gpt + claude + 0.001, 12);
    expect(t.models.sort()).toEqual(['anthropic/claude-3-5-sonnet-20241022', 'gpt-4o-2024-08-06']);
  });

  it('merges a later partial update without wiping fields it leaves out, and a sent cost wins', async () => {
    const trace = uuid();
    const llm = uuid();
    await ingest({
      traces: [{ id: trace, metadata: { a: 1 }, tags: ['x'] }],
      llmCalls: [
        {
          id: llm,
          traceId: trace,
          model: 'gpt-4o',
          startTime: at(0),
          inputs: { messages: [{ role: 'user', content: 'q' }] },
          temperature: 0.2,
          metadata: { k: 'v' },
        },
      ],
    });
    let t = (await s.gql(TRACE, { id: trace }, project.key)).data!.trace;
    expect(t.status).toBe('RUNNING');
    expect(t.spans[0].status).toBe('RUNNING');

    const r = await ingest({
      traces: [{ id: trace, metadata: { b: 2 }, endTime: at(9) }],
      llmCalls: [
        { id: llm, traceId: trace, endTime: at(3), outputs: { text: 'a' }, promptTokens: 10, completionTokens: 5, totalCost: 0.5, metadata: { k2: 'v2' } },
      ],
    });
    expect(r.data!.ingest.rejections).toEqual([]);
    t = (await s.gql(TRACE, { id: trace }, project.key)).data!.trace;
    const span = t.spans[0];
    expect(span).toMatchObject({
      model: 'gpt-4o',
      temperature: 0.2,
      inputs: { messages: [{ role: 'user', content: 'q' }] },
      outputs: { text: 'a' },
      status: 'SUCCESS',
      durationMs: 3000,
      totalCost: 0.5,
      costSource: 'client',
      totalTokens: 15,
      metadata: { k: 'v', k2: 'v2' },
    });
    expect(t).toMatchObject({ status: 'SUCCESS', metadata: { a: 1, b: 2 }, tags: ['x'], totalCost: 0.5, durationMs: 9000 });

    // A later send without a cost keeps the client's cost rather than pricing over it.
    await ingest({ llmCalls: [{ id: llm, traceId: trace, promptTokens: 1000 }] });
    t = (await s.gql(TRACE, { id: trace }, project.key)).data!.trace;
    expect(t.spans[0]).toMatchObject({ totalCost: 0.5, costSource: 'client', promptTokens: 1000 });
  });

  it('names an LLM call sent without a name after its model, until a name is sent; updates without a name keep it', async () => {
    const trace = uuid();
    const [llm, agent] = [uuid(), uuid()];
    const names = async () => (await s.gql(TRACE, { id: trace }, project.key)).data!.trace.spans.map((x) => [x.__typename, x.name]);
    // A start event with neither (an OpenAI-style client), then the model with the end.
    await ingest({ agentCalls: [{ id: agent, traceId: trace, startTime: at(0) }], llmCalls: [{ id: llm, traceId: trace, parentId: agent, startTime: at(1) }] });
    expect(await names()).toEqual([
      ['AgentCall', null],
      ['LLMCall', null],
    ]);
    await ingest({ llmCalls: [{ id: llm, traceId: trace, model: 'gpt-4o-mini', endTime: at(2) }] });
    expect(await names()).toEqual([
      ['AgentCall', null],
      ['LLMCall', 'gpt-4o-mini'],
    ]);
    // The default follows a corrected model; a real name replaces it, and outlives later updates without one.
    await ingest({ llmCalls: [{ id: llm, traceId: trace, model: 'gpt-4o' }] });
    expect((await names())[1]).toEqual(['LLMCall', 'gpt-4o']);
    await ingest({ llmCalls: [{ id: llm, traceId: trace, name: 'draft-reply' }] });
    await ingest({ llmCalls: [{ id: llm, traceId: trace, model: 'gpt-4.1', promptTokens: 3 }] });
    expect((await names())[1]).toEqual(['LLMCall', 'draft-reply']);
  });

  it('rejects each invalid item with its list, index and message, and stores the valid ones', async () => {
    const trace = uuid();
    const good = uuid();
    const r = await ingest({
      traces: [{ id: trace, startTime: at(0) }, { id: 'not-a-uuid' }],
      llmCalls: [
        { id: good, traceId: trace, startTime: at(0), model: 'gpt-4o-mini' },
        { traceId: trace, startTime: at(1), promptTokens: -1 },
        { startTime: at(1) },
        { traceId: trace, startTime: at(5), endTime: at(1) },
        { traceId: trace, startTime: at(1), runType: 'TOOL' },
      ],
      errors: [{ traceId: trace }],
      metrics: [{ traceId: trace, name: 'm', score: 3 }],
      userInteractions: [{ traceId: trace, interactionType: 'input' }],
    });
    expect(r.errors).toBeUndefined();
    const rej = r.data!.ingest.rejections.map((x) => [x.list, x.index, x.code, x.message]);
    expect(rej).toEqual([
      ['ERRORS', 0, 'BAD_USER_INPUT', 'errors[0]: errorMessage is required'],
      ['LLM_CALLS', 1, 'BAD_USER_INPUT', 'llmCalls[1]: promptTokens must be a whole number from 0 to 2147483647'],
      ['LLM_CALLS', 2, 'BAD_USER_INPUT', 'llmCalls[2]: traceId is required'],
      ['LLM_CALLS', 3, 'BAD_USER_INPUT', 'llmCalls[3]: endTime must not be before startTime'],
      ['LLM_CALLS', 4, 'BAD_USER_INPUT', 'llmCalls[4]: runType tool is not allowed here; use one of llm, embedding'],
      ['METRICS', 0, 'BAD_USER_INPUT', 'metrics[0]: score must be between 0 and 1'],
      ['TRACES', 1, 'BAD_USER_INPUT', 'traces[1]: id must be a UUID, got "not-a-uuid"'],
      ['USER_INTERACTIONS', 0, 'BAD_USER_INPUT', 'userInteractions[0]: content is required'],
    ]);
    expect(r.data!.ingest).toMatchObject({ accepted: 2, rejected: 8 });
    const t = (await s.gql(TRACE, { id: trace }, project.key)).data!.trace;
    expect(t.spans.map((x) => x.id)).toEqual([good]);
  });

  it('generates ids for items sent without one and returns them in input order', async () => {
    const r = await ingest({ traces: [{ name: 'a' }, { id: 'bad' }, { name: 'c' }] });
    const ids = r.data!.ingest.ids.find((x) => x.list === 'TRACES')!.ids;
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBeNull();
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect((await s.gql(TRACE, { id: ids[2]! }, project.key)).data!.trace.id).toBe(ids[2]);
  });

  it('creates the trace of spans that arrive before it, and places a child that arrives before its parent', async () => {
    const trace = uuid();
    const parent = uuid();
    const child = uuid();
    await ingest({ toolCalls: [{ id: child, traceId: trace, parentId: parent, startTime: at(2), endTime: at(3) }] });
    let t = (await s.gql(TRACE, { id: trace }, project.key)).data!.trace;
    expect(t.spans).toEqual([expect.objectContaining({ id: child, depth: 0, parentId: parent })]);
    expect(t.startTime).toBe(at(2));
    await ingest({ agentCalls: [{ id: parent, traceId: trace, startTime: at(1), endTime: at(4) }] });
    t = (await s.gql(TRACE, { id: trace }, project.key)).data!.trace;
    expect(t.spans.map((x) => [x.id, x.depth])).toEqual([
      [parent, 0],
      [child, 1],
    ]);
    expect(t.startTime).toBe(at(1));
  });

  it('merges an item sent twice in one batch', async () => {
    const trace = uuid();
    const id = uuid();
    const r = await ingest({
      llmCalls: [
        { id, traceId: trace, startTime: at(0), model: 'gpt-4o' },
        { id, traceId: trace, endTime: at(1), promptTokens: 3, completionTokens: 4 },
      ],
    });
    expect(r.data!.ingest.rejected).toBe(0);
    const t = (await s.gql(TRACE, { id: trace }, project.key)).data!.trace;
    expect(t.spans).toHaveLength(1);
    expect(t.spans[0]).toMatchObject({ model: 'gpt-4o', totalTokens: 7, status: 'SUCCESS' });
  });

  it('stores strings with NUL bytes and lone surrogates without failing the batch', async () => {
    const trace = uuid();
    const r = await ingest({
      traces: [{ id: trace, name: 'nul\u0000name', inputs: { 'k\u0000': 'a\u0000b', s: 'x\ud800y' }, tags: ['t\u0000'] }],
      agentCalls: [{ traceId: trace, startTime: at(0), name: 'lone \udc00 low', outputs: ['\u0000'] }],
    });
    expect(r.data!.ingest).toMatchObject({ accepted: 2, rejected: 0 });
    const t = (await s.gql(TRACE, { id: trace }, project.key)).data!.trace;
    expect(t.inputs).toEqual({ 'k\ufffd': 'a\ufffdb', s: 'x\ufffdy' });
    expect(t.tags).toEqual(['t\ufffd']);
    expect(t.spans[0].name).toBe('lone \ufffd low');
  });

  it('stores array-literal syntax in text and JSON as sent (quotes, backslashes, braces, commas, NULL)', async () => {
    const trace = uuid();
    const odd = 'a "quoted" \\ back\\slash {x,y} NULL, \\"';
    const r = await ingest({
      traces: [{ id: trace, name: odd, inputs: { [odd]: odd, list: [odd, null] }, tags: [odd, 'NULL'] }],
      agentCalls: [{ traceId: trace, startTime: at(0), name: 'NULL', outputs: odd }],
    });
    expect(r.data!.ingest).toMatchObject({ accepted: 2, rejected: 0 });
    const t = (await s.gql(TRACE, { id: trace }, project.key)).data!.trace;
    expect(t.inputs).toEqual({ [odd]: odd, list: [odd, null] });
    expect(t.tags).toEqual([odd, 'NULL']);
    expect(t.spans[0].name).toBe('NULL');
  });

  it('stores times past the year 9999 as sent (epoch milliseconds), beside ordinary ones', async () => {
    const times = [Date.UTC(12000, 2, 4, 5, 6, 7, 89), Date.UTC(2026, 10, 22, 10, 0, 0, 1)];
    const traces = times.map(() => uuid());
    const r = await ingest({
      traces: traces.map((id, i) => ({ id, name: 'far times', startTime: times[i], endTime: times[i] + 2000 })),
      agentCalls: traces.map((traceId, i) => ({ traceId, name: 'step', startTime: times[i] + 1000, endTime: times[i] + 2000 })),
    });
    expect(r.data!.ingest).toMatchObject({ accepted: 4, rejected: 0 });
    const ms = (column: string) => `(extract(epoch FROM ${column}) * 1000)::bigint::text`;
    const rows: { start: string; end: string; span: string }[] = await s.ds.query(
      `SELECT ${ms('t.start_time')} AS start, ${ms('t.end_time')} AS end, ${ms('s.start_time')} AS span
         FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n) JOIN traces t ON t.id = x.id JOIN spans s ON s.trace_id = t.id ORDER BY x.n`,
      [traces],
    );
    expect(rows).toEqual(times.map((t) => ({ start: String(t), end: String(t + 2000), span: String(t + 1000) })));
  });

  it('numbers the spans of a trace it creates in start order within its upsert, and goes on from there in later batches', async () => {
    const trace = uuid();
    const SEQ = graphql(`query IngestSequences($id: ID!) { trace(id: $id) { spans { name sequence } } }`);
    const from = s.statements.count;
    await ingest({
      traces: [{ id: trace, name: 'numbered', startTime: at(0) }],
      agentCalls: [2, 0, 1].map((i) => ({ traceId: trace, name: `step-${i}`, startTime: at(i) })),
    });
    // The trace's own upsert reserved the numbers: no separate update of span_seq.
    expect(s.statements.since(from).filter((q) => /UPDATE traces t SET span_seq/.test(q))).toEqual([]);
    await ingest({ agentCalls: [{ traceId: trace, name: 'step-3', startTime: at(3) }] });
    await ingest({ traces: [{ id: trace, endTime: at(9) }], agentCalls: [{ traceId: trace, name: 'step-4', startTime: at(4) }] });
    const { spans } = (await s.gql(SEQ, { id: trace }, project.key)).data!.trace;
    expect(Object.fromEntries(spans.map((x) => [x.name, x.sequence]))).toEqual({ 'step-0': 1, 'step-1': 2, 'step-2': 3, 'step-3': 4, 'step-4': 5 });
  });

  it('counts errors and flags the trace when a span fails or an error is reported', async () => {
    const trace = uuid();
    const tool = uuid();
    const llm = uuid();
    await ingest({
      toolCalls: [{ id: tool, traceId: trace, startTime: at(0), endTime: at(1), error: 'Timeout' }],
      llmCalls: [{ id: llm, traceId: trace, startTime: at(0), endTime: at(1), status: 'ERROR' }],
      errors: [{ traceId: trace, toolCallId: tool, errorType: 'Tool', errorMessage: 'Timeout after 30s' }],
    });
    const t = (await s.gql(TRACE, { id: trace }, project.key)).data!.trace;
    // The tool failure is reported once (the Error row covers it); the LLM failure has no row of its own.
    expect(t).toMatchObject({ errorFlag: true, status: 'ERROR', errorCount: 2 });
    expect(t.errors).toEqual([{ errorMessage: 'Timeout after 30s', toolCallId: tool }]);
    expect(t.spans.find((x) => x.id === tool)).toMatchObject({ status: 'ERROR', error: 'Timeout' });
  });

  it('rejects an item whose id already exists as another kind', async () => {
    const trace = uuid();
    const id = uuid();
    await ingest({ llmCalls: [{ id, traceId: trace, startTime: at(0) }] });
    const r = await ingest({ toolCalls: [{ id, traceId: trace, startTime: at(0) }] });
    expect(r.data!.ingest.rejections).toEqual([expect.objectContaining({ list: 'TOOL_CALLS', index: 0, code: 'FORBIDDEN' })]);
  });

  it('answers PAYLOAD_TOO_LARGE for a batch over MAX_BATCH_ITEMS and stores nothing of it', async () => {
    const trace = uuid();
    const r = await ingest({ traces: [{ id: trace }], agentCalls: Array.from({ length: 50 }, () => ({ traceId: trace, startTime: at(0) })) });
    expect(r.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(r.errors?.[0].message).toMatch(/at most 50 items; this one has 51/);
    expect((await s.gql(TRACE, { id: trace }, project.key)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('answers 413 PAYLOAD_TOO_LARGE for a body over MAX_BODY_BYTES', async () => {
    const r = await ingest({ traces: [{ inputs: 'x'.repeat(300_000) }] });
    expect(r.status).toBe(413);
    expect(r.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a projectId-less batch from the admin key and an ingest into a missing project', async () => {
    const a = await s.gql(INGEST, { b: { traces: [{}] } }, s.adminKey);
    expect(a.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const b = await s.gql(INGEST, { b: { projectId: uuid(), traces: [{}] } }, s.adminKey);
    expect(b.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
