// The time range of a page as the URL states it: ?range=1h|24h|7d|30d, or ?range=custom&from=…&to=…
// (ISO-8601), so a view can be linked and reloaded as it was.

export type RangeKey = '1h' | '24h' | '7d' | '30d' | 'custom';
export type Interval = 'HOUR' | 'DAY';
/** A resolved range: its bounds, and the timeseries interval that fits it. */
export type TimeWindow = { key: RangeKey; from: Date; to: Date; interval: Interval };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The relative ranges, slid to end now on every read, and their labels. */
export const RELATIVE_RANGES: { key: Exclude<RangeKey, 'custom'>; label: string; ms: number }[] = [
  { key: '1h', label: 'Last hour', ms: HOUR_MS },
  { key: '24h', label: 'Last 24 hours', ms: DAY_MS },
  { key: '7d', label: 'Last 7 days', ms: 7 * DAY_MS },
  { key: '30d', label: 'Last 30 days', ms: 30 * DAY_MS },
];
export const DEFAULT_RANGE = '24h';

// Up to a week, hours (at most 168 points, enough detail to see a deploy); past it, UTC days, so a month
// is 30 bars rather than 720 and the API's 2,000-point cap is only met after five years.
const HOURLY_UP_TO_MS = 7 * DAY_MS;

/** HOUR for a range up to 7 days, DAY past it. */
export const intervalFor = (from: Date, to: Date): Interval => (to.getTime() - from.getTime() <= HOURLY_UP_TO_MS ? 'HOUR' : 'DAY');

const parse = (s: string | null): Date | null => {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
};

/**
 * The window the URL's range names, ending at `now` for a relative one; an unknown range is the default
 * one. A custom range without both valid bounds, or with from after to, is an error to show.
 */
export function resolveRange(range: string | null, from: string | null, to: string | null, now: Date): TimeWindow | { error: string } {
  if (range === 'custom') {
    const f = parse(from);
    const t = parse(to);
    if (!f || !t) return { error: 'A custom range needs a valid from and to.' };
    if (f >= t) return { error: 'The range starts after it ends.' };
    return { key: 'custom', from: f, to: t, interval: intervalFor(f, t) };
  }
  const r = RELATIVE_RANGES.find((x) => x.key === range) ?? RELATIVE_RANGES.find((x) => x.key === DEFAULT_RANGE)!;
  const start = new Date(now.getTime() - r.ms);
  return { key: r.key, from: start, to: now, interval: intervalFor(start, now) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as an <input type="datetime-local"> value, in local time. */
export const toLocalInput = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** An <input type="datetime-local"> value (local time) as an ISO-8601 instant, or null when empty or invalid. */
export const fromLocalInput = (value: string): string | null => parse(value)?.toISOString() ?? null;

/**
 * A chart tick for a point starting at `iso`: the local hour (with the day when the range spans days)
 * for HOUR points, the UTC date for DAY points, since the API's days are UTC days.
 */
export function tickLabel(iso: string, interval: Interval, multiDay: boolean): string {
  const d = new Date(iso);
  if (interval === 'DAY') return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const hour = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return multiDay ? `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${hour}` : hour;
}
