import { v5 as uuidv5 } from 'uuid';
import type { AgentCallInput, ErrorInput, LLMCallInput, SpanInputBase, ToolCallInput, TraceInput } from '../ingest/ingest.input';
import type { RunTypeEnum } from '../spans/span.type';
import type { SpanKind } from '../spans/span.entity';
import { parseDottedOrder } from '../spans/dotted-order.util';
import { parseLangSmithTime, type LangSmithRun, type LangSmithUsage } from './langsmith.schemas';

/** A run with everything the request and the database could tell about its place: ready to map. */
export type ResolvedRun = {
  op: 'post' | 'patch';
  run: LangSmithRun;
  id: string;
  kind: SpanKind;
  runType: string;
  traceId: string;
  /** Undefined keeps the stored parent (an update that does not name one). */
  parentId: string | undefined;
  /** The run is its trace's root: it also fills the trace. */
  isRoot: boolean;
  dottedOrder: string | undefined;
  startTime: Date | undefined;
  attachments?: Record<string, unknown>;
};

type MappedSpan = { kind: 'agent'; input: AgentCallInput } | { kind: 'llm'; input: LLMCallInput } | { kind: 'tool'; input: ToolCallInput };

/** The ingest items one run becomes: its span, its trace's fields, and an error row when it failed. */
export type MappedRun = { span: MappedSpan; trace?: TraceInput; error?: ErrorInput };

const KIND_BY_RUN_TYPE: Record<string, SpanKind> = {
  llm: 'llm',
  embedding: 'llm',
  tool: 'tool',
  retriever: 'tool',
  chain: 'agent',
  prompt: 'agent',
  parser: 'agent',
  agent: 'agent',
};

/** The span kind a LangSmith run type is stored as; null for a type LangSmith does not define. */
export function kindOfRunType(runType: string | null | undefined): SpanKind | null {
  return runType ? (KIND_BY_RUN_TYPE[runType.toLowerCase()] ?? null) : null;
}

/** The run type stored: LangSmith's own, except chains that declare an agent role (ls_agent_type) are agents. */
export function storedRunType(runType: string, metadata: Record<string, unknown> | undefined): string {
  const t = runType.toLowerCase();
  return t === 'chain' && metadata?.ls_agent_type !== undefined && metadata.ls_agent_type !== null ? 'agent' : t;
}

/** Whether a run that names no type looks like a model call (an update sent before its create, by a client that omits run_type). */
export function looksLikeLlmRun(run: LangSmithRun): boolean {
  const metadata = metadataOf(run);
  const outputs = asObject(run.outputs);
  return Boolean(usageOf(run) || metadata?.ls_model_name || outputs?.generations || outputs?.llm_output);
}

// Error rows get ids derived from their run's, so a run sent twice never makes two error rows.
const ERROR_ID_NAMESPACE = '5f0b6c1e-8a4d-4c55-9a3b-2f6f0d1c7e42';

/** Session (thread) keys LangSmith groups traces by, in its order of precedence. */
const SESSION_KEYS = ['session_id', 'thread_id', 'conversation_id'] as const;

/** The thread a run belongs to, from its metadata. */
export function sessionIdOf(metadata: Record<string, unknown> | undefined): string | undefined {
  for (const key of SESSION_KEYS) {
    const v = metadata?.[key];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

/** Maps one LangSmith run to its span (LLM, tool or agent call), its trace fields (root runs) and its error row. */
export function mapRun(r: ResolvedRun): MappedRun {
  const run = r.run;
  const metadata = metadataOf(run);
  const base: SpanInputBase = {
    id: r.id,
    traceId: r.traceId,
    parentId: r.parentId,
    runType: r.runType as RunTypeEnum,
    name: run.name ?? undefined,
    startTime: r.startTime,
    endTime: run.end_time ?? undefined,
    stepIndex: executionOrderOf(run, r.dottedOrder),
    dottedOrder: r.dottedOrder,
    inputs: run.inputs ?? undefined,
    outputs: run.outputs ?? undefined,
    error: run.error,
    errorType: run.error ? errorTypeOf(run.error) : undefined,
    metadata,
    tags: run.tags ?? undefined,
    events: run.events ?? undefined,
    serialized: run.serialized ?? undefined,
    extra: extraOf(run),
    attachments: r.attachments,
    referenceExampleId: run.reference_example_id ?? undefined,
  };

  const out: MappedRun = { span: spanOf(r, base, metadata) };
  const sessionId = sessionIdOf(metadata);
  if (r.isRoot) {
    out.trace = {
      id: r.traceId,
      name: run.name ?? undefined,
      startTime: r.startTime,
      endTime: run.end_time ?? undefined,
      inputs: run.inputs ?? undefined,
      outputs: run.outputs ?? undefined,
      errorMessage: run.error,
      errorType: base.errorType,
      tags: run.tags ?? undefined,
      metadata,
      sessionId,
      userId: typeof metadata?.user_id === 'string' ? metadata.user_id : undefined,
    };
  } else if (sessionId) {
    // LangSmith reads the thread from any run of the trace, not only the root.
    out.trace = { id: r.traceId, sessionId };
  }
  if (run.error) out.error = errorOf(r, run.error, base.errorType);
  return out;
}

function spanOf(r: ResolvedRun, base: SpanInputBase, metadata: Record<string, unknown> | undefined): MappedSpan {
  if (r.kind === 'llm') return { kind: 'llm', input: { ...base, ...llmFields(r, metadata) } };
  if (r.kind === 'tool') {
    const usage = usageOf(r.run);
    const outputs = asObject(r.run.outputs);
    return {
      kind: 'tool',
      input: {
        ...base,
        totalCost: nonNegative(usage?.total_cost) ?? nonNegative(r.run.total_cost),
        retrievedDocs: r.runType === 'retriever' && Array.isArray(outputs?.documents) ? outputs.documents : undefined,
      },
    };
  }
  return { kind: 'agent', input: base };
}

/** Model, tokens, cost and sampling settings of an LLM run, from usage_metadata and the ls_* metadata. */
function llmFields(r: ResolvedRun, metadata: Record<string, unknown> | undefined): Partial<LLMCallInput> {
  const run = r.run;
  const usage = usageOf(run);
  const params = asObject(asObject(run.extra)?.invocation_params) ?? asObject(metadata?.ls_invocation_params);
  const inDetails = numbers(usage?.input_token_details);
  const outDetails = numbers(usage?.output_token_details);
  const firstToken = firstTokenTime(run);
  const temperature = nonNegative(metadata?.ls_temperature) ?? nonNegative(params?.temperature);
  const topP = nonNegative(params?.top_p);
  const stop = metadata?.ls_stop ?? params?.stop;
  return {
    provider: text(metadata?.ls_provider),
    model: text(metadata?.ls_model_name) ?? MODEL_PARAM_KEYS.map((k) => text(params?.[k])).find(Boolean),
    promptTokens: count(usage?.input_tokens) ?? count(run.prompt_tokens),
    completionTokens: count(usage?.output_tokens) ?? count(run.completion_tokens),
    totalTokens: count(usage?.total_tokens) ?? count(run.total_tokens),
    cacheReadTokens: count(inDetails?.cache_read),
    cacheCreationTokens: count(inDetails?.cache_creation),
    reasoningTokens: count(outDetails?.reasoning),
    promptTokenDetails: inDetails,
    completionTokenDetails: outDetails,
    promptCost: nonNegative(usage?.input_cost) ?? nonNegative(run.prompt_cost),
    completionCost: nonNegative(usage?.output_cost) ?? nonNegative(run.completion_cost),
    totalCost: nonNegative(usage?.total_cost) ?? nonNegative(run.total_cost),
    promptCostDetails: numbers(usage?.input_cost_details),
    completionCostDetails: numbers(usage?.output_cost_details),
    firstTokenTime: firstToken && (!r.startTime || firstToken >= r.startTime) ? firstToken : undefined,
    streaming: firstToken ? true : typeof params?.stream === 'boolean' ? params.stream : undefined,
    temperature,
    topP: topP !== undefined && topP <= 1 ? topP : undefined,
    maxTokens: count(metadata?.ls_max_tokens) ?? count(params?.max_tokens),
    stopTokens: Array.isArray(stop) && stop.every((s) => typeof s === 'string') ? (stop as string[]) : typeof stop === 'string' ? [stop] : undefined,
    invocationParams: params,
  };
}

// LangSmith's fallback order for the model name when ls_model_name is absent.
const MODEL_PARAM_KEYS = ['model', 'model_name', 'model_id', 'model_path', 'endpoint_name'];

/**
 * The run's usage: `outputs.usage_metadata` over `extra.metadata.usage_metadata` (the SDK writes
 * both; a forwarding Sextant adds its costs to the second only), else a LangChain chat
 * generation's `usage_metadata`, else `llm_output.token_usage`.
 */
function usageOf(run: LangSmithRun): LangSmithUsage | undefined {
  const outputs = asObject(run.outputs);
  const fromOutputs = asObject(outputs?.usage_metadata);
  const fromMetadata = asObject(metadataOf(run)?.usage_metadata);
  if (fromOutputs || fromMetadata) return { ...fromMetadata, ...fromOutputs } as LangSmithUsage;
  const generations = outputs?.generations;
  const first = Array.isArray(generations) ? (Array.isArray(generations[0]) ? generations[0][0] : generations[0]) : undefined;
  const message = asObject(asObject(first)?.message);
  const fromMessage = asObject(asObject(message?.kwargs)?.usage_metadata) ?? asObject(message?.usage_metadata);
  if (fromMessage) return fromMessage as LangSmithUsage;
  const llmOutput = asObject(outputs?.llm_output);
  const tokenUsage = asObject(llmOutput?.token_usage) ?? asObject(llmOutput?.tokenUsage);
  if (!tokenUsage) return undefined;
  return {
    input_tokens: (tokenUsage.prompt_tokens ?? tokenUsage.promptTokens) as number | undefined,
    output_tokens: (tokenUsage.completion_tokens ?? tokenUsage.completionTokens) as number | undefined,
    total_tokens: (tokenUsage.total_tokens ?? tokenUsage.totalTokens) as number | undefined,
  };
}

/**
 * LangSmith's execution_order: sent as such by older clients; the JS SDK writes it instead as the
 * microseconds of start_time and dotted_order (milliseconds + a 3-digit counter), and the Python
 * SDK's microseconds are real time. Either way they order siblings that started in the same
 * millisecond, which Sextant's millisecond start times cannot.
 */
function executionOrderOf(run: LangSmithRun, dottedOrder: string | undefined): number | undefined {
  const explicit = count(run.execution_order);
  if (explicit !== undefined) return explicit;
  const segments = parseDottedOrder(dottedOrder);
  return segments ? segments[segments.length - 1].subMillisecond : undefined;
}

/** The time of the first streamed token: `first_token_time`, else the first `new_token` event. */
function firstTokenTime(run: LangSmithRun): Date | undefined {
  if (run.first_token_time) return run.first_token_time;
  for (const e of run.events ?? []) {
    const ev = asObject(e);
    if (ev?.name === 'new_token' && (typeof ev.time === 'string' || typeof ev.time === 'number')) return parseLangSmithTime(ev.time) ?? undefined;
  }
  return undefined;
}

function errorOf(r: ResolvedRun, error: string, errorType: string | undefined): ErrorInput {
  const [firstLine] = error.split('\n', 1);
  const input: ErrorInput = {
    id: uuidv5(r.id, ERROR_ID_NAMESPACE),
    traceId: r.traceId,
    errorType,
    errorMessage: firstLine.trim() || error,
    stackTrace: error.includes('\n') ? error : undefined,
    timestamp: r.run.end_time ?? r.startTime,
  };
  if (r.kind === 'llm') input.llmCallId = r.id;
  else if (r.kind === 'tool') input.toolCallId = r.id;
  else input.agentId = r.id;
  return input;
}

/** "TypeError: x" → "TypeError"; a Python traceback names its type on its last line. */
function errorTypeOf(error: string): string | undefined {
  const lines = error.trim().split('\n');
  for (const line of [lines[0], lines[lines.length - 1]]) {
    const m = /^([A-Za-z_][\w.]*)(?::|\(|$)/.exec(line.trim());
    if (m && /(Error|Exception|Interrupt|Exit|Warning|Fault)$/.test(m[1])) return m[1];
  }
  return undefined;
}

/** `extra.metadata`, plus the run's revision_id as LangSmith files it. */
function metadataOf(run: LangSmithRun): Record<string, unknown> | undefined {
  const metadata = asObject(run.extra?.metadata);
  if (!run.revision_id) return metadata;
  return { ...metadata, revision_id: run.revision_id };
}

/** `extra` without `metadata` (stored apart); undefined when nothing else is in it, so a stored one is kept. */
function extraOf(run: LangSmithRun): Record<string, unknown> | undefined {
  if (!run.extra) return undefined;
  const { metadata: _metadata, ...rest } = run.extra;
  return Object.keys(rest).length ? rest : undefined;
}

const asObject = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

// Hints that fail our stricter checks are dropped rather than failing the whole run.
const nonNegative = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
const count = (v: unknown): number | undefined => {
  const n = nonNegative(v);
  return n !== undefined && n <= 2_147_483_647 ? Math.round(n) : undefined;
};

/** The numeric entries of a details object (LangSmith's token and cost details); undefined when none. */
function numbers(v: unknown): Record<string, number> | undefined {
  const o = asObject(v);
  if (!o) return undefined;
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(o)) if (typeof n === 'number' && Number.isFinite(n)) out[k] = n;
  return Object.keys(out).length ? out : undefined;
}
