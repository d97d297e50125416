/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits: the entry points own signals so that a
 * process stops its parts in order (servers, workers, queues, pools, the embedded Postgres). A
 * stop that does not finish within `deadlineMs` (a hung Redis or Postgres) is abandoned: the
 * process exits 1 all the same, before an orchestrator's SIGKILL would.
 */
export function stopOnSignals(stop: () => Promise<void>, announce: (signal: string) => void, deadlineMs: number): void {
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
      process.exit(0);
    } catch (e) {
      console.error(e);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void onSignal('SIGINT'));
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
}
