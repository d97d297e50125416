export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** The start of the `size`-long bucket `t` falls in (UTC). */
export const floorTo = (t: Date, size: number): Date => new Date(Math.floor(t.getTime() / size) * size);

/** The end of the `size`-long bucket `t` falls in, or `t` itself when on a boundary. */
export const ceilTo = (t: Date, size: number): Date => new Date(Math.ceil(t.getTime() / size) * size);

/** The hour (UTC) a trace starting at `t` is counted in: its rollup bucket. */
export const hourOf = (t: Date): Date => floorTo(t, HOUR_MS);

/** The distinct hours (UTC) of the given times, nulls ignored. */
export function distinctHours(times: Iterable<Date | null | undefined>): Date[] {
  const hours = new Set<number>();
  for (const t of times) if (t) hours.add(hourOf(t).getTime());
  return [...hours].map((h) => new Date(h));
}
