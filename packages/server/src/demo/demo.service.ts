import { createHash } from 'node:crypto';
import {
  ANSWER_PROMPT,
  DEMO_HOSTS,
  DEMO_MODELS,
  DEMO_SESSIONS,
  PLANNER_PROMPT,
  SUMMARIZER_PROMPT,
  type DemoModel,
  type DemoSession,
  type DemoToolName,
  type DemoTurn,
  type DemoHost,
} from './demo.fixtures';

const PROJECT_NAME = 'Demo: research assistant';
// Fixed namespace and seed: reloading derives the same ids (so rows are upserted, not duplicated)
// and the same content; only the timestamps move with the clock.
const ID_NAMESPACE = '3b5d8f0e-2c4a-4e6b-8d1f-5a7c9e0b2d4f';
const SEED = 0x5e7a27;
const TRACES_PER_BATCH = 10;
// Tool schemas and few-shot examples sent with every agent prompt; they are not in the message text.
const PROMPT_OVERHEAD_TOKENS = 1_450;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Json = Record<string, unknown>;
type Message = { role: 'system' | 'user' | 'assistant' | 'tool'; content: string | null; tool_calls?: OpenAiToolCall[]; tool_call_id?: string };
type OpenAiToolCall = { id: string; type: 'function'; function: { name: DemoToolName; arguments: string } };

type SpanItem = {
  id: string;
  traceId: string;
  parentId?: string;
  runType: 'AGENT' | 'LLM' | 'TOOL' | 'RETRIEVER';
  name: string;
  startTime: string;
  endTime: string;
  stepIndex: number;
  inputs?: unknown;
  outputs?: unknown;
  error?: string;
  errorType?: string;
  metadata?: Json;
};

type LlmItem = SpanItem & {
  provider: string;
  model: string;
  promptTokens?: number;
  completionTokens?: number;
  cacheReadTokens?: number;
  cacheCreationTokens?: number;
  temperature: number;
  maxTokens: number;
  streaming: boolean;
  firstTokenTime?: string;
  toolCalls?: OpenAiToolCall[];
  retryCount?: number;
  invocationParams?: Json;
};

type ToolItem = SpanItem & {
  llmCallId?: string;
  networkCalls?: Json[];
  retrievedDocs?: Json[];
  docSimilarityScores?: number[];
  intermediateState?: Json;
};

type TraceItem = {
  id: string;
  name: string;
  startTime: string;
  endTime: string;
  status?: 'ERROR';
  userId: string;
  sessionId: string;
  agentVersion: string;
  promptTemplateVersion: string;
  modelName: string;
  input: unknown;
  output?: unknown;
  errorType?: string;
  errorMessage?: string;
  tags: string[];
  metadata: Json;
};

type ErrorItem = {
  id: string;
  traceId: string;
  agentId: string;
  llmCallId?: string;
  toolCallId?: string;
  errorType: string;
  errorMessage: string;
  stackTrace: string;
  timestamp: string;
  metadata: Json;
};

type UserInteractionItem = { id: string; traceId: string; agentId: string; interactionType: 'input' | 'output'; content: string; userId: string; timestamp: string };

type SystemInfoItem = DemoHost & { id: string; traceId: string };

type MetricItem = {
  id: string;
  traceId: string;
  spanId: string;
  name: string;
  score: number;
  value?: number;
  reason: string;
  resultDetail?: unknown;
  config?: unknown;
  startTime?: string;
  endTime?: string;
  timestamp: string;
};

type DemoBatch = {
  traces: TraceItem[];
  agentCalls: SpanItem[];
  llmCalls: LlmItem[];
  toolCalls: ToolItem[];
  errors: ErrorItem[];
  userInteractions: UserInteractionItem[];
  systemInfos: SystemInfoItem[];
  metrics: MetricItem[];
};

type IngestResponse = { ingest: { accepted: number; rejected: number; rejections: { list: string; index: number; code: string; message: string }[] } };

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

/** Name-based (version 5, SHA-1) UUID, as RFC 9562 defines it; uuid is not a dependency of this package. */
function nameUuid(name: string, namespace = ID_NAMESPACE): string {
  const bytes = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Small seeded PRNG (mulberry32) so that the demo reads the same on every load. */
class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number, digits = 2): number {
    const f = 10 ** digits;
    return Math.round((min + this.next() * (max - min)) * f) / f;
  }
}

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
    private readonly rng: Rng,
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
    if (tool === 'web_search') return { query: this.turn.query, top_k: 5 };
    if (tool === 'retriever') return { query: this.turn.query, k: 4, collection: this.session.collection };
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
        `429 Rate limit reached for ${model.model} in organization org-demo on tokens per min (TPM): ` +
        `Limit 30000, Used ${rng.int(28_500, 29_900)}, Requested ${rng.int(1_800, 2_600)}. Please try again in ${rng.float(1.5, 4)}s.`;
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
        stackTrace: [
          `RateLimitError: ${error}`,
          '    at APIError.generate (/app/node_modules/openai/error.js:63:20)',
          '    at OpenAI.makeStatusError (/app/node_modules/openai/core.js:293:33)',
          '    at OpenAI.makeRequest (/app/node_modules/openai/core.js:337:30)',
          '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)',
          '    at async plan (/app/dist/agents/orchestrator.js:48:22)',
        ].join('\n'),
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
      const url = `https://search-api.internal/v1/search?q=${encodeURIComponent(turn.query ?? '')}&top_k=5`;
      extra = { networkCalls: [{ method: 'GET', url, status: failure ? 503 : 200, durationMs: fetchMs - rng.int(10, 60) }] };
      outputs = { results: session.sources.map((s, i) => ({ rank: i + 1, ...s })) };
      summarySource = session.sources.map((s) => s.snippet);
    } else if (tool === 'retriever') {
      fetchMs = failure ? 10_000 + rng.int(5, 40) : rng.int(120, 450);
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
      fetchMs = failure ? 30_000 + rng.int(10, 80) : rng.int(600, 2_500);
      outputs = { stdout: turn.stdout ?? '', exitCode: 0 };
      extra = { intermediateState: { sandbox: `sbx-${id.slice(0, 8)}`, runtime: 'python3.12', cpuSeconds: rng.float(0.2, 1.8), timeoutS: 30 } };
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
    const model = DEMO_MODELS.mini;
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
    const prod = session.env === 'prod';
    const rateLimit = this.out.errors.find((e) => e.errorType === 'LLM');
    this.out.traces.push({
      id: this.traceId,
      name: turn.tools.includes('python_exec') ? 'research_assistant.analysis' : 'research_assistant',
      startTime: iso(start),
      endTime: iso(end),
      status: rateLimit ? 'ERROR' : undefined,
      userId: session.userId,
      sessionId: this.sessionId,
      agentVersion: prod ? '1.4.2' : '1.5.0-rc.1',
      promptTemplateVersion: prod ? 'planner-v7' : 'planner-v8',
      modelName: this.model.model,
      input: { question: turn.question },
      output: turn.answer === undefined ? undefined : { answer: turn.answer },
      errorType: rateLimit ? 'RateLimitError' : undefined,
      errorMessage: rateLimit?.errorMessage,
      tags: ['demo', session.env],
      metadata: { env: session.env, customer: session.customer, channel: prod ? 'web' : 'slack', turn: this.turnIndex + 1 },
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
          : ran === 1 ? 'The tool call succeeded.' : `All ${ran} tool calls succeeded.`,
        timestamp: iso(end),
      });
    }

    // Judge every trace that went wrong, and most of the others (an eval sampler would skip some).
    if (ran > 0 && !turn.toolFailure && rng.next() < 0.3) return;
    const score = turn.rateLimited ? 0 : turn.toolFailure ? rng.float(0.3, 0.6) : rng.float(0.78, 0.98);
    const verdict = score >= 0.7 ? 'fulfilled' : score > 0 ? 'partially_fulfilled' : 'not_fulfilled';
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
          { name: 'answers_question', passed: score >= 0.7 },
          { name: 'cites_sources', passed: score > 0 && turn.tools.length > 0 },
          { name: 'no_unsupported_claims', passed: score >= 0.5 },
        ],
      },
      config: { judge: { provider: 'openai', model: 'gpt-4o-mini', temperature: 0 }, rubricVersion: 'goal-v3', threshold: 0.7 },
      startTime: iso(judgeStart),
      endTime: iso(judgeEnd),
      timestamp: iso(judgeEnd),
    });
  }
}

/** Generates the demo traces, one batch per trace, with times ending shortly before now. */
function buildDemoTraces(now: number): DemoBatch[] {
  const rng = new Rng(SEED);
  const out: DemoBatch[] = [];
  let n = 0;
  DEMO_SESSIONS.forEach((session, s) => {
    const sessionId = `sess_${nameUuid(`session-${s + 1}`).replace(/-/g, '').slice(0, 16)}`;
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

async function graphql<T>(url: string, adminKey: string, query: string, variables?: Json): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': adminKey },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: T | null; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`Demo loader: ${url} answered ${res.status} with a non-JSON body: ${text.slice(0, 300)}`);
  }
  if (body.errors?.length) throw new Error(`Demo loader: GraphQL error: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!res.ok || !body.data) throw new Error(`Demo loader: ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return body.data;
}

async function findOrCreateProject(url: string, adminKey: string): Promise<string> {
  const found = await graphql<{ projects: { edges: { node: { id: string; name: string } }[] } }>(
    url,
    adminKey,
    'query { projects(first: 200) { edges { node { id name } } } }',
  );
  const existing = found.projects.edges.find((e) => e.node.name === PROJECT_NAME);
  if (existing) return existing.node.id;
  const created = await graphql<{ createProject: { id: string } }>(
    url,
    adminKey,
    'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
    {
      input: {
        name: PROJECT_NAME,
        description: 'Sample traces of a multi-agent research assistant, loaded by `pnpm demo`. Safe to delete.',
        tags: ['demo'],
        metadata: { source: 'sextant-demo', generator: 'packages/server/src/demo' },
      },
    },
  );
  return created.createProject.id;
}

/** Loads (or reloads, upserting the same ids) the demo project through the GraphQL API. */
export async function loadDemoData(
  graphqlUrl: string,
  adminKey: string,
): Promise<{ projectId: string; projectName: string; traces: number; spans: number }> {
  const projectId = await findOrCreateProject(graphqlUrl, adminKey);
  const perTrace = buildDemoTraces(Date.now());
  let spans = 0;
  for (let i = 0; i < perTrace.length; i += TRACES_PER_BATCH) {
    const batch = emptyBatch();
    for (const t of perTrace.slice(i, i + TRACES_PER_BATCH)) {
      for (const list of Object.keys(batch) as (keyof DemoBatch)[]) (batch[list] as unknown[]).push(...t[list]);
    }
    spans += batch.agentCalls.length + batch.llmCalls.length + batch.toolCalls.length;
    const { ingest } = await graphql<IngestResponse>(
      graphqlUrl,
      adminKey,
      'mutation($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index code message } } }',
      { b: { projectId, ...batch } },
    );
    if (ingest.rejected > 0) {
      throw new Error(`Demo loader: ${ingest.rejected} item(s) rejected: ${ingest.rejections.map((r) => `${r.code} ${r.message}`).join('; ')}`);
    }
  }
  return { projectId, projectName: PROJECT_NAME, traces: perTrace.length, spans };
}
