// LangChain.js and LangGraph.js code traced into Sextant by environment variables alone: @langchain/core's own
// LangChainTracer (on the official langsmith client) sends a prompt → chat model → parser chain,
// a tool call and a failing step, and the tree, model, tokens, cost, session and error come back
// through GraphQL. The chat model is a local stand-in that answers the way ChatOpenAI does.
import { awaitAllCallbacks } from '@langchain/core/callbacks/promises';
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { type Runnable, RunnableLambda } from '@langchain/core/runnables';
import { tool } from '@langchain/core/tools';
import { Annotation, END, START, StateGraph } from '@langchain/langgraph';
import { costForModel } from '@sextant/core';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { failOnConsoleWarnings } from '../support/console-warnings';
import { startTestServer, type TestServer } from '../support/test-server';
import { ofType } from '../support/typed-operation';
import { until } from '../support/wait';

/** Answers like ChatOpenAI: an AIMessage with usage_metadata, and LangSmith's ls_* parameters. */
class StandInChatOpenAI extends BaseChatModel {
  _llmType() {
    return 'openai';
  }

  override getLsParams() {
    return { ls_provider: 'openai', ls_model_name: 'gpt-4o-mini', ls_model_type: 'chat' as const, ls_temperature: 0 };
  }

  async _generate(messages: BaseMessage[]) {
    const text = `echo: ${String(messages.at(-1)?.content)}`;
    const message = new AIMessage({
      content: text,
      usage_metadata: { input_tokens: 120, output_tokens: 30, total_tokens: 150, input_token_details: { cache_read: 20 } },
      response_metadata: { model_name: 'gpt-4o-mini' },
    });
    return { generations: [{ text, message }] };
  }
}

const TRACE = graphql(`query LsLangchainTrace($id: ID!) { trace(id: $id) {
  name status sessionId errorMessage promptTokens completionTokens totalTokens totalCost
  spans { __typename name depth runType status error tags
    ... on LLMCall { model provider promptTokens completionTokens cacheReadTokens totalCost } }
} }`);

let s: TestServer;
const saved = { ...process.env };

failOnConsoleWarnings();
beforeAll(async () => {
  s = await startTestServer();
  const app = await s.project('langchain-app', 'ingest');
  Object.assign(process.env, {
    LANGSMITH_TRACING: 'true',
    LANGSMITH_ENDPOINT: `${s.url.replace(/\/graphql$/, '')}/langsmith`,
    LANGSMITH_API_KEY: app.key,
    LANGSMITH_PROJECT: 'langchain-app',
    // LangChain then waits for a root run's upload before invoke() returns, as in a short-lived script.
    LANGCHAIN_CALLBACKS_BACKGROUND: 'false',
  });
});
afterAll(async () => {
  process.env = saved;
  jest.restoreAllMocks();
  await s?.stop();
});

const readTrace = async (id: string, ok: (t: ResultOf<typeof TRACE>['trace']) => boolean) =>
  (await until(
    async () => (await s.gql(TRACE, { id })).data?.trace,
    (t) => Boolean(t) && ok(t!),
    `trace ${id}`,
  ))!;

describe('LangChain.js traced into Sextant', () => {
  it('stores a retrieval step with a tool, a prompt, a chat model with tokens and cost, and a parser, as one tree', async () => {
    const lookup = tool(async ({ q }: { q: string }) => `the docs about ${q}`, {
      name: 'lookup_docs',
      description: 'finds documentation',
      schema: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] },
    });
    // The config passed on, as LangChain.js code does, makes the tool call a child of this step.
    const retrieve = RunnableLambda.from(async (input: { question: string }, config) => ({
      question: input.question,
      docs: String(await (lookup as unknown as Runnable<{ q: string }, string>).invoke({ q: input.question }, config)),
    })).withConfig({ runName: 'retrieve' });
    const prompt = ChatPromptTemplate.fromMessages([
      ['system', 'Answer from: {docs}'],
      ['human', '{question}'],
    ]);
    const chain = retrieve.pipe(prompt).pipe(new StandInChatOpenAI({})).pipe(new StringOutputParser());

    const runId = crypto.randomUUID();
    const answer = await chain.invoke({ question: 'What is Sextant?' }, { runId, runName: 'qa-chain', metadata: { thread_id: 'lc-thread-1' } });
    await awaitAllCallbacks();
    expect(answer).toBe('echo: What is Sextant?');

    const t = await readTrace(runId, (x) => x.status !== 'RUNNING' && x.spans.length === 6);
    expect(t).toMatchObject({ name: 'qa-chain', status: 'SUCCESS', sessionId: 'lc-thread-1', promptTokens: 120, completionTokens: 30, totalTokens: 150 });
    expect(t.spans.map((x: Record<string, unknown>) => [x.__typename, x.name, x.depth, x.runType])).toEqual([
      ['AgentCall', 'qa-chain', 0, 'CHAIN'],
      ['AgentCall', 'retrieve', 1, 'CHAIN'],
      ['ToolCall', 'lookup_docs', 2, 'TOOL'],
      ['AgentCall', 'ChatPromptTemplate', 1, 'PROMPT'],
      ['LLMCall', 'StandInChatOpenAI', 1, 'LLM'],
      ['AgentCall', 'StrOutputParser', 1, 'PARSER'],
    ]);
    const llm = t.spans[4];
    const expected = costForModel('gpt-4o-mini', { promptTokens: 120, completionTokens: 30, cacheReadTokens: 20 });
    expect(llm).toMatchObject({ model: 'gpt-4o-mini', provider: 'openai', promptTokens: 120, completionTokens: 30, cacheReadTokens: 20 });
    expect(ofType(llm, 'LLMCall').totalCost).toBeCloseTo(expected!.totalCost, 10);
    expect(t.totalCost).toBeCloseTo(expected!.totalCost, 10);
  });

  it('records a step that throws as the error of its run and of the trace', async () => {
    const broken = RunnableLambda.from(async (_: string): Promise<string> => {
      throw new RangeError('kaboom: out of range');
    }).withConfig({ runName: 'broken-step' });
    const chain = RunnableLambda.from(async (q: string) => q.toUpperCase())
      .withConfig({ runName: 'shout' })
      .pipe(broken);

    const runId = crypto.randomUUID();
    await expect(chain.invoke('hi', { runId, runName: 'failing-chain' })).rejects.toThrow('kaboom');
    await awaitAllCallbacks();

    const t = await readTrace(runId, (x) => x.status === 'ERROR' && x.spans.length === 3);
    expect(t.errorMessage).toMatch(/kaboom: out of range/);
    expect(t.spans.map((x: Record<string, unknown>) => [x.name, x.status])).toEqual([
      ['failing-chain', 'ERROR'],
      ['shout', 'SUCCESS'],
      ['broken-step', 'ERROR'],
    ]);
    expect(t.spans[2].error).toMatch(/RangeError.*kaboom|kaboom/);
  });

  it('stores a LangGraph graph: its nodes as steps, in order, with the chat model under the node that called it', async () => {
    const State = Annotation.Root({ question: Annotation<string>, steps: Annotation<string>, answer: Annotation<string> });
    const model = new StandInChatOpenAI({});
    const graph = new StateGraph(State)
      .addNode('plan', async (state: typeof State.State) => ({ steps: `look up ${state.question}` }))
      .addNode('respond', async (state: typeof State.State, config) => ({ answer: String((await model.invoke(state.steps, config)).content) }))
      .addEdge(START, 'plan')
      .addEdge('plan', 'respond')
      .addEdge('respond', END)
      .compile();

    const runId = crypto.randomUUID();
    const out = await graph.invoke({ question: 'refunds' }, { runId, runName: 'support-graph', metadata: { thread_id: 'graph-thread' } });
    await awaitAllCallbacks();
    expect(out.answer).toBe('echo: look up refunds');

    const t = await readTrace(runId, (x) => x.status === 'SUCCESS' && x.spans.some((sp) => sp.name === 'StandInChatOpenAI'));
    expect(t).toMatchObject({ name: 'support-graph', sessionId: 'graph-thread', promptTokens: 120, completionTokens: 30 });
    const names = t.spans.map((x: Record<string, unknown>) => [x.name, x.depth]);
    expect(names[0]).toEqual(['support-graph', 0]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['plan', 1],
        ['respond', 1],
        ['StandInChatOpenAI', 2],
      ]),
    );
    // Depth-first order: the model call comes right after the node that made it.
    const at = (n: string) => names.findIndex((x: unknown[]) => x[0] === n);
    expect(at('plan')).toBeLessThan(at('respond'));
    expect(at('StandInChatOpenAI')).toBe(at('respond') + 1);
    // LangGraph's own entry step is kept with the tag LangSmith hides it by.
    expect(t.spans[at('__start__')]?.tags).toContain('langsmith:hidden');
  });
});
