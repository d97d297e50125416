import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { HttpRoute, Logger, SextantMetrics } from '@sextant/core';
import type { NextFunction, Request, Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { requestIdOf } from './request-id.parser';

/** The GraphQL operation of a request, once Apollo has parsed and validated it. */
export type OperationInfo = { type: string; name: string | null; label: string };

// More root fields than this in one operation are labelled by the first ones and a count, so a
// client combining fields cannot make a series per combination.
const MAX_LABEL_FIELDS = 2;
const MAX_NAME_LOGGED = 100;

/** The route a path is counted under in sextant_http_requests_total: one of a fixed set, whatever the path. */
export function routeOf(path: string): HttpRoute {
  if (path === '/graphql' || path.startsWith('/graphql/')) return 'graphql';
  if (path === '/langsmith' || path.startsWith('/langsmith/')) return 'langsmith';
  if (path === '/v1/traces' || path.startsWith('/otel/')) return 'otlp';
  if (path.startsWith('/api/datasets')) return 'datasets';
  if (['/health', '/livez', '/readyz', '/metrics'].includes(path)) return 'ops';
  return 'ui';
}

/**
 * The operation label of a GraphQL request: its type and root fields (schema names, never the
 * client's operation name or aliases), sorted and capped, e.g. `mutation:ingest` or `query:project+traces`.
 */
export function operationLabel(type: string, rootFields: readonly string[]): string {
  const fields = [...new Set(rootFields)].sort();
  if (!fields.length) return type;
  const shown = fields.slice(0, MAX_LABEL_FIELDS).join('+');
  return fields.length > MAX_LABEL_FIELDS ? `${type}:${shown}+${fields.length - MAX_LABEL_FIELDS}more` : `${type}:${shown}`;
}

/** The root field names of an operation, fragments spread at the root included. */
function rootFields(op: OperationDefinitionNode, fragments: Record<string, { selectionSet: OperationDefinitionNode['selectionSet'] }>): string[] {
  const out: string[] = [];
  const walk = (set: OperationDefinitionNode['selectionSet'], depth: number) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s.name.value);
      else if (depth < 5 && s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, depth + 1);
      else if (depth < 5 && s.kind === Kind.FRAGMENT_SPREAD && fragments[s.name.value]) walk(fragments[s.name.value].selectionSet, depth + 1);
    }
  };
  walk(op.selectionSet, 0);
  return out;
}

/**
 * An Apollo plugin that tells `note` which operation a request ran, once it is resolved (after
 * validation, so its root fields are the schema's).
 */
export function operationPlugin<C extends object>(note: (ctx: C, op: OperationInfo) => void): ApolloServerPlugin<C> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async (rc) => {
        if (!rc.operation) return;
        const fragments = Object.fromEntries(
          (rc.document?.definitions ?? []).filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d] as const),
        );
        const type = rc.operation.operation;
        note(rc.contextValue, { type, name: rc.operationName ?? null, label: operationLabel(type, rootFields(rc.operation, fragments)) });
      },
    }),
  };
}

/** What the access log needs of the server. */
type AccessLogDeps = { logger: Logger; metrics: SextantMetrics; clientAddress: (req: IncomingMessage) => string };

/**
 * Gives every request its id (a well-formed incoming X-Request-Id, else a new one), returns it in
 * X-Request-Id, and once the response is done writes one access line and counts the request in
 * /metrics. Bodies and headers are never logged; the path is logged without its query string.
 */
export function accessLog(deps: AccessLogDeps) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    let bytes = 0;
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => Response;
    const count = (chunk: unknown, encoding: unknown) => {
      if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
      else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => (count(chunk, rest[0]), write(chunk, ...rest))) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => (typeof chunk !== 'function' && count(chunk, rest[0]), end(chunk, ...rest))) as Response['end'];
    // The original URL: routers strip their mount path from req.path.
    const path = (req.originalUrl || req.url).split('?')[0].slice(0, 512);
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // A client that went away before the answer: 499, as nginx logs it.
      const status = res.writableFinished ? res.statusCode : 499;
      const op = res.locals.operation as OperationInfo | undefined;
      const route = routeOf(path);
      const operation = route === 'graphql' ? (op?.label ?? 'none') : '';
      deps.metrics.httpRequests.inc({ route, operation, status: String(status) });
      deps.metrics.httpDuration.observe({ route, operation }, seconds);
      const line = {
        requestId,
        method: req.method,
        path,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        bytes,
        client: deps.clientAddress(req),
        ...(op ? { operation: { type: op.type, name: op.name?.slice(0, MAX_NAME_LOGGED) ?? null } } : {}),
      };
      if (status >= 500) deps.logger.error(line, 'request');
      else deps.logger.info(line, 'request');
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
