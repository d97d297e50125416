import type { AgentCallInput, ErrorInput, LLMCallInput, ToolCallInput, TraceInput } from '../ingest/ingest.input';

// The OTLP/JSON shape of an ExportTraceServiceRequest (opentelemetry-proto, trace/v1) after the
// decoders normalise it: ids as lowercase hex strings (the protobuf decoder converts bytes, the JSON
// one keeps OTLP/JSON's hex), 64-bit integers as decimal strings or numbers, enums as numbers.
// Every field is optional here because a client can send anything: the mapper checks each span.

/** An OTLP AnyValue: exactly one of the fields is set. bytesValue is base64. */
export type OtlpAnyValue = {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number | string;
  arrayValue?: { values?: OtlpAnyValue[] };
  kvlistValue?: { values?: OtlpKeyValue[] };
  bytesValue?: string;
};

export type OtlpKeyValue = { key: string; value?: OtlpAnyValue };

type OtlpSpanEvent = {
  timeUnixNano?: string | number;
  name?: string;
  attributes?: OtlpKeyValue[];
  droppedAttributesCount?: number;
};

type OtlpSpanLink = {
  traceId?: string;
  spanId?: string;
  traceState?: string;
  attributes?: OtlpKeyValue[];
  droppedAttributesCount?: number;
  flags?: number;
};

/** Status codes: 0 unset, 1 ok, 2 error. */
type OtlpStatus = { code?: number; message?: string };

export type OtlpSpan = {
  /** 32 lowercase hex characters. */
  traceId?: string;
  /** 16 lowercase hex characters. */
  spanId?: string;
  /** 16 lowercase hex characters; empty or absent for a root span. */
  parentSpanId?: string;
  traceState?: string;
  flags?: number;
  name?: string;
  /** 0 unspecified, 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind?: number;
  startTimeUnixNano?: string | number;
  endTimeUnixNano?: string | number;
  attributes?: OtlpKeyValue[];
  droppedAttributesCount?: number;
  events?: OtlpSpanEvent[];
  droppedEventsCount?: number;
  links?: OtlpSpanLink[];
  droppedLinksCount?: number;
  status?: OtlpStatus;
};

export type OtlpScope = { name?: string; version?: string; attributes?: OtlpKeyValue[]; droppedAttributesCount?: number };

type OtlpScopeSpans = { scope?: OtlpScope; spans?: OtlpSpan[]; schemaUrl?: string };

type OtlpResource = { attributes?: OtlpKeyValue[]; droppedAttributesCount?: number };

export type OtlpResourceSpans = { resource?: OtlpResource; scopeSpans?: OtlpScopeSpans[]; schemaUrl?: string };

export type OtlpExportTraceRequest = { resourceSpans?: OtlpResourceSpans[] };

/** The ingest items an OTLP request maps to, ready for the ingest service (one TraceInput per trace). */
export type OtlpMappedBatch = {
  traces: TraceInput[];
  agentCalls: AgentCallInput[];
  llmCalls: LLMCallInput[];
  toolCalls: ToolCallInput[];
  errors: ErrorInput[];
};

/**
 * A span (or a container of spans) that could not be mapped. index is the span's position in the
 * request, counting every span of every resourceSpans/scopeSpans in order (-1 for a container);
 * path locates it (`resourceSpans[0].scopeSpans[1].spans[2]`).
 */
export type OtlpRejection = { index: number; path: string; spanId?: string; message: string };

export type OtlpMapResult = { batch: OtlpMappedBatch; rejected: OtlpRejection[] };
