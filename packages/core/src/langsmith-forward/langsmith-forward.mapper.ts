import { v5 as uuidv5 } from 'uuid';
import { isUuid } from '../common/uuid.util';
import type { ErrorEntity } from '../traces/error.entity';
import type { MetricEntity } from '../traces/metric.entity';
import type { LLMCallEntity, SpanEntity } from '../spans/span.entity';
import type { TraceEntity } from '../traces/trace.entity';
import { dottedSegment, isoMicro, parseDottedOrder } from '../spans/dotted-order.util';
import { spanName } from '../spans/span.mapper';

/** LangSmith's server-side run_type enum: anything else is rejected with a 422. */
export const LANGSMITH_RUN_TYPES = ['llm', 'chain', 'tool', 'retriever', 'embedding', 'prompt', 'parser'] as const;
type LangSmithRunType = (typeof LANGSMITH_RUN_TYPES)[number];

/** LangSmith's usage_metadata as the SDK sends it. */
type ForwardUsage = {
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
  /** Files kept with the run (LangSmith's attachments), sent as `attachment.<id>.<name>` parts. */
  attachments?: Record<string, { contentType: string; data: string }>;
};

/** The fields of a run LangSmith's RunUpdate carries (a `patch`): never name, run_type or start_time. */
export type ForwardPatch = Pick<ForwardRun, 'id' | 'trace_id' | 'dotted_order' | 'session_name'> &
  Partial<Pick<ForwardRun, 'parent_run_id' | 'end_time' | 'inputs' | 'outputs' | 'error' | 'tags' | 'extra' | 'events' | 'attachments'>>;

const PATCH_FIELDS = [
  'id',
  'trace_id',
  'dotted_order',
  'session_name',
  'parent_run_id',
  'end_time',
  'inputs',
  'outputs',
  'error',
  'tags',
  'extra',
  'events',
  'attachments',
] as const;

/** The update of a run already sent: its current state in RunUpdate's fields. */
export function toPatch(run: ForwardRun): ForwardPatch {
  const patch: Record<string, unknown> = {};
  for (const f of PATCH_FIELDS) if (run[f] !== undefined) patch[f] = run[f];
  return patch as ForwardPatch;
}

/** One feedback in LangSmith's FeedbackCreate format, sent as a `feedback.<id>` part. */
export type ForwardFeedback = {
  id: string;
  run_id: string;
  trace_id: string;
  key: string;
  score?: number;
  value?: unknown;
  comment?: string;
  correction?: unknown;
  feedback_source: unknown;
  created_at: string;
};

/** Everything one trace is made of, as read from the database; `metrics` are those clients sent (feedback). */
export type ForwardTraceRows = { trace: TraceEntity; spans: SpanEntity[]; errors: ErrorEntity[]; metrics?: MetricEntity[] };

/**
 * The metrics clients sent (LangSmith feedback, GraphQL evaluations) as LangSmith feedback on the
 * run they score, or on the root run. Metrics Sextant computes itself stay in Sextant.
 */
export function mapTraceFeedback(rows: ForwardTraceRows, runIds: ReadonlySet<string>): ForwardFeedback[] {
  const rootId = forwardRunId(rows.trace.id);
  return (rows.metrics ?? []).map((m) => {
    const runId = m.spanId ? forwardRunId(m.spanId) : rootId;
    const detail = ((m.resultDetail as { feedback?: Record<string, unknown> } | null)?.feedback ?? {}) as Record<string, unknown>;
    const f: ForwardFeedback = {
      id: forwardRunId(m.id),
      run_id: runIds.has(runId) ? runId : rootId,
      trace_id: rootId,
      key: m.name,
      feedback_source: detail.feedback_source ?? { type: 'api', metadata: { sextant_metric_source: m.source } },
      created_at: m.timestamp.toISOString(),
    };
    const score = m.score ?? m.value;
    if (score !== null && score !== undefined) f.score = score;
    if (detail.value !== undefined) f.value = detail.value;
    else if (m.label !== null && m.label !== undefined) f.value = m.label;
    if (m.reason) f.comment = m.reason;
    if (detail.correction !== undefined) f.correction = detail.correction;
    else if (m.correction !== null && m.correction !== undefined) f.correction = m.correction;
    return f;
  });
}

// A fixed namespace so a non-UUID id always derives the same UUID: retried forwards stay idempotent.
const SEXTANT_NAMESPACE = '6f0d5a3e-2f7b-5c8e-9a41-3b7c2d1e0f5a';

/** The LangSmith run id for one of our ids: itself when a UUID of any version (OTLP's are often of none; lowercased), else a deterministic UUIDv5. */
export function forwardRunId(id: string): string {
  return isUuid(id) ? id.toLowerCase() : uuidv5(id, SEXTANT_NAMESPACE);
}

/** The LangSmith run_type of a stored run type: agents become chains (their role goes in ls_agent_type). */
function forwardRunType(runType: string | null | undefined, kind: string): LangSmithRunType {
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
  if (typeof value === 'string')
    return key === 'input' ? { messages: [{ role: 'user', content: value }] } : { messages: [{ role: 'assistant', content: value }] };
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

/** The attachments whose bytes were kept (an over-the-cap one was stored without them, so it cannot go on). */
function attachmentsOf(stored: Record<string, unknown> | null | undefined): ForwardRun['attachments'] {
  const out: NonNullable<ForwardRun['attachments']> = {};
  for (const [name, value] of Object.entries(stored ?? {})) {
    const a = value as { contentType?: unknown; data?: unknown; encoding?: unknown };
    if (typeof a?.data === 'string' && a.encoding === 'base64')
      out[name] = { contentType: typeof a.contentType === 'string' ? a.contentType : 'application/octet-stream', data: a.data };
  }
  return Object.keys(out).length ? out : undefined;
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
  // Siblings in start order; those that started within the same millisecond keep the order they
  // reached us in (an earlier arrival never moves), told apart in the microsecond digits the way
  // the SDK does, so LangSmith shows them in that order rather than by UUID.
  const micro = new Map<string, number>();
  for (const list of children.values()) {
    list.sort(
      (a, b) => a.startTime.getTime() - b.startTime.getTime() || (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) || a.id.localeCompare(b.id),
    );
    let n = 0;
    list.forEach((s, i) => {
      n = i > 0 && list[i - 1].startTime.getTime() === s.startTime.getTime() ? n + 1 : 0;
      micro.set(s.id, ownMicro(s) ?? n);
    });
  }

  const rootStart = rootSpan?.startTime ?? trace.startTime;
  const rootEnd = rootSpan?.endTime ?? trace.endTime;
  const rootErrorText = rootSpan?.error
    ? errorText(rootSpan.errorType, rootSpan.error)
    : trace.errorMessage
      ? errorText(trace.errorType, trace.errorMessage)
      : traceErrors[0]
        ? errorText(traceErrors[0].errorType, traceErrors[0].errorMessage)
        : // A root run of its own says itself whether it failed; a synthesized one reflects the trace.
          trace.errorFlag && !rootSpan
          ? 'Error'
          : undefined;
  const root = rootSpan
    ? spanRun(rootSpan, undefined, undefined)
    : baseRun({
        id: rootId,
        name: trace.name ?? 'trace',
        runType: 'chain',
        start: rootStart,
        micro: 0,
        end: rootEnd,
        parent: undefined,
        inputs: asRecord(trace.input, 'input') ?? {},
        outputs: asRecord(trace.output, 'output'),
        error: rootErrorText,
        tags: trace.tags,
        metadata: { ...trace.metadata, ...(trace.modelName ? { ls_model_name: trace.modelName } : {}) },
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
    id: string;
    name: string;
    runType: LangSmithRunType;
    start: Date;
    micro: number;
    end: Date | null | undefined;
    parent: ForwardRun | undefined;
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown> | undefined;
    error: string | undefined;
    tags: string[] | undefined;
    metadata: Record<string, unknown>;
    extra?: Record<string, unknown> | null;
    events?: unknown;
  }): ForwardRun {
    // LangSmith orders a trace by dotted_order, and start_time must equal the segment's timestamp:
    // a child that (by clock skew) started before its parent is moved to its parent's start.
    let start = a.start;
    let us = a.micro;
    if (a.parent) {
      const parentStart = Date.parse(a.parent.start_time);
      const parentUs = Number(a.parent.start_time.slice(23, 26));
      if (start.getTime() < parentStart || (start.getTime() === parentStart && us < parentUs)) {
        start = new Date(parentStart);
        us = parentUs;
      }
    }
    const end = a.end ? new Date(Math.max(a.end.getTime(), start.getTime())) : undefined;
    const segment = dottedSegment(start, a.id, us);
    const run: ForwardRun = {
      id: a.id,
      trace_id: rootId,
      dotted_order: a.parent ? `${a.parent.dotted_order}.${segment}` : segment,
      name: a.name,
      run_type: a.runType,
      start_time: isoMicro(start, us),
      inputs: a.inputs,
      extra: { ...(a.extra ?? {}), metadata: { ...a.metadata, ...commonMetadata } },
      session_name: sessionName,
    };
    if (a.parent) run.parent_run_id = a.parent.id;
    if (end) run.end_time = isoMicro(end, end.getTime() === start.getTime() ? us : 0);
    if (a.outputs) run.outputs = a.outputs;
    if (a.error) run.error = a.error;
    if (a.tags?.length) run.tags = a.tags;
    if (Array.isArray(a.events) && a.events.length) run.events = a.events;
    return run;
  }

  /** The microsecond digits LangSmith gave this run (an SDK-sent run keeps its own dotted_order's). */
  function ownMicro(span: SpanEntity): number | undefined {
    const last = parseDottedOrder(span.dottedOrder)?.at(-1);
    return last && last.id === forwardRunId(span.id) && last.time.getTime() === span.startTime.getTime() ? Math.trunc(last.subMillisecond) : undefined;
  }

  function spanRun(span: SpanEntity, parent: ForwardRun | undefined, agentRole: string | undefined): ForwardRun {
    const llm = isLlm(span);
    const ownErrors = errorsBySpan.get(span.id) ?? [];
    const error = span.error
      ? errorText(span.errorType, span.error)
      : ownErrors[0]
        ? errorText(ownErrors[0].errorType, ownErrors[0].errorMessage)
        : span.status === 'error'
          ? 'Error'
          : undefined;
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
      id: forwardRunId(span.id),
      name: spanName(span) ?? span.runType,
      runType: forwardRunType(span.runType, span.kind),
      start: span.startTime,
      micro: parent ? (micro.get(span.id) ?? 0) : (ownMicro(span) ?? 0),
      end: span.endTime,
      parent,
      inputs: (llm ? llmIo(span.inputs, 'input') : asRecord(span.inputs, 'input')) ?? {},
      outputs: llm ? llmIo(span.outputs, 'output') : asRecord(span.outputs, 'output'),
      error,
      tags: span.tags,
      metadata,
      extra: span.extra,
      events: span.events,
    });
    const files = attachmentsOf(span.attachments);
    if (files) run.attachments = files;
    if (llm) {
      const usage = usageOf(span);
      // Where the SDK's traceable puts it (both places), which is where LangSmith reads tokens and cost.
      // Outputs that already carry usage_metadata (the SDK's) go out as they came in.
      if (usage) {
        if ((run.outputs as Record<string, unknown> | undefined)?.usage_metadata === undefined) run.outputs = { ...(run.outputs ?? {}), usage_metadata: usage };
        run.extra.metadata.usage_metadata = usage;
      }
    }
    return run;
  }
}
