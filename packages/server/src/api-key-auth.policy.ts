import { type Permission, type Principal, principalMay } from '@sextant/core';
import type { NextFunction, Request, Response } from 'express';
import { TooManyFailures } from './auth-throttle.policy';
import { presentedKey } from './presented-key.parser';
import type { RequestContexts } from './request.context';

type KeyCheck = {
  /** Refuse (403) a key that lacks this permission on every project, before the body is read. */
  permission?: Permission;
  /** The 401 message when no key was sent. */
  missingKey?: string;
};

/**
 * Authenticates a plain HTTP route by its API key (x-api-key or Bearer) and puts the request context
 * on res.locals.ctx. Without `permission` any valid key passes: what it may do is the services'
 * check, per project and role. A refused request's body is not read.
 */
export function requireApiKey(contexts: RequestContexts, refuse: (res: Response, status: number, message: string) => void, check: KeyCheck = {}) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = presentedKey(req.headers);
    let principal: Principal | null = null;
    try {
      if (key) principal = await contexts.authenticate(key, contexts.clientAddress(req));
    } catch (e) {
      if (!(e instanceof TooManyFailures)) return next(e);
      res.setHeader('Retry-After', String(e.retryAfterSeconds));
      req.resume();
      return refuse(res, 429, e.message);
    }
    if (!principal || principal.kind === 'anonymous') {
      req.resume();
      return refuse(res, 401, key ? 'Invalid or revoked API key' : (check.missingKey ?? 'Missing API key: send it as x-api-key or Authorization: Bearer'));
    }
    if (check.permission && !principalMay(principal, check.permission)) {
      req.resume();
      return refuse(res, 403, `This API key has the ${principal.kind === 'key' ? principal.role : 'wrong'} role; ${check.permission} access is required`);
    }
    res.locals.ctx = contexts.build(principal, undefined, res.locals.requestId as string | undefined);
    next();
  };
}
