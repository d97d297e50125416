import path from 'node:path';
import protobuf from 'protobufjs';
import type { OtlpExportTraceRequest, OtlpResourceSpans } from './otlp.types';

// OTLP's wire formats (opentelemetry-proto v1.11.0, vendored in ./proto and read by protobufjs):
// requests decode to the OTLP/JSON shape the mapper reads (ids as lowercase hex, 64-bit integers as
// decimal strings), whichever of protobuf and JSON they came in.

const PROTO_DIR = path.join(__dirname, 'proto');
const PROTO_FILES = [
  'opentelemetry/proto/collector/trace/v1/trace_service.proto',
  'opentelemetry/proto/collector/logs/v1/logs_service.proto',
  'opentelemetry/proto/collector/metrics/v1/metrics_service.proto',
];
// google.rpc.Status, the body of OTLP/HTTP error answers, without its `details` (field 3, which
// Sextant never sends): the same field numbers, so clients decode it as the full message.
const RPC_STATUS_PROTO = 'syntax = "proto3"; package google.rpc; message Status { int32 code = 1; string message = 2; }';

/** A request body the OTLP endpoints cannot read; its message is the reason given to the client (400). */
export class OtlpBodyError extends Error {}

/** What an export answers: OTLP's partial success when some spans were not stored. */
export type OtlpExportResult = { rejectedSpans: number; errorMessage?: string };

/** The two encodings OTLP/HTTP speaks, chosen by Content-Type. */
export type OtlpFormat = 'protobuf' | 'json';

let root: protobuf.Root | undefined;
function protoRoot(): protobuf.Root {
  if (!root) {
    const r = new protobuf.Root();
    r.resolvePath = (_origin, target) => path.join(PROTO_DIR, target);
    r.loadSync(PROTO_FILES, { keepCase: false });
    protobuf.parse(RPC_STATUS_PROTO, r, { keepCase: false });
    root = r;
  }
  return root;
}
const type = (name: string) => protoRoot().lookupType(name);
const TRACE_REQUEST = 'opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest';
const TRACE_RESPONSE = 'opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse';

const TO_OBJECT: protobuf.IConversionOptions = { longs: String, enums: Number, bytes: String, defaults: false, arrays: false };

const HEX = /^[0-9a-f]*$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An id as OTLP/JSON writes it (lowercase hex); protobuf's bytes arrive base64, and some JSON clients send base64 too. */
function hexId(v: unknown, bytes: number): unknown {
  if (typeof v !== 'string' || v === '') return v;
  const lower = v.toLowerCase();
  if (lower.length === bytes * 2 && HEX.test(lower)) return lower;
  const decoded = Buffer.from(v, 'base64');
  return decoded.length === bytes && /^[A-Za-z0-9+/_-]+=*$/.test(v) ? decoded.toString('hex') : v;
}

/** Rewrites the ids of every span and link to hex, in place; anything that is not the expected shape is left for the mapper to reject. */
function normaliseIds(resourceSpans: unknown[]): void {
  for (const rs of resourceSpans) {
    if (!isObject(rs) || !Array.isArray(rs.scopeSpans)) continue;
    for (const ss of rs.scopeSpans) {
      if (!isObject(ss) || !Array.isArray(ss.spans)) continue;
      for (const span of ss.spans) {
        if (!isObject(span)) continue;
        span.traceId = hexId(span.traceId, 16);
        span.spanId = hexId(span.spanId, 8);
        span.parentSpanId = hexId(span.parentSpanId, 8);
        if (!Array.isArray(span.links)) continue;
        for (const link of span.links) {
          if (!isObject(link)) continue;
          link.traceId = hexId(link.traceId, 16);
          link.spanId = hexId(link.spanId, 8);
        }
      }
    }
  }
}

/** Counts spans with a 16-byte trace id and an 8-byte span id: a body with none was not meant for this endpoint. */
function wellFormedSpans(resourceSpans: OtlpResourceSpans[]): { spans: number; wellFormed: number } {
  let spans = 0;
  let wellFormed = 0;
  for (const rs of resourceSpans)
    for (const ss of rs.scopeSpans ?? [])
      for (const s of ss.spans ?? []) {
        spans++;
        if (s.traceId?.length === 32 && s.spanId?.length === 16 && HEX.test(s.traceId) && HEX.test(s.spanId)) wellFormed++;
      }
  return { spans, wellFormed };
}

/** Decodes `body` as the named message, as a plain object. */
function decodeAs(name: string, body: Uint8Array): unknown {
  const t = type(name);
  return t.toObject(t.decode(body), TO_OBJECT);
}

/** Whether a protobuf body decodes as an export of OTLP logs or metrics with some content: the usual mix-up of endpoint. */
function otherSignal(body: Uint8Array): 'logs' | 'metrics' | null {
  try {
    const logs = decodeAs('opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest', body) as {
      resourceLogs?: { scopeLogs?: { logRecords?: Record<string, unknown>[] }[] }[];
    };
    const records = (logs.resourceLogs ?? []).flatMap((r) => (r.scopeLogs ?? []).flatMap((s) => s.logRecords ?? []));
    if (records.some((r) => r.timeUnixNano !== undefined || r.observedTimeUnixNano !== undefined || r.body !== undefined)) return 'logs';
  } catch {
    // not logs
  }
  try {
    const metrics = decodeAs('opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest', body) as {
      resourceMetrics?: { scopeMetrics?: { metrics?: { name?: string; gauge?: unknown; sum?: unknown; histogram?: unknown }[] }[] }[];
    };
    const all = (metrics.resourceMetrics ?? []).flatMap((r) => (r.scopeMetrics ?? []).flatMap((s) => s.metrics ?? []));
    if (all.some((m) => m.gauge || m.sum || m.histogram)) return 'metrics';
  } catch {
    // not metrics
  }
  return null;
}

const wrongSignal = (signal: 'logs' | 'metrics') =>
  `This looks like an OTLP ${signal} export: Sextant's /v1/traces endpoint takes traces (ExportTraceServiceRequest). Point only the traces exporter here (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) or disable ${signal} export (OTEL_${signal.toUpperCase()}_EXPORTER=none).`;

/** Decodes an OTLP/HTTP or gRPC protobuf body (ExportTraceServiceRequest); OtlpBodyError says why one cannot be read. */
export function decodeTraceRequest(body: Uint8Array): OtlpExportTraceRequest {
  let request: OtlpExportTraceRequest;
  try {
    request = decodeAs(TRACE_REQUEST, body) as OtlpExportTraceRequest;
  } catch (e) {
    const signal = otherSignal(body);
    throw new OtlpBodyError(signal ? wrongSignal(signal) : `The body is not a protobuf ExportTraceServiceRequest: ${(e as Error).message}`);
  }
  const resourceSpans = request.resourceSpans ?? [];
  normaliseIds(resourceSpans);
  const { spans, wellFormed } = wellFormedSpans(resourceSpans);
  if (spans > 0 && wellFormed === 0) {
    const signal = otherSignal(body);
    if (signal) throw new OtlpBodyError(wrongSignal(signal));
  }
  return { resourceSpans };
}

/** Reads an OTLP/JSON body (already parsed): checks the outline a traces export has; each span is checked by the mapper. */
export function traceRequestFromJson(body: unknown): OtlpExportTraceRequest {
  if (!isObject(body)) throw new OtlpBodyError('The body is not a JSON object: send an OTLP/JSON ExportTraceServiceRequest ({"resourceSpans": [...]})');
  if ('resourceLogs' in body) throw new OtlpBodyError(wrongSignal('logs'));
  if ('resourceMetrics' in body) throw new OtlpBodyError(wrongSignal('metrics'));
  const { resourceSpans } = body;
  if (resourceSpans === undefined || resourceSpans === null) return { resourceSpans: [] };
  if (!Array.isArray(resourceSpans)) throw new OtlpBodyError('resourceSpans must be an array');
  for (const [i, rs] of resourceSpans.entries()) {
    if (!isObject(rs)) throw new OtlpBodyError(`resourceSpans[${i}] must be an object`);
    if (rs.scopeSpans !== undefined && !Array.isArray(rs.scopeSpans)) throw new OtlpBodyError(`resourceSpans[${i}].scopeSpans must be an array`);
    for (const [j, ss] of (rs.scopeSpans ?? []).entries()) {
      if (!isObject(ss)) throw new OtlpBodyError(`resourceSpans[${i}].scopeSpans[${j}] must be an object`);
      if (ss.spans !== undefined && !Array.isArray(ss.spans)) throw new OtlpBodyError(`resourceSpans[${i}].scopeSpans[${j}].spans must be an array`);
    }
  }
  normaliseIds(resourceSpans);
  return { resourceSpans: resourceSpans as OtlpResourceSpans[] };
}

/** The answer to an export: an empty ExportTraceServiceResponse when everything was stored, else its partial_success. */
export function encodeTraceResponse(result: OtlpExportResult, format: OtlpFormat): Uint8Array | string {
  const partial =
    result.rejectedSpans > 0 || result.errorMessage ? { rejectedSpans: result.rejectedSpans, errorMessage: result.errorMessage ?? '' } : undefined;
  if (format === 'json')
    return JSON.stringify(partial ? { partialSuccess: { rejectedSpans: String(partial.rejectedSpans), errorMessage: partial.errorMessage } } : {});
  const Response = type(TRACE_RESPONSE);
  return Response.encode(Response.fromObject(partial ? { partialSuccess: partial } : {})).finish();
}

/** An OTLP/HTTP error body: google.rpc.Status with a gRPC code and the reason, in the request's encoding. */
export function encodeStatus(code: number, message: string, format: OtlpFormat): Uint8Array | string {
  if (format === 'json') return JSON.stringify({ code, message });
  const Status = type('google.rpc.Status');
  return Status.encode(Status.fromObject({ code, message })).finish();
}

/** Decodes an ExportTraceServiceResponse (for tests and the benchmark's client side). */
export function decodeTraceResponse(body: Uint8Array): { partialSuccess?: { rejectedSpans?: string; errorMessage?: string } } {
  return decodeAs(TRACE_RESPONSE, body) as { partialSuccess?: { rejectedSpans?: string; errorMessage?: string } };
}
