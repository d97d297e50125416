import type { Config } from '@sextant/config';
import type { RequestContext } from '@sextant/core';
import type { NextFunction, Request, Response } from 'express';
import { requireApiKey } from './api-key-auth.policy';
import { bodyDeadline } from './body-deadline.policy';
import type { IngestSlots } from './ingest-slots.policy';
import type { RequestContexts } from './request.context';

/** Answers a refused request in the protocol's own error shape. */
type Refuse = (res: Response, status: number, message: string) => void;

type GuardOptions = {
  config: Config;
  contexts: RequestContexts;
  /** The requests in progress that this protocol's requests count against (shared by every transport of one protocol). */
  slots: IngestSlots;
  /** The settings behind `slots`, named in the answers. */
  settings: { total: string; perProject: string };
  /** The 401 message when no key was sent: how to send one with this protocol's clients. */
  missingKey: string;
  /** Seconds a refused client should wait before retrying. */
  retryAfterSeconds: number;
  refuse: Refuse;
};

/**
 * The checks an inbound ingest protocol (LangSmith, OTLP/HTTP) runs before it reads a body, in this
 * order: `admit` (a slot of the process, else 429), `authenticate` (401 without a valid key, 403 for
 * a key that may not ingest; the request context goes to res.locals.ctx), `share` (the project's
 * share of the slots, else 429), `deadline` (408 for a body that stalls). Nobody who may not write
 * gets a body parsed.
 */
export function ingestGuards(o: GuardOptions) {
  const { slots } = o;
  const busy = (req: Request, res: Response, message: string, seconds = o.retryAfterSeconds) => {
    res.setHeader('Retry-After', String(seconds));
    o.refuse(res, 429, message);
    // The body is not read: drop it so the answer reaches a client still sending.
    req.resume();
  };

  const admit = (req: Request, res: Response, next: NextFunction) => {
    if (!slots.take()) return busy(req, res, `Sextant is busy (${slots.total} ingest requests in progress, ${o.settings.total}); retry shortly`);
    res.once('close', () => slots.release(res.locals.tenant as string | undefined));
    next();
  };

  // Charged to the key's project (the admin key counts as one), known before the body is read.
  const share = (req: Request, res: Response, next: NextFunction) => {
    const { principal } = res.locals.ctx as RequestContext;
    const tenant = principal.kind === 'key' ? principal.projectId : principal.kind;
    if (!slots.charge(tenant)) {
      return busy(req, res, `This project already has ${slots.perTenant} ingest requests in progress (${o.settings.perProject}); retry shortly`);
    }
    res.locals.tenant = tenant;
    next();
  };

  const authenticate = requireApiKey(o.contexts, o.refuse, { permission: 'ingest', missingKey: o.missingKey });

  // Armed after the checks above, which do not read the body: a stall is then the client's.
  const deadline = bodyDeadline({
    idleMs: o.config.limits.bodyIdleTimeoutMs,
    totalMs: o.config.limits.bodyTimeoutMs,
    answer: (res, message) => o.refuse(res, 408, message),
  });

  return { admit, authenticate, share, deadline };
}

// Postgres classes 08 (connection), 53 (insufficient resources) and 57P0x (shutting down), and sockets
// that failed: clients retry 503, and what they send is accepted once the database is back.
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0)/;
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/** True for failures that say the database cannot be reached now, rather than that the request is wrong. */
export function databaseUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = String(e?.driverError?.code ?? e?.code ?? '');
  return (
    UNAVAILABLE_SQLSTATE.test(code) ||
    UNAVAILABLE_SOCKET.has(code) ||
    /timeout exceeded when trying to connect|Connection terminated/i.test(String(e?.message ?? ''))
  );
}
