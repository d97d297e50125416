import type { Config } from '@sextant/config';
import { AppError, langsmithDatasets as ls, type RequestContext } from '@sextant/core';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { requireApiKey } from './api-key-auth.policy';
import { MultipartBodyError, readMultipartParts } from './langsmith-multipart.parser';
import type { RequestContexts } from './request.context';

// Unlike run ingestion, NOT_FOUND is 404 here: the SDK's hasDataset reads a 404 as "no such dataset".
const STATUS_BY_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, PAYLOAD_TOO_LARGE: 413 };

/** The header that names the project of the bootstrap admin's new datasets (project keys always use their own). */
const PROJECT_HEADER = 'x-sextant-project';

const detail = (res: Response, status: number, message: string) => void res.status(status).json({ detail: message });

/**
 * LangSmith's dataset and example endpoints, as the unmodified SDK calls them (createDataset,
 * readDataset, listDatasets, createExamples over multipart, listExamples with as_of and splits,
 * updateExample(s), deleteExample(s), dataset versions and tags). Mounted inside the LangSmith router.
 */
export function createLangSmithDatasetsRouter(deps: { config: Config; contexts: RequestContexts; log: (msg: string, err?: unknown) => void }): Router {
  const { config, contexts, log } = deps;
  const router = express.Router();
  const auth = requireApiKey(contexts, detail);
  const json = express.json({ limit: config.langsmithIngest.maxBodyBytes, type: () => true });
  const ctxOf = (res: Response) => res.locals.ctx as RequestContext;
  const id = (req: Request) => String(req.params.id);
  const parts = (req: Request) => readMultipartParts(req, config.langsmithIngest.maxBodyBytes);

  router.post('/datasets', auth, json, async (req, res) => {
    res.json(await ls.langsmithCreateDataset(ctxOf(res), req.body, req.get(PROJECT_HEADER)));
  });
  router.get('/datasets', auth, async (req, res) => {
    res.json(await ls.langsmithListDatasets(ctxOf(res), req.query));
  });
  router.get('/datasets/:id', auth, async (req, res) => {
    res.json(await ls.langsmithReadDataset(ctxOf(res), id(req)));
  });
  router.patch('/datasets/:id', auth, json, async (req, res) => {
    res.json(await ls.langsmithUpdateDataset(ctxOf(res), id(req), req.body));
  });
  router.delete('/datasets/:id', auth, async (req, res) => {
    await ls.langsmithDeleteDataset(ctxOf(res), id(req));
    res.json({});
  });
  router.get('/datasets/:id/version', auth, async (req, res) => {
    res.json(await ls.langsmithReadDatasetVersion(ctxOf(res), id(req), req.query));
  });
  router.get('/datasets/:id/versions', auth, async (req, res) => {
    res.json(await ls.langsmithListDatasetVersions(ctxOf(res), id(req), req.query));
  });
  router.put('/datasets/:id/tags', auth, json, async (req, res) => {
    res.json(await ls.langsmithTagDatasetVersion(ctxOf(res), id(req), req.body));
  });
  router.get('/datasets/:id/splits', auth, async (req, res) => {
    res.json(await ls.langsmithListSplits(ctxOf(res), id(req), req.query));
  });
  // The SDK prefixes its platform paths with /v1 unless its endpoint already ends in /v1.
  for (const prefix of ['/v1/platform', '/platform']) {
    router.post(`${prefix}/datasets/:id/examples`, auth, async (req, res) => {
      res.status(201).json(await ls.langsmithUploadExamples(ctxOf(res), id(req), await parts(req)));
    });
    router.patch(`${prefix}/datasets/:id/examples`, auth, async (req, res) => {
      res.json(await ls.langsmithUpdateExamples(ctxOf(res), id(req), await parts(req)));
    });
  }
  router.post('/examples', auth, json, async (req, res) => {
    res.json(await ls.langsmithCreateExamplesJson(ctxOf(res), req.body, true));
  });
  router.post('/examples/bulk', auth, json, async (req, res) => {
    res.json(await ls.langsmithCreateExamplesJson(ctxOf(res), req.body, false));
  });
  router.get('/examples', auth, async (req, res) => {
    res.json(await ls.langsmithListExamples(ctxOf(res), req.query));
  });
  router.get('/examples/:id', auth, async (req, res) => {
    res.json(await ls.langsmithReadExample(ctxOf(res), id(req), req.query));
  });
  router.patch('/examples/:id', auth, json, async (req, res) => {
    res.json(await ls.langsmithUpdateExampleJson(ctxOf(res), id(req), req.body));
  });
  router.delete('/examples/:id', auth, async (req, res) => {
    res.json(await ls.langsmithDeleteExamples(ctxOf(res), [id(req)]));
  });
  router.delete('/examples', auth, async (req, res) => {
    const ids = ([] as unknown[]).concat(req.query.example_ids ?? []).map(String);
    res.json(await ls.langsmithDeleteExamples(ctxOf(res), ids));
  });

  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return;
    if (err instanceof MultipartBodyError) return detail(res, err.status, err.message);
    if (err instanceof AppError) {
      const status = err.extensions.conflict ? 409 : (STATUS_BY_CODE[String(err.extensions.code)] ?? 400);
      return detail(res, status, err.message);
    }
    const type = (err as { type?: string })?.type;
    if (type === 'entity.too.large' || type === 'entity.parse.failed') return next(err);
    log('Unexpected error in a LangSmith dataset endpoint:', err);
    detail(res, 500, 'Internal server error');
  });
  return router;
}
