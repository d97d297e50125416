import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { computeTraceMetrics, JudgeMetricsFailedError, JudgeTimeoutError, type JudgeSettings } from '@sextant/core';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../support/test-server';

const INGEST = graphql(`mutation TraceMetricsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }`);

const uuid = () => crypto.randomUUID();
const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);
const at = (sec: number) => new Date(T0 + sec * 1000).toISOString();

type Script = 'answer' | 'malformed' | 'hang';
type Prompt = 'intent' | 'plan' | 'fulfillment' | 'decomposition';
const MARKERS: [Prompt, string][] = [
  ['intent', 'find what the user wanted'],
  ['plan', 'extract the plan'],
  ['fulfillment', 'fulfilled the user'],
  ['decomposition', 'broke a complex goal'],
];

/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 answering scripted JSON by which
 * prompt it receives. Requests that break the wire protocol are answered 400 and recorded.
 */
async function startFakeJudge() {
  const state = {
    requests: [] as { prompt: Prompt | undefined; body: any; authorization: string | undefined }[],
    invalid: [] as string[],
    scripts: {} as Partial<Record<Prompt, Script>>,
    answers: {
      intent: { intent: 'The user wants the cheapest flight to Tokyo and its total price.' },
      plan: { plan: '- Search flights\n- Compute the total' },
      fulfillment: { score: 0.9, explanation: 'The cheapest flight and its total were found.' },
      decomposition: {
        originalGoal: 'Cheapest flight to Tokyo',
        subtasks: ['search flights', 'compute total'],
        score: 0.75,
        reason: 'Two clear steps, well matched to tools.',
      },
    } as Record<Prompt, unknown>,
  };
  const fail = (res: ServerResponse, why: string) => {
    state.invalid.push(why);
    res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: why } }));
  };
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return fail(res, `${req.method} ${req.url}`);
    if (!String(req.headers['content-type']).startsWith('application/json')) return fail(res, 'content-type');
    let body: any;
    try {
      body = JSON.parse(raw);
    } catch {
      return fail(res, 'body is not JSON');
    }
    if (body.model !== 'judge-model') return fail(res, `model ${body.model}`);
    if (body.temperature !== 0) return fail(res, 'temperature');
    if (JSON.stringify(body.response_format) !== '{"type":"json_object"}') return fail(res, 'response_format');
    const messages = body.messages;
    if (
      !Array.isArray(messages) ||
      !messages.length ||
      !messages.every((m: any) => ['system', 'user', 'assistant'].includes(m.role) && typeof m.content === 'string')
    ) {
      return fail(res, 'messages');
    }
    // OpenAI refuses JSON mode unless the messages mention JSON.
    if (!messages.some((m: any) => /json/i.test(m.content))) return fail(res, 'JSON mode without "JSON" in the messages');
    const prompt = MARKERS.find(([, marker]) => messages[0].content.includes(marker))?.[0];
    state.requests.push({ prompt, body, authorization: req.headers.authorization });
    if (!prompt) return fail(res, 'unknown prompt');
    const script = state.scripts[prompt] ?? 'answer';
    if (script === 'hang') return; // Never answers: the client's timeout has to end it.
    const content = script === 'malformed' ? '{"score": 0.9, "explanation": "unterminated' : JSON.stringify(state.answers[prompt]);
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `chatcmpl-${state.requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    settings: { baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: 'sk-judge', model: 'judge-model', timeoutMs: 5000 } as JudgeSettings,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let s: TestServer;
let project: { id: string; key: string };
let judge: Awaited<ReturnType<typeof startFakeJudge>>;
beforeAll(async () => {
  // No worker: nothing but the test may compute metrics while it compares rows.
  s = await startTestServer({ RUN_WORKER: 'false' });
  project = await s.project('metrics', 'admin');
  judge = await startFakeJudge();
});
afterAll(async () => {
  await judge?.close();
  await s?.stop();
});

const ingest = async (b: Record<string, unknown>) => {
  const r = await s.gql(INGEST, { b }, project.key);
  expect(r.errors).toBeUndefined();
  expect(r.data!.ingest.rejections).toEqual([]);
};
const rows = (traceId: string, where = `source <> 'client'`) => s.ds.query(`SELECT * FROM metrics WHERE trace_id = $1 AND ${where} ORDER BY id`, [traceId]);
const key = (r: { name: string; span_id: string | null; result_detail: any }) =>
  r.name === 'tool.error_rate' ? `${r.name}:${r.result_detail.tool}` : r.span_id ? `${r.name}@${r.span_id}` : r.name;
const byKey = (list: any[]) => Object.fromEntries(list.map((r) => [key(r), r]));

/** A planner that asks an LLM, searches (the search running a summarizer agent with its own LLM call) and calculates. */
const ids = { trace: uuid(), planner: uuid(), llm: uuid(), search: uuid(), summarizer: uuid(), subLlm: uuid(), calc: uuid(), extraLlm: uuid() };
const traceBatch = {
  traces: [{ id: ids.trace, name: 'trip', startTime: at(0), endTime: at(6), inputs: { q: 'cheapest flight to Tokyo' } }],
  agentCalls: [
    {
      id: ids.planner,
      traceId: ids.trace,
      name: 'planner',
      startTime: at(0),
      endTime: at(6),
      metadata: { tools: [{ name: 'search', description: 'Searches flights' }, 'calculator'] },
    },
    { id: ids.summarizer, traceId: ids.trace, parentId: ids.search, name: 'summarizer', startTime: at(1.3), endTime: at(2.3) },
  ],
  llmCalls: [
    {
      id: ids.llm,
      traceId: ids.trace,
      parentId: ids.planner,
      name: 'plan',
      provider: 'openai',
      model: 'gpt-4o-2024-08-06',
      promptTokens: 1000,
      completionTokens: 200,
      cacheReadTokens: 400,
      totalCost: 0.01,
      retryCount: 1,
      decisionId: 'd1',
      streaming: true,
      startTime: at(0.1),
      firstTokenTime: at(0.4),
      endTime: at(1.1),
      inputs: {
        messages: [
          { role: 'system', content: 'You are a travel agent.' },
          { role: 'user', content: 'Find the cheapest flight to Tokyo' },
        ],
      },
      outputs: { choices: [{ message: { role: 'assistant', content: 'Plan: search flights, then add taxes.' } }] },
    },
    {
      id: ids.subLlm,
      traceId: ids.trace,
      parentId: ids.summarizer,
      name: 'summarize',
      provider: 'anthropic',
      model: 'claude-3-5-sonnet-20241022',
      promptTokens: 500,
      completionTokens: 100,
      cacheReadTokens: 200,
      totalCost: 0.005,
      retryCount: 0,
      decisionId: 'd2',
      startTime: at(1.4),
      firstTokenTime: at(1.6),
      endTime: at(2.2),
      outputs: 'JL 61 at $640 is the cheapest.',
    },
  ],
  toolCalls: [
    {
      id: ids.search,
      traceId: ids.trace,
      parentId: ids.planner,
      llmCallId: ids.llm,
      name: 'search',
      startTime: at(1.2),
      endTime: at(3.2),
      totalCost: 0.001,
      inputs: { q: 'TYO' },
      outputs: { cheapest: 640 },
    },
    {
      id: ids.calc,
      traceId: ids.trace,
      parentId: ids.planner,
      name: 'calculator',
      startTime: at(3.3),
      endTime: at(3.8),
      inputs: { expr: '640*2' },
      outputs: { total: 1280 },
    },
  ],
  metrics: [
    { traceId: ids.trace, name: 'user_rating', score: 0.9, reason: 'thumbs up', timestamp: at(7) },
    { traceId: ids.trace, spanId: ids.llm, name: 'helpfulness', score: 0.5, resultDetail: { by: 'sdk' }, timestamp: at(7) },
  ],
};

/** name (or name@span, or tool.error_rate:tool) → [value, score] the first computation must store. */
const expected: Record<string, [number | null, number | null]> = {
  duration_ms: [6000, null],
  agent_invocations: [2, null],
  llm_calls: [2, null],
  tool_calls: [2, null],
  prompt_tokens: [1500, null],
  completion_tokens: [300, null],
  total_tokens: [1800, null],
  cost_usd: [0.016, null],
  llm_error_rate: [0, null],
  tool_error_rate: [0, null],
  retries: [1, null],
  llm_latency_mean_ms: [900, null],
  llm_latency_p95_ms: [1000, null],
  time_to_first_token_ms: [250, null],
  cache_read_share: [0.4, null],
  output_tokens_per_second: [300 / 1.8, null],
  'plan.duration_seconds': [6, null],
  'plan.cost_usd': [0.016, null],
  'plan.decisions_count': [2, null],
  'plan.child_plans_count': [1, null],
  [`actor.invocation_duration_ms@${ids.planner}`]: [6000, null],
  [`actor.invocation_duration_ms@${ids.summarizer}`]: [1000, null],
  [`actor.token_usage@${ids.planner}`]: [1200, null],
  [`actor.token_usage@${ids.summarizer}`]: [600, null],
  [`tool.invocation_duration_ms@${ids.search}`]: [2000, null],
  [`tool.invocation_duration_ms@${ids.calc}`]: [500, null],
  'tool.error_rate:search': [0, null],
  'tool.error_rate:calculator': [0, null],
  tool_call_success_rate: [null, 1],
  tool_call_correctness_rate: [null, 1],
  goal_fulfillment_rate: [null, 0.9],
  goal_decomposition_efficiency: [null, 0.75],
};

describe('computeTraceMetrics', () => {
  let clientRows: unknown[];
  let afterFirst: any[];

  it('computes and stores every metric of an ingested trace, judged ones included', async () => {
    await ingest(traceBatch);
    clientRows = await rows(ids.trace, `source = 'client'`);
    expect(clientRows).toHaveLength(2);

    const before = Date.now();
    const result = await computeTraceMetrics(s.ctx, ids.trace, judge.settings);
    const after = Date.now();
    expect(result).toEqual({
      traceId: ids.trace,
      projectId: project.id,
      written: Object.keys(expected).length,
      unchanged: 0,
      removed: 0,
      metricNames: [...new Set(Object.keys(expected).map((k) => k.split(/[@:]/)[0]))].sort(),
    });

    const stored = await rows(ids.trace);
    const got = byKey(stored);
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
    for (const [k, [value, score]] of Object.entries(expected)) {
      const r = got[k];
      if (value === null) expect(r.value).toBeNull();
      else expect(r.value).toBeCloseTo(value, 9);
      if (score === null) expect(r.score).toBeNull();
      else expect(r.score).toBeCloseTo(score, 12);
      expect(r.project_id).toBe(project.id);
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-/);
      expect(r.source).toBe(k.startsWith('goal_') ? 'judge' : 'worker');
      // The evaluation's own timing, AgentNeo style.
      expect(r.start_time.getTime()).toBeGreaterThanOrEqual(before);
      expect(r.end_time.getTime()).toBeLessThanOrEqual(after);
      expect(r.duration_ms).toBe(r.end_time.getTime() - r.start_time.getTime());
      expect(r.timestamp.getTime()).toBe(r.end_time.getTime());
    }

    // Details that carry meaning beyond the value.
    expect(got['plan.decisions_count'].result_detail).toEqual({ basis: 'decision_id', llmCalls: 2 });
    expect(got.time_to_first_token_ms.result_detail).toEqual({ calls: 2, p95Ms: 300 });
    expect(got[`actor.invocation_duration_ms@${ids.planner}`].result_detail).toEqual({ actor: 'planner', runType: 'agent', status: 'success' });
    expect(got[`actor.token_usage@${ids.planner}`].result_detail).toEqual({
      actor: 'planner',
      llmCalls: 1,
      byModel: [{ provider: 'openai', model: 'gpt-4o-2024-08-06', calls: 1, promptTokens: 1000, completionTokens: 200, totalTokens: 1200 }],
    });
    expect(got['tool.error_rate:calculator'].result_detail).toEqual({ tool: 'calculator', calls: 1, failures: 0 });
    expect(got.tool_call_success_rate).toMatchObject({
      reason: 'All 2 tool calls succeeded.',
      result_detail: { score: 1, reason: 'All 2 tool calls succeeded.', details: { successful_calls: 2, total_calls: 2, failed_calls: [] } },
      config: { method: 'deterministic', version: 1 },
    });
    expect(got.tool_call_correctness_rate.result_detail).toMatchObject({
      details: { correct_calls: 2, total_calls: 2, declared_tools: ['calculator', 'search'] },
    });

    // The judge: intent asked once for both metrics, each verdict once, with the key sent.
    expect(judge.state.invalid).toEqual([]);
    expect(judge.state.requests.map((r) => r.prompt).sort()).toEqual(['decomposition', 'fulfillment', 'intent', 'plan']);
    expect(new Set(judge.state.requests.map((r) => r.authorization))).toEqual(new Set(['Bearer sk-judge']));
    const intentPrompt = judge.state.requests.find((r) => r.prompt === 'intent')!.body.messages[0].content;
    expect(intentPrompt).toContain('"input": "Find the cheapest flight to Tokyo"');
    expect(intentPrompt).toContain('"response": "JL 61 at $640 is the cheapest."');
    const gf = got.goal_fulfillment_rate;
    expect(gf.reason).toBe('The cheapest flight and its total were found.');
    expect(gf.result_detail).toEqual({
      inputGoal: 'The user wants the cheapest flight to Tokyo and its total price.',
      relevantResponses: [
        'plan: Plan: search flights, then add taxes.',
        'search: {"cheapest":640}',
        'summarize: JL 61 at $640 is the cheapest.',
        'calculator: {"total":1280}',
      ].join('\n\n'),
      score: 0.9,
      reason: 'The cheapest flight and its total were found.',
      judge: { score: 0.9, explanation: 'The cheapest flight and its total were found.' },
    });
    expect(gf.config).toEqual({
      model: 'judge-model',
      promptVersion: 'v1',
      prompts: ['intent-identification', 'goal-fulfillment-rate'],
      temperature: 0,
      inputHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const gd = got.goal_decomposition_efficiency;
    expect(gd.reason).toBe('Two clear steps, well matched to tools.');
    expect(gd.result_detail).toEqual({
      originalGoal: 'Cheapest flight to Tokyo',
      subtasks: ['search flights', 'compute total'],
      score: 0.75,
      reason: 'Two clear steps, well matched to tools.',
      intent: 'The user wants the cheapest flight to Tokyo and its total price.',
      thoughtProcess: '- Search flights\n- Compute the total',
      judge: judge.state.answers.decomposition,
    });
    expect(gd.config).toMatchObject({
      model: 'judge-model',
      promptVersion: 'v1',
      prompts: ['intent-identification', 'thought-process', 'goal-decomposition-efficiency'],
    });
    const decompositionPrompt = judge.state.requests.find((r) => r.prompt === 'decomposition')!.body.messages[0].content;
    expect(decompositionPrompt).toContain('"description": "Searches flights"');
    expect(decompositionPrompt).toContain('- Compute the total');

    expect(await rows(ids.trace, `source = 'client'`)).toEqual(clientRows);
    afterFirst = stored;
  });

  it('leaves every row byte-identical on a second run, without asking the judge again', async () => {
    const requests = judge.state.requests.length;
    const statements = s.statements.count;
    const result = await computeTraceMetrics(s.ctx, ids.trace, judge.settings);
    expect(result).toMatchObject({ written: 0, unchanged: Object.keys(expected).length, removed: 0 });
    // Three reads and one transaction (begin, lock, read worker rows, read judge rows, commit), whatever the trace's size.
    expect(s.statements.count - statements).toBeLessThanOrEqual(8);
    expect(judge.state.requests.length).toBe(requests);
    expect(await rows(ids.trace)).toEqual(afterFirst);
    const text = await s.ds.query(`SELECT m::text FROM metrics m WHERE trace_id = $1 ORDER BY id`, [ids.trace]);
    await computeTraceMetrics(s.ctx, ids.trace, judge.settings);
    expect(await s.ds.query(`SELECT m::text FROM metrics m WHERE trace_id = $1 ORDER BY id`, [ids.trace])).toEqual(text);
  });

  it('follows a change: a failed, renamed tool updates its rows, removes the old tool row and re-judges (a malformed verdict scores 0)', async () => {
    const before = byKey(await rows(ids.trace));
    judge.state.scripts.fulfillment = 'malformed';
    const requests = judge.state.requests.length;
    await ingest({
      toolCalls: [{ id: ids.calc, traceId: ids.trace, name: 'calc', error: 'division by zero' }],
      errors: [{ traceId: ids.trace, toolCallId: ids.calc, errorType: 'Tool', errorMessage: 'ZeroDivisionError' }],
    });
    const result = await computeTraceMetrics(s.ctx, ids.trace, judge.settings);
    expect(result!.removed).toBe(1);

    const got = byKey(await rows(ids.trace));
    expect(got['tool.error_rate:calculator']).toBeUndefined();
    expect(got['tool.error_rate:calc']).toMatchObject({ value: 1, result_detail: { tool: 'calc', calls: 1, failures: 1 } });
    expect(got.tool_error_rate.value).toBe(0.5);
    expect(got.tool_error_rate.result_detail).toEqual({ calls: 2, failures: 1 });
    expect(got.tool_call_success_rate).toMatchObject({ score: 0.5, reason: '1 of 2 tool calls succeeded; failed: calc.' });
    expect(got.tool_call_success_rate.result_detail.details.failed_calls).toEqual([{ span_id: ids.calc, tool: 'calc', error: 'division by zero' }]);
    expect(got.tool_call_correctness_rate).toMatchObject({ score: 0.5 });
    expect(got[`tool.invocation_duration_ms@${ids.calc}`]).toMatchObject({ value: 500, result_detail: { tool: 'calc', status: 'error', failed: true } });
    // Rows whose values did not change were not rewritten.
    for (const k of ['duration_ms', 'llm_calls', 'cost_usd', `actor.token_usage@${ids.planner}`, 'tool.error_rate:search']) expect(got[k]).toEqual(before[k]);
    expect(got.tool_error_rate.timestamp.getTime()).toBeGreaterThan(before.tool_error_rate.timestamp.getTime());

    // The conversation changed, so the judge was asked again; the malformed verdict scores 0 without a retry.
    expect(judge.state.requests.length - requests).toBe(4);
    expect(got.goal_fulfillment_rate.score).toBe(0);
    expect(got.goal_fulfillment_rate.reason).toMatch(/^Error: the judge did not return valid JSON \(/);
    expect(got.goal_fulfillment_rate.result_detail).toMatchObject({ score: 0, rawAnswer: '{"score": 0.9, "explanation": "unterminated' });
    expect(got.goal_fulfillment_rate.config.inputHash).not.toBe(before.goal_fulfillment_rate.config.inputHash);
    expect(got.goal_decomposition_efficiency.score).toBe(0.75);
    expect(await rows(ids.trace, `source = 'client'`)).toEqual(clientRows);

    // A malformed verdict is a result: the next run keeps it rather than asking again.
    const again = judge.state.requests.length;
    expect(await computeTraceMetrics(s.ctx, ids.trace, judge.settings)).toMatchObject({ written: 0, removed: 0 });
    expect(judge.state.requests.length).toBe(again);
    judge.state.scripts.fulfillment = 'answer';
  });

  it('rejects on a judge timeout after storing the deterministic metrics and the judged metric that worked', async () => {
    const before = byKey(await rows(ids.trace));
    await ingest({
      llmCalls: [
        {
          id: ids.extraLlm,
          traceId: ids.trace,
          parentId: ids.planner,
          name: 'answer',
          model: 'gpt-4o-mini',
          promptTokens: 50,
          completionTokens: 10,
          startTime: at(4),
          endTime: at(5),
          outputs: 'JL 61, $1280 in total.',
        },
      ],
    });
    judge.state.scripts.decomposition = 'hang';
    const requests = judge.state.requests.length;
    const started = Date.now();
    const run = computeTraceMetrics(s.ctx, ids.trace, { ...judge.settings, timeoutMs: 300 });
    await expect(run).rejects.toThrow(JudgeMetricsFailedError);
    const error = (await run.then(
      () => null,
      (e: unknown) => e,
    )) as JudgeMetricsFailedError;
    expect(error.failures.map((f) => f.name)).toEqual(['goal_decomposition_efficiency']);
    expect(error.failures[0].error).toBeInstanceOf(JudgeTimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);

    const got = byKey(await rows(ids.trace));
    expect(got.llm_calls.value).toBe(3);
    expect(got.prompt_tokens.value).toBe(1550);
    // The fulfillment verdict came back and is stored; the timed-out metric keeps its previous row.
    expect(got.goal_fulfillment_rate.score).toBe(0.9);
    expect(got.goal_decomposition_efficiency).toEqual(before.goal_decomposition_efficiency);

    // The retry only asks for what is missing: the fulfillment verdict is reused by its input hash.
    judge.state.scripts.decomposition = 'answer';
    const retryFrom = judge.state.requests.length;
    const retried = await computeTraceMetrics(s.ctx, ids.trace, judge.settings);
    expect(retried).not.toBeNull();
    expect(
      judge.state.requests
        .slice(retryFrom)
        .map((r) => r.prompt)
        .sort(),
    ).toEqual(['decomposition', 'intent', 'plan']);
    const final = byKey(await rows(ids.trace));
    expect(final.goal_decomposition_efficiency.config.inputHash).not.toBe(before.goal_decomposition_efficiency.config.inputHash);
    expect(final.goal_fulfillment_rate).toEqual(got.goal_fulfillment_rate);
    expect(judge.state.requests.length).toBeGreaterThan(requests);
    expect(judge.state.invalid).toEqual([]);
  });

  it('keeps judged rows when the judge is off, and never touches client rows', async () => {
    const before = await rows(ids.trace, `source = 'judge'`);
    const requests = judge.state.requests.length;
    const result = await computeTraceMetrics(s.ctx, ids.trace, { ...judge.settings, baseUrl: undefined });
    expect(result!.metricNames).not.toContain('goal_fulfillment_rate');
    expect(await rows(ids.trace, `source = 'judge'`)).toEqual(before);
    expect(judge.state.requests.length).toBe(requests);
    expect(await rows(ids.trace, `source = 'client'`)).toEqual(clientRows);
  });

  it('writes only what a bare trace supports and asks no judge for an empty conversation', async () => {
    const trace = uuid();
    await ingest({
      traces: [{ id: trace, startTime: at(0), endTime: at(2) }],
      agentCalls: [{ traceId: trace, name: 'idle', startTime: at(0), endTime: at(2) }],
    });
    const requests = judge.state.requests.length;
    const result = await computeTraceMetrics(s.ctx, trace, judge.settings);
    expect(judge.state.requests.length).toBe(requests);
    expect(result!.metricNames).toEqual([
      'actor.invocation_duration_ms',
      'actor.token_usage',
      'agent_invocations',
      'duration_ms',
      'llm_calls',
      'plan.child_plans_count',
      'plan.decisions_count',
      'plan.duration_seconds',
      'tool_call_success_rate',
      'tool_calls',
    ]);
    const got = byKey(await rows(trace));
    expect(got.tool_call_success_rate).toMatchObject({ score: 1, reason: 'No tool calls were made, so none failed.' });
    expect(got.llm_latency_mean_ms).toBeUndefined();
  });

  it('answers null for a trace that does not exist', async () => {
    expect(await computeTraceMetrics(s.ctx, uuid(), judge.settings)).toBeNull();
    expect(await computeTraceMetrics(s.ctx, 'not-a-uuid', judge.settings)).toBeNull();
  });
});
