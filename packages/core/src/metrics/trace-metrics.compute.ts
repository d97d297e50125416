import { orderSpanTree } from '../spans/span-tree';

/** The trace fields the metrics read (a TraceEntity fits). */
export type MetricsTrace = {
  id: string;
  projectId: string;
  startTime: Date;
  endTime: Date | null;
  durationMs: number;
  metadata: Record<string, unknown> | null;
};

/** The span fields the metrics read; the kind-specific ones are absent on other kinds (a SpanEntity subclass fits). */
export type MetricsSpan = {
  id: string;
  kind: string;
  parentId: string | null;
  runType?: string | null;
  name: string | null;
  status: string;
  startTime: Date;
  endTime: Date | null;
  durationMs: number | null;
  stepIndex?: number | null;
  error: string | null;
  metadata: Record<string, unknown> | null;
  inputs?: unknown;
  outputs?: unknown;
  totalCost?: number | null;
  provider?: string | null;
  model?: string | null;
  promptTokens?: number | null;
  completionTokens?: number | null;
  totalTokens?: number | null;
  cacheReadTokens?: number | null;
  firstTokenTime?: Date | null;
  retryCount?: number | null;
  decisionId?: string | null;
  llmCallId?: string | null;
};

/** The error fields the metrics read (an ErrorEntity fits). */
export type MetricsError = {
  id: string;
  agentId: string | null;
  llmCallId: string | null;
  toolCallId: string | null;
  errorType: string | null;
  errorMessage: string;
};

/** One metric row to store, before ids and timing are attached. */
export type ComputedMetric = {
  name: string;
  /** The span the metric is about, or null for the whole trace. */
  spanId: string | null;
  /** Tells apart trace-level rows of the same name (tool.error_rate has one per tool). */
  label: string | null;
  score: number | null;
  value: number | null;
  reason: string | null;
  resultDetail: unknown;
  config: unknown;
};

/** A tool as declared in metadata.tools, AgentNeo's `{name, description}` shape. */
export type DeclaredTool = { name: string; description: string | null };

/** Bumped when a deterministic definition changes, so stored rows show which definitions produced them. */
export const DETERMINISTIC_METRICS_VERSION = 1;
const CONFIG = { method: 'deterministic', version: DETERMINISTIC_METRICS_VERSION };

/** Nearest-rank percentile: always a value that was observed, which reads better on small traces than interpolation. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const present = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

/** A span's duration: the stored one, else end minus start when it has ended, else null (still running). */
export function spanDurationMs(s: Pick<MetricsSpan, 'durationMs' | 'startTime' | 'endTime'>): number | null {
  if (present(s.durationMs)) return s.durationMs;
  return s.endTime ? s.endTime.getTime() - s.startTime.getTime() : null;
}

/** The tools declared in a metadata object: `tools` as names, `{name, description}` objects, or OpenAI `{function: {name}}` entries. */
export function declaredTools(metadata: Record<string, unknown> | null | undefined): DeclaredTool[] {
  const raw = metadata?.tools;
  if (!Array.isArray(raw)) return [];
  const out: DeclaredTool[] = [];
  for (const t of raw) {
    if (typeof t === 'string') {
      if (t) out.push({ name: t, description: null });
      continue;
    }
    if (!t || typeof t !== 'object') continue;
    const o = t as Record<string, unknown>;
    const fn = o.function && typeof o.function === 'object' ? (o.function as Record<string, unknown>) : null;
    const name = typeof o.name === 'string' ? o.name : typeof fn?.name === 'string' ? fn.name : null;
    if (!name) continue;
    const description = typeof o.description === 'string' ? o.description : typeof fn?.description === 'string' ? fn.description : null;
    out.push({ name, description });
  }
  return out;
}

/** Every tool declared by the trace or any of its agent calls, first declaration of a name wins. */
export function allDeclaredTools(trace: Pick<MetricsTrace, 'metadata'>, spans: readonly MetricsSpan[]): DeclaredTool[] {
  const byName = new Map<string, DeclaredTool>();
  const add = (tools: DeclaredTool[]) => tools.forEach((t) => byName.has(t.name) || byName.set(t.name, t));
  add(declaredTools(trace.metadata));
  for (const s of spans) if (s.kind === 'agent') add(declaredTools(s.metadata));
  return [...byName.values()];
}

type Placed = { span: MetricsSpan; agentId: string | null; depth: number };

/** Spans in tree order (deterministic whatever order the database returned them in), with their depth and nearest agent. */
function place(spans: readonly MetricsSpan[]): Placed[] {
  return orderSpanTree(spans).map(({ span, placement }) => ({ span, agentId: placement.agentId, depth: placement.depth }));
}

/**
 * Computes every deterministic metric of one trace from its rows: the operational metrics, the
 * LLMTrace keys (plan = trace, actor = agent call, tool = tool call) and AgentNeo's two rate
 * metrics made deterministic. A metric whose inputs are absent is left out rather than stored as 0.
 */
export function computeDeterministicMetrics(trace: MetricsTrace, spans: readonly MetricsSpan[], errors: readonly MetricsError[]): ComputedMetric[] {
  const placed = place(spans);
  const ordered = placed.map((p) => p.span);
  const agents = placed.filter((p) => p.span.kind === 'agent');
  const llms = ordered.filter((s) => s.kind === 'llm');
  const tools = ordered.filter((s) => s.kind === 'tool');
  const llmErrorIds = new Set(errors.map((e) => e.llmCallId).filter(present));
  const toolErrors = new Map<string, MetricsError>();
  for (const e of errors) if (e.toolCallId && !toolErrors.has(e.toolCallId)) toolErrors.set(e.toolCallId, e);
  const llmFailed = (s: MetricsSpan) => s.status === 'error' || llmErrorIds.has(s.id);
  const toolFailed = (s: MetricsSpan) => s.status === 'error' || toolErrors.has(s.id);

  const out: ComputedMetric[] = [];
  const emit = (name: string, value: number | null, resultDetail: unknown = null, extra: Partial<ComputedMetric> = {}) => {
    if (value === null || !Number.isFinite(value)) return;
    out.push({ name, spanId: null, label: null, score: null, value, reason: null, resultDetail, config: CONFIG, ...extra });
  };
  const total = (key: 'promptTokens' | 'completionTokens' | 'cacheReadTokens' | 'retryCount') => {
    const reported = llms.map((s) => s[key]).filter(present);
    return reported.length ? sum(reported) : null;
  };
  const tokensOf = (s: MetricsSpan) =>
    s.totalTokens ?? (present(s.promptTokens) || present(s.completionTokens) ? (s.promptTokens ?? 0) + (s.completionTokens ?? 0) : null);

  // Operational, per trace.
  emit('duration_ms', trace.durationMs);
  emit('agent_invocations', agents.length);
  emit('llm_calls', llms.length);
  emit('tool_calls', tools.length);
  const promptTokens = total('promptTokens');
  const completionTokens = total('completionTokens');
  const llmTokens = llms.map(tokensOf).filter(present);
  emit('prompt_tokens', promptTokens);
  emit('completion_tokens', completionTokens);
  emit('total_tokens', llmTokens.length ? sum(llmTokens) : null);
  const costed = ordered.filter((s) => present(s.totalCost));
  const costUsd = costed.length ? sum(costed.map((s) => s.totalCost!)) : null;
  const costByKind = (kind: string) => sum(costed.filter((s) => s.kind === kind).map((s) => s.totalCost!));
  const costDetail = { llm: costByKind('llm'), tool: costByKind('tool'), agent: costByKind('agent'), pricedSpans: costed.length };
  emit('cost_usd', costUsd, costDetail);
  const llmFailures = llms.filter(llmFailed).length;
  emit('llm_error_rate', llms.length ? llmFailures / llms.length : null, { calls: llms.length, failures: llmFailures });
  const toolFailures = tools.filter(toolFailed).length;
  emit('tool_error_rate', tools.length ? toolFailures / tools.length : null, { calls: tools.length, failures: toolFailures });
  emit('retries', total('retryCount'), { reportingCalls: llms.filter((s) => present(s.retryCount)).length });
  const latencies = llms.map(spanDurationMs).filter(present);
  emit('llm_latency_mean_ms', mean(latencies), { calls: latencies.length });
  emit('llm_latency_p95_ms', percentile(latencies, 95), { calls: latencies.length, method: 'nearest-rank' });
  const ttft = llms.filter((s) => s.firstTokenTime).map((s) => s.firstTokenTime!.getTime() - s.startTime.getTime());
  emit('time_to_first_token_ms', mean(ttft), { calls: ttft.length, p95Ms: percentile(ttft, 95) });
  // The share needs both sides reported; calls that report no cache count as 0 cached tokens.
  const cacheRead = total('cacheReadTokens');
  emit('cache_read_share', cacheRead !== null && promptTokens ? cacheRead / promptTokens : null, { cacheReadTokens: cacheRead, promptTokens });
  // Generation time is each call's whole duration (start to end), over the calls that report output tokens.
  const generating = llms.filter((s) => present(s.completionTokens) && (spanDurationMs(s) ?? 0) > 0);
  const generationMs = sum(generating.map((s) => spanDurationMs(s)!));
  const generatedTokens = sum(generating.map((s) => s.completionTokens!));
  emit('output_tokens_per_second', generationMs > 0 ? generatedTokens / (generationMs / 1000) : null, {
    completionTokens: generatedTokens,
    generationMs,
    calls: generating.length,
  });

  // LLMTrace keys.
  emit('plan.duration_seconds', trace.durationMs / 1000);
  emit('plan.cost_usd', costUsd, costDetail);
  const decisionIds = new Set(llms.map((s) => s.decisionId).filter(present));
  emit(
    'plan.decisions_count',
    decisionIds.size || llms.length,
    decisionIds.size ? { basis: 'decision_id', llmCalls: llms.length } : { basis: 'llm_calls', llmCalls: llms.length },
  );
  const childPlans = agents.filter((a) => a.agentId !== null);
  emit('plan.child_plans_count', childPlans.length, { agentCalls: agents.length });
  const tokensByAgent = new Map<string, MetricsSpan[]>();
  for (const p of placed) {
    if (p.span.kind !== 'llm' || !p.agentId) continue;
    const list = tokensByAgent.get(p.agentId);
    if (list) list.push(p.span);
    else tokensByAgent.set(p.agentId, [p.span]);
  }
  for (const { span: a } of agents) {
    const d = spanDurationMs(a);
    if (d !== null) emit('actor.invocation_duration_ms', d, { actor: a.name, runType: a.runType ?? null, status: a.status }, { spanId: a.id });
    const own = tokensByAgent.get(a.id) ?? [];
    const byModel = new Map<string, { provider: string | null; model: string | null; calls: number; promptTokens: number; completionTokens: number; totalTokens: number }>();
    for (const l of own) {
      const key = JSON.stringify([l.provider ?? null, l.model ?? null]);
      const entry = byModel.get(key) ?? { provider: l.provider ?? null, model: l.model ?? null, calls: 0, promptTokens: 0, completionTokens: 0, totalTokens: 0 };
      entry.calls++;
      entry.promptTokens += l.promptTokens ?? 0;
      entry.completionTokens += l.completionTokens ?? 0;
      entry.totalTokens += tokensOf(l) ?? 0;
      byModel.set(key, entry);
    }
    const models = [...byModel.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, v]) => v);
    emit('actor.token_usage', sum(models.map((m) => m.totalTokens)), { actor: a.name, llmCalls: own.length, byModel: models }, { spanId: a.id });
  }
  for (const t of tools) {
    const d = spanDurationMs(t);
    if (d !== null) emit('tool.invocation_duration_ms', d, { tool: t.name, status: t.status, failed: toolFailed(t) }, { spanId: t.id });
  }
  const byTool = new Map<string, { tool: string | null; calls: number; failures: number }>();
  for (const t of tools) {
    const key = t.name ?? '';
    const entry = byTool.get(key) ?? { tool: t.name, calls: 0, failures: 0 };
    entry.calls++;
    if (toolFailed(t)) entry.failures++;
    byTool.set(key, entry);
  }
  for (const [key, e] of [...byTool.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    emit('tool.error_rate', e.failures / e.calls, e, { label: `tool:${key}` });
  }

  // AgentNeo's rates, decided from the stored statuses and Error rows instead of a judge.
  out.push(toolCallSuccessRate(tools, toolFailed, toolErrors));
  const correctness = toolCallCorrectnessRate(trace, placed, tools);
  if (correctness) out.push(correctness);
  return out;
}

function agentNeoResult(name: string, score: number, reason: string, details: Record<string, unknown>): ComputedMetric {
  return { name, spanId: null, label: null, score, value: null, reason, resultDetail: { score, reason, details }, config: CONFIG };
}

function toolCallSuccessRate(tools: MetricsSpan[], failed: (s: MetricsSpan) => boolean, toolErrors: Map<string, MetricsError>): ComputedMetric {
  const name = 'tool_call_success_rate';
  if (tools.length === 0) return agentNeoResult(name, 1, 'No tool calls were made, so none failed.', { successful_calls: 0, total_calls: 0, failed_calls: [] });
  const failures = tools.filter(failed);
  const ok = tools.length - failures.length;
  const reason = failures.length
    ? `${ok} of ${tools.length} tool calls succeeded; failed: ${[...new Set(failures.map((f) => f.name ?? '(unnamed)'))].join(', ')}.`
    : `All ${tools.length} tool calls succeeded.`;
  return agentNeoResult(name, ok / tools.length, reason, {
    successful_calls: ok,
    total_calls: tools.length,
    failed_calls: failures.map((f) => ({ span_id: f.id, tool: f.name, error: f.error ?? toolErrors.get(f.id)?.errorMessage ?? null })),
  });
}

/**
 * A call is correct when its tool was declared by the trace or by an agent call enclosing it; a
 * call that no enclosing scope declares anything for is checked against every declaration in the
 * trace, so one agent that declares its tools does not make its undeclaring siblings all wrong.
 * Null when nothing declares tools: there is nothing to judge correctness against.
 */
function toolCallCorrectnessRate(trace: MetricsTrace, placed: Placed[], tools: MetricsSpan[]): ComputedMetric | null {
  const traceTools = declaredTools(trace.metadata).map((t) => t.name);
  const agentTools = new Map<string, string[]>();
  for (const { span } of placed) {
    if (span.kind !== 'agent') continue;
    const names = declaredTools(span.metadata).map((t) => t.name);
    if (names.length) agentTools.set(span.id, names);
  }
  if (traceTools.length === 0 && agentTools.size === 0) return null;
  const everything = new Set([...traceTools, ...[...agentTools.values()].flat()]);
  const name = 'tool_call_correctness_rate';
  const declared = [...everything].sort();
  if (tools.length === 0) return agentNeoResult(name, 1, 'No tool calls were made.', { correct_calls: 0, total_calls: 0, declared_tools: declared, undeclared_calls: [] });
  const traceScope = new Set(traceTools);
  const undeclared: { span_id: string; tool: string | null }[] = [];
  // Spans come depth-first, so the declaring agents enclosing a span are those still open on a
  // stack popped by depth; counting their names per tool keeps this linear however deep the tree.
  const open: { depth: number; names: string[] }[] = [];
  const inScope = new Map<string, number>();
  for (const { span, depth } of placed) {
    while (open.length && open[open.length - 1].depth >= depth) for (const n of open.pop()!.names) inScope.set(n, inScope.get(n)! - 1);
    if (span.kind === 'tool') {
      const scoped = traceScope.size > 0 || open.length > 0;
      const ok = span.name !== null && (scoped ? traceScope.has(span.name) || (inScope.get(span.name) ?? 0) > 0 : everything.has(span.name));
      if (!ok) undeclared.push({ span_id: span.id, tool: span.name });
    }
    const names = agentTools.get(span.id);
    if (names) {
      open.push({ depth, names });
      for (const n of names) inScope.set(n, (inScope.get(n) ?? 0) + 1);
    }
  }
  const correct = tools.length - undeclared.length;
  const reason = undeclared.length
    ? `${correct} of ${tools.length} tool calls used declared tools; undeclared: ${[...new Set(undeclared.map((u) => u.tool ?? '(unnamed)'))].join(', ')}.`
    : `All ${tools.length} tool calls used declared tools.`;
  return agentNeoResult(name, correct / tools.length, reason, { correct_calls: correct, total_calls: tools.length, declared_tools: declared, undeclared_calls: undeclared });
}

/** One step of the conversation the judge reads, AgentNeo's `{function_name, input, response}`. */
export type ConversationEntry = { function_name: string; input: unknown; response: unknown };

// Long prompts or tool outputs would blow the judge's context; the head carries the meaning.
const MAX_FIELD_CHARS = 4000;
const clip = (s: string) => (s.length > MAX_FIELD_CHARS ? `${s.slice(0, MAX_FIELD_CHARS)}…[truncated]` : s);
const clipValue = (v: unknown): unknown => {
  if (typeof v === 'string') return clip(v);
  if (v === null || v === undefined) return v;
  const text = JSON.stringify(v);
  return text.length > MAX_FIELD_CHARS ? clip(text) : v;
};

type Message = { role?: unknown; content?: unknown };
const isMessage = (m: unknown): m is Message => !!m && typeof m === 'object' && 'content' in m;
const contentText = (c: unknown): unknown =>
  Array.isArray(c) ? c.map((p) => (p && typeof p === 'object' && 'text' in p ? (p as { text: unknown }).text : p)).filter((p) => typeof p === 'string').join('\n') : c;

/**
 * The prompt an LLM call was given, as AgentNeo takes it (the content of the first message),
 * except that the first user message is preferred over a system prompt because it carries the
 * intent. Accepts a messages array, LangSmith's `{messages: [[...]]}`, `{prompt}` or a string.
 */
export function llmInputText(inputs: unknown): unknown {
  if (typeof inputs === 'string') return inputs;
  let messages: unknown = inputs;
  if (inputs && typeof inputs === 'object' && !Array.isArray(inputs)) {
    const o = inputs as Record<string, unknown>;
    if (typeof o.prompt === 'string') return o.prompt;
    if (Array.isArray(o.prompts) && typeof o.prompts[0] === 'string') return o.prompts[0];
    messages = o.messages;
  }
  if (Array.isArray(messages) && Array.isArray(messages[0])) messages = messages[0];
  if (Array.isArray(messages)) {
    const list = messages.filter(isMessage);
    const chosen = list.find((m) => m.role === 'user' || m.role === 'human') ?? list[0];
    if (chosen) return contentText(chosen.content);
  }
  return inputs ?? null;
}

/** The text an LLM call answered: OpenAI choices, LangChain generations, `{content}`/`{text}`, or the value itself. */
export function llmOutputText(outputs: unknown): unknown {
  if (outputs === null || outputs === undefined || typeof outputs !== 'object') return outputs;
  const o = outputs as Record<string, any>;
  const choice = Array.isArray(o.choices) ? o.choices[0] : undefined;
  if (choice?.message && 'content' in choice.message) return contentText(choice.message.content);
  if (typeof choice?.text === 'string') return choice.text;
  const gen = Array.isArray(o.generations) ? (Array.isArray(o.generations[0]) ? o.generations[0][0] : o.generations[0]) : undefined;
  if (typeof gen?.text === 'string') return gen.text;
  if ('content' in o) return contentText(o.content);
  if (typeof o.text === 'string') return o.text;
  if (typeof o.output === 'string') return o.output;
  return outputs;
}

/**
 * AgentNeo's conversation: the LLM and tool calls by start time, each as `{function_name, input,
 * response}`. A call without output answers 'No response' (AgentNeo's marker), or its error.
 */
export function buildConversation(spans: readonly MetricsSpan[]): ConversationEntry[] {
  const calls = spans
    .filter((s) => s.kind === 'llm' || s.kind === 'tool')
    .sort((a, b) => a.startTime.getTime() - b.startTime.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return calls.map((s) => {
    const output = s.kind === 'llm' ? llmOutputText(s.outputs) : s.outputs;
    const response = present(output) ? output : s.error ? `Error: ${s.error}` : 'No response';
    return {
      function_name: s.name ?? (s.kind === 'llm' ? s.model : null) ?? 'Unknown',
      input: clipValue(s.kind === 'llm' ? llmInputText(s.inputs) : (s.inputs ?? null)),
      response: clipValue(response),
    };
  });
}

/** AgentNeo's "relevant responses": `name: response` of every named call that answered, separated by blank lines. */
export function relevantResponses(conversation: readonly ConversationEntry[]): string {
  return conversation
    .filter((e) => e.function_name !== 'Unknown' && e.response !== 'No response')
    .map((e) => `${e.function_name}: ${typeof e.response === 'string' ? e.response : JSON.stringify(e.response)}`)
    .join('\n\n');
}
