import { v5 as uuidv5 } from 'uuid';
import { RATE_LIMIT, RATE_LIMIT_STACK_FRAMES } from './data/errors.data';
import { GOAL_JUDGE_CONFIG } from './data/evaluation.data';
import { DEMO_HOSTS } from './data/hosts.data';
import { DEMO_MODELS, SUMMARIZER_MODEL } from './data/models.data';
import { DEMO_RELEASES } from './data/project.data';
import { ANSWER_PROMPT, PLANNER_PROMPT, SUMMARIZER_PROMPT } from './data/prompts.data';
import { DEMO_SESSIONS } from './data/sessions.data';
import { PYTHON_SANDBOX, RETRIEVER, WEB_SEARCH } from './data/tools.data';
import type { DemoBatch, Json, LlmItem, Message, OpenAiToolCall, SpanItem, ToolItem } from './demo-batch.type';
import type { DemoModel, DemoSession, DemoToolName, DemoTurn } from './demo-scenario.type';
import { SeededRandom } from './seeded-random.util';

// Fixed namespace and seed: rebuilding derives the same ids (so reloaded rows are upserted, not
// duplicated) and the same content; only the timestamps move with the clock.
const ID_NAMESPACE = '3b5d8f0e-2c4a-4e6b-8d1f-5a7c9e0b2d4f';
const SEED = 0x5e7a27;
// Tool schemas and few-shot examples sent with every agent prompt; they are not in the message text.
const PROMPT_OVERHEAD_TOKENS = 1_450;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const emptyBatch = (): DemoBatch => ({
  traces: [],
  agentCalls: [],
  llmCalls: [],
  toolCalls: [],
  errors: [],
  userInteractions: [],
  systemInfos: [],
  metrics: [],
});

const nameUuid = (name: string) => uuidv5(name, ID_NAMESPACE);
const iso = (ms: number) => new Date(ms).toISOString();
const tokensOf = (v: unknown) => Math.ceil(JSON.stringify(v).length / 4);
const roundDown = (n: number, step: number) => Math.floor(n / step) * step;

/** Builds the items of one trace, advancing a clock through its steps. */
class TraceBuilder {
  readonly out = emptyBatch();
  readonly traceId: string;
  readonly rootId: string;
  private step = 0;

  constructor(
    private readonly key: string,
    private readonly rng: SeededRandom,
    private readonly session: DemoSession,
    private readonly sessionId: string,
    private readonly turn: DemoTurn,
    private readonly turnIndex: number,
    private readonly history: Message[],
  ) {
    this.traceId = nameUuid(key);
    this.rootId = this.id('agent-orchestrator');
  }

  id(suffix: string): string {
    return nameUuid(`${this.key}-${suffix}`);
  }

  private span(id: string, parentId: string | undefined, runType: SpanItem['runType'], name: string, start: number, end: number): SpanItem {
    return { id, traceId: this.traceId, parentId, runType, name, startTime: iso(start), endTime: iso(end), stepIndex: this.step++ };
  }

  private get model(): DemoModel {
    return DEMO_MODELS[this.session.model];
  }

  // A follow-up turn re-sends the previous prompt prefix, which the provider serves from its cache;
  // Anthropic bills the first write of that prefix separately.
  private cacheTokens(prefixTokens: number, model: DemoModel): Pick<LlmItem, 'cacheReadTokens' | 'cacheCreationTokens'> {
    if (this.turnIndex > 0) return { cacheReadTokens: roundDown(prefixTokens, 128) };
    return model.provider === 'anthropic' ? { cacheCreationTokens: PROMPT_OVERHEAD_TOKENS } : {};
  }

  build(t0: number): number {
    const { turn, rng } = this;
    const root = this.span(this.rootId, undefined, 'AGENT', 'orchestrator', t0, t0);
    const toolCalls: OpenAiToolCall[] = turn.tools.map((tool, i) => ({
      id: `call_${this.id(`toolcall-${i}`).replace(/-/g, '').slice(0, 24)}`,
      type: 'function',
      function: { name: tool, arguments: JSON.stringify(this.toolArgs(tool)) },
    }));

    const plan = this.planCall(root.id, t0 + rng.int(15, 60), toolCalls);
    let cursor = Date.parse(plan.endTime);
    const toolResults: Message[] = [];
    let toolsOk = 0;
    if (!turn.rateLimited) {
      turn.tools.forEach((tool, i) => {
        const call = this.toolCall(tool, i, root.id, plan.id, cursor + rng.int(5, 25));
        cursor = Date.parse(call.endTime);
        if (!call.error) toolsOk++;
        toolResults.push({ role: 'tool', tool_call_id: toolCalls[i].id, content: JSON.stringify(call.error ? { error: call.error } : call.outputs) });
      });
      this.answerCall(root.id, cursor + rng.int(10, 40), toolCalls, toolResults);
      cursor = Date.parse(this.out.llmCalls[this.out.llmCalls.length - 1].endTime);
    }
    const end = cursor + rng.int(5, 30);
    root.endTime = iso(end);
    root.inputs = { question: turn.question, session_id: this.sessionId };
    root.metadata = { graph: 'research_assistant', node: 'orchestrator' };
    if (turn.rateLimited) {
      root.error = plan.error;
      root.errorType = plan.errorType;
    } else {
      root.outputs = { answer: turn.answer };
    }
    this.out.agentCalls.unshift(root);

    this.traceRecord(t0, end);
    this.interactions(t0, end);
    this.systemInfo();
    this.metrics(end, toolsOk);
    return end;
  }

  private toolArgs(tool: DemoToolName): Json {
    if (tool === 'web_search') return { query: this.turn.query, top_k: WEB_SEARCH.topK };
    if (tool === 'retriever') return { query: this.turn.query, k: RETRIEVER.k, collection: this.session.collection };
    return { code: this.turn.code };
  }

  private planCall(parentId: string, start: number, toolCalls: OpenAiToolCall[]): LlmItem {
    const { rng, turn } = this;
    const model = this.model;
    const messages: Message[] = [{ role: 'system', content: PLANNER_PROMPT }, ...this.history, { role: 'user', content: turn.question }];
    const content = turn.tools.length
      ? `To answer this I will call ${turn.tools.join(', then ')}.`
      : 'No tool is needed: the conversation already holds the facts. Drafting the answer.';
    const base = { provider: model.provider, model: model.model, temperature: 0, maxTokens: 1024, streaming: false, inputs: { messages } };

    if (turn.rateLimited) {
      // Three attempts with exponential backoff (1 s, 2 s) before the SDK gives up.
      const end = start + rng.int(150, 400) + 1_000 + rng.int(150, 400) + 2_000 + rng.int(150, 400);
      const error =
        `429 Rate limit reached for ${model.model} in organization ${RATE_LIMIT.organization} on tokens per min (TPM): ` +
        `Limit ${RATE_LIMIT.tokensPerMinute}, Used ${rng.int(28_500, 29_900)}, Requested ${rng.int(1_800, 2_600)}. Please try again in ${rng.float(1.5, 4)}s.`;
      const call: LlmItem = {
        ...this.span(this.id('llm-plan'), parentId, 'LLM', 'plan', start, end),
        ...base,
        retryCount: 2,
        error,
        errorType: 'RateLimitError',
        invocationParams: { tool_choice: 'auto', max_retries: 2 },
      };
      this.out.llmCalls.push(call);
      this.out.errors.push({
        id: this.id('error-rate-limit'),
        traceId: this.traceId,
        agentId: this.rootId,
        llmCallId: call.id,
        errorType: 'LLM',
        errorMessage: `RateLimitError: ${error}`,
        stackTrace: [`RateLimitError: ${error}`, ...RATE_LIMIT_STACK_FRAMES].join('\n'),
        timestamp: iso(end),
        metadata: { provider: model.provider, model: model.model, retries: 2 },
      });
      return call;
    }

    const promptTokens = tokensOf(messages) + PROMPT_OVERHEAD_TOKENS;
    const completionTokens = tokensOf(content) + tokensOf(toolCalls) + rng.int(5, 30);
    const call: LlmItem = {
      ...this.span(this.id('llm-plan'), parentId, 'LLM', 'plan', start, start + rng.int(600, 1_400) + completionTokens * rng.int(8, 16)),
      ...base,
      promptTokens,
      completionTokens,
      ...this.cacheTokens(promptTokens - tokensOf(turn.question), model),
      invocationParams: { tool_choice: 'auto' },
      toolCalls: toolCalls.length ? toolCalls : undefined,
      outputs: {
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content, tool_calls: toolCalls.length ? toolCalls : undefined },
            finish_reason: toolCalls.length ? 'tool_calls' : 'stop',
          },
        ],
      },
    };
    this.out.llmCalls.push(call);
    return call;
  }

  private toolCall(tool: DemoToolName, index: number, parentId: string, llmCallId: string, start: number): ToolItem {
    const { rng, turn, session } = this;
    const failure = turn.toolFailure?.tool === tool ? turn.toolFailure : undefined;
    const id = this.id(`tool-${index}-${tool}`);
    const inputs = this.toolArgs(tool);
    const runType = tool === 'retriever' ? 'RETRIEVER' : 'TOOL';
    let fetchMs: number;
    let extra: Partial<ToolItem> = {};
    let outputs: Json | undefined;
    let summarySource: string[] = [];

    if (tool === 'web_search') {
      fetchMs = failure ? rng.int(250, 700) : rng.int(500, 1_600);
      const url = `${WEB_SEARCH.endpoint}?q=${encodeURIComponent(turn.query ?? '')}&top_k=${WEB_SEARCH.topK}`;
      extra = { networkCalls: [{ method: 'GET', url, status: failure ? 503 : 200, durationMs: fetchMs - rng.int(10, 60) }] };
      outputs = { results: session.sources.map((s, i) => ({ rank: i + 1, ...s })) };
      summarySource = session.sources.map((s) => s.snippet);
    } else if (tool === 'retriever') {
      fetchMs = failure ? RETRIEVER.timeoutMs + rng.int(5, 40) : rng.int(120, 450);
      let score = rng.float(0.86, 0.93, 3);
      const scores: number[] = [];
      for (let i = 0; i < session.docs.length; i++) {
        scores.push(score);
        score = Math.round((score - rng.float(0.02, 0.09, 3)) * 1000) / 1000;
      }
      if (!failure) extra = { retrievedDocs: session.docs.map((d) => ({ ...d })), docSimilarityScores: scores };
      outputs = { documents: session.docs.map((d, i) => ({ id: d.id, title: d.title, score: scores[i] })) };
      summarySource = session.docs.map((d) => `${d.title}: ${d.content}`);
    } else {
      fetchMs = failure ? PYTHON_SANDBOX.timeoutS * 1_000 + rng.int(10, 80) : rng.int(600, 2_500);
      outputs = { stdout: turn.stdout ?? '', exitCode: 0 };
      extra = {
        intermediateState: {
          sandbox: `sbx-${id.slice(0, 8)}`,
          runtime: PYTHON_SANDBOX.runtime,
          cpuSeconds: rng.float(0.2, 1.8),
          timeoutS: PYTHON_SANDBOX.timeoutS,
        },
      };
    }

    const item: ToolItem = {
      ...this.span(id, parentId, runType, tool, start, start + fetchMs),
      llmCallId,
      inputs,
      ...extra,
    };
    this.out.toolCalls.push(item);
    let end = start + fetchMs;

    if (failure) {
      item.error = failure.message;
      item.errorType = failure.errorType;
      this.out.errors.push({
        id: this.id(`error-tool-${index}`),
        traceId: this.traceId,
        agentId: this.rootId,
        toolCallId: id,
        errorType: 'Tool',
        errorMessage: failure.message,
        stackTrace: failure.stackTrace,
        timestamp: iso(end),
        metadata: { tool, exception: failure.errorType },
      });
      return item;
    }

    const isFirstLookup = turn.tools.findIndex((t) => t !== 'python_exec') === index;
    if (turn.summarize && isFirstLookup) {
      const summary = this.summarizer(id, end + rng.int(3, 12), summarySource);
      end = summary + rng.int(3, 10);
      outputs = { ...outputs, summary: summarySource.map((s) => `- ${s}`).join('\n') };
    }
    item.endTime = iso(end);
    item.outputs = outputs;
    return item;
  }

  // The summarizer is an agent in its own right, run inside the tool call: the nesting a newcomer should see.
  private summarizer(toolId: string, start: number, source: string[]): number {
    const { rng } = this;
    const model = SUMMARIZER_MODEL;
    const agent = this.span(this.id('agent-summarizer'), toolId, 'AGENT', 'summarizer', start, start);
    this.out.agentCalls.push(agent);
    const messages: Message[] = [
      { role: 'system', content: SUMMARIZER_PROMPT },
      { role: 'user', content: source.map((s, i) => `[${i + 1}] ${s}`).join('\n') },
    ];
    const summary = source.map((s) => `- ${s}`).join('\n');
    // Full page extracts go to the summarizer, which is why its prompts are long.
    const promptTokens = tokensOf(messages) + rng.int(1_400, 3_200);
    const completionTokens = tokensOf(summary) + rng.int(0, 15);
    const llmStart = start + rng.int(5, 20);
    const firstToken = llmStart + rng.int(250, 600);
    const llmEnd = firstToken + completionTokens * rng.int(6, 12);
    this.out.llmCalls.push({
      ...this.span(this.id('llm-summarize'), agent.id, 'LLM', 'summarize', llmStart, llmEnd),
      provider: model.provider,
      model: model.model,
      promptTokens,
      completionTokens,
      temperature: 0.2,
      maxTokens: 512,
      streaming: true,
      firstTokenTime: iso(firstToken),
      inputs: { messages },
      outputs: { choices: [{ index: 0, message: { role: 'assistant', content: summary }, finish_reason: 'stop' }] },
    });
    const end = llmEnd + rng.int(3, 15);
    agent.endTime = iso(end);
    agent.inputs = { documents: source.length, instruction: 'Condense for the orchestrator' };
    agent.outputs = { summary };
    agent.metadata = { graph: 'research_assistant', node: 'summarizer' };
    return end;
  }

  private answerCall(parentId: string, start: number, toolCalls: OpenAiToolCall[], toolResults: Message[]): void {
    const { rng, turn } = this;
    const model = this.model;
    const answer = turn.answer ?? '';
    const messages: Message[] = [
      { role: 'system', content: ANSWER_PROMPT },
      ...this.history,
      { role: 'user', content: turn.question },
      ...(toolCalls.length ? [{ role: 'assistant' as const, content: null, tool_calls: toolCalls }, ...toolResults] : []),
    ];
    const rawPages = turn.tools.includes('web_search') && !turn.summarize ? rng.int(1_200, 2_800) : 0;
    const promptTokens = tokensOf(messages) + PROMPT_OVERHEAD_TOKENS + rawPages;
    const completionTokens = tokensOf(answer) + rng.int(0, 20);
    const firstToken = start + rng.int(350, 1_100);
    const end = firstToken + completionTokens * rng.int(12, 25);
    this.out.llmCalls.push({
      ...this.span(this.id('llm-answer'), parentId, 'LLM', 'compose_answer', start, end),
      provider: model.provider,
      model: model.model,
      promptTokens,
      completionTokens,
      ...this.cacheTokens(tokensOf(this.history) + PROMPT_OVERHEAD_TOKENS, model),
      temperature: 0.3,
      maxTokens: 2048,
      streaming: true,
      firstTokenTime: iso(firstToken),
      inputs: { messages },
      outputs: { choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }] },
    });
  }

  private traceRecord(start: number, end: number): void {
    const { session, turn } = this;
    const release = DEMO_RELEASES[session.env];
    const rateLimit = this.out.errors.find((e) => e.errorType === 'LLM');
    this.out.traces.push({
      id: this.traceId,
      name: turn.tools.includes('python_exec') ? 'research_assistant.analysis' : 'research_assistant',
      startTime: iso(start),
      endTime: iso(end),
      status: rateLimit ? 'ERROR' : undefined,
      userId: session.userId,
      sessionId: this.sessionId,
      agentVersion: release.agentVersion,
      promptTemplateVersion: release.promptTemplateVersion,
      modelName: this.model.model,
      inputs: { question: turn.question },
      outputs: turn.answer === undefined ? undefined : { answer: turn.answer },
      errorType: rateLimit ? 'RateLimitError' : undefined,
      errorMessage: rateLimit?.errorMessage,
      tags: ['demo', session.env],
      metadata: { env: session.env, customer: session.customer, channel: release.channel, turn: this.turnIndex + 1 },
    });
  }

  private interactions(start: number, end: number): void {
    const { turn, session } = this;
    const base = { traceId: this.traceId, agentId: this.rootId, userId: session.userId };
    this.out.userInteractions.push({ ...base, id: this.id('ui-input'), interactionType: 'input', content: turn.question, timestamp: iso(start) });
    if (turn.answer !== undefined) {
      this.out.userInteractions.push({ ...base, id: this.id('ui-output'), interactionType: 'output', content: turn.answer, timestamp: iso(end) });
    }
  }

  private systemInfo(): void {
    const host = DEMO_HOSTS[this.session.host];
    this.out.systemInfos.push({
      id: this.id('system-info'),
      traceId: this.traceId,
      ...host,
      hostname: `${host.hostname}-${(this.turnIndex % 2) + 1}`,
    });
  }

  private metrics(end: number, toolsOk: number): void {
    const { rng, turn } = this;
    const ran = turn.rateLimited ? 0 : turn.tools.length;
    if (ran > 0) {
      const failed = turn.tools.filter((t) => turn.toolFailure?.tool === t);
      this.out.metrics.push({
        id: this.id('metric-tool-success'),
        traceId: this.traceId,
        spanId: this.rootId,
        name: 'tool_call_success_rate',
        score: Math.round((toolsOk / ran) * 100) / 100,
        value: toolsOk,
        reason: failed.length
          ? `${toolsOk} of ${ran} tool calls succeeded; ${failed.join(', ')} failed (${turn.toolFailure?.errorType}).`
          : ran === 1
            ? 'The tool call succeeded.'
            : `All ${ran} tool calls succeeded.`,
        timestamp: iso(end),
      });
    }

    // Judge every trace that went wrong, and most of the others (an eval sampler would skip some).
    if (ran > 0 && !turn.toolFailure && rng.next() < 0.3) return;
    const score = turn.rateLimited ? 0 : turn.toolFailure ? rng.float(0.3, 0.6) : rng.float(0.78, 0.98);
    const verdict = score >= GOAL_JUDGE_CONFIG.threshold ? 'fulfilled' : score > 0 ? 'partially_fulfilled' : 'not_fulfilled';
    const judgeStart = end + rng.int(800, 4_000);
    const judgeEnd = judgeStart + rng.int(900, 2_500);
    this.out.metrics.push({
      id: this.id('metric-goal'),
      traceId: this.traceId,
      spanId: this.rootId,
      name: 'goal_fulfillment_rate',
      score,
      reason: turn.rateLimited
        ? 'The run ended with a rate-limit error before any answer was produced.'
        : turn.toolFailure
          ? `The answer acknowledges that ${turn.toolFailure.tool} failed and only partly addresses the question.`
          : 'The answer addresses the question directly and cites the retrieved sources.',
      resultDetail: {
        verdict,
        criteria: [
          { name: 'answers_question', passed: score >= GOAL_JUDGE_CONFIG.threshold },
          { name: 'cites_sources', passed: score > 0 && turn.tools.length > 0 },
          { name: 'no_unsupported_claims', passed: score >= 0.5 },
        ],
      },
      config: GOAL_JUDGE_CONFIG,
      startTime: iso(judgeStart),
      endTime: iso(judgeEnd),
      timestamp: iso(judgeEnd),
    });
  }
}

/** Generates the demo traces, one batch per trace, with times ending shortly before now. */
export function buildDemoTraces(now: number): DemoBatch[] {
  const rng = new SeededRandom(SEED);
  const out: DemoBatch[] = [];
  let n = 0;
  DEMO_SESSIONS.forEach((session, s) => {
    const sessionId = `sess_${nameUuid(`session-${s + 1}`)
      .replace(/-/g, '')
      .slice(0, 16)}`;
    let clock = now - (session.hoursAgo + rng.float(0, 1)) * HOUR;
    const history: Message[] = [];
    session.turns.forEach((turn, t) => {
      n++;
      const builder = new TraceBuilder(`trace-${n}`, rng, session, sessionId, turn, t, history.slice(-4));
      const end = builder.build(Math.round(clock));
      out.push(builder.out);
      history.push({ role: 'user', content: turn.question });
      if (turn.answer !== undefined) history.push({ role: 'assistant', content: turn.answer });
      // A retry after an error comes quickly; otherwise the user reads the answer first.
      clock = end + (turn.rateLimited ? rng.int(20, 60) * 1_000 : rng.int(2, 9) * MINUTE + rng.int(0, 59) * 1_000);
    });
  });
  return out;
}

/** Generates the demo traces merged into ingest batches of `tracesPerBatch` traces, as `loadDemoData` sends them. */
export function buildDemoBatches(now: number, tracesPerBatch = 10): DemoBatch[] {
  const perTrace = buildDemoTraces(now);
  const batches: DemoBatch[] = [];
  for (let i = 0; i < perTrace.length; i += tracesPerBatch) {
    const batch = emptyBatch();
    for (const t of perTrace.slice(i, i + tracesPerBatch)) {
      for (const list of Object.keys(batch) as (keyof DemoBatch)[]) (batch[list] as unknown[]).push(...t[list]);
    }
    batches.push(batch);
  }
  return batches;
}

/** Counts the spans (agent, LLM and tool calls) of a batch. */
export const spanCount = (batch: DemoBatch): number => batch.agentCalls.length + batch.llmCalls.length + batch.toolCalls.length;
