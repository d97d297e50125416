/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits: the entry points own signals so that a
 * process stops its parts in order (servers, workers, queues, pools, the embedded Postgres).
 */
export function stopOnSignals(stop: () => Promise<void>, announce: (signal: string) => void): void {
  let stopping = false;
  const onSignal = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    announce(signal);
    try {
      await stop();
      process.exit(0);
    } catch (e) {
      console.error(e);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void onSignal('SIGINT'));
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
}
