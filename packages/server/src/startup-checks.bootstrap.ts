import { createServer } from 'node:net';
import { Client } from 'pg';

/** A start-up precondition that does not hold; its message says which setting to change. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * Fails at once when a port the API listens on (PORT, OTLP_GRPC_PORT: `setting`) is taken, before
 * anything slower (an embedded Postgres, migrations) runs: otherwise the conflict only surfaces once
 * the database is ready. A port that frees up later is not waited for.
 */
export async function checkPortFree(host: string, port: number, setting = 'PORT'): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${port} on ${host} is already in use (${setting}): stop what holds it, or set ${setting} to another port${setting === 'OTLP_GRPC_PORT' ? ' (or OTLP_GRPC=false)' : ''}`,
            )
          : new StartupError(`Cannot listen on ${host}:${port} (HOST, ${setting}): ${e.message}`),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** The host and port of a Postgres URL, never its password: for messages and logs. */
const where = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}`;
};

/**
 * Waits until the Postgres at `url` accepts a connection, trying again with backoff (up to 2 s
 * apart) for `timeoutMs`: in a compose set-up the database often starts with Sextant and is ready
 * a few seconds later. Says so once, naming the setting and the host; fails after the deadline.
 */
export async function waitForDatabase(url: string, log: (msg: string) => void, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 100;
  for (let attempt = 1; ; attempt++) {
    const c = new Client({ connectionString: url, connectionTimeoutMillis: Math.max(1000, Math.min(5000, deadline - Date.now())) });
    c.on('error', () => {});
    try {
      await c.connect();
      await c.end();
      if (attempt > 1) log(`Postgres at DATABASE_URL (${where(url)}) answers; starting`);
      return;
    } catch (e) {
      await c.end().catch(() => undefined);
      const why = (e as Error).message;
      // Credentials and missing databases do not fix themselves: no point in waiting.
      if (/password|authentication|does not exist|role/i.test(why))
        throw new StartupError(`Postgres at DATABASE_URL (${where(url)}) refused the connection: ${why}`);
      if (Date.now() >= deadline) {
        throw new StartupError(`Postgres at DATABASE_URL (${where(url)}) did not answer within ${timeoutMs} ms (DB_CONNECT_TIMEOUT_MS): ${why}`);
      }
      if (attempt === 1)
        log(`Postgres at DATABASE_URL (${where(url)}) does not answer yet (${why}); retrying for up to ${timeoutMs} ms (DB_CONNECT_TIMEOUT_MS)`);
    }
    await new Promise((r) => setTimeout(r, Math.max(0, Math.min(delay, deadline - Date.now()))));
    delay = Math.min(delay * 2, 2000);
  }
}
