/** One segment of a LangSmith dotted_order: the run's start time and id, and the digits after the milliseconds. */
export type DottedSegment = { time: Date; id: string; subMillisecond: number };

const SEGMENT = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{1,9})Z([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * Splits a dotted_order (`YYYYMMDDTHHMMSSffffffZ<uuid>` segments joined by dots, root first) into
 * its segments; null when any segment is malformed, so callers fall back to the explicit fields.
 */
export function parseDottedOrder(dotted: string | null | undefined): DottedSegment[] | null {
  if (!dotted) return null;
  const out: DottedSegment[] = [];
  for (const seg of dotted.split('.')) {
    const m = SEGMENT.exec(seg);
    if (!m) return null;
    const [, y, mo, d, h, mi, s, frac, id] = m;
    const time = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number(frac.padEnd(3, '0').slice(0, 3))));
    if (Number.isNaN(time.getTime())) return null;
    out.push({ time, id: id.toLowerCase(), subMillisecond: Number(frac.slice(3) || '0') });
  }
  return out;
}

/** A start time as LangSmith writes it: ISO in UTC with exactly six fractional digits (`micro` the last three). */
export function isoMicro(time: Date, micro = 0): string {
  return `${time.toISOString().slice(0, 23)}${String(Math.min(999, Math.max(0, Math.trunc(micro)))).padStart(3, '0')}Z`;
}

/** The dotted_order segment of a run that started at `time` (+ `micro` µs): UTC, exactly six fractional digits. */
export function dottedSegment(time: Date, id: string, micro = 0): string {
  return `${isoMicro(time, micro).slice(0, -1).replace(/[-:.]/g, '')}Z${id}`;
}
