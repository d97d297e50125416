import { requestIdOf } from './request-id.parser';
import * as grpc from '@grpc/grpc-js';
import type { Config } from '@sextant/config';
import { AppError, decodeTraceRequest, encodeTraceResponse, ingestOtlpTraces, OtlpBodyError, principalMay } from '@sextant/core';
import { TooManyFailures } from './auth-throttle.policy';
import { databaseUnavailable } from './ingest-guards.policy';
import type { IngestSlots } from './ingest-slots.policy';
import { presentedKey } from './presented-key.parser';
import type { RequestContexts } from './request.context';

type Deps = { config: Config; contexts: RequestContexts; slots: IngestSlots; log: (msg: string, err?: unknown) => void };

export type OtlpGrpcServer = { port: number; close(): Promise<void> };

const GRPC_BY_APP_CODE: Record<string, grpc.status> = {
  BAD_USER_INPUT: grpc.status.INVALID_ARGUMENT,
  UNAUTHENTICATED: grpc.status.UNAUTHENTICATED,
  FORBIDDEN: grpc.status.PERMISSION_DENIED,
  NOT_FOUND: grpc.status.INVALID_ARGUMENT,
  PAYLOAD_TOO_LARGE: grpc.status.RESOURCE_EXHAUSTED,
};

const CLOSE_TIMEOUT_MS = 5000;

/** The one method of OTLP's TraceService; bodies stay bytes here and are decoded by the handler, so a bad one is INVALID_ARGUMENT with a reason. */
const TRACE_SERVICE: grpc.ServiceDefinition = {
  Export: {
    path: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
    requestStream: false,
    responseStream: false,
    requestSerialize: (b: Buffer) => b,
    requestDeserialize: (b: Buffer) => b,
    responseSerialize: (b: Buffer) => b,
    responseDeserialize: (b: Buffer) => b,
  },
};

const first = (metadata: grpc.Metadata, key: string) => {
  const v = metadata.get(key)[0];
  return typeof v === 'string' ? v : undefined;
};

/** The peer's address without the scheme and port grpc-js writes around it (ipv4:127.0.0.1:5000). */
function peerAddress(peer: string): string {
  const m = /^(?:ipv[46]:)?\[?([^\]]+?)\]?:\d+$/.exec(peer);
  return m ? m[1] : peer;
}

/**
 * OTLP/gRPC trace ingestion (opentelemetry.proto.collector.trace.v1.TraceService/Export) on
 * OTLP_GRPC_PORT: the same keys, project choice, limits and mapping as OTLP/HTTP, whose request
 * slots it shares. Statuses as OTLP/gRPC expects: UNAUTHENTICATED, PERMISSION_DENIED,
 * INVALID_ARGUMENT (with the reason), RESOURCE_EXHAUSTED (retried by exporters), UNAVAILABLE.
 */
export async function startOtlpGrpcServer(deps: Deps): Promise<OtlpGrpcServer | null> {
  const { config, contexts, slots, log } = deps;
  if (config.otlp.grpcPort === null) return null;
  const server = new grpc.Server({ 'grpc.max_receive_message_length': config.limits.maxBodyBytes });

  /** Runs one export; `charged.tenant` is set once the request counts against its project's share. */
  const exportTraces = async (call: grpc.ServerUnaryCall<Buffer, Buffer>, charged: { tenant?: string }): Promise<Buffer> => {
    const fail = (code: grpc.status, details: string) => Object.assign(new Error(details), { code, details });
    const key = presentedKey({ authorization: first(call.metadata, 'authorization'), 'x-api-key': first(call.metadata, 'x-api-key') });
    let principal;
    try {
      principal = key ? await contexts.authenticate(key, peerAddress(call.getPeer())) : null;
    } catch (e) {
      if (e instanceof TooManyFailures) throw fail(grpc.status.RESOURCE_EXHAUSTED, e.message);
      throw e;
    }
    if (!principal || principal.kind === 'anonymous') {
      throw fail(
        grpc.status.UNAUTHENTICATED,
        key ? 'Invalid or revoked API key' : 'Missing API key: send a Sextant API key as authorization: Bearer <key> or x-api-key metadata',
      );
    }
    if (!principalMay(principal, 'ingest')) throw fail(grpc.status.PERMISSION_DENIED, 'This API key may not ingest');
    const tenant = principal.kind === 'key' ? principal.projectId : principal.kind;
    if (!slots.charge(tenant)) {
      throw fail(
        grpc.status.RESOURCE_EXHAUSTED,
        `This project already has ${slots.perTenant} ingest requests in progress (OTLP_INGEST_CONCURRENCY_PER_PROJECT); retry shortly`,
      );
    }
    charged.tenant = tenant;
    const request = decodeTraceRequest(call.request);
    const result = await ingestOtlpTraces(contexts.build(principal, undefined, requestIdOf(first(call.metadata, 'x-request-id'))), request, {
      projectName: first(call.metadata, 'x-sextant-project'),
    });
    return Buffer.from(encodeTraceResponse(result, 'protobuf') as Uint8Array);
  };

  server.addService(TRACE_SERVICE, {
    Export: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
      if (!slots.take()) {
        return callback({
          code: grpc.status.RESOURCE_EXHAUSTED,
          details: `Sextant is busy (${slots.total} ingest requests in progress, OTLP_INGEST_CONCURRENCY); retry shortly`,
        });
      }
      const charged: { tenant?: string } = {};
      exportTraces(call, charged)
        .finally(() => slots.release(charged.tenant))
        .then(
          (response) => callback(null, response),
          (err: unknown) => {
            const e = err as { code?: unknown; details?: string };
            if (typeof e?.code === 'number' && typeof e.details === 'string') return callback({ code: e.code, details: e.details });
            if (err instanceof OtlpBodyError) return callback({ code: grpc.status.INVALID_ARGUMENT, details: err.message });
            if (err instanceof AppError)
              return callback({ code: GRPC_BY_APP_CODE[String(err.extensions.code)] ?? grpc.status.INVALID_ARGUMENT, details: err.message });
            log('Unexpected error while ingesting OTLP traces over gRPC:', err);
            if (databaseUnavailable(err)) return callback({ code: grpc.status.UNAVAILABLE, details: 'The database is unavailable; retry shortly' });
            callback({ code: grpc.status.INTERNAL, details: 'Internal server error' });
          },
        );
    },
  });

  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:${config.otlp.grpcPort}`, grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound))),
  );
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, CLOSE_TIMEOUT_MS);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
