import { orderSpanTree } from '../spans/span.tree';

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
const DETERMINISTIC_METRICS_VERSION = 1;
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
const byKey = ([x]: [string, unknown], [y]: [string, unknown]) => (x < y ? -1 : x > y ? 1 : 0);

/** A span's duration: the stored one, else end minus start when it has ended, else null (still running). */
function spanDurationMs(s: Pick<MetricsSpan, 'durationMs' | 'startTime' | 'endTime'>): number | null {
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

/** What every deterministic metric reads, derived once per trace. */
type MetricInput = {
  trace: MetricsTrace;
  /** Spans in tree order (deterministic whatever order the database returned them in), with their depth and nearest agent. */
  placed: Placed[];
  /** The spans alone, in the same order. */
  spans: MetricsSpan[];
  agents: Placed[];
  llms: MetricsSpan[];
  tools: MetricsSpan[];
  /** The first Error row of each tool call that has one. */
  toolErrors: Map<string, MetricsError>;
  /** An LLM call failed by its status or by an Error row naming it. */
  llmFailed: (s: MetricsSpan) => boolean;
  /** A tool call failed by its status or by its own Error row (not one of its LLM call or agent). */
  toolFailed: (s: MetricsSpan) => boolean;
};

/** Derives the spans in tree order, their kinds and their failures from a trace's rows. */
function metricInput(trace: MetricsTrace, spans: readonly MetricsSpan[], errors: readonly MetricsError[]): MetricInput {
  const placed = orderSpanTree(spans).map(({ span, placement }) => ({ span, agentId: placement.agentId, depth: placement.depth }));
  const ordered = placed.map((p) => p.span);
  const llmErrorIds = new Set(errors.map((e) => e.llmCallId).filter(present));
  const toolErrors = new Map<string, MetricsError>();
  for (const e of errors) if (e.toolCallId && !toolErrors.has(e.toolCallId)) toolErrors.set(e.toolCallId, e);
  return {
    trace,
    placed,
    spans: ordered,
    agents: placed.filter((p) => p.span.kind === 'agent'),
    llms: ordered.filter((s) => s.kind === 'llm'),
    tools: ordered.filter((s) => s.kind === 'tool'),
    toolErrors,
    llmFailed: (s) => s.status === 'error' || llmErrorIds.has(s.id),
    toolFailed: (s) => s.status === 'error' || toolErrors.has(s.id),
  };
}

/** A row as a definition computes it; computeDeterministicMetrics adds the name, the config and nulls for the rest. */
type DefinedRow = Partial<Omit<ComputedMetric, 'name' | 'config'>>;

/** One deterministic metric: the name of its rows and how they follow from the trace. */
type MetricDefinition = { name: string; compute: (input: MetricInput) => DefinedRow[] };

/** A row of a measured value, or none when the value is absent: a metric without inputs is left out rather than stored as 0. */
const valued = (value: number | null, resultDetail: unknown = null, at: Pick<DefinedRow, 'spanId' | 'label'> = {}): DefinedRow[] =>
  value === null || !Number.isFinite(value) ? [] : [{ value, resultDetail, ...at }];

/** A row in AgentNeo's result shape: a score with its reason, the details beside them. */
const agentNeoRow = (score: number, reason: string, details: Record<string, unknown>): DefinedRow[] => [
  { score, reason, resultDetail: { score, reason, details } },
];

// Used by more than one metric: recomputing them is a pass over the spans, simpler than caching them in the input.
type LLMTotalKey = 'promptTokens' | 'completionTokens' | 'cacheReadTokens' | 'retryCount';
const reportedTotal = (llms: readonly MetricsSpan[], key: LLMTotalKey) => {
  const reported = llms.map((s) => s[key]).filter(present);
  return reported.length ? sum(reported) : null;
};
const tokensOf = (s: MetricsSpan) =>
  s.totalTokens ?? (present(s.promptTokens) || present(s.completionTokens) ? (s.promptTokens ?? 0) + (s.completionTokens ?? 0) : null);
const llmLatencies = (llms: readonly MetricsSpan[]) => llms.map(spanDurationMs).filter(present);

function totalTokens({ llms }: MetricInput): DefinedRow[] {
  const tokens = llms.map(tokensOf).filter(present);
  return valued(tokens.length ? sum(tokens) : null);
}

/** The trace's cost: every priced span's, split by kind. */
function costUsd({ spans }: MetricInput): DefinedRow[] {
  const costed = spans.filter((s) => present(s.totalCost));
  const byKind = (kind: string) => sum(costed.filter((s) => s.kind === kind).map((s) => s.totalCost!));
  const detail = { llm: byKind('llm'), tool: byKind('tool'), agent: byKind('agent'), pricedSpans: costed.length };
  return valued(costed.length ? sum(costed.map((s) => s.totalCost!)) : null, detail);
}

function errorRate(calls: readonly MetricsSpan[], failed: (s: MetricsSpan) => boolean): DefinedRow[] {
  const failures = calls.filter(failed).length;
  return valued(calls.length ? failures / calls.length : null, { calls: calls.length, failures });
}

function llmLatencyMean({ llms }: MetricInput): DefinedRow[] {
  const latencies = llmLatencies(llms);
  return valued(mean(latencies), { calls: latencies.length });
}

function llmLatencyP95({ llms }: MetricInput): DefinedRow[] {
  const latencies = llmLatencies(llms);
  return valued(percentile(latencies, 95), { calls: latencies.length, method: 'nearest-rank' });
}

function timeToFirstToken({ llms }: MetricInput): DefinedRow[] {
  const ttft = llms.filter((s) => s.firstTokenTime).map((s) => s.firstTokenTime!.getTime() - s.startTime.getTime());
  return valued(mean(ttft), { calls: ttft.length, p95Ms: percentile(ttft, 95) });
}

function cacheReadShare({ llms }: MetricInput): DefinedRow[] {
  // The share needs both sides reported; calls that report no cache count as 0 cached tokens.
  const cacheRead = reportedTotal(llms, 'cacheReadTokens');
  const promptTokens = reportedTotal(llms, 'promptTokens');
  return valued(cacheRead !== null && promptTokens ? cacheRead / promptTokens : null, { cacheReadTokens: cacheRead, promptTokens });
}

function outputTokensPerSecond({ llms }: MetricInput): DefinedRow[] {
  // Generation time is each call's whole duration (start to end), over the calls that report output tokens.
  const generating = llms.filter((s) => present(s.completionTokens) && (spanDurationMs(s) ?? 0) > 0);
  const generationMs = sum(generating.map((s) => spanDurationMs(s)!));
  const generatedTokens = sum(generating.map((s) => s.completionTokens!));
  return valued(generationMs > 0 ? generatedTokens / (generationMs / 1000) : null, {
    completionTokens: generatedTokens,
    generationMs,
    calls: generating.length,
  });
}

/** Operational metrics of the whole trace: size, tokens, cost, failures and speed. */
const OPERATIONAL_METRICS: MetricDefinition[] = [
  { name: 'duration_ms', compute: ({ trace }) => valued(trace.durationMs) },
  { name: 'agent_invocations', compute: ({ agents }) => valued(agents.length) },
  { name: 'llm_calls', compute: ({ llms }) => valued(llms.length) },
  { name: 'tool_calls', compute: ({ tools }) => valued(tools.length) },
  { name: 'prompt_tokens', compute: ({ llms }) => valued(reportedTotal(llms, 'promptTokens')) },
  { name: 'completion_tokens', compute: ({ llms }) => valued(reportedTotal(llms, 'completionTokens')) },
  { name: 'total_tokens', compute: totalTokens },
  { name: 'cost_usd', compute: costUsd },
  { name: 'llm_error_rate', compute: ({ llms, llmFailed }) => errorRate(llms, llmFailed) },
  { name: 'tool_error_rate', compute: ({ tools, toolFailed }) => errorRate(tools, toolFailed) },
  { name: 'retries', compute: ({ llms }) => valued(reportedTotal(llms, 'retryCount'), { reportingCalls: llms.filter((s) => present(s.retryCount)).length }) },
  { name: 'llm_latency_mean_ms', compute: llmLatencyMean },
  { name: 'llm_latency_p95_ms', compute: llmLatencyP95 },
  { name: 'time_to_first_token_ms', compute: timeToFirstToken },
  { name: 'cache_read_share', compute: cacheReadShare },
  { name: 'output_tokens_per_second', compute: outputTokensPerSecond },
];

function decisionsCount({ llms }: MetricInput): DefinedRow[] {
  const decisionIds = new Set(llms.map((s) => s.decisionId).filter(present));
  const basis = decisionIds.size ? { basis: 'decision_id', llmCalls: llms.length } : { basis: 'llm_calls', llmCalls: llms.length };
  return valued(decisionIds.size || llms.length, basis);
}

function actorDurations({ agents }: MetricInput): DefinedRow[] {
  return agents.flatMap(({ span: a }) => valued(spanDurationMs(a), { actor: a.name, runType: a.runType ?? null, status: a.status }, { spanId: a.id }));
}

/** Each agent call's tokens, counting the LLM calls it is the nearest agent of, split by provider and model. */
function actorTokenUsage({ placed, agents }: MetricInput): DefinedRow[] {
  const llmsByAgent = new Map<string, MetricsSpan[]>();
  for (const p of placed) {
    if (p.span.kind !== 'llm' || !p.agentId) continue;
    const list = llmsByAgent.get(p.agentId);
    if (list) list.push(p.span);
    else llmsByAgent.set(p.agentId, [p.span]);
  }
  return agents.flatMap(({ span: a }) => {
    const own = llmsByAgent.get(a.id) ?? [];
    const byModel = new Map<
      string,
      { provider: string | null; model: string | null; calls: number; promptTokens: number; completionTokens: number; totalTokens: number }
    >();
    for (const l of own) {
      const key = JSON.stringify([l.provider ?? null, l.model ?? null]);
      const entry = byModel.get(key) ?? {
        provider: l.provider ?? null,
        model: l.model ?? null,
        calls: 0,
        promptTokens: 0,
        completionTokens: 0,
        totalTokens: 0,
      };
      entry.calls++;
      entry.promptTokens += l.promptTokens ?? 0;
      entry.completionTokens += l.completionTokens ?? 0;
      entry.totalTokens += tokensOf(l) ?? 0;
      byModel.set(key, entry);
    }
    const models = [...byModel.entries()].sort(byKey).map(([, v]) => v);
    return valued(sum(models.map((m) => m.totalTokens)), { actor: a.name, llmCalls: own.length, byModel: models }, { spanId: a.id });
  });
}

function toolDurations({ tools, toolFailed }: MetricInput): DefinedRow[] {
  return tools.flatMap((t) => valued(spanDurationMs(t), { tool: t.name, status: t.status, failed: toolFailed(t) }, { spanId: t.id }));
}

/** One row per tool name (unnamed tools share one), in name order. */
function toolErrorRates({ tools, toolFailed }: MetricInput): DefinedRow[] {
  const byTool = new Map<string, { tool: string | null; calls: number; failures: number }>();
  for (const t of tools) {
    const key = t.name ?? '';
    const entry = byTool.get(key) ?? { tool: t.name, calls: 0, failures: 0 };
    entry.calls++;
    if (toolFailed(t)) entry.failures++;
    byTool.set(key, entry);
  }
  return [...byTool.entries()].sort(byKey).flatMap(([key, e]) => valued(e.failures / e.calls, e, { label: `tool:${key}` }));
}

/** LLMTrace's keys: plan = the trace, actor = an agent call, tool = a tool call. */
const LLMTRACE_METRICS: MetricDefinition[] = [
  { name: 'plan.duration_seconds', compute: ({ trace }) => valued(trace.durationMs / 1000) },
  { name: 'plan.cost_usd', compute: costUsd },
  { name: 'plan.decisions_count', compute: decisionsCount },
  { name: 'plan.child_plans_count', compute: ({ agents }) => valued(agents.filter((a) => a.agentId !== null).length, { agentCalls: agents.length }) },
  { name: 'actor.invocation_duration_ms', compute: actorDurations },
  { name: 'actor.token_usage', compute: actorTokenUsage },
  { name: 'tool.invocation_duration_ms', compute: toolDurations },
  { name: 'tool.error_rate', compute: toolErrorRates },
];

function toolCallSuccessRate({ tools, toolFailed, toolErrors }: MetricInput): DefinedRow[] {
  if (tools.length === 0) return agentNeoRow(1, 'No tool calls were made, so none failed.', { successful_calls: 0, total_calls: 0, failed_calls: [] });
  const failures = tools.filter(toolFailed);
  const ok = tools.length - failures.length;
  const reason = failures.length
    ? `${ok} of ${tools.length} tool calls succeeded; failed: ${[...new Set(failures.map((f) => f.name ?? '(unnamed)'))].join(', ')}.`
    : `All ${tools.length} tool calls succeeded.`;
  return agentNeoRow(ok / tools.length, reason, {
    successful_calls: ok,
    total_calls: tools.length,
    failed_calls: failures.map((f) => ({ span_id: f.id, tool: f.name, error: f.error ?? toolErrors.get(f.id)?.errorMessage ?? null })),
  });
}

/**
 * A call is correct when its tool was declared by the trace or by an agent call enclosing it; a
 * call that no enclosing scope declares anything for is checked against every declaration in the
 * trace, so one agent that declares its tools does not make its undeclaring siblings all wrong.
 * No row when nothing declares tools: there is nothing to judge correctness against.
 */
function toolCallCorrectnessRate({ trace, placed, tools }: MetricInput): DefinedRow[] {
  const traceTools = declaredTools(trace.metadata).map((t) => t.name);
  const agentTools = new Map<string, string[]>();
  for (const { span } of placed) {
    if (span.kind !== 'agent') continue;
    const names = declaredTools(span.metadata).map((t) => t.name);
    if (names.length) agentTools.set(span.id, names);
  }
  if (traceTools.length === 0 && agentTools.size === 0) return [];
  const everything = new Set([...traceTools, ...[...agentTools.values()].flat()]);
  const declared = [...everything].sort();
  if (tools.length === 0)
    return agentNeoRow(1, 'No tool calls were made.', { correct_calls: 0, total_calls: 0, declared_tools: declared, undeclared_calls: [] });
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
  return agentNeoRow(correct / tools.length, reason, {
    correct_calls: correct,
    total_calls: tools.length,
    declared_tools: declared,
    undeclared_calls: undeclared,
  });
}

/** AgentNeo's two rate metrics, decided from the stored statuses, Error rows and declarations instead of a judge. */
const AGENTNEO_METRICS: MetricDefinition[] = [
  { name: 'tool_call_success_rate', compute: toolCallSuccessRate },
  { name: 'tool_call_correctness_rate', compute: toolCallCorrectnessRate },
];

/**
 * Every deterministic metric. Adding one takes one entry in its group, nothing else: a name and a
 * function of the shared input (spans in tree order, by kind, with their failures), while the
 * name, config and null defaults of its rows come from computeDeterministicMetrics. The order is
 * only the order rows are written in; a stored row is found by trace, name and span or label.
 * A changed definition bumps DETERMINISTIC_METRICS_VERSION.
 */
const DETERMINISTIC_METRICS: readonly MetricDefinition[] = [...OPERATIONAL_METRICS, ...LLMTRACE_METRICS, ...AGENTNEO_METRICS];

/**
 * Computes every deterministic metric of one trace from its rows: the operational metrics, the
 * LLMTrace keys (plan = trace, actor = agent call, tool = tool call) and AgentNeo's two rate
 * metrics made deterministic. A metric whose inputs are absent is left out rather than stored as 0.
 */
export function computeDeterministicMetrics(trace: MetricsTrace, spans: readonly MetricsSpan[], errors: readonly MetricsError[]): ComputedMetric[] {
  const input = metricInput(trace, spans, errors);
  return DETERMINISTIC_METRICS.flatMap(({ name, compute }) =>
    compute(input).map((row) => ({ name, spanId: null, label: null, score: null, value: null, reason: null, resultDetail: null, config: CONFIG, ...row })),
  );
}
