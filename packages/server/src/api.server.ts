import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { type AppServices, buildSextantSchema, ConnectionBudget, type Principal, type RequestContext } from '@sextant/core';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { makeFormatError } from './graphql.errors';
import { graphiqlHtml } from './graphiql.page';
import { createLangSmithRouter } from './langsmith.routes';
import { createDatasetsRouter } from './datasets.routes';
import { IngestSlots } from './ingest-slots.policy';
import { createOtlpRouter } from './otlp.routes';
import { createWebUiRouter } from './web-ui.routes';
import { type OtlpGrpcServer, startOtlpGrpcServer } from './otlp-grpc.server';
import { presentedKey } from './presented-key.parser';
import { TooManyFailures } from './auth-throttle.policy';
import { bodyDeadline } from './body-deadline.policy';
import { requestContexts } from './request.context';
import { parseOptions, prepareOperation, queryLimitsPlugin } from './query-limits.policy';
import { accessLog, type OperationInfo, operationPlugin } from './access-log.policy';
import { createOpsRouter, type Readiness, timedCheck } from './ops.routes';
import { requestIdOf } from './request-id.parser';

export type SextantServer = {
  url: string;
  port: number;
  /** The OTLP/gRPC port, or null when OTLP_GRPC is off. */
  otlpGrpcPort: number | null;
  close(): Promise<void>;
};

/** The key a WebSocket client gives in its connection_init payload: apiKey, x-api-key or an Authorization header. */
function connectionParamsKey(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!params) return undefined;
  const lower = Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toLowerCase(), v]));
  const direct = lower.apikey ?? lower['x-api-key'];
  if (typeof direct === 'string' && direct.trim()) return direct.trim();
  const nested = lower.headers;
  const headers = nested && typeof nested === 'object' ? (nested as Record<string, unknown>) : lower;
  return presentedKey(
    Object.fromEntries(
      Object.entries(headers)
        .filter(([, v]) => typeof v === 'string')
        .map(([k, v]) => [k.toLowerCase(), v as string]),
    ),
  );
}

/** Close codes of refused WebSocket connections (graphql-ws treats 4401 and 4403 as final: clients do not retry). */
const WS_CLOSE = { unauthorized: 4401, tooManyFailures: 4429 } as const;

// How often an open connection's key is checked again, so revoking a key ends its live streams.
const KEY_RECHECK_MS = 60_000;

/** Where a GraphQL context keeps its response's locals (the access line reads the operation there). */
const RESPONSE_LOCALS = Symbol('responseLocals');

const graphqlErrorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Starts the HTTP server: GraphQL (with an offline GraphiQL for browsers) at /graphql, a health check at /health,
 * LangSmith's run ingestion under /langsmith, OTLP/HTTP at /v1/traces and /otel/v1/traces and the web UI at /; and the OTLP/gRPC server.
 */
export async function createServer(opts: { app: AppServices; adminKey: string | undefined; readiness: Readiness }): Promise<SextantServer> {
  const { config, ds, live, log, logger, metrics } = opts.app;
  const contexts = requestContexts(opts.app, opts.adminKey);
  const app = express();
  const httpServer = http.createServer(app);
  // Idle keep-alive connections stay open longer than proxies and load balancers keep theirs (nginx,
  // AWS ALB: 60 s), so they never reuse a connection Node's default 5 s has just closed (a 502, or a
  // reset for a client that waited); headers must be allowed a little longer than that.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const schema = await buildSextantSchema();
  const formatError = makeFormatError({
    exposeDetails: config.exposeErrorDetails,
    statementTimeoutMs: config.dbStatementTimeoutMs,
    queryLimits: config.queryLimits,
    log: (e) => log('Unexpected error while handling a GraphQL request:', e),
  });
  const limits = queryLimitsPlugin(config.queryLimits, config.limits);

  // Subscriptions (and queries, if a client wants) over graphql-ws on the same port and path.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: config.limits.maxBodyBytes });
  const connections = new WeakMap<WebSocket, { key: string; principal: Principal; budget: ConnectionBudget; requestId: string }>();
  // Each open socket's request id and operations (for /metrics), and messages sent to subscribers.
  const sockets = new Map<WebSocket, { requestId: string; ops: Set<string> }>();
  let delivered = 0;
  metrics.observeLive(() => ({
    subscribers: [...sockets.values()].reduce((n, s) => n + s.ops.size, 0),
    published: live.published,
    delivered,
  }));
  // One line when a WebSocket opens and one when it closes, with the id its upgrade request was given.
  wsServer.on('connection', (socket, req) => {
    const requestId = requestIdOf(req.headers['x-request-id']);
    const opened = Date.now();
    const client = contexts.clientAddress(req);
    const path = (req.url ?? '').split('?')[0];
    sockets.set(socket, { requestId, ops: new Set() });
    logger.info({ requestId, path, client }, 'websocket open');
    socket.once('close', (code) => {
      sockets.delete(socket);
      logger.info({ requestId, path, client, code, durationMs: Date.now() - opened }, 'websocket close');
    });
  });
  /** Resolves the connection's key again; closes the connection when it no longer authenticates. */
  const recheck = async (socket: WebSocket) => {
    const conn = connections.get(socket);
    if (!conn) return false;
    const principal = await contexts.authenticate(conn.key, null);
    if (!principal || principal.kind === 'anonymous') {
      socket.close(WS_CLOSE.unauthorized, 'Unauthorized: the API key was revoked');
      return false;
    }
    conn.principal = principal;
    return true;
  };
  const wsCleanup = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const key = connectionParamsKey(ctx.connectionParams) ?? presentedKey(ctx.extra.request.headers);
        if (!key) {
          socket.close(WS_CLOSE.unauthorized, 'Unauthorized: give an API key in the connection_init payload ({ "apiKey": "..." })');
          return false;
        }
        let principal: Principal | null;
        try {
          principal = await contexts.authenticate(key, contexts.clientAddress(ctx.extra.request));
        } catch (e) {
          if (!(e instanceof TooManyFailures)) throw e;
          socket.close(WS_CLOSE.tooManyFailures, e.message);
          return false;
        }
        if (!principal || principal.kind === 'anonymous') {
          socket.close(WS_CLOSE.unauthorized, 'Unauthorized: invalid or revoked API key');
          return false;
        }
        connections.set(socket, {
          key,
          principal,
          budget: new ConnectionBudget(config.live.bufferEvents),
          requestId: sockets.get(socket)?.requestId ?? requestIdOf(undefined),
        });
        if (principal.kind === 'key') {
          const timer = setInterval(() => void recheck(socket).catch((e) => log('Checking a WebSocket key failed:', e)), KEY_RECHECK_MS);
          timer.unref();
          socket.once('close', () => clearInterval(timer));
        }
        return true;
      },
      // Each new operation checks the key again: a long-lived connection must not outlive its key.
      // Then the query limits, as over HTTP: the operation runs only if it passes them.
      onSubscribe: async (ctx, id, payload) => {
        if (!(await recheck(ctx.extra.socket))) return [new GraphQLError('The API key was revoked', { extensions: { code: 'UNAUTHENTICATED' } })];
        const prepared = prepareOperation(schema, payload, config.queryLimits, config.limits);
        if (!Array.isArray(prepared)) sockets.get(ctx.extra.socket)?.ops.add(id);
        return prepared;
      },
      onComplete: (ctx, id) => void sockets.get(ctx.extra.socket)?.ops.delete(id),
      context: (ctx): RequestContext => {
        const conn = connections.get(ctx.extra.socket)!;
        return contexts.build(conn.principal, conn.budget, conn.requestId);
      },
      // graphql-ws sends errors as they are; they get the same treatment as over HTTP.
      onNext: (_ctx, _id, _payload, _args, result) => {
        delivered++;
        return result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined;
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    },
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    // The process entry point owns signals: it stops Apollo, the pool and the embedded Postgres in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.exposeErrorDetails,
    formatError,
    validationRules: limits.validationRules,
    parseOptions: parseOptions(config.queryLimits),
    plugins: [
      operationPlugin<RequestContext>((ctx, op: OperationInfo) => {
        const locals = (ctx as { [RESPONSE_LOCALS]?: Record<string, unknown> })[RESPONSE_LOCALS];
        if (locals) locals.operation = op;
      }),
      limits.plugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; the default plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsCleanup.dispose()) }) },
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(accessLog({ logger, metrics, clientAddress: contexts.clientAddress }));
  app.use(createOpsRouter({ metrics, readiness: opts.readiness, metricsToken: config.observability.metricsToken }));
  app.get('/health', async (_req, res) => {
    // Live events degrade without failing the instance: Redis down affects every instance alike.
    const liveEvents = live.bus.kind === 'memory' ? 'in-process' : live.bus.connected ? 'redis' : 'redis-unreachable';
    // A database that does not answer (frozen, or every connection busy) must not hold the probe.
    const database = await timedCheck(() => ds.query('SELECT 1'));
    if (database === 'ok') res.json({ status: 'ok', database, liveEvents });
    else res.status(503).json({ status: 'unavailable', database, liveEvents });
  });
  // LangSmith SDKs append their paths to LANGSMITH_ENDPOINT: both …/langsmith and …/langsmith/api/v1 work.
  const langsmith = createLangSmithRouter({ config, contexts, log });
  app.use('/langsmith/api/v1', langsmith);
  app.use('/langsmith', langsmith);
  app.use(createDatasetsRouter({ config, contexts, log }));
  // OTLP exporters append /v1/traces to OTEL_EXPORTER_OTLP_ENDPOINT: both http://host:4000 and …/otel work.
  const otlpSlots = new IngestSlots(config.otlp.maxConcurrentRequests, config.otlp.maxConcurrentPerProject);
  const otlp = createOtlpRouter({ config, contexts, slots: otlpSlots, log });
  app.use('/otel', otlp);
  app.use(otlp);
  app.get('/graphql', async (req, res, next) => {
    const wantsHtml = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsHtml && !req.query.query) {
      // The IDE holds a key the user typed: no other site may frame it (clickjacking) or learn where it came from.
      res.set({
        'X-Frame-Options': 'DENY',
        'Content-Security-Policy': "frame-ancestors 'none'",
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      res.type('html').send(await graphiqlHtml('/graphql'));
    } else next();
  });
  app.use(
    '/graphql',
    cors({ origin: [...config.corsOrigins] }),
    bodyDeadline({
      idleMs: config.limits.bodyIdleTimeoutMs,
      totalMs: config.limits.bodyTimeoutMs,
      answer: (res, message) => void res.status(408).json(graphqlErrorBody('BAD_USER_INPUT', message)),
    }),
    express.json({ limit: config.limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        let principal: Principal | null;
        try {
          principal = await contexts.authenticate(presentedKey(req.headers), contexts.clientAddress(req));
        } catch (e) {
          if (!(e instanceof TooManyFailures)) throw e;
          // Apollo Server sends extensions.http's status and headers as the response's.
          const http = { status: 429, headers: new Map([['retry-after', String(e.retryAfterSeconds)]]) } as unknown as Record<string, unknown>;
          throw new GraphQLError(e.message, { extensions: { code: 'RATE_LIMITED', http } });
        }
        if (!principal) {
          throw new GraphQLError('Invalid or revoked API key', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        // Without a key nothing but the schema could be read: 401 as for a bad key, unless introspection is public.
        if (principal.kind === 'anonymous' && !config.publicIntrospection) {
          throw new GraphQLError('Missing API key: send it as x-api-key or Authorization: Bearer', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        const ctx = contexts.build(principal, undefined, res.locals.requestId as string | undefined);
        // Apollo hands plugins a copy of the context: a symbol key survives the copy, and tells the access line the operation.
        return Object.assign(ctx, { [RESPONSE_LOCALS]: res.locals });
      },
    }),
  );
  app.use(createWebUiRouter(config.webDistDir));
  // body-parser's errors (too large, malformed JSON, unsupported or broken encodings) answered in GraphQL's error shape.
  app.use((err: { type?: string; status?: number; expose?: boolean; message?: string }, _req: Request, res: Response, next: NextFunction) => {
    // Already answered (a body cut off with 408): the parser's error that follows has no one to tell.
    if (res.headersSent) return;
    if (err?.type === 'entity.too.large') {
      res.status(413).json(graphqlErrorBody('PAYLOAD_TOO_LARGE', `Request body exceeds ${config.limits.maxBodyBytes} bytes (MAX_BODY_BYTES)`));
    } else if (err?.type === 'entity.parse.failed') {
      res.status(400).json(graphqlErrorBody('BAD_USER_INPUT', 'Request body is not valid JSON'));
    } else if (err?.type === 'encoding.unsupported') {
      res.status(415).json(graphqlErrorBody('BAD_USER_INPUT', `${err.message}; send the body uncompressed, gzip or deflate`));
    } else if (err && typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
      // The client's to fix (a truncated or badly compressed body, an unknown charset): body-parser marks
      // its own messages safe to show (expose); anything else gets a generic one.
      res.status(err.status).json(graphqlErrorBody('BAD_USER_INPUT', err.expose && err.message ? err.message : 'The request body could not be read'));
    } else if (err) {
      log('Unexpected HTTP error:', err);
      res.status(err.status ?? 500).json(graphqlErrorBody('INTERNAL', 'Internal server error'));
    } else next();
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  let grpc: OtlpGrpcServer | null;
  try {
    grpc = await startOtlpGrpcServer({ config, contexts, slots: otlpSlots, log });
  } catch (e) {
    await apollo.stop();
    throw new Error(
      `The OTLP/gRPC port ${config.otlp.grpcPort} cannot be used (${(e as Error).message}): set OTLP_GRPC_PORT to a free port, or OTLP_GRPC=false`,
    );
  }
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    otlpGrpcPort: grpc?.port ?? null,
    close: async () => {
      await Promise.all([apollo.stop(), grpc?.close()]);
    },
  };
}
