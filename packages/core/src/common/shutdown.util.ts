/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits: the entry points own signals so that a
 * process stops its parts in order (servers, workers, queues, pools, the embedded Postgres). A
 * stop that does not finish within `deadlineMs` (a hung Redis or Postgres) is abandoned: the
 * process exits 1 all the same, before an orchestrator's SIGKILL would.
 */
export function stopOnSignals(stop: () => Promise<void>, announce: (signal: string) => void, deadlineMs: number, stopped: () => void = () => {}): void {
  let stopping = false;
  const onSignal = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    announce(signal);
    const deadline = setTimeout(() => {
      console.error(`Shutdown did not finish within ${deadlineMs} ms (SHUTDOWN_TIMEOUT_MS); exiting without waiting further`);
      process.exit(1);
    }, deadlineMs);
    try {
      await stop();
      clearTimeout(deadline);
      stopped();
      process.exit(0);
    } catch (e) {
      console.error(e);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void onSignal('SIGINT'));
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
}

/**
 * Keeps the process serving through an error nothing caught (a stream without an 'error' listener,
 * a promise nobody awaited): one request's or job's bug must not end every other request, live
 * subscription and job the process holds. Each is logged with its stack, at most `perMinute` a
 * minute so that a bug in a hot path cannot flood the log.
 */
export function surviveStrayErrors(log: (msg: string, err?: unknown) => void, perMinute = 20): void {
  let windowStart = 0;
  let inWindow = 0;
  const report = (what: string) => (e: unknown) => {
    const now = Date.now();
    if (now - windowStart >= 60_000) {
      if (inWindow > perMinute) log(`${inWindow - perMinute} more stray errors were not logged in the last minute`);
      windowStart = now;
      inWindow = 0;
    }
    if (++inWindow <= perMinute) log(`${what} (a bug: the process carries on):`, e instanceof Error ? (e.stack ?? e) : e);
  };
  process.on('uncaughtException', report('Uncaught exception'));
  process.on('unhandledRejection', report('Unhandled promise rejection'));
}
