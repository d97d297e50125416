import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Config } from '@sextant/config';
import { isQueryLimitError, QUERY_TOO_COMPLEX, tokenLimitError } from './query-limits.policy';

/** A statement ran past DB_STATEMENT_TIMEOUT_MS and Postgres cancelled it. */
const QUERY_TIMEOUT = 'QUERY_TIMEOUT';

// query_canceled; also sent for pg_cancel_backend, hence the message check.
const isStatementTimeout = (e: unknown): boolean => {
  const err = e as { code?: string; driverError?: { code?: string }; message?: string; originalError?: unknown } | null;
  if ((err?.driverError?.code ?? err?.code) === '57014' && /statement timeout/.test(err?.message ?? '')) return true;
  // Outside a resolver (building the request's context) Apollo wraps it once more.
  return err instanceof GraphQLError && err.originalError !== undefined && err.originalError !== err && isStatementTimeout(err.originalError);
};

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'SUBSCRIBER_LAGGED',
  'INTERNAL',
  QUERY_TOO_COMPLEX,
  QUERY_TIMEOUT,
]);
// Apollo's own codes for documents that fail to parse or validate are the client's fault too.
const AS_BAD_INPUT = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Keeps client-facing errors as they are and replaces anything unexpected (a driver error, a bug)
 * with a bare INTERNAL error, so no SQL or stack trace reaches clients outside development.
 */
export function makeFormatError(opts: { exposeDetails: boolean; statementTimeoutMs: number; queryLimits: Config['queryLimits']; log: (e: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const original = unwrapResolverError(error);
    // Apollo reports a refused operation under its validation or syntax code; the client gets ours.
    const tooManyTokens = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitError(error, opts.queryLimits) : undefined;
    if (tooManyTokens || isQueryLimitError(error)) {
      const limitError =
        tooManyTokens ?? (error instanceof GraphQLError && error.originalError instanceof GraphQLError ? error.originalError : (error as GraphQLError));
      const { setting, limit } = limitError.extensions;
      return { message: limitError.message, locations: formatted.locations, extensions: { code: QUERY_TOO_COMPLEX, setting, limit } };
    }
    if (isStatementTimeout(original)) {
      opts.log(`A statement ran past DB_STATEMENT_TIMEOUT_MS (${opts.statementTimeoutMs} ms) and was cancelled`);
      return {
        message: `The query took longer than ${opts.statementTimeoutMs} ms (DB_STATEMENT_TIMEOUT_MS) and was cancelled: ask for less (a shorter time range, a smaller first)`,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: QUERY_TIMEOUT },
      };
    }
    const isOurs = original instanceof GraphQLError && code && CLIENT_CODES.has(code);
    if (isOurs) return stripStack(formatted, opts.exposeDetails);
    if (code && AS_BAD_INPUT.has(code)) {
      return stripStack({ ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', reason: code } }, opts.exposeDetails);
    }
    if (code === 'BAD_USER_INPUT') return stripStack(formatted, opts.exposeDetails);
    // Only name, message and stack: a driver error also carries the statement's parameters, i.e. client payloads.
    opts.log(original instanceof Error ? `${original.name}: ${original.message}\n${original.stack ?? ''}` : original);
    if (opts.exposeDetails) return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL' } };
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL' } };
  };
}

function stripStack(f: GraphQLFormattedError, keep: boolean): GraphQLFormattedError {
  if (keep || !f.extensions || !('stacktrace' in f.extensions)) return f;
  const { stacktrace: _s, ...ext } = f.extensions;
  return { ...f, extensions: ext };
}
