import type { Config } from '@sextant/config';
import {
  AppError,
  createLangSmithFeedback,
  createLangSmithRun,
  ingestLangSmithBatch,
  ingestLangSmithMultipart,
  type LangSmithIngestResult,
  langsmithServerInfo,
  type RequestContext,
  updateLangSmithRun,
} from '@sextant/core';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { databaseUnavailable, ingestGuards } from './ingest-guards.policy';
import { IngestSlots } from './ingest-slots.policy';
import { createLangSmithDatasetsRouter } from './langsmith-datasets.routes';
import { MultipartBodyError, readMultipartParts } from './langsmith-multipart.parser';
import { mountLangSmithSessions } from './langsmith-sessions.routes';
import type { RequestContexts } from './request.context';

type Deps = {
  config: Config;
  contexts: RequestContexts;
  log: (msg: string, err?: unknown) => void;
};

// Seconds a refused client should wait. The JS SDK (0.12) retries 429 and 503 up to 4 times with
// its own randomised backoff from about a second: its Retry-After hook never sees the response.
const RETRY_AFTER_SECONDS = 1;

// NOT_FOUND is deliberately 400: a 404 from /runs/multipart makes the SDK drop multipart for good.
const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 400,
  PAYLOAD_TOO_LARGE: 413,
};

/** LangSmith answers errors as `{ "detail": "..." }`; the SDK prints the body in its warning. */
const detail = (res: Response, status: number, message: string, extra: Record<string, unknown> = {}) => res.status(status).json({ detail: message, ...extra });

/**
 * LangSmith's run-ingestion endpoints (GET /info, POST /runs/multipart, POST /runs/batch,
 * POST /runs, PATCH /runs/:id), so code instrumented with the LangSmith SDK traces into Sextant
 * by pointing LANGSMITH_ENDPOINT here. Mount it at both /langsmith and /langsmith/api/v1.
 */
export function createLangSmithRouter(deps: Deps): Router {
  const { config, contexts, log } = deps;
  const limits = config.langsmithIngest;
  const ctxOf = (res: Response) => res.locals.ctx as RequestContext;
  const router = express.Router();
  router.use(cors({ origin: [...config.corsOrigins] }));

  const { admit, authenticate, share, deadline } = ingestGuards({
    config,
    contexts,
    slots: new IngestSlots(limits.maxConcurrentRequests, limits.maxConcurrentPerProject),
    settings: { total: 'LS_INGEST_CONCURRENCY', perProject: 'LS_INGEST_CONCURRENCY_PER_PROJECT' },
    missingKey: 'Missing API key: set LANGSMITH_API_KEY to a Sextant API key (sent as x-api-key)',
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    refuse: (res, status, message) => void detail(res, status, message),
  });

  // Every body is JSON whatever its Content-Type says, as LangSmith reads it.
  const json = express.json({ limit: limits.maxBodyBytes, type: () => true });

  router.get('/info', (_req, res) => {
    res.json(langsmithServerInfo(config));
  });
  router.post('/runs/multipart', admit, authenticate, share, deadline, async (req, res) => {
    const parts = await readMultipartParts(req, limits.maxBodyBytes);
    answer(res, await ingestLangSmithMultipart(ctxOf(res), parts));
  });
  router.post('/runs/batch', admit, authenticate, share, deadline, json, async (req, res) => {
    answer(res, await ingestLangSmithBatch(ctxOf(res), req.body));
  });
  router.post('/runs', admit, authenticate, share, deadline, json, async (req, res) => {
    answer(res, await createLangSmithRun(ctxOf(res), req.body));
  });
  router.patch('/runs/:id', admit, authenticate, share, deadline, json, async (req, res) => {
    answer(res, await updateLangSmithRun(ctxOf(res), String(req.params.id), req.body), { single: true });
  });
  // The SDK's createFeedback without a trace id (or without multipart): the feedback becomes a metric of the run.
  router.post('/feedback', admit, authenticate, share, deadline, json, async (req, res) => {
    const result = await createLangSmithFeedback(ctxOf(res), req.body);
    if (result.rejected.length) return answer(res, result, { single: true });
    res.status(200).json({ ...(req.body as object), id: result.ids?.[0] });
  });
  mountLangSmithSessions(router, { admit, authenticate, share, deadline, json });
  router.use(createLangSmithDatasetsRouter({ config, contexts, log }));
  router.use((req, res) => {
    detail(
      res,
      404,
      `${req.method} ${req.path} is not served: Sextant accepts LangSmith's run ingestion (GET /info, POST /runs/multipart, POST /runs/batch, POST /runs, PATCH /runs/{id}, POST /feedback), its sessions (/sessions) and its dataset and example endpoints`,
    );
  });
  // Errors never leak stack traces or SQL: known ones keep their message, the rest are logged.
  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return;
    if (err instanceof MultipartBodyError) return void detail(res, err.status, err.message);
    if (err instanceof AppError) return void detail(res, STATUS_BY_CODE[String(err.extensions.code)] ?? 400, err.message);
    const type = (err as { type?: string })?.type;
    if (type === 'entity.too.large') return void detail(res, 413, `The request body exceeds ${limits.maxBodyBytes} bytes (LS_INGEST_MAX_BODY_BYTES)`);
    if (type === 'entity.parse.failed') return void detail(res, 400, 'The request body is not valid JSON');
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') return void detail(res, 415, 'Unsupported body encoding');
    log('Unexpected error while ingesting LangSmith runs:', err);
    if (databaseUnavailable(err)) {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      return void detail(res, 503, 'The database is unavailable; retry shortly');
    }
    detail(res, 500, 'Internal server error');
  });
  return router;
}

/**
 * 202 when every run was stored. Otherwise the stored runs stay stored and the answer names the
 * others: 403 when all of them were refused for their project, else 400 (LangSmith's answer to
 * invalid runs; the SDK logs it and does not retry, which is right: a retry would fail the same
 * way). A single update of an unknown run is 404. Never 404 on the batch endpoints: the SDK would
 * take it as "no multipart endpoint" and stop using it.
 */
function answer(res: Response, result: LangSmithIngestResult, opts: { single?: boolean } = {}) {
  const { accepted, rejected } = result;
  if (!rejected.length) return void res.status(202).json({ accepted });
  const status = rejected.every((r) => r.forbidden) ? 403 : opts.single && rejected.every((r) => r.notFound) ? 404 : 400;
  const reasons = rejected.map((r) => `${r.source}: ${r.message}`).join('; ');
  detail(res, status, `${rejected.length} run(s) or feedback rejected${accepted ? `, ${accepted} stored` : ''}: ${reasons}`, {
    accepted,
    rejected: rejected.map((r) => ({ source: r.source, id: r.id, message: r.message })),
  });
}
