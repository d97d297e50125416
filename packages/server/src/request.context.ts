import { type AppServices, type LiveContext, type Principal, requestContext, resolvePrincipal } from '@sextant/core';

/** Authentication and request contexts for every endpoint (GraphQL over HTTP and WebSocket, LangSmith). */
export type RequestContexts = {
  /** The principal a presented key stands for: anonymous without a key, null for an invalid or revoked one. */
  authenticate(key: string | undefined): Promise<Principal | null>;
  /** A fresh context for one request or subscription (its own DataLoaders). */
  build(principal: Principal, budget?: LiveContext['budget']): LiveContext;
};

/** The one place that turns a presented key into a request context. */
export function requestContexts(app: AppServices, adminKey: string | undefined): RequestContexts {
  return {
    authenticate: (key) => resolvePrincipal(app, adminKey, key),
    build: (principal, budget) => requestContext(app, principal, budget),
  };
}
