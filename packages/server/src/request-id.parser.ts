import { randomUUID } from 'node:crypto';

// Long enough for a UUID, a W3C trace id with a span id, or a load balancer's own format; short enough to log.
const MAX_LENGTH = 128;
const SAFE = /^[A-Za-z0-9._:@/+=-]+$/;

/**
 * The request id a client or proxy sent in X-Request-Id, when it is well formed (1 to 128 safe
 * characters, no spaces or quotes that could forge log fields); undefined otherwise.
 */
export function parseRequestId(header: string | string[] | undefined): string | undefined {
  const v = Array.isArray(header) ? header[0] : header;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t.length > 0 && t.length <= MAX_LENGTH && SAFE.test(t) ? t : undefined;
}

/** The incoming id when it is well formed, else a new one. */
export const requestIdOf = (header: string | string[] | undefined): string => parseRequestId(header) ?? randomUUID();
