import { v5 as uuidv5, validate as isUuid } from 'uuid';
import type { ErrorEntity } from '../errors/error.entity';
import type { LLMCallEntity, SpanEntity } from '../spans/span.entity';
import type { TraceEntity } from '../traces/trace.entity';
import { dottedSegment } from './dotted-order';

/** LangSmith's server-side run_type enum: anything else is rejected with a 422. */
export const LANGSMITH_RUN_TYPES = ['llm', 'chain', 'tool', 'retriever', 'embedding', 'prompt', 'parser'] as const;
export type LangSmithRunType = (typeof LANGSMITH_RUN_TYPES)[number];

/** LangSmith's usage_metadata as the SDK sends it. */
export type ForwardUsage = {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  input_token_details?: { cache_read?: number; cache_creation?: number };
  output_token_details?: { reasoning?: number };
  input_cost?: number;
  output_cost?: number;
  total_cost?: number;
};

/** One run in LangSmith's create format (RunCreate), already holding its final state. */
export type ForwardRun = {
  id: string;
  trace_id: string;
  parent_run_id?: string;
  dotted_order: string;
  name: string;
  run_type: LangSmithRunType;
  start_time: string;
  end_time?: string;
  inputs: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  error?: string;
  tags?: string[];
  extra: { metadata: Record<string, unknown>; [key: string]: unknown };
  events?: unknown[];
  session_name: string;
};

/** Everything one trace is made of, as read from the database. */
export type ForwardTraceRows = { trace: TraceEntity; spans: SpanEntity[]; errors: ErrorEntity[] };

// A fixed namespace so a non-UUID id always derives the same UUID: retried forwards stay idempotent.
const SEXTANT_NAMESPACE = '6f0d5a3e-2f7b-5c8e-9a41-3b7c2d1e0f5a';

/** The LangSmith run id for one of our ids: itself when a UUID (lowercased), else a deterministic UUIDv5. */
export function forwardRunId(id: string): string {
  return isUuid(id) ? id.toLowerCase() : uuidv5(id, SEXTANT_NAMESPACE);
}

/** A time as LangSmith's dotted_order writes it, ISO with exactly six fractional digits. */
function isoMicro(time: Date): string {
  return `${time.toISOString().slice(0, 23)}000Z`;
}

/** The LangSmith run_type of a stored run type: agents become chains (their role goes in ls_agent_type). */
export function forwardRunType(runType: string | null | undefined, kind: string): LangSmithRunType {
  const t = (runType ?? '').toLowerCase();
  if ((LANGSMITH_RUN_TYPES as readonly string[]).includes(t)) return t as LangSmithRunType;
  return kind === 'llm' ? 'llm' : kind === 'tool' ? 'tool' : 'chain';
}

function asRecord(value: unknown, key: string): Record<string, unknown> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { [key]: value };
}

/** LLM calls stored as a bare message list go out as `messages`, the shape LangSmith renders as a chat. */
function llmIo(value: unknown, key: string): Record<string, unknown> | undefined {
  if (Array.isArray(value)) return { messages: value };
  if (typeof value === 'string') return key === 'input' ? { messages: [{ role: 'user', content: value }] } : { messages: [{ role: 'assistant', content: value }] };
  return asRecord(value, key);
}

function isLlm(span: SpanEntity): span is LLMCallEntity {
  return span.kind === 'llm';
}

function usageOf(span: LLMCallEntity): ForwardUsage | undefined {
  const hasTokens = [span.promptTokens, span.completionTokens, span.totalTokens].some((n) => n !== null && n !== undefined);
  const hasCost = [span.promptCost, span.completionCost, span.totalCost].some((n) => n !== null && n !== undefined);
  if (!hasTokens && !hasCost) return undefined;
  const input = span.promptTokens ?? 0;
  const output = span.completionTokens ?? 0;
  const usage: ForwardUsage = { input_tokens: input, output_tokens: output, total_tokens: span.totalTokens ?? input + output };
  const inputDetails: ForwardUsage['input_token_details'] = {};
  if (span.cacheReadTokens !== null && span.cacheReadTokens !== undefined) inputDetails.cache_read = span.cacheReadTokens;
  if (span.cacheCreationTokens !== null && span.cacheCreationTokens !== undefined) inputDetails.cache_creation = span.cacheCreationTokens;
  if (Object.keys(inputDetails).length) usage.input_token_details = inputDetails;
  if (span.reasoningTokens !== null && span.reasoningTokens !== undefined) usage.output_token_details = { reasoning: span.reasoningTokens };
  if (span.promptCost !== null && span.promptCost !== undefined) usage.input_cost = span.promptCost;
  if (span.completionCost !== null && span.completionCost !== undefined) usage.output_cost = span.completionCost;
  if (span.totalCost !== null && span.totalCost !== undefined) usage.total_cost = span.totalCost;
  else if (usage.input_cost !== undefined || usage.output_cost !== undefined) usage.total_cost = (usage.input_cost ?? 0) + (usage.output_cost ?? 0);
  return usage;
}

function errorText(type: string | null | undefined, message: string): string {
  return type && !message.startsWith(type) ? `${type}: ${message}` : message;
}

/**
 * Maps one trace's rows to LangSmith runs, root first then parents before children, each with its
 * final state so one `post` per run suffices. The root is the span whose id is the trace's (traces
 * ingested from LangSmith) or else a chain run made from the trace row; spans whose parent is
 * missing or part of a cycle hang under the root, so the tree LangSmith validates is always whole.
 */
export function mapTraceToRuns(rows: ForwardTraceRows, sessionName: string): ForwardRun[] {
  const { trace, spans, errors } = rows;
  const rootSpan = spans.find((s) => s.id === trace.id);
  const byId = new Map(spans.map((s) => [s.id, s]));
  const errorsBySpan = new Map<string, ErrorEntity[]>();
  const traceErrors: ErrorEntity[] = [];
  for (const e of errors) {
    const owner = e.llmCallId ?? e.toolCallId ?? e.agentId;
    if (owner && byId.has(owner)) errorsBySpan.set(owner, [...(errorsBySpan.get(owner) ?? []), e]);
    else traceErrors.push(e);
  }

  const rootId = forwardRunId(trace.id);
  const commonMetadata: Record<string, unknown> = { sextant_trace_id: trace.id, sextant_project_id: trace.projectId };
  if (trace.sessionId) commonMetadata.session_id = trace.sessionId;
  if (trace.userId) commonMetadata.user_id = trace.userId;

  // Effective parent of each span: its own when present and not the root's self-loop, else the root.
  const parentOf = (s: SpanEntity): string => (s.parentId && s.parentId !== s.id && byId.has(s.parentId) ? s.parentId : trace.id);
  const children = new Map<string, SpanEntity[]>();
  for (const s of spans) {
    if (s.id === trace.id) continue;
    const p = parentOf(s);
    children.set(p, [...(children.get(p) ?? []), s]);
  }
  for (const list of children.values()) list.sort((a, b) => a.startTime.getTime() - b.startTime.getTime() || a.id.localeCompare(b.id));

  const rootStart = rootSpan?.startTime ?? trace.startTime;
  const rootEnd = rootSpan?.endTime ?? trace.endTime;
  const rootErrorText = rootSpan?.error
    ? errorText(rootSpan.errorType, rootSpan.error)
    : trace.errorMessage
      ? errorText(trace.errorType, trace.errorMessage)
      : traceErrors[0]
        ? errorText(traceErrors[0].errorType, traceErrors[0].errorMessage)
        : trace.errorFlag ? 'Error' : undefined;
  const root = rootSpan
    ? spanRun(rootSpan, undefined, undefined, rootStart)
    : baseRun({
        id: rootId, name: trace.name ?? 'trace', runType: 'chain', start: rootStart, end: rootEnd, parent: undefined,
        inputs: asRecord(trace.input, 'input') ?? {}, outputs: asRecord(trace.output, 'output'), error: rootErrorText,
        tags: trace.tags, metadata: { ...trace.metadata, ...(trace.modelName ? { ls_model_name: trace.modelName } : {}) },
      });
  if (!rootSpan) root.extra.metadata.ls_agent_type = 'root';
  else if (!root.error && rootErrorText) root.error = rootErrorText;

  const out: ForwardRun[] = [root];
  const visited = new Set<string>([trace.id]);
  // Breadth-first from the root; a span never reached (a cycle among spans) is attached to the root after.
  const queue: Array<{ span: SpanEntity; parent: ForwardRun }> = (children.get(trace.id) ?? []).map((span) => ({ span, parent: root }));
  const drain = () => {
    while (queue.length) {
      const { span, parent } = queue.shift()!;
      if (visited.has(span.id)) continue;
      visited.add(span.id);
      const run = spanRun(span, parent, 'subagent');
      out.push(run);
      for (const c of children.get(span.id) ?? []) queue.push({ span: c, parent: run });
    }
  };
  drain();
  for (const s of [...spans].sort((a, b) => a.startTime.getTime() - b.startTime.getTime())) {
    if (!visited.has(s.id)) {
      queue.push({ span: s, parent: root });
      drain();
    }
  }
  return out;

  function baseRun(a: {
    id: string; name: string; runType: LangSmithRunType; start: Date; end: Date | null | undefined; parent: ForwardRun | undefined;
    inputs: Record<string, unknown>; outputs: Record<string, unknown> | undefined; error: string | undefined; tags: string[] | undefined;
    metadata: Record<string, unknown>; extra?: Record<string, unknown> | null; events?: unknown;
  }): ForwardRun {
    // LangSmith orders a trace by dotted_order, and start_time must equal the segment's timestamp:
    // a child that (by clock skew) started before its parent is moved to its parent's start.
    const start = a.parent && a.start.getTime() < Date.parse(a.parent.start_time) ? new Date(a.parent.start_time) : a.start;
    const end = a.end ? new Date(Math.max(a.end.getTime(), start.getTime())) : undefined;
    const segment = dottedSegment(start, a.id);
    const run: ForwardRun = {
      id: a.id,
      trace_id: rootId,
      dotted_order: a.parent ? `${a.parent.dotted_order}.${segment}` : segment,
      name: a.name,
      run_type: a.runType,
      start_time: isoMicro(start),
      inputs: a.inputs,
      extra: { ...(a.extra ?? {}), metadata: { ...a.metadata, ...commonMetadata } },
      session_name: sessionName,
    };
    if (a.parent) run.parent_run_id = a.parent.id;
    if (end) run.end_time = isoMicro(end);
    if (a.outputs) run.outputs = a.outputs;
    if (a.error) run.error = a.error;
    if (a.tags?.length) run.tags = a.tags;
    if (Array.isArray(a.events) && a.events.length) run.events = a.events;
    return run;
  }

  function spanRun(span: SpanEntity, parent: ForwardRun | undefined, agentRole: string | undefined, start?: Date): ForwardRun {
    const llm = isLlm(span);
    const ownErrors = errorsBySpan.get(span.id) ?? [];
    const error = span.error
      ? errorText(span.errorType, span.error)
      : ownErrors[0]
        ? errorText(ownErrors[0].errorType, ownErrors[0].errorMessage)
        : span.status === 'error' ? 'Error' : undefined;
    const metadata: Record<string, unknown> = { ...span.metadata, sextant_span_id: span.id };
    if (span.runType === 'agent' || (span.kind === 'agent' && span.runType === 'chain' && span.metadata?.ls_agent_type !== undefined)) {
      metadata.ls_agent_type = span.metadata?.ls_agent_type ?? (parent ? agentRole : 'root');
    }
    if (llm) {
      if (span.provider) metadata.ls_provider = span.provider;
      if (span.model) metadata.ls_model_name = span.model;
      if (span.invocationParams) metadata.ls_invocation_params = span.invocationParams;
      if (span.temperature !== null && span.temperature !== undefined) metadata.ls_temperature = span.temperature;
      if (span.maxTokens !== null && span.maxTokens !== undefined) metadata.ls_max_tokens = span.maxTokens;
      if (span.stopTokens?.length) metadata.ls_stop = span.stopTokens;
    } else if (span.totalCost !== null && span.totalCost !== undefined) {
      metadata.sextant_cost = span.totalCost;
    }
    const run = baseRun({
      id: forwardRunId(span.id), name: span.name ?? span.runType, runType: forwardRunType(span.runType, span.kind),
      start: start ?? span.startTime, end: span.endTime, parent,
      inputs: (llm ? llmIo(span.inputs, 'input') : asRecord(span.inputs, 'input')) ?? {},
      outputs: llm ? llmIo(span.outputs, 'output') : asRecord(span.outputs, 'output'),
      error, tags: span.tags, metadata, extra: span.extra, events: span.events,
    });
    if (llm) {
      const usage = usageOf(span);
      // Where the SDK's traceable puts it (both places), which is where LangSmith reads tokens and cost.
      if (usage) {
        run.outputs = { ...(run.outputs ?? {}), usage_metadata: usage };
        run.extra.metadata.usage_metadata = usage;
      }
    }
    return run;
  }
}
