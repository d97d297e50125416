import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'SUBSCRIBER_LAGGED',
  'INTERNAL',
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
export function makeFormatError(opts: { exposeDetails: boolean; log: (e: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const original = unwrapResolverError(error);
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
