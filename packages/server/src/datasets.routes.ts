import type { Config } from '@sextant/config';
import { AppError, exportExamples, importExamples, type RequestContext } from '@sextant/core';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { requireApiKey } from './api-key-auth.policy';
import type { RequestContexts } from './request.context';

const STATUS_BY_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, PAYLOAD_TOO_LARGE: 413 };

const FORMATS = { jsonl: 'application/x-ndjson', csv: 'text/csv' } as const;
type Format = keyof typeof FORMATS;

const answerError = (res: Response, status: number, message: string, code = 'BAD_USER_INPUT') => void res.status(status).json({ error: { code, message } });

function formatOf(req: Request): Format {
  const f = String(req.query.format ?? 'jsonl').toLowerCase();
  if (f !== 'jsonl' && f !== 'csv') throw new AppError('BAD_USER_INPUT', 'format must be jsonl or csv');
  return f;
}

const list = (v: unknown) =>
  typeof v === 'string' && v.trim()
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : null;

/**
 * Dataset files over HTTP, for datasets too big for one GraphQL answer: GET /api/datasets/:id/export
 * streams JSONL or CSV (?format=, ?version=), POST /api/datasets/:id/import reads a body of either
 * (CSV columns by ?inputs=a,b&outputs=c&metadata=d&split=e). Authenticated with the API key.
 */
export function createDatasetsRouter(deps: { config: Config; contexts: RequestContexts; log: (msg: string, err?: unknown) => void }): Router {
  const { config, contexts, log } = deps;
  const router = express.Router();
  router.use(cors({ origin: [...config.corsOrigins] }));
  const auth = requireApiKey(contexts, (res, status, message) => answerError(res, status, message, status === 401 ? 'UNAUTHENTICATED' : 'RATE_LIMITED'));
  const ctxOf = (res: Response) => res.locals.ctx as RequestContext;

  router.get('/api/datasets/:id/export', auth, async (req, res) => {
    const format = formatOf(req);
    const version = req.query.version === undefined ? null : Number(req.query.version);
    if (version !== null && !Number.isInteger(version)) throw new AppError('BAD_USER_INPUT', 'version must be an integer');
    const out = await exportExamples(ctxOf(res), String(req.params.id), format, version);
    const file = `${out.name.replace(/[^\w.-]+/g, '_')}-v${out.version}.${format}`;
    res.status(200).set({ 'Content-Type': `${FORMATS[format]}; charset=utf-8`, 'Content-Disposition': `attachment; filename="${file}"` });
    for await (const chunk of out.chunks) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  });

  router.post('/api/datasets/:id/import', auth, express.text({ type: () => true, limit: config.limits.maxBodyBytes }), async (req, res) => {
    const format = formatOf(req);
    const content = typeof req.body === 'string' ? req.body : '';
    const columns = { inputs: list(req.query.inputs), outputs: list(req.query.outputs), metadata: list(req.query.metadata), split: list(req.query.split)?.[0] };
    res.json(await importExamples(ctxOf(res), String(req.params.id), format, content, columns));
  });

  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) {
      // Mid-stream there is no status left to send: cut the body short so the client sees it is incomplete.
      log('A dataset export failed while streaming:', err);
      return void res.destroy();
    }
    if (err instanceof AppError) return answerError(res, STATUS_BY_CODE[String(err.extensions.code)] ?? 400, err.message, String(err.extensions.code));
    const type = (err as { type?: string })?.type;
    if (type === 'entity.too.large') return answerError(res, 413, `The body exceeds ${config.limits.maxBodyBytes} bytes (MAX_BODY_BYTES)`, 'PAYLOAD_TOO_LARGE');
    log('Unexpected error in a dataset route:', err);
    answerError(res, 500, 'Internal server error', 'INTERNAL');
  });
  return router;
}
