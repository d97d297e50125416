import { type AppServices, type LiveContext, type Principal, requestContext, resolvePrincipal } from '@sextant/core';
import { AuthThrottle } from './auth-throttle.policy';

/** Authentication and request contexts for every endpoint (GraphQL over HTTP and WebSocket, LangSmith). */
export type RequestContexts = {
  /**
   * The principal a presented key stands for: anonymous without a key, null for an invalid or
   * revoked one. From a client `address` that failed too often it throws TooManyFailures instead;
   * a null address (a key checked again on an open connection) is not counted.
   */
  authenticate(key: string | undefined, address: string | null): Promise<Principal | null>;
  /** A fresh context for one request or subscription (its own DataLoaders). */
  build(principal: Principal, budget?: LiveContext['budget']): LiveContext;
};

const AUTH_WINDOW_MS = 60_000;

/** The one place that turns a presented key into a request context. */
export function requestContexts(app: AppServices, adminKey: string | undefined): RequestContexts {
  const throttle = new AuthThrottle(app.config.limits.authFailuresPerMinute, AUTH_WINDOW_MS, (msg) => app.log(msg));
  return {
    authenticate: async (key, address) => {
      if (address !== null) throttle.check(address);
      const principal = await resolvePrincipal(app, adminKey, key);
      if (principal === null && address !== null) throttle.fail(address);
      return principal;
    },
    build: (principal, budget) => requestContext(app, principal, budget),
  };
}
