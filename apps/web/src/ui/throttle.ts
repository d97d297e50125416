/** A run at most once per `ms`, the first at once and the last of a burst never lost. */
export type Throttle = { schedule(): void; cancel(): void };

/**
 * Throttles `run` for live views that refetch on push events: a burst of events costs one run at its
 * start and one at the end of the window, and an event is never left without a run after it.
 */
export function throttle(run: () => void, ms: number): Throttle {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    timer = null;
    last = Date.now();
    run();
  };
  return {
    schedule() {
      if (timer) return;
      const wait = last + ms - Date.now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
