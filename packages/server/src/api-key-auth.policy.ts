import { type Principal } from '@sextant/core';
import type { NextFunction, Request, Response } from 'express';
import { TooManyFailures } from './auth-throttle.policy';
import { presentedKey } from './presented-key.parser';
import type { RequestContexts } from './request.context';

/**
 * Authenticates a plain HTTP route by its API key (x-api-key or Bearer) and puts the request context
 * on res.locals.ctx. Any valid key passes: what it may do is the services' check, per project and role.
 */
export function requireApiKey(contexts: RequestContexts, refuse: (res: Response, status: number, message: string) => void) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = presentedKey(req.headers);
    let principal: Principal | null = null;
    try {
      if (key) principal = await contexts.authenticate(key, contexts.clientAddress(req));
    } catch (e) {
      if (!(e instanceof TooManyFailures)) return next(e);
      res.setHeader('Retry-After', String(e.retryAfterSeconds));
      return refuse(res, 429, e.message);
    }
    if (!principal || principal.kind === 'anonymous') {
      req.resume();
      return refuse(res, 401, key ? 'Invalid or revoked API key' : 'Missing API key: send it as x-api-key or Authorization: Bearer');
    }
    res.locals.ctx = contexts.build(principal);
    next();
  };
}
