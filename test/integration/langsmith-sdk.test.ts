import { costForModel } from '@sextant/core';
import { Client } from 'langsmith';
import { RunTree } from 'langsmith/run_trees';
import { getCurrentRunTree } from 'langsmith/singletons/traceable';
import { traceable } from 'langsmith/traceable';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { failOnConsoleWarnings } from '../support/console-warnings';
import { startTestServer, type TestServer } from '../support/test-server';
import { ofType, type TypedOperation } from '../support/typed-operation';

// The unmodified official SDK, configured as users configure it: environment variables for the
// shared client that `traceable` uses, or a Client given its endpoint and key.

const TRACE = graphql(`query LsSdkTrace($id: ID!) { trace(id: $id) {
  id name status sessionId inputs outputs errorMessage errorCount promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost
  spans { __typename id depth parentId name runType status error errorType dottedOrder stepIndex inputs outputs metadata
    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens promptCost completionCost totalCost costSource }
    ... on ToolCall { totalCost } }
  errors { errorMessage errorType agentId llmCallId toolCallId }
} }`);
const PROJECTS = graphql(`query LsSdkProjects { projects(first: 100) { edges { node { id name } } } }`);
const SESSIONS = graphql(`query LsSdkSessions($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount totalTokens } } } }`);

type Span = ResultOf<typeof TRACE>['trace']['spans'][number];

let s: TestServer;
let app: { id: string; key: string };
/** The SDK's requests to Sextant: method, path, and whether the body was streamed (sent chunked). */
const requests: { call: string; streamed: boolean }[] = [];
const saved = { ...process.env };

failOnConsoleWarnings();
beforeAll(async () => {
  s = await startTestServer();
  app = await s.project('sdk-app', 'ingest');
  const base = s.url.replace(/\/graphql$/, '');
  Object.assign(process.env, {
    LANGSMITH_TRACING: 'true',
    LANGSMITH_ENDPOINT: `${base}/langsmith`,
    LANGSMITH_API_KEY: app.key,
    LANGSMITH_PROJECT: 'sdk-app',
  });
  const realFetch = globalThis.fetch;
  jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.startsWith('/langsmith')) {
      requests.push({ call: `${init?.method ?? 'GET'} ${url.pathname}`, streamed: init?.body instanceof ReadableStream });
    }
    return realFetch(input, init);
  });
});
afterAll(async () => {
  process.env = saved;
  jest.restoreAllMocks();
  await s?.stop();
});

const gqlData = async <R, V>(query: TypedOperation<R, V>, variables: NoInfer<V>) => {
  const r = await s.gql<R, any>(query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};
const readTrace = async (id: string) => (await gqlData(TRACE, { id })).trace;
const byName = (spans: Span[], name: string) => spans.find((x) => x.name === name)!;

/** A chat model call as LangSmith users trace one: run_type llm, model metadata, usage_metadata in the output. */
const chatModel = traceable(
  async (input: { messages: { role: string; content: string }[] }) => ({
    messages: [{ role: 'assistant', content: `echo: ${input.messages.at(-1)!.content}` }],
    usage_metadata: {
      input_tokens: 1000,
      output_tokens: 200,
      total_tokens: 1200,
      input_token_details: { cache_read: 400 },
      output_token_details: { reasoning: 50 },
    },
  }),
  { name: 'ChatOpenAI', run_type: 'llm', metadata: { ls_model_name: 'gpt-4o', ls_provider: 'openai', ls_temperature: 0.2 } },
);
const pricedModel = traceable(
  async (_prompt: string) => ({
    output: 'ok',
    usage_metadata: { input_tokens: 10, output_tokens: 5, total_tokens: 15, input_cost: 0.001, output_cost: 0.002, total_cost: 0.003 },
  }),
  { name: 'priced-model', run_type: 'llm', metadata: { ls_model_name: 'my-finetune', ls_provider: 'custom' } },
);
const search = traceable(async (query: string) => ({ hits: [`${query} result`] }), { name: 'web_search', run_type: 'tool' });
const flakyTool = traceable(
  async (_q: string): Promise<string> => {
    throw new TypeError('boom: the tool failed');
  },
  { name: 'flaky_tool', run_type: 'tool' },
);
const researcher = traceable(
  async (question: string) => {
    const answer = await chatModel({ messages: [{ role: 'user', content: question }] });
    const found = await search(question);
    await pricedModel(question);
    return { answer: answer.messages[0].content, found };
  },
  { name: 'researcher', metadata: { ls_agent_type: 'subagent' } },
);

describe('the official LangSmith SDK against Sextant', () => {
  it('stores a traceable tree three levels deep with model, tokens and cost, configured by environment variables alone', async () => {
    let rootId = '';
    const agent = traceable(
      async (question: string) => {
        rootId = getCurrentRunTree().id;
        const result = await researcher(question);
        return { final: result.answer };
      },
      { name: 'agent', metadata: { thread_id: 'thread-solo' }, tags: ['sdk'] },
    );
    await agent('What is Sextant?');
    await RunTree.getSharedClient().awaitPendingTraceBatches();
    // The SDK read /info, then streamed its batch to the multipart endpoint (never falling back to /runs/batch).
    expect(requests[0]).toEqual({ call: 'GET /langsmith/info', streamed: false });
    expect(requests.slice(1)).toEqual(expect.arrayContaining([{ call: 'POST /langsmith/runs/multipart', streamed: true }]));
    expect(requests.filter((r) => r.call !== 'GET /langsmith/info').every((r) => r.call === 'POST /langsmith/runs/multipart')).toBe(true);

    const t = await readTrace(rootId);
    expect(t).toMatchObject({
      name: 'agent',
      status: 'SUCCESS',
      sessionId: 'thread-solo',
      inputs: { input: 'What is Sextant?' },
      outputs: { final: 'echo: What is Sextant?' },
    });
    expect(t.spans.map((x) => [x.__typename, x.name, x.depth, x.runType])).toEqual([
      ['AgentCall', 'agent', 0, 'CHAIN'],
      ['AgentCall', 'researcher', 1, 'AGENT'],
      ['LLMCall', 'ChatOpenAI', 2, 'LLM'],
      ['ToolCall', 'web_search', 2, 'TOOL'],
      ['LLMCall', 'priced-model', 2, 'LLM'],
    ]);
    const [root, sub, llm, tool, priced] = t.spans;
    expect(root.id).toBe(rootId);
    expect(root.parentId).toBeNull();
    expect([sub.parentId, llm.parentId, tool.parentId, priced.parentId]).toEqual([root.id, sub.id, sub.id, sub.id]);
    // The SDK's execution order (the microseconds of its dotted_order) orders siblings started in the same millisecond.
    expect([root, sub, llm, tool, priced].map((x) => x.stepIndex)).toEqual([1, 2, 3, 4, 5]);
    expect(llm.dottedOrder).toMatch(new RegExp(`^\\d{8}T\\d{12}Z${root.id}\\.\\d{8}T\\d{12}Z${sub.id}\\.\\d{8}T\\d{12}Z${llm.id}$`));
    expect(tool.outputs).toEqual({ hits: ['What is Sextant? result'] });

    // Cost from the bundled price table, with cache and reasoning tokens priced as such.
    const expected = costForModel('gpt-4o', { promptTokens: 1000, completionTokens: 200, cacheReadTokens: 400, reasoningTokens: 50 })!;
    expect(llm).toMatchObject({
      model: 'gpt-4o',
      provider: 'openai',
      promptTokens: 1000,
      completionTokens: 200,
      totalTokens: 1200,
      cacheReadTokens: 400,
      reasoningTokens: 50,
      costSource: 'computed',
    });
    expect(ofType(llm, 'LLMCall').totalCost).toBeCloseTo(expected.totalCost, 12);
    expect(llm.inputs).toEqual({ messages: [{ role: 'user', content: 'What is Sextant?' }] });
    expect(llm.outputs.messages).toEqual([{ role: 'assistant', content: 'echo: What is Sextant?' }]);
    // Costs sent in usage_metadata win over the price table.
    expect(priced).toMatchObject({
      model: 'my-finetune',
      provider: 'custom',
      promptTokens: 10,
      completionTokens: 5,
      promptCost: 0.001,
      completionCost: 0.002,
      totalCost: 0.003,
      costSource: 'client',
    });
    expect(t).toMatchObject({ promptTokens: 1010, completionTokens: 205, totalTokens: 1215, cacheReadTokens: 400, reasoningTokens: 50 });
    expect(t.totalCost).toBeCloseTo(expected.totalCost + 0.003, 12);
  });

  it('records a run that throws: the span error, an error row in the trace, and the trace itself when the error reaches the root', async () => {
    let caughtId = '';
    let failedId = '';
    const tolerant = traceable(
      async (q: string) => {
        caughtId = getCurrentRunTree().id;
        try {
          await flakyTool(q);
        } catch {
          return { fallback: true };
        }
        return { fallback: false };
      },
      { name: 'tolerant-agent' },
    );
    const failing = traceable(
      async (q: string) => {
        failedId = getCurrentRunTree().id;
        await search(q);
        await flakyTool(q);
      },
      { name: 'failing-agent' },
    );
    await tolerant('q1');
    await expect(failing('q2')).rejects.toThrow('boom');
    await RunTree.getSharedClient().awaitPendingTraceBatches();

    const caught = await readTrace(caughtId);
    const tool = byName(caught.spans, 'flaky_tool');
    expect(tool).toMatchObject({ __typename: 'ToolCall', depth: 1, status: 'ERROR', error: 'TypeError: boom: the tool failed', errorType: 'TypeError' });
    expect(caught.errors).toEqual([
      { errorMessage: 'TypeError: boom: the tool failed', errorType: 'TypeError', agentId: null, llmCallId: null, toolCallId: tool.id },
    ]);
    expect(caught).toMatchObject({ errorCount: 1, outputs: { fallback: true } });

    const failed = await readTrace(failedId);
    expect(failed).toMatchObject({ status: 'ERROR', errorMessage: 'TypeError: boom: the tool failed', errorCount: 2 });
    expect(failed.spans.map((x) => [x.name, x.status])).toEqual([
      ['failing-agent', 'ERROR'],
      ['web_search', 'SUCCESS'],
      ['flaky_tool', 'ERROR'],
    ]);
    expect(failed.errors.map((e) => e.agentId ?? e.toolCallId).sort()).toEqual([failedId, byName(failed.spans, 'flaky_tool').id].sort());
  });

  it('groups a thread of traces into one session by thread_id or session_id metadata', async () => {
    const ids: string[] = [];
    const turn = traceable(
      async (message: string) => {
        ids.push(getCurrentRunTree().id);
        return chatModel({ messages: [{ role: 'user', content: message }] });
      },
      { name: 'chat-turn', metadata: { thread_id: 'thread-42' } },
    );
    for (const m of ['hello', 'and then?', 'thanks']) await turn(m);
    // session_id takes precedence over thread_id, as on LangSmith.
    const other = traceable(async () => 'x', { name: 'side', metadata: { session_id: 'conv-7', thread_id: 'ignored' } });
    await other();
    await RunTree.getSharedClient().awaitPendingTraceBatches();

    for (const id of ids) expect((await readTrace(id)).sessionId).toBe('thread-42');
    const sessions = (await gqlData(SESSIONS, { p: app.id })).sessions.edges.map((e) => e.node);
    expect(sessions).toEqual(
      expect.arrayContaining([{ id: 'thread-42', traceCount: 3, totalTokens: 3600 }, expect.objectContaining({ id: 'conv-7', traceCount: 1 })]),
    );
  });

  it('keeps the inputs of a long run whose update the SDK sends in a later batch, without inputs', async () => {
    let rootId = '';
    const slow = traceable(
      async (task: { goal: string }) => {
        rootId = getCurrentRunTree().id;
        await chatModel({ messages: [{ role: 'user', content: task.goal }] });
        // Longer than the SDK's 250 ms batching delay: the create goes out before the run ends.
        await new Promise((r) => setTimeout(r, 700));
        return { done: true };
      },
      { name: 'slow-agent' },
    );
    await slow({ goal: 'wait' });
    await RunTree.getSharedClient().awaitPendingTraceBatches();

    const t = await readTrace(rootId);
    expect(t).toMatchObject({ status: 'SUCCESS', inputs: { goal: 'wait' }, outputs: { done: true } });
    expect(t.spans[0]).toMatchObject({ name: 'slow-agent', status: 'SUCCESS', inputs: { goal: 'wait' }, outputs: { done: true } });
  });

  it('works with a Client given its endpoint under /api/v1, the admin key and a new project name, flushed by client.awaitPendingTraceBatches()', async () => {
    const base = s.url.replace(/\/graphql$/, '');
    const client = new Client({ apiUrl: `${base}/langsmith/api/v1`, apiKey: s.adminKey });
    let rootId = '';
    const pipeline = traceable(
      async () => {
        rootId = getCurrentRunTree().id;
        const inner = traceable(async () => chatModel({ messages: [{ role: 'user', content: 'deep' }] }), {
          name: 'inner-chain',
          client,
          project_name: 'created-by-sdk',
        });
        return inner();
      },
      { name: 'pipeline', client, project_name: 'created-by-sdk' },
    );
    await pipeline();
    await client.awaitPendingTraceBatches();

    const projects = (await gqlData(PROJECTS, {})).projects.edges.map((e) => e.node.name);
    expect(projects).toContain('created-by-sdk');
    const t = await readTrace(rootId);
    expect(t.spans.map((x) => [x.__typename, x.name, x.depth])).toEqual([
      ['AgentCall', 'pipeline', 0],
      ['AgentCall', 'inner-chain', 1],
      ['LLMCall', 'ChatOpenAI', 2],
    ]);
  });

  it('keeps the feedback of createFeedback as metrics of the run, whether the SDK batches it or posts it to /feedback', async () => {
    const base = s.url.replace(/\/graphql$/, '');
    const client = new Client({ apiUrl: `${base}/langsmith`, apiKey: app.key });
    let runId = '';
    let traceId = '';
    const answer = traceable(
      async (q: string) => {
        const inner = traceable(
          async () => {
            runId = getCurrentRunTree().id;
            return 'fine';
          },
          { name: 'rated-step', client, project_name: 'sdk-app' },
        );
        traceId = getCurrentRunTree().trace_id;
        return { q, a: await inner() };
      },
      { name: 'rated', client, project_name: 'sdk-app' },
    );
    await answer('how?');
    await client.awaitPendingTraceBatches();

    requests.length = 0;
    // With a trace id the SDK batches feedback into /runs/multipart; without, it posts it to /feedback.
    const thumbs = await client.createFeedback(runId, 'thumbs', { score: true, comment: 'helpful', traceId, sessionId: app.id, sourceInfo: { user: 'u-1' } });
    const stars = await client.createFeedback(traceId, 'stars', { score: 4, value: 'four of five', sessionId: app.id });
    await client.awaitPendingTraceBatches();
    expect(requests.map((r) => r.call)).toEqual(expect.arrayContaining(['POST /langsmith/runs/multipart', 'POST /langsmith/feedback']));

    const METRICS = graphql(
      `query LsSdkMetrics($id: ID!) { trace(id: $id) { metrics { id name spanId score value reason resultDetail source } spans { name feedbackStats { name count meanScore } } } }`,
    );
    const t = (await gqlData(METRICS, { id: traceId })).trace;
    const byName = Object.fromEntries(t.metrics.map((m: Record<string, unknown>) => [m.name, m]));
    expect(byName.thumbs).toEqual({
      id: thumbs.id,
      name: 'thumbs',
      spanId: runId,
      score: 1,
      value: null,
      reason: 'helpful',
      source: 'langsmith',
      resultDetail: { feedback: { feedback_source: { type: 'api', metadata: { user: 'u-1' } } } },
    });
    // A score outside 0..1 is kept as the value; the feedback's own value in resultDetail.
    expect(byName.stars).toMatchObject({ id: stars.id, spanId: traceId, score: null, value: 4, resultDetail: { feedback: { value: 'four of five' } } });
    expect(t.spans.find((x) => x.name === 'rated-step')!.feedbackStats).toEqual([{ name: 'thumbs', count: 1, meanScore: 1 }]);

    // Feedback on a run that is not stored is refused with 404, and reported by the SDK.
    await expect(client.createFeedback(crypto.randomUUID(), 'thumbs', { score: 0, sessionId: app.id })).rejects.toThrow(/404/);
  });
});
