import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { operationText, type TypedOperation } from './typed-operation';

type GqlError = { message: string; extensions?: Record<string, any> };

/** One subscription's received events, with waiting helpers. */
class Collected<T> {
  readonly events: T[] = [];
  readonly errors: GqlError[] = [];
  completed = false;
  private waiters: (() => void)[] = [];
  stop: () => void = () => {};

  push(e: T) {
    this.events.push(e);
    this.wake();
  }
  fail(errors: GqlError[]) {
    this.errors.push(...errors);
    this.wake();
  }
  complete() {
    this.completed = true;
    this.wake();
  }
  private wake() {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until `done` holds, failing with what arrived so far after `timeoutMs`. */
  async until(done: (c: Collected<T>) => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done(this)) {
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`Timed out waiting for ${what}: ${this.events.length} events, errors ${JSON.stringify(this.errors)}, completed ${this.completed}`);
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Waits for n events (or an error or completion) and returns the events. */
  async take(n: number, timeoutMs = 10_000): Promise<T[]> {
    await this.until((c) => c.events.length >= n || c.errors.length > 0 || c.completed, timeoutMs, `${n} events`);
    return this.events.slice(0, n);
  }
}

export type LiveClient = {
  client: Client;
  /** Collects `field` of each event; a typed document gives its type, plain text is for operations that cannot be static. */
  subscribe<R, V, F extends keyof R>(query: TypedOperation<R, V>, variables: NoInfer<V>, field: F): Collected<R[F]>;
  subscribe<T = any>(query: string, variables: Record<string, unknown>, field: string): Collected<T>;
  /** Resolves with the close event once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  dispose(): Promise<void>;
};

/** A graphql-ws client on a Sextant instance, authenticated by connection_init payload. */
export function liveClient(wsUrl: string, key: string | null, opts: { headers?: Record<string, string> } = {}): LiveClient {
  let onClosed!: (e: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((r) => (onClosed = r));
  const Impl = opts.headers
    ? class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: opts.headers });
        }
      }
    : WebSocket;
  const client = createClient({
    url: wsUrl,
    webSocketImpl: Impl,
    connectionParams: key === null ? {} : { apiKey: key },
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    on: { closed: (e) => onClosed({ code: (e as { code: number }).code, reason: String((e as { reason: unknown }).reason) }) },
  });
  return {
    client,
    closed,
    subscribe<T>(query: string | TypedOperation<unknown, never>, variables: unknown, field: PropertyKey) {
      const c = new Collected<T>();
      c.stop = client.subscribe<Record<PropertyKey, T>>(
        { query: operationText(query), variables: variables as Record<string, unknown> },
        {
          next: (r) => {
            if (r.errors?.length) c.fail(r.errors as GqlError[]);
            else if (r.data) c.push(r.data[field]);
          },
          error: (e) => c.fail(Array.isArray(e) ? (e as GqlError[]) : [{ message: String((e as { reason?: string }).reason ?? e) }]),
          complete: () => c.complete(),
        },
      );
      return c;
    },
    dispose: async () => {
      await client.dispose();
    },
  };
}
