import { GraphQLError } from 'graphql';

/** The error codes clients can rely on in `extensions.code`. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMITED' | 'SUBSCRIBER_LAGGED' | 'INTERNAL';

/** A client-facing error: its message and code are safe to show outside development. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Signals a bad argument or input value. */
export const badInput = (message: string, extra?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', message, extra);
/** Signals a missing entity, or one the caller may not see. */
export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} ${id} not found`);
/** Signals a missing or invalid API key. */
export const unauthenticated = (message = 'A valid API key is required (Authorization: Bearer <key> or x-api-key)') => new AppError('UNAUTHENTICATED', message);
/** Signals a key that is valid but lacks the project or role for the operation. */
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
/** Signals a request over a configured size limit. */
export const payloadTooLarge = (message: string) => new AppError('PAYLOAD_TOO_LARGE', message);
