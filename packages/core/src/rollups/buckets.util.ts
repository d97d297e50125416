// Time arithmetic of rollup buckets. Every boundary is UTC: an hour (or day) bucket starts at a
// multiple of 3,600,000 (86,400,000) ms since the epoch, whatever the server's time zone.
import { floorTo, HOUR_MS } from '../common/hours.util';

/** A half-open time range [start, end). */
export type TimeRange = { start: Date; end: Date };

/**
 * The ranges of [from, to) that must be read from the raw tables: everything but the whole hours in
 * `clean` (epoch ms of hours whose rollup rows are up to date). Adjacent hours coalesce into one
 * range, so a long stretch with no rollup row (a project's quiet weeks) costs one index scan.
 */
export function rawRanges(from: Date, to: Date, clean: ReadonlySet<number>): TimeRange[] {
  const ranges: TimeRange[] = [];
  const end = to.getTime();
  for (let h = floorTo(from, HOUR_MS).getTime(); h < end; h += HOUR_MS) {
    const s = Math.max(h, from.getTime());
    const e = Math.min(h + HOUR_MS, end);
    if (s === h && e === h + HOUR_MS && clean.has(h)) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.end.getTime() === s) last.end = new Date(e);
    else ranges.push({ start: new Date(s), end: new Date(e) });
  }
  return ranges;
}

/** The starts of the buckets of `size` ms that overlap [from, to), oldest first. */
export function bucketStarts(from: Date, to: Date, size: number): Date[] {
  const starts: Date[] = [];
  for (let t = floorTo(from, size).getTime(); t < to.getTime(); t += size) starts.push(new Date(t));
  return starts;
}

/** How many buckets of `size` ms overlap [from, to), without listing them. */
export const bucketCount = (from: Date, to: Date, size: number): number => (to <= from ? 0 : Math.ceil((to.getTime() - floorTo(from, size).getTime()) / size));
