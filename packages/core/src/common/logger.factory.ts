import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Log } from './service.context';

export type { Logger } from 'pino';

/**
 * Paths pino blanks before a line is written: credentials in headers wherever a request is logged,
 * and key-like fields at the top level or one level down. Request bodies are never logged at all.
 */
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers.cookie',
  'authorization',
  'cookie',
  'apiKey',
  'key',
  'secret',
  'token',
  'password',
  '*.apiKey',
  '*.key',
  '*.secret',
  '*.token',
  '*.password',
];

/**
 * The process's logger: JSON lines (one object per line, for log shippers) or readable lines for a
 * terminal. pino-pretty runs in this thread (no transport worker), so a line is written before the
 * process exits and tests that read stdout see it in order.
 */
export function createLogger(o: {
  level: string;
  format: 'json' | 'pretty';
  destination?: NodeJS.WritableStream;
  /** Lines for which this answers true are not written (what a shutdown makes expected). */
  mute?: (text: string) => boolean;
}): Logger {
  const mute = o.mute;
  const options = {
    level: o.level,
    ...(mute
      ? {
          hooks: {
            logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void) {
              if (mute(args.map((a) => (a instanceof Error ? `${a.message}` : typeof a === 'string' ? a : safeJson(a))).join(' '))) return;
              method.apply(this, args);
            },
          },
        }
      : {}),
    base: { pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
  };
  const out = o.destination ?? process.stdout;
  if (o.format === 'pretty') {
    return pino(
      options,
      pretty({ destination: out as Writable, sync: true, colorize: false, singleLine: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' }),
    );
  }
  return pino(options, o.destination ? (o.destination as Writable) : pino.destination({ dest: 1, sync: true }));
}

const safeJson = (v: unknown) => {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (x instanceof Error ? { message: x.message, code: (x as { code?: unknown }).code } : x));
  } catch {
    return '';
  }
};

/**
 * Whether a log line is about Postgres ending a connection on its own shutdown (SQLSTATE 57P01): on
 * Ctrl-C the terminal signals the embedded Postgres along with Sextant, and every open connection
 * reports it, though nothing is wrong.
 */
export const mentionsAdminShutdown = (text: string): boolean => text.includes('57P01') || text.includes('terminating connection due to administrator command');

/** A logger that writes nothing (tests that give the bootstrap their own Log). */
export const silentLogger = (): Logger => pino({ level: 'silent' });

/**
 * The operator Log every service is handed, backed by `logger`: the same call shape as before, an
 * error argument goes through pino's err serializer (its stack stays in the log).
 */
export function logOf(logger: Logger): Log {
  return (msg, err) => {
    if (err === undefined) logger.info(msg);
    else if (err instanceof Error) logger.error({ err }, msg);
    else logger.error({ detail: typeof err === 'string' ? err : String(err) }, msg);
  };
}

/** Collects what a logger writes, line by line: for tests that check what reaches the log. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
}
