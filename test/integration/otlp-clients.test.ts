import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { costForModel } from '@sextant/core';
import { graphql } from '../gql';
import type { ClientRunOutput } from '../support/client-tracing';
import { type FakeReply, startFakeOpenAI } from '../support/fake-openai';
import { startTestServer, type TestServer } from '../support/test-server';
import { ofType } from '../support/typed-operation';

// Real instrumentation clients (the Vercel AI SDK, OpenInference, OpenLLMetry) call a fake OpenAI on
// loopback and export their spans over OTLP to Sextant; each test reads the trace back through
// GraphQL. Every client runs in a Node process of its own (test/clients/), as the OTel exporters
// load parts of themselves with dynamic imports that jest's module sandbox refuses.
// The AI SDK v7's GenAI telemetry (@ai-sdk/otel) needs Node 22: it is covered by the golden fixture
// packages/core/src/otlp-ingest/fixtures/ai-sdk-v7-genai instead.

const TRACE = graphql(`query OtlpClientTrace($id: ID!) { trace(id: $id) {
  id name sessionId userId status totalTokens promptTokens completionTokens totalCost llmCallCount toolCallCount agentCallCount errorCount
  errors { errorType errorMessage llmCallId }
  spans { __typename id name parentId status error inputs outputs
    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens totalCost streaming tokensEstimated }
  }
} }`);

let s: TestServer;
let project: { id: string; key: string };
let otlpUrl: string;
beforeAll(async () => {
  s = await startTestServer();
  project = await s.project('otlp-clients', 'ingest');
  otlpUrl = `${s.url.replace(/\/graphql$/, '')}/v1/traces`;
});
afterAll(() => s?.stop());

const readTrace = async (id: string) => {
  const r = await s.gql(TRACE, { id });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  if (!r.data.trace) throw new Error(`no trace ${id}`);
  return r.data.trace;
};

const run = promisify(execFile);

/** Runs test/clients/<client>.ts against a fake OpenAI answering `script`; returns its one trace id and the requests the fake got. */
async function runClient(client: string, args: string[], script: FakeReply[]) {
  const fake = await startFakeOpenAI(script);
  try {
    const { stdout } = await run(process.execPath, ['-r', './scripts/register.cjs', `test/clients/${client}.ts`, ...args, otlpUrl, project.key, fake.baseURL], {
      cwd: path.join(__dirname, '../..'),
      timeout: 25_000,
    });
    const out = JSON.parse(stdout.trim().split('\n').pop()!) as ClientRunOutput;
    // Every export succeeded (ExportResultCode.SUCCESS is 0): a failure names itself here, not as a missing trace.
    expect(out.exported).toEqual(out.exported.map(() => ({ code: 0 })));
    expect(out.traceIds).toHaveLength(1);
    return { traceId: out.traceIds[0], requests: fake.requests };
  } finally {
    await fake.close();
  }
}

type Trace = Awaited<ReturnType<typeof readTrace>>;
const llmCalls = (t: Trace) =>
  t.spans
    .filter((x) => x.__typename === 'LLMCall')
    .map((x) => ofType(x, 'LLMCall'))
    .sort((a, b) => (a.promptTokens ?? 0) - (b.promptTokens ?? 0));
const text = (v: unknown) => JSON.stringify(v);
const price = (model: string, promptTokens: number, completionTokens: number, cacheReadTokens = 0) =>
  costForModel(model, { promptTokens, completionTokens, cacheReadTokens })!.totalCost;

/** The tool loop: the model asks for lookup_order, then answers with text. */
const TOOL_LOOP: FakeReply[] = [
  { toolCalls: [{ id: 'call_1', name: 'lookup_order', arguments: '{"id":17}' }], usage: { prompt: 120, completion: 18, cached: 64 } },
  { text: 'Order 17 has shipped.', usage: { prompt: 160, completion: 9 } },
];

describe('the Vercel AI SDK v6 (experimental_telemetry)', () => {
  /** What generateText's and streamText's tool loops must both read back as. */
  async function expectToolLoop(traceId: string, streaming: boolean) {
    const t = await readTrace(traceId);
    // The wrapper ai.generateText / ai.streamText is the agent step, each model call an LLM call, the tool a tool call.
    expect(t.spans.map((x) => x.__typename).sort()).toEqual(['AgentCall', 'LLMCall', 'LLMCall', 'ToolCall']);
    expect(t).toMatchObject({ llmCallCount: 2, toolCallCount: 1, sessionId: 'chat-ai-sdk', userId: 'user-7', status: 'SUCCESS', errorCount: 0 });
    const root = t.spans.find((x) => x.__typename === 'AgentCall')!;
    expect(root.parentId).toBeNull();
    expect(root.name).toBe(streaming ? 'ai.streamText' : 'ai.generateText');
    expect(t.spans.filter((x) => x !== root).every((x) => x.parentId === root.id)).toBe(true);

    const [first, second] = llmCalls(t);
    expect([first.tokensEstimated, second.tokensEstimated]).toEqual([false, false]);
    expect(first).toMatchObject({ model: 'gpt-4o-mini', provider: 'openai', promptTokens: 120, completionTokens: 18, totalTokens: 138, cacheReadTokens: 64 });
    expect(second).toMatchObject({ model: 'gpt-4o-mini', provider: 'openai', promptTokens: 160, completionTokens: 9, totalTokens: 169 });
    expect(first.totalCost).toBeCloseTo(price('gpt-4o-mini', 120, 18, 64), 12);
    expect(second.totalCost).toBeCloseTo(price('gpt-4o-mini', 160, 9), 12);
    // The Done-when item: the wrapper's own usage (280 + 27) is not counted again; the totals are the LLM calls' sum.
    expect(t.totalTokens).toBe(138 + 169);
    expect(t).toMatchObject({ promptTokens: 280, completionTokens: 27 });
    expect(t.totalCost).toBeCloseTo(first.totalCost! + second.totalCost!, 12);

    expect(text(first.inputs)).toContain('Where is order 17?');
    expect(text(first.inputs)).toContain('You are a support agent.');
    expect(text(first.outputs)).toContain('lookup_order');
    expect(text(second.inputs)).toContain('shipped');
    expect(text(second.outputs)).toContain('Order 17 has shipped.');
    expect(text(root.outputs)).toContain('Order 17 has shipped.');

    const tool = t.spans.find((x) => x.__typename === 'ToolCall')!;
    expect(tool.name).toBe('lookup_order');
    expect(text(tool.inputs)).toContain('17');
    expect(text(tool.outputs)).toContain('shipped');
    return t;
  }

  it('generateText with a tool loop: two LLM calls and one tool call, tokens counted once', async () => {
    const { traceId, requests } = await runClient('ai-sdk-agent', ['generate'], TOOL_LOOP);
    expect(requests.map((r) => r.body.stream ?? false)).toEqual([false, false]);
    const t = await expectToolLoop(traceId, false);
    expect(llmCalls(t).every((c) => !c.streaming)).toBe(true);
  });

  it('streamText with the same loop, the usage from the stream’s last chunk', async () => {
    const { traceId, requests } = await runClient('ai-sdk-agent', ['stream'], TOOL_LOOP);
    expect(requests.map((r) => r.body.stream_options)).toEqual([{ include_usage: true }, { include_usage: true }]);
    const t = await expectToolLoop(traceId, true);
    expect(llmCalls(t).every((c) => c.streaming)).toBe(true);
  });

  it('a call the server refuses: an error on the LLM call, the trace failed', async () => {
    const { traceId } = await runClient(
      'ai-sdk-agent',
      ['fail'],
      [{ status: 400, error: { message: 'The model gpt-4o-mini is resting', type: 'invalid_request_error' } }],
    );
    const t = await readTrace(traceId);
    expect(t.status).toBe('ERROR');
    const [call] = llmCalls(t);
    expect(call).toMatchObject({ status: 'ERROR', model: 'gpt-4o-mini' });
    expect(call.error).toContain('The model gpt-4o-mini is resting');
    expect(t.errors).toContainEqual(expect.objectContaining({ errorMessage: expect.stringContaining('is resting'), llmCallId: call.id }));
  });
});

/** Two calls of one turn: streaming with usage included, then a tool call. */
const TURN: FakeReply[] = [
  { text: 'Hello, Ada! Nice to meet you.', usage: { prompt: 21, completion: 8 } },
  { toolCalls: [{ id: 'call_9', name: 'lookup_order', arguments: '{"id":17}' }], usage: { prompt: 80, completion: 15, cached: 32 } },
];

/** What both openai instrumentations must read back as: a parent span over the two LLM calls. */
async function expectTurn(traceId: string) {
  const t = await readTrace(traceId);
  expect(t.spans.map((x) => x.__typename).sort()).toEqual(['AgentCall', 'LLMCall', 'LLMCall']);
  const root = t.spans.find((x) => x.__typename === 'AgentCall')!;
  expect(root).toMatchObject({ name: 'support-turn', parentId: null });
  const calls = t.spans.filter((x) => x.__typename === 'LLMCall').map((x) => ofType(x, 'LLMCall'));
  expect(calls.every((c) => c.parentId === root.id && c.provider === 'openai')).toBe(true);
  const streamed = calls.find((c) => c.model === 'gpt-4o-mini')!;
  const calling = calls.find((c) => c.model === 'gpt-4o')!;
  expect(text(streamed.inputs)).toContain('Say hello to Ada.');
  expect(text(streamed.inputs)).toContain('You are a support agent.');
  expect(text(streamed.outputs)).toContain('Hello, Ada! Nice to meet you.');
  expect(text(calling.inputs)).toContain('Where is order 17?');
  expect(text(calling.outputs)).toContain('lookup_order');
  expect(text(calling.outputs)).toContain('call_9');
  expect(calling.totalCost).toBeCloseTo(price('gpt-4o', 80, 15, calling.cacheReadTokens ?? 0), 12);
  return { t, streamed, calling };
}

describe('openai instrumented by OpenInference (@arizeai/openinference-instrumentation-openai)', () => {
  it('maps the turn, its session and user, and the tool call with its usage', async () => {
    const { traceId, requests } = await runClient('openinference-openai', [], TURN);
    expect(requests[0].body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    const { t, streamed, calling } = await expectTurn(traceId);
    expect(t).toMatchObject({ sessionId: 'chat-oi', userId: 'user-oi', status: 'SUCCESS' });
    expect(calling).toMatchObject({ promptTokens: 80, completionTokens: 15, totalTokens: 95, cacheReadTokens: 32 });
    // Read from the request it records (llm.invocation_parameters).
    expect(streamed.streaming).toBe(true);
    // 4.2.7 skips a stream's usage chunk (it has no choices): the streamed call carries no tokens, so
    // Sextant estimates them, and says so.
    expect(calling.tokensEstimated).toBe(false);
    expect(streamed.tokensEstimated).toBe(true);
    expect(t.totalTokens).toBe(95 + streamed.totalTokens!);
  });
});

describe('openai instrumented by OpenLLMetry (@traceloop/instrumentation-openai)', () => {
  it('maps the turn and the tool call with its usage', async () => {
    const { traceId, requests } = await runClient('openllmetry-openai', [], TURN);
    expect(requests[0].body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    const { t, streamed, calling } = await expectTurn(traceId);
    expect(t.status).toBe('SUCCESS');
    // 0.27 reports no cache tokens.
    expect(calling).toMatchObject({ promptTokens: 80, completionTokens: 15, totalTokens: 95 });
    // 0.27 reads no usage from a stream (only its own tiktoken estimate, turned off here): Sextant
    // estimates the streamed call's tokens, and says so.
    expect(calling.tokensEstimated).toBe(false);
    expect(streamed.tokensEstimated).toBe(true);
    expect(t.totalTokens).toBe(95 + streamed.totalTokens!);
  });
});
