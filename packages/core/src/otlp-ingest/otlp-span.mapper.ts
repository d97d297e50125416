import { uuidOfOtelTraceId } from '../common/uuid.util';
import { v5 as uuidv5 } from 'uuid';
import type { AgentCallInput, ErrorInput, LLMCallInput, SpanInputBase, ToolCallInput, TraceInput } from '../ingest/ingest.input';
import type { SpanKind } from '../spans/span.entity';
import type { RunTypeEnum, SpanStatusEnum } from '../spans/span.type';
import type { TraceStatusEnum } from '../traces/trace.type';
import {
  type Attrs,
  asObject,
  attributesToJson,
  count,
  nanosText,
  nanosToDate,
  nonNegative,
  num,
  OtlpShapeError,
  parseMaybeJson,
  str,
  unflatten,
  withPrefix,
} from './otlp-attributes.util';
import {
  type ChatMessage,
  fromMessageEvents,
  fromOpenInferenceMessages,
  fromOpenLlmetryMessages,
  fromSemconvMessages,
  fromVercelMessages,
  fromVercelPrompt,
  fromVercelToolCalls,
  type ToolCallRequest,
} from './otlp-messages.parser';
import type { OtlpExportTraceRequest, OtlpMapResult, OtlpResourceSpans, OtlpMappedBatch, OtlpRejection, OtlpScope, OtlpSpan } from './otlp.types';

// Maps an OTLP trace export onto Sextant's ingest items. Pure: no I/O, no clock (every time comes from
// the spans), the same request always gives the same items and ids. One span that cannot be mapped is
// rejected alone, with its reason; the others still map.
//
// Conventions, in the order they are tried, are listed at each step below. Token counts follow the
// OTel GenAI convention, which is also ours (LLMCallInput, price-table.compute.ts): promptTokens counts
// every input token, cached ones included; completionTokens every output token, reasoning included;
// cacheReadTokens, cacheCreationTokens and reasoningTokens are breakdowns of those two, never added to
// them. Only LLM calls carry token fields: a wrapper span that reports usage (an agent, a chain, the
// AI SDK's ai.generateText) keeps it in metadata['otel.usage'], so a trace's totals count each model
// call once.

const OTEL_SPAN_NAMESPACE = '1b6f1f8e-3c0d-5d2a-9f1e-6a0c4f2b7d31';
const OTEL_ERROR_NAMESPACE = '7d3e2a90-5b1c-5f4e-8a6d-0c9b1e2f3a45';

const HEX32 = /^[0-9a-f]{32}$/;
const HEX16 = /^[0-9a-f]{16}$/;

/**
 * The OTel trace id (32 hex characters) as the UUID of its trace: the same 128 bits. Random bits, so
 * the result often has no RFC 9562 version or variant: Postgres' uuid type stores it, but uuid's
 * validate() (the ingest validator's read.uuid) refuses it.
 */
export function otelTraceIdToUuid(traceId: string): string {
  const h = traceId.toLowerCase();
  if (!HEX32.test(h) || /^0+$/.test(h))
    throw new OtlpShapeError(`traceId must be 32 hex characters, not all zero; got ${JSON.stringify(traceId.slice(0, 40))}`);
  return uuidOfOtelTraceId(h);
}

/** The UUID of a span: a v5 UUID of its trace id and span id (span ids are unique only within a trace). */
export function otelSpanIdToUuid(traceId: string, spanId: string): string {
  const s = spanId.toLowerCase();
  if (!HEX16.test(s) || /^0+$/.test(s)) throw new OtlpShapeError(`spanId must be 16 hex characters, not all zero; got ${JSON.stringify(spanId.slice(0, 40))}`);
  otelTraceIdToUuid(traceId);
  return uuidv5(`${traceId.toLowerCase()}:${s}`, OTEL_SPAN_NAMESPACE);
}

const SPAN_KIND_NAMES = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];

type SpanEvent = { name: string; time?: Date; timeUnixNano?: string; attributes: Attrs };

/** One span read and checked: its ids, times, attributes and the kind it maps to. */
type ReadSpan = {
  index: number;
  span: OtlpSpan;
  traceHex: string;
  spanHex: string;
  parentHex: string | undefined;
  traceId: string;
  id: string;
  parentId: string | undefined;
  start: Date;
  end: Date | undefined;
  attrs: Attrs;
  events: SpanEvent[];
  resource: Attrs;
  scope: OtlpScope | undefined;
  scopeAttrs: Attrs;
  kind: KindDecision;
  /** Usage stays in metadata: the span wraps other model calls of the request. */
  usageInMetadata: boolean;
};

/** Maps an OTLP ExportTraceServiceRequest (OTLP/JSON shape, see otlp.types.ts) to ingest items. */
export function mapOtlpRequest(req: OtlpExportTraceRequest): OtlpMapResult {
  const rejected: OtlpRejection[] = [];
  const read: ReadSpan[] = [];
  const resourceSpans = asObject(req)?.resourceSpans;
  if (resourceSpans !== undefined && !Array.isArray(resourceSpans)) {
    rejected.push({ index: -1, path: 'resourceSpans', message: 'resourceSpans must be an array (is this an OTLP logs or metrics export?)' });
  }
  let index = 0;
  (Array.isArray(resourceSpans) ? (resourceSpans as OtlpResourceSpans[]) : []).forEach((rs, i) => {
    const rsPath = `resourceSpans[${i}]`;
    let resource: Attrs;
    try {
      resource = attributesToJson(asObject(rs) ? rs.resource?.attributes : undefined);
    } catch (e) {
      rejected.push({ index: -1, path: `${rsPath}.resource`, message: messageOf(e) });
      resource = {};
    }
    const scopeSpans = asObject(rs) ? rs.scopeSpans : undefined;
    if (scopeSpans !== undefined && scopeSpans !== null && !Array.isArray(scopeSpans)) {
      rejected.push({ index: -1, path: `${rsPath}.scopeSpans`, message: 'scopeSpans must be an array (is this an OTLP logs or metrics export?)' });
      return;
    }
    (scopeSpans ?? []).forEach((ss, j) => {
      const ssPath = `${rsPath}.scopeSpans[${j}]`;
      const scope = asObject(ss) ? ss.scope : undefined;
      let scopeAttrs: Attrs = {};
      try {
        scopeAttrs = attributesToJson(scope?.attributes);
      } catch (e) {
        rejected.push({ index: -1, path: `${ssPath}.scope`, message: messageOf(e) });
      }
      const spans = asObject(ss) ? ss.spans : undefined;
      if (spans !== undefined && spans !== null && !Array.isArray(spans)) {
        rejected.push({ index: -1, path: `${ssPath}.spans`, message: 'spans must be an array' });
        return;
      }
      (spans ?? []).forEach((span, k) => {
        const at = index++;
        const path = `${ssPath}.spans[${k}]`;
        try {
          read.push(readSpan(at, span, resource, scope, scopeAttrs));
        } catch (e) {
          const spanId = typeof asObject(span)?.spanId === 'string' ? (span.spanId as string) : undefined;
          rejected.push({ index: at, path, spanId, message: messageOf(e) });
        }
      });
    });
  });

  markWrappersOfModelCalls(read);

  const batch: OtlpMappedBatch = { traces: [], agentCalls: [], llmCalls: [], toolCalls: [], errors: [] };
  const traces = new Map<string, TraceInput>();
  for (const r of read) {
    const mapped = mapSpan(r);
    if (mapped.kind === 'llm') batch.llmCalls.push(mapped.input);
    else if (mapped.kind === 'tool') batch.toolCalls.push(mapped.input);
    else batch.agentCalls.push(mapped.input);
    batch.errors.push(...errorsOf(r, mapped.input));
    mergeTrace(traces, r, mapped.input);
  }
  batch.traces = [...traces.values()];
  return { batch, rejected };
}

function messageOf(e: unknown): string {
  if (e instanceof OtlpShapeError) return e.message;
  return `could not map the span: ${e instanceof Error ? e.message : String(e)}`;
}

function readSpan(index: number, span: OtlpSpan, resource: Attrs, scope: OtlpScope | undefined, scopeAttrs: Attrs): ReadSpan {
  if (!asObject(span)) throw new OtlpShapeError('a span must be an object');
  if (typeof span.traceId !== 'string' || span.traceId === '') throw new OtlpShapeError('traceId is required');
  if (typeof span.spanId !== 'string' || span.spanId === '') throw new OtlpShapeError('spanId is required');
  const traceHex = span.traceId.toLowerCase();
  const spanHex = span.spanId.toLowerCase();
  const traceId = otelTraceIdToUuid(traceHex);
  const id = otelSpanIdToUuid(traceHex, spanHex);
  let parentHex: string | undefined;
  if (span.parentSpanId !== undefined && span.parentSpanId !== null && span.parentSpanId !== '') {
    if (typeof span.parentSpanId !== 'string') throw new OtlpShapeError('parentSpanId must be a hex string');
    parentHex = span.parentSpanId.toLowerCase();
  }
  const parentId = parentHex ? otelSpanIdToUuid(traceHex, parentHex) : undefined;
  if (span.name !== undefined && typeof span.name !== 'string') throw new OtlpShapeError('name must be a string');
  const start = nanosToDate(span.startTimeUnixNano, 'startTimeUnixNano');
  if (!start) throw new OtlpShapeError('startTimeUnixNano is required');
  const end = nanosToDate(span.endTimeUnixNano, 'endTimeUnixNano');
  const attrs = attributesToJson(span.attributes);
  if (span.events !== undefined && !Array.isArray(span.events)) throw new OtlpShapeError('events must be an array');
  const events = (span.events ?? []).map((e, i): SpanEvent => {
    if (!asObject(e)) throw new OtlpShapeError(`events[${i}] must be an object`);
    return {
      name: typeof e.name === 'string' ? e.name : '',
      time: nanosToDate(e.timeUnixNano, `events[${i}].timeUnixNano`),
      timeUnixNano: nanosText(e.timeUnixNano),
      attributes: attributesToJson(e.attributes),
    };
  });
  if (span.status !== undefined && span.status !== null && !asObject(span.status)) throw new OtlpShapeError('status must be an object');
  const kind = detectKind(attrs, span.name ?? '', scope?.name);
  return {
    index,
    span,
    traceHex,
    spanHex,
    parentHex,
    traceId,
    id,
    parentId,
    start,
    end,
    attrs,
    events,
    resource,
    scope,
    scopeAttrs,
    kind,
    usageInMetadata: false,
  };
}

// ---------------------------------------------------------------------------------------------------
// Kind

type KindDecision = { kind: SpanKind; runType: RunTypeEnum; rule: string };

const KIND_OF_RUN_TYPE: Record<string, SpanKind> = {
  llm: 'llm',
  embedding: 'llm',
  tool: 'tool',
  retriever: 'tool',
  agent: 'agent',
  chain: 'agent',
  prompt: 'agent',
  parser: 'agent',
};

const OPENINFERENCE_KINDS: Record<string, string> = {
  LLM: 'llm',
  EMBEDDING: 'embedding',
  TOOL: 'tool',
  RETRIEVER: 'retriever',
  RERANKER: 'retriever',
  AGENT: 'agent',
  CHAIN: 'chain',
  GUARDRAIL: 'chain',
  EVALUATOR: 'chain',
  PROMPT: 'prompt',
};

const GEN_AI_OPERATIONS: Record<string, string> = {
  chat: 'llm',
  completion: 'llm',
  text_completion: 'llm',
  generate_content: 'llm',
  generate: 'llm',
  embeddings: 'embedding',
  embedding: 'embedding',
  invoke_agent: 'agent',
  create_agent: 'agent',
  // The AI SDK v7 (@ai-sdk/otel) wraps each step of a tool loop in a span of its own.
  agent_step: 'chain',
  execute_tool: 'tool',
  retrieval: 'retriever',
  rerank: 'retriever',
};

const TRACELOOP_KINDS: Record<string, string> = { workflow: 'chain', task: 'chain', agent: 'agent', tool: 'tool' };

const MODEL_KEYS = ['gen_ai.request.model', 'gen_ai.response.model', 'llm.model_name', 'ai.model.id', 'model'];

function decision(runType: string, rule: string): KindDecision {
  return { kind: KIND_OF_RUN_TYPE[runType], runType: runType as RunTypeEnum, rule };
}

/** The kind of a span: explicit attributes, then OpenInference, GenAI operation, framework rules, a model, else a chain step. */
function detectKind(a: Attrs, name: string, scopeName: string | undefined): KindDecision {
  for (const key of ['sextant.span.kind', 'langsmith.span.kind']) {
    const v = str(a, key)?.toLowerCase();
    if (v && KIND_OF_RUN_TYPE[v]) return decision(v, key);
  }
  const oi = OPENINFERENCE_KINDS[str(a, 'openinference.span.kind')?.toUpperCase() ?? ''];
  if (oi) return decision(oi, 'openinference.span.kind');
  const op = GEN_AI_OPERATIONS[str(a, 'gen_ai.operation.name')?.toLowerCase() ?? ''];
  if (op) return decision(op, 'gen_ai.operation.name');

  // Vercel AI SDK ≤ v6 (and v7's LegacyOpenTelemetry): ai.operationId, else the first word of operation.name.
  const operationId = str(a, 'ai.operationId') ?? (str(a, 'operation.name')?.startsWith('ai.') ? str(a, 'operation.name')!.split(' ')[0] : undefined);
  if (operationId) {
    if (/^ai\.(generateText|streamText|generateObject|streamObject)\.(doGenerate|doStream)$/.test(operationId)) return decision('llm', 'ai.operationId');
    if (/^ai\.(embed|embedMany)\.doEmbed$/.test(operationId)) return decision('embedding', 'ai.operationId');
    if (operationId === 'ai.generateText' || operationId === 'ai.streamText') return decision('agent', 'ai.operationId');
    if (['ai.generateObject', 'ai.streamObject', 'ai.embed', 'ai.embedMany'].includes(operationId)) return decision('chain', 'ai.operationId');
    if (operationId === 'ai.toolCall') return decision('tool', 'ai.operationId');
  }
  const traceloop = TRACELOOP_KINDS[str(a, 'traceloop.span.kind')?.toLowerCase() ?? ''];
  if (traceloop) return decision(traceloop, 'traceloop.span.kind');
  const requestType = str(a, 'llm.request.type')?.toLowerCase();
  if (requestType === 'embedding') return decision('embedding', 'llm.request.type');
  if (requestType === 'chat' || requestType === 'completion') return decision('llm', 'llm.request.type');
  // Pydantic AI and others name the tool without an operation.
  if (str(a, 'gen_ai.tool.name', 'gen_ai.tool.call.id')) return decision('tool', 'gen_ai.tool.*');
  if (scopeName === 'livekit-agents') {
    if (name === 'agent_turn' || name === 'start_agent_activity') return decision('agent', 'livekit');
    if (name === 'function_tool') return decision('tool', 'livekit');
  }
  if (str(a, ...MODEL_KEYS)) return decision('llm', 'model');
  return decision('chain', 'default');
}

/**
 * A model-call span whose children in this request are model calls too (the AI SDK v7's
 * `embeddings` root over its per-chunk `embeddings` spans) keeps its usage in metadata: the
 * children carry it. Wrappers of another kind never carry tokens.
 */
function markWrappersOfModelCalls(read: ReadSpan[]): void {
  const byKey = new Map(read.map((r) => [`${r.traceHex}:${r.spanHex}`, r]));
  for (const r of read) {
    if (r.kind.kind !== 'llm' || !r.parentHex) continue;
    const parent = byKey.get(`${r.traceHex}:${r.parentHex}`);
    if (parent?.kind.kind === 'llm') parent.usageInMetadata = true;
  }
}

// ---------------------------------------------------------------------------------------------------
// Spans

type MappedSpan = { kind: 'agent'; input: AgentCallInput } | { kind: 'llm'; input: LLMCallInput } | { kind: 'tool'; input: ToolCallInput };

function mapSpan(r: ReadSpan): MappedSpan {
  const a = r.attrs;
  const inputs = inputsOf(r);
  const outputs = outputsOf(r);
  const exception = r.events.find((e) => e.name === 'exception');
  const failed = r.span.status?.code === 2;
  const usage = usageOf(a);
  const mapping: Record<string, string> = { kind: r.kind.rule };
  if (inputs) mapping.inputs = inputs.source;
  if (outputs) mapping.outputs = outputs.source;
  const tokensOnSpan = r.kind.kind === 'llm' && !r.usageInMetadata;
  if (usage.sources.length)
    mapping.usage = tokensOnSpan
      ? usage.sources.join(', ')
      : `${usage.sources.join(', ')} (kept in otel.usage: ${r.usageInMetadata ? 'the span wraps model calls' : 'not a model call'})`;
  if (usage.notes.length) mapping.usageNotes = usage.notes.join('; ');

  const metadata: Record<string, unknown> = {
    ...userMetadataOf(a),
    'otel.span': spanInfoOf(r),
    'otel.scope': stripEmpty({ name: r.scope?.name, version: r.scope?.version, attributes: Object.keys(r.scopeAttrs).length ? r.scopeAttrs : undefined }),
    'otel.resource': r.resource,
    'otel.attributes': a,
    'otel.mapping': mapping,
  };
  if (!tokensOnSpan && usage.sources.length) metadata['otel.usage'] = usage.fields;

  const toolName =
    r.kind.kind === 'tool' ? str(a, 'gen_ai.tool.name', 'tool.name', 'ai.toolCall.name', 'lk.function_tool.name', 'traceloop.entity.name') : undefined;
  const base: SpanInputBase = stripEmpty({
    id: r.id,
    traceId: r.traceId,
    parentId: r.parentId,
    runType: r.kind.runType,
    name: toolName ?? (r.span.name || undefined),
    status: failed ? ('error' as SpanStatusEnum) : undefined,
    startTime: r.start,
    endTime: r.end,
    inputs: inputs?.value,
    outputs: outputs?.value,
    error: failed ? r.span.status?.message || str(exception?.attributes ?? {}, 'exception.message', 'exception.type') || 'error' : undefined,
    errorType: failed ? str(exception?.attributes ?? {}, 'exception.type') : undefined,
    metadata,
    tags: tagsOf(a),
    events: r.events.length ? r.events.map(eventJson) : undefined,
  });

  if (r.kind.kind === 'llm') {
    const llm: LLMCallInput = { ...base, ...llmFields(r, outputs?.messages), ...(tokensOnSpan ? usage.fields : {}) };
    return { kind: 'llm', input: stripEmpty(llm) };
  }
  if (r.kind.kind === 'tool') {
    const tool: ToolCallInput = { ...base, retrievedDocs: r.kind.runType === 'retriever' ? retrievedDocsOf(a) : undefined };
    return { kind: 'tool', input: stripEmpty(tool) };
  }
  return { kind: 'agent', input: base };
}

function spanInfoOf(r: ReadSpan): Record<string, unknown> {
  const s = r.span;
  return stripEmpty({
    name: s.name,
    kind: typeof s.kind === 'number' ? (SPAN_KIND_NAMES[s.kind] ?? String(s.kind)) : undefined,
    trace_id: r.traceHex,
    span_id: r.spanHex,
    parent_span_id: r.parentHex,
    trace_state: s.traceState || undefined,
    start_time_unix_nano: nanosText(s.startTimeUnixNano),
    end_time_unix_nano: nanosText(s.endTimeUnixNano),
    status: s.status && (s.status.code || s.status.message) ? stripEmpty({ code: s.status.code, message: s.status.message || undefined }) : undefined,
    links:
      Array.isArray(s.links) && s.links.length
        ? s.links.map((l) => stripEmpty({ trace_id: l.traceId, span_id: l.spanId, attributes: safeAttrs(l.attributes) }))
        : undefined,
    dropped_attributes_count: s.droppedAttributesCount || undefined,
    dropped_events_count: s.droppedEventsCount || undefined,
  });
}

function safeAttrs(kvs: Parameters<typeof attributesToJson>[0]): Attrs | undefined {
  try {
    const a = attributesToJson(kvs);
    return Object.keys(a).length ? a : undefined;
  } catch {
    return undefined;
  }
}

function eventJson(e: SpanEvent): Record<string, unknown> {
  return stripEmpty({
    name: e.name,
    time: e.time?.toISOString(),
    time_unix_nano: e.timeUnixNano,
    attributes: Object.keys(e.attributes).length ? e.attributes : undefined,
  });
}

/** Metadata the application attached: AI SDK telemetry metadata, LangSmith metadata, Traceloop association properties, OpenInference `metadata`. */
function userMetadataOf(a: Attrs): Record<string, unknown> {
  return {
    ...asObject(parseMaybeJson(a.metadata)),
    ...withPrefix(a, 'traceloop.association.properties.'),
    ...withPrefix(a, 'langsmith.metadata.'),
    ...withPrefix(a, 'ai.telemetry.metadata.'),
  };
}

function tagsOf(a: Attrs): string[] | undefined {
  const out: string[] = [];
  for (const key of ['langsmith.span.tags', 'tag.tags']) {
    const v = parseMaybeJson(a[key]);
    if (Array.isArray(v)) out.push(...v.filter((t): t is string => typeof t === 'string'));
    else if (typeof v === 'string') out.push(...v.split(',').map((t) => t.trim()));
  }
  const tags = [...new Set(out.filter(Boolean))];
  return tags.length ? tags : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Model calls

/** Model, provider and request settings of an LLM call. */
function llmFields(r: ReadSpan, outputMessages: ChatMessage[] | undefined): Partial<LLMCallInput> {
  const a = r.attrs;
  const params = asObject(parseMaybeJson(a['llm.invocation_parameters']));
  const requested = withoutKey(withPrefix(a, 'gen_ai.request.'), 'model');
  const stop = a['gen_ai.request.stop_sequences'] ?? params?.stop;
  const topP = num(a, 'gen_ai.request.top_p', 'ai.settings.topP') ?? numberOf(params?.top_p);
  const msToFirstChunk = num(a, 'ai.response.msToFirstChunk', 'ai.stream.msToFirstChunk');
  const operationId = str(a, 'ai.operationId') ?? '';
  const toolCalls = outputMessages?.flatMap((m) => m.tool_calls ?? []) ?? [];
  return {
    provider: providerOf(a),
    model: str(
      a,
      'gen_ai.response.model',
      'ai.response.model',
      'llm.response.model',
      'gen_ai.request.model',
      'llm.model_name',
      'llm.request.model',
      'ai.model.id',
      'model',
    ),
    temperature: nonNegative(a, 'gen_ai.request.temperature', 'ai.settings.temperature', 'llm.request.temperature') ?? nonNegativeOf(params?.temperature),
    topP: topP !== undefined && topP >= 0 && topP <= 1 ? topP : undefined,
    maxTokens:
      count(a, 'gen_ai.request.max_tokens', 'ai.settings.maxOutputTokens', 'ai.settings.maxTokens', 'llm.request.max_tokens') ??
      countOf(params?.max_tokens ?? params?.max_completion_tokens),
    stopTokens: Array.isArray(stop) && stop.every((s) => typeof s === 'string') ? stop : typeof stop === 'string' ? [stop] : undefined,
    invocationParams: params ?? requested,
    streaming: /\.doStream$/.test(operationId)
      ? true
      : typeof a['llm.is_streaming'] === 'boolean'
        ? a['llm.is_streaming']
        : typeof a['gen_ai.request.stream'] === 'boolean'
          ? a['gen_ai.request.stream']
          : // OpenInference's openai instrumentation says so only in the request it records.
            typeof params?.stream === 'boolean'
            ? params.stream
            : undefined,
    firstTokenTime: msToFirstChunk !== undefined && msToFirstChunk >= 0 ? new Date(r.start.getTime() + Math.round(msToFirstChunk)) : undefined,
    toolCalls: toolCalls.length ? toolCalls : undefined,
  };
}

// Semconv's well-known provider names that contain a dot; other dotted names are the AI SDK's
// `provider.api` (`openai.chat`, `anthropic.messages`) and keep their first word.
const DOTTED_PROVIDERS = /^(aws\.bedrock|az\.ai\.(inference|openai)|azure\.ai\.(inference|openai)|gcp\.(gemini|vertex_ai|gen_ai)|ibm\.watsonx\.ai)$/;

function providerOf(a: Attrs): string | undefined {
  const p = str(a, 'gen_ai.provider.name', 'gen_ai.system', 'llm.provider', 'llm.system', 'ai.model.provider')?.trim().toLowerCase();
  if (!p) return undefined;
  return DOTTED_PROVIDERS.test(p) ? p : p.split('.')[0];
}

type Usage = { fields: Partial<LLMCallInput>; sources: string[]; notes: string[] };

/**
 * Token counts and costs, each from the first key present. Breakdowns (cache, reasoning) are copied
 * as they are: every convention read here reports them as parts of the input and output counts.
 */
function usageOf(a: Attrs): Usage {
  const sources = new Set<string>();
  const pick = <T>(reader: (a: Attrs, ...keys: string[]) => T | undefined, keys: string[]): T | undefined => {
    for (const k of keys) {
      const v = reader(a, k);
      if (v !== undefined) {
        sources.add(k.replace(/^(gen_ai\.usage|llm\.token_count|llm\.cost|ai\.usage)\..*$/, '$1').replace(/^llm\.usage\..*$/, 'llm.usage'));
        return v;
      }
    }
    return undefined;
  };
  const promptTokens = pick(count, [
    'gen_ai.usage.input_tokens',
    'gen_ai.usage.prompt_tokens',
    'llm.token_count.prompt',
    'ai.usage.inputTokens',
    'ai.usage.promptTokens',
    // The AI SDK's embedding calls count their input as ai.usage.tokens.
    'ai.usage.tokens',
  ]);
  const completionTokens = pick(count, [
    'gen_ai.usage.output_tokens',
    'gen_ai.usage.completion_tokens',
    'llm.token_count.completion',
    'ai.usage.outputTokens',
    'ai.usage.completionTokens',
  ]);
  const totalTokens = pick(count, ['gen_ai.usage.total_tokens', 'llm.token_count.total', 'llm.usage.total_tokens', 'ai.usage.totalTokens']);
  const cacheReadTokens = pick(count, [
    'gen_ai.usage.cache_read.input_tokens',
    'gen_ai.usage.cache_read_input_tokens',
    'llm.token_count.prompt_details.cache_read',
    'ai.usage.inputTokenDetails.cacheReadTokens',
    'ai.usage.cachedInputTokens',
  ]);
  const cacheCreationTokens = pick(count, [
    'gen_ai.usage.cache_creation.input_tokens',
    'gen_ai.usage.cache_creation_input_tokens',
    'llm.token_count.prompt_details.cache_write',
    'ai.usage.inputTokenDetails.cacheWriteTokens',
  ]);
  const reasoningTokens = pick(count, [
    'gen_ai.usage.reasoning.output_tokens',
    'gen_ai.usage.reasoning_tokens',
    'llm.token_count.completion_details.reasoning',
    'ai.usage.outputTokenDetails.reasoningTokens',
    'ai.usage.reasoningTokens',
  ]);
  const totalCost = pick(nonNegative, ['gen_ai.usage.cost', 'llm.cost.total']);
  const promptCost = pick(nonNegative, ['llm.cost.prompt']);
  const completionCost = pick(nonNegative, ['llm.cost.completion']);
  // A count smaller than its own breakdown can only have been reported without it (Anthropic's
  // input_tokens leave the cache out, Gemini's candidates leave thoughts out): add the breakdown once.
  const notes: string[] = [];
  let prompt = promptTokens;
  const cached = (cacheReadTokens ?? 0) + (cacheCreationTokens ?? 0);
  if (prompt !== undefined && cached > prompt) {
    prompt += cached;
    notes.push('the input count left the cache tokens out (they exceed it): added them');
  }
  let completion = completionTokens;
  if (completion !== undefined && reasoningTokens !== undefined && reasoningTokens > completion) {
    completion += reasoningTokens;
    notes.push('the output count left the reasoning tokens out (they exceed it): added them');
  }
  const promptTokenDetails = stripEmpty({ cache_read: cacheReadTokens, cache_creation: cacheCreationTokens });
  const completionTokenDetails = stripEmpty({ reasoning: reasoningTokens });
  return {
    fields: stripEmpty({
      promptTokens: prompt,
      completionTokens: completion,
      totalTokens,
      cacheReadTokens,
      cacheCreationTokens,
      reasoningTokens,
      promptTokenDetails: Object.keys(promptTokenDetails).length ? (promptTokenDetails as Record<string, number>) : undefined,
      completionTokenDetails: Object.keys(completionTokenDetails).length ? (completionTokenDetails as Record<string, number>) : undefined,
      promptCost,
      completionCost,
      totalCost,
    }),
    sources: [...sources],
    notes,
  };
}

// ---------------------------------------------------------------------------------------------------
// Inputs and outputs: the richest source first.

type Found = { value: unknown; source: string; messages?: ChatMessage[] };

const asMessages = (messages: ChatMessage[] | undefined, source: string): Found | undefined =>
  messages && messages.length ? { value: { messages }, source, messages } : undefined;

const asValue = (v: unknown, source: string): Found | undefined => (v === undefined || v === null || v === '' ? undefined : { value: v, source });

function detailsEvent(r: ReadSpan): Attrs | undefined {
  return r.events.find((e) => e.name === 'gen_ai.client.inference.operation.details')?.attributes;
}

function inputsOf(r: ReadSpan): Found | undefined {
  const a = r.attrs;
  const details = detailsEvent(r);
  return (
    (a['gen_ai.input.messages'] !== undefined || a['gen_ai.system_instructions'] !== undefined
      ? asMessages(fromSemconvMessages(a['gen_ai.input.messages'], a['gen_ai.system_instructions']), 'gen_ai.input.messages')
      : undefined) ??
    asMessages(fromOpenInferenceMessages(unflatten(a, 'llm.input_messages.')), 'llm.input_messages') ??
    asMessages(fromOpenLlmetryMessages(unflatten(a, 'gen_ai.prompt.')), 'gen_ai.prompt.N') ??
    (details
      ? asMessages(
          fromSemconvMessages(details['gen_ai.input.messages'], details['gen_ai.system_instructions']),
          'event gen_ai.client.inference.operation.details',
        )
      : undefined) ??
    asMessages(fromMessageEvents(r.events).input, fromMessageEvents(r.events).inputSource) ??
    asMessages(fromVercelMessages(a['ai.prompt.messages']), 'ai.prompt.messages') ??
    asMessages(fromVercelPrompt(a['ai.prompt']), 'ai.prompt') ??
    asValue(parseMaybeJson(a['ai.prompt']), 'ai.prompt') ??
    asValue(parseMaybeJson(a['ai.toolCall.args']), 'ai.toolCall.args') ??
    asValue(parseMaybeJson(a['gen_ai.tool.call.arguments']), 'gen_ai.tool.call.arguments') ??
    asValue(parseMaybeJson(a['lk.function_tool.arguments']), 'lk.function_tool.arguments') ??
    asValue(parseMaybeJson(a['traceloop.entity.input']), 'traceloop.entity.input') ??
    asValue(valueOf(a, 'input'), 'input.value') ??
    asValue(parseMaybeJson(a['gen_ai.prompt']), 'gen_ai.prompt') ??
    asValue(parseMaybeJson(a['lk.chat_ctx']), 'lk.chat_ctx') ??
    asValue(a['lk.input_text'] ?? a['lk.user_transcript'], 'lk.input_text')
  );
}

function outputsOf(r: ReadSpan): Found | undefined {
  const a = r.attrs;
  const details = detailsEvent(r);
  return (
    asMessages(a['gen_ai.output.messages'] !== undefined ? fromSemconvMessages(a['gen_ai.output.messages']) : undefined, 'gen_ai.output.messages') ??
    asMessages(fromOpenInferenceMessages(unflatten(a, 'llm.output_messages.')), 'llm.output_messages') ??
    asMessages(fromOpenLlmetryMessages(unflatten(a, 'gen_ai.completion.')), 'gen_ai.completion.N') ??
    (details?.['gen_ai.output.messages'] !== undefined
      ? asMessages(fromSemconvMessages(details['gen_ai.output.messages']), 'event gen_ai.client.inference.operation.details')
      : undefined) ??
    asMessages(fromMessageEvents(r.events).output, fromMessageEvents(r.events).outputSource) ??
    vercelOutput(a) ??
    asValue(parseMaybeJson(a['ai.toolCall.result']), 'ai.toolCall.result') ??
    asValue(parseMaybeJson(a['gen_ai.tool.call.result']), 'gen_ai.tool.call.result') ??
    asValue(parseMaybeJson(a['lk.function_tool.output']), 'lk.function_tool.output') ??
    asValue(parseMaybeJson(a['traceloop.entity.output']), 'traceloop.entity.output') ??
    asValue(valueOf(a, 'output'), 'output.value') ??
    asValue(parseMaybeJson(a['gen_ai.completion']), 'gen_ai.completion') ??
    asValue(a['lk.response.text'], 'lk.response.text') ??
    asValue(parseMaybeJson(a['lk.response.function_calls']), 'lk.response.function_calls')
  );
}

/** The AI SDK's outputs: text and tool calls as an assistant message, else the object. */
function vercelOutput(a: Attrs): Found | undefined {
  const text = str(a, 'ai.response.text', 'ai.result.text');
  const toolCalls = fromVercelToolCalls(a['ai.response.toolCalls'] ?? a['ai.result.toolCalls']);
  if (text !== undefined || toolCalls?.length) {
    const m: ChatMessage = { role: 'assistant', content: text ?? null };
    if (toolCalls?.length) m.tool_calls = toolCalls as ToolCallRequest[];
    const finish = str(a, 'ai.response.finishReason');
    if (finish) m.finish_reason = finish;
    return asMessages([m], text !== undefined ? 'ai.response.text' : 'ai.response.toolCalls');
  }
  return asValue(parseMaybeJson(a['ai.response.object'] ?? a['ai.result.object']), 'ai.response.object');
}

/** OpenInference `input.value` / `output.value`: parsed when its mime type is JSON or it parses. */
function valueOf(a: Attrs, which: 'input' | 'output'): unknown {
  const v = a[`${which}.value`];
  if (typeof v !== 'string') return v;
  const mime = str(a, `${which}.mime_type`);
  const parsed = parseMaybeJson(v);
  return mime === 'text/plain' ? v : parsed;
}

function retrievedDocsOf(a: Attrs): unknown {
  const docs = unflatten(a, 'retrieval.documents.');
  if (!Array.isArray(docs)) return undefined;
  return docs.map((d) => asObject(asObject(d)?.document) ?? d);
}

// ---------------------------------------------------------------------------------------------------
// Errors and traces

/** An error row per `exception` event, else one for an error status; ids derived from the span's. */
function errorsOf(r: ReadSpan, span: SpanInputBase): ErrorInput[] {
  const tie = (e: ErrorInput): ErrorInput => {
    if (r.kind.kind === 'llm') e.llmCallId = r.id;
    else if (r.kind.kind === 'tool') e.toolCallId = r.id;
    else e.agentId = r.id;
    return e;
  };
  const out: ErrorInput[] = [];
  r.events.forEach((e, i) => {
    if (e.name !== 'exception') return;
    const type = str(e.attributes, 'exception.type');
    const rest = Object.fromEntries(Object.entries(e.attributes).filter(([k]) => !['exception.type', 'exception.message', 'exception.stacktrace'].includes(k)));
    out.push(
      tie(
        stripEmpty({
          id: uuidv5(`${r.id}/exception/${i}`, OTEL_ERROR_NAMESPACE),
          traceId: r.traceId,
          errorType: type,
          errorMessage: str(e.attributes, 'exception.message') ?? type ?? 'exception',
          stackTrace: str(e.attributes, 'exception.stacktrace'),
          timestamp: e.time ?? r.end ?? r.start,
          metadata: { 'otel.span_id': r.spanHex, ...(Object.keys(rest).length ? { 'otel.attributes': rest } : {}) },
        }),
      ),
    );
  });
  if (out.length === 0 && r.span.status?.code === 2) {
    out.push(
      tie({
        id: uuidv5(`${r.id}/status`, OTEL_ERROR_NAMESPACE),
        traceId: r.traceId,
        errorMessage: span.error ?? 'error',
        timestamp: r.end ?? r.start,
        metadata: { 'otel.span_id': r.spanHex },
      }),
    );
  }
  return out;
}

const SESSION_KEYS = [
  'session.id',
  'gen_ai.conversation.id',
  'ai.telemetry.metadata.sessionId',
  'ai.telemetry.metadata.session_id',
  'traceloop.association.properties.session_id',
  'langsmith.metadata.session_id',
  'langsmith.metadata.thread_id',
  'langsmith.metadata.conversation_id',
];
const USER_KEYS = [
  'user.id',
  'ai.telemetry.metadata.userId',
  'ai.telemetry.metadata.user_id',
  'enduser.id',
  'traceloop.association.properties.user_id',
  'langsmith.metadata.user_id',
];

/** A root span fills its trace; any span may name the trace's session and user (the root's win). */
function mergeTrace(traces: Map<string, TraceInput>, r: ReadSpan, span: SpanInputBase & Partial<LLMCallInput>): void {
  const sessionId = str(r.attrs, ...SESSION_KEYS);
  const userId = str(r.attrs, ...USER_KEYS);
  const known = traces.get(r.traceId);
  if (!r.parentId) {
    const failed = r.span.status?.code === 2;
    const root: TraceInput = stripEmpty({
      id: r.traceId,
      name: str(r.attrs, 'langsmith.trace.name') ?? span.name,
      startTime: r.start,
      endTime: r.end,
      status: failed ? ('error' as TraceStatusEnum) : undefined,
      sessionId: sessionId ?? known?.sessionId,
      userId: userId ?? known?.userId,
      modelName: span.model,
      inputs: span.inputs,
      outputs: span.outputs,
      errorMessage: failed ? span.error : undefined,
      errorType: failed ? span.errorType : undefined,
      tags: span.tags,
      metadata: nonEmpty(stripEmpty({ ...userMetadataOf(r.attrs), 'otel.resource': Object.keys(r.resource).length ? r.resource : undefined })),
    });
    traces.set(r.traceId, root);
    return;
  }
  const t = known ?? { id: r.traceId };
  if (t.sessionId === undefined && sessionId) t.sessionId = sessionId;
  if (t.userId === undefined && userId) t.userId = userId;
  if (!known && (t.sessionId || t.userId)) traces.set(r.traceId, t);
}

// ---------------------------------------------------------------------------------------------------

/** The object without its undefined entries, so items and fixtures hold only what a span said. */
function stripEmpty<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function nonEmpty<T extends object>(o: T): T | undefined {
  return Object.keys(o).length ? o : undefined;
}

function withoutKey(o: Attrs | undefined, key: string): Attrs | undefined {
  if (!o) return undefined;
  const { [key]: _dropped, ...rest } = o;
  return Object.keys(rest).length ? rest : undefined;
}

const numberOf = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const nonNegativeOf = (v: unknown): number | undefined => {
  const n = numberOf(v);
  return n !== undefined && n >= 0 ? n : undefined;
};
const countOf = (v: unknown): number | undefined => {
  const n = nonNegativeOf(v);
  return n !== undefined && n <= 2_147_483_647 ? Math.round(n) : undefined;
};
