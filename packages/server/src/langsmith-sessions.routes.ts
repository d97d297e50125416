import {
  createLangSmithSession,
  listLangSmithSessions,
  readLangSmithSession,
  type RequestContext,
  type SessionAnswer,
  updateLangSmithSession,
} from '@sextant/core';
import type { RequestHandler, Response, Router } from 'express';

type Guards = { admit: RequestHandler; authenticate: RequestHandler; share: RequestHandler; deadline: RequestHandler; json: RequestHandler };

const ctxOf = (res: Response) => res.locals.ctx as RequestContext;

/** 200 with the TracerSession, or LangSmith's `{ detail }` with 404 or 409 (the SDK retries evaluate()'s name on 409). */
function send(res: Response, answer: SessionAnswer) {
  if ('session' in answer) return void res.status(200).json(answer.session);
  res.status(answer.status).json({ detail: answer.message });
}

/**
 * LangSmith's session endpoints, which the SDK's evaluate() uses for its experiment: POST
 * /sessions, GET /sessions, GET /sessions/:id, PATCH /sessions/:id. A session with a reference
 * dataset is a client experiment of the dataset's project; any other is a project.
 */
export function mountLangSmithSessions(router: Router, g: Guards): void {
  const guarded = [g.admit, g.authenticate, g.share];
  router.post('/sessions', ...guarded, g.deadline, g.json, async (req, res) => {
    send(res, await createLangSmithSession(ctxOf(res), req.body, req.query.upsert === 'true'));
  });
  router.get('/sessions', ...guarded, async (req, res) => {
    res.status(200).json(await listLangSmithSessions(ctxOf(res), req.query as Record<string, unknown>));
  });
  router.get('/sessions/:id', ...guarded, async (req, res) => {
    send(res, await readLangSmithSession(ctxOf(res), String(req.params.id)));
  });
  router.patch('/sessions/:id', ...guarded, g.deadline, g.json, async (req, res) => {
    send(res, await updateLangSmithSession(ctxOf(res), String(req.params.id), req.body));
  });
}
