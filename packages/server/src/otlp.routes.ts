import type { Config } from '@sextant/config';
import {
  AppError,
  decodeTraceRequest,
  encodeStatus,
  encodeTraceResponse,
  ingestOtlpTraces,
  OtlpBodyError,
  type OtlpExportTraceRequest,
  type OtlpFormat,
  type RequestContext,
  traceRequestFromJson,
} from '@sextant/core';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { databaseUnavailable, ingestGuards } from './ingest-guards.policy';
import type { IngestSlots } from './ingest-slots.policy';
import type { RequestContexts } from './request.context';

type Deps = { config: Config; contexts: RequestContexts; slots: IngestSlots; log: (msg: string, err?: unknown) => void };

// OTLP exporters retry 429, 502, 503 and 504, honouring Retry-After (the OTLP/HTTP specification).
const RETRY_AFTER_SECONDS = 1;

/** gRPC status codes, which OTLP/HTTP error bodies (google.rpc.Status) carry too. */
const GRPC_CODE_BY_STATUS: Record<number, number> = { 400: 3, 401: 16, 403: 7, 408: 4, 413: 8, 415: 3, 429: 8, 500: 13, 503: 14 };

const STATUS_BY_APP_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 400, PAYLOAD_TOO_LARGE: 413 };

const PROTOBUF_TYPES = new Set(['application/x-protobuf', 'application/protobuf']);

/** The encoding the request's Content-Type names, or null for one OTLP does not define. */
function formatOf(req: Request): OtlpFormat | null {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (PROTOBUF_TYPES.has(type)) return 'protobuf';
  if (type === 'application/json') return 'json';
  return null;
}

/** Answers in the request's encoding (protobuf unless it sent JSON), as OTLP/HTTP requires of responses. */
function send(req: Request, res: Response, status: number, body: Uint8Array | string) {
  const json = formatOf(req) === 'json';
  res.status(status).type(json ? 'application/json' : 'application/x-protobuf');
  res.send(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}

/** An OTLP/HTTP error: the status the protocol expects, and a google.rpc.Status body saying why. */
function refuse(res: Response, status: number, message: string) {
  const req = res.req;
  send(req, res, status, encodeStatus(GRPC_CODE_BY_STATUS[status] ?? 2, message, formatOf(req) === 'json' ? 'json' : 'protobuf'));
}

/**
 * OTLP/HTTP trace ingestion (POST /v1/traces; mounted at / and /otel so that both
 * OTEL_EXPORTER_OTLP_ENDPOINT=http://host:4000 and …/otel work): protobuf or JSON, gzip or deflate,
 * the key as `Authorization: Bearer` or `x-api-key`, the admin key's project from `x-sextant-project`
 * or the resource. Answers 200 with OTLP's partial success when some spans were not stored.
 */
export function createOtlpRouter(deps: Deps): Router {
  const { config, contexts, log } = deps;
  const router = express.Router();
  router.use('/v1/traces', cors({ origin: [...config.corsOrigins] }));
  const { admit, authenticate, share, deadline } = ingestGuards({
    config,
    contexts,
    slots: deps.slots,
    settings: { total: 'OTLP_INGEST_CONCURRENCY', perProject: 'OTLP_INGEST_CONCURRENCY_PER_PROJECT' },
    missingKey: 'Missing API key: send a Sextant API key as Authorization: Bearer <key> (OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer <key>") or x-api-key',
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    refuse,
  });

  // Content-Type is checked before anything is read: an encoding OTLP does not define gets 415 at once.
  const known = (req: Request, res: Response, next: NextFunction) => {
    if (formatOf(req)) return next();
    req.resume();
    refuse(res, 415, `Content-Type ${req.headers['content-type'] ?? '(none)'} is not OTLP: send application/x-protobuf or application/json`);
  };
  // gzip and deflate bodies are inflated; the limit holds for the inflated body, so a small bomb cannot blow up.
  const body = express.raw({ type: () => true, limit: config.limits.maxBodyBytes, inflate: true });

  router.post('/v1/traces', known, admit, authenticate, share, deadline, body, async (req, res) => {
    const format = formatOf(req)!;
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    let request: OtlpExportTraceRequest;
    if (format === 'protobuf') request = decodeTraceRequest(raw);
    else {
      let parsed: unknown;
      try {
        parsed = raw.length ? JSON.parse(raw.toString('utf8')) : {};
      } catch {
        throw new OtlpBodyError('The body is not valid JSON');
      }
      request = traceRequestFromJson(parsed);
    }
    const header = req.headers['x-sextant-project'];
    const result = await ingestOtlpTraces(res.locals.ctx as RequestContext, request, { projectName: Array.isArray(header) ? header[0] : header });
    send(req, res, 200, encodeTraceResponse(result, format));
  });
  router.all('/v1/traces', (req, res) => {
    res.setHeader('Allow', 'POST');
    refuse(res, 405, `${req.method} is not served here: OTLP exporters POST their traces to /v1/traces`);
  });
  router.post(['/v1/logs', '/v1/metrics'], (req, res) => {
    req.resume();
    refuse(
      res,
      404,
      `Sextant takes OTLP traces only (/v1/traces); point only the traces exporter here (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) or set OTEL_LOGS_EXPORTER / OTEL_METRICS_EXPORTER to none`,
    );
  });
  // Errors never leak stack traces or SQL: known ones keep their message, the rest are logged.
  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return;
    if (err instanceof OtlpBodyError) return refuse(res, 400, err.message);
    if (err instanceof AppError) return refuse(res, STATUS_BY_APP_CODE[String(err.extensions.code)] ?? 400, err.message);
    const type = (err as { type?: string })?.type;
    if (type === 'entity.too.large') return refuse(res, 413, `The request body exceeds ${config.limits.maxBodyBytes} bytes once inflated (MAX_BODY_BYTES)`);
    if (type === 'encoding.unsupported') return refuse(res, 415, 'Unsupported Content-Encoding: send the body uncompressed, gzip or deflate');
    const status = (err as { status?: number })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500)
      return refuse(res, 400, 'The request body could not be read (a truncated or badly compressed body)');
    log('Unexpected error while ingesting OTLP traces:', err);
    if (databaseUnavailable(err)) {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      return refuse(res, 503, 'The database is unavailable; retry shortly');
    }
    refuse(res, 500, 'Internal server error');
  });
  return router;
}
