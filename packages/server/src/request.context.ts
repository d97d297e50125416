import type { IncomingMessage } from 'node:http';
import { type AppServices, type LiveContext, type Principal, requestContext, resolvePrincipal } from '@sextant/core';
import proxyaddr from 'proxy-addr';
import { AuthThrottle } from './auth-throttle.policy';

/** Authentication and request contexts for every endpoint (GraphQL over HTTP and WebSocket, LangSmith). */
export type RequestContexts = {
  /**
   * The principal a presented key stands for: anonymous without a key, null for an invalid or
   * revoked one. From a client `address` that failed too often it throws TooManyFailures instead;
   * a null address (a key checked again on an open connection) is not counted.
   */
  authenticate(key: string | undefined, address: string | null): Promise<Principal | null>;
  /** A fresh context for one request or subscription (its own DataLoaders), carrying the request's id. */
  build(principal: Principal, budget?: LiveContext['budget'], requestId?: string): LiveContext;
  /** The client's address: the peer's, or what trusted proxies (TRUST_PROXY) say in X-Forwarded-For. */
  clientAddress(req: IncomingMessage): string;
};

const AUTH_WINDOW_MS = 60_000;

/** The one place that turns a presented key into a request context. */
export function requestContexts(app: AppServices, adminKey: string | undefined): RequestContexts {
  const throttle = new AuthThrottle(app.config.limits.authFailuresPerMinute, AUTH_WINDOW_MS, (msg) => app.log(msg));
  // proxy-addr is what Express's "trust proxy" runs on; used directly, it serves WebSocket upgrades too.
  const { trustProxy } = app.config;
  const trust =
    typeof trustProxy === 'boolean'
      ? () => trustProxy
      : typeof trustProxy === 'number'
        ? (_: string, hop: number) => hop < trustProxy
        : proxyaddr.compile([...trustProxy]);
  return {
    clientAddress: (req) => (req.socket.remoteAddress ? proxyaddr(req, trust) : 'unknown'),
    authenticate: async (key, address) => {
      if (address !== null) throttle.check(address);
      const principal = await resolvePrincipal(app, adminKey, key);
      if (principal === null && address !== null) throttle.fail(address);
      return principal;
    },
    build: (principal, budget, requestId) => requestContext(app, principal, budget, requestId),
  };
}
