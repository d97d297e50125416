/** The waterfall's time axis in epoch milliseconds: every bar is placed relative to it. */
export type Axis = { start: number; end: number };

/** Where a bar sits on the axis, as fractions of its width (0 to 1). */
export type Bar = { left: number; width: number };

/** A tick of the axis header: its offset from the trace's start and where it falls. */
export type Tick = { ms: number; at: number; label: string };

type Timed = { startTime: string; endTime?: string | null };

/** The earliest start and latest end (or start, for a running span) of the loaded spans. */
export function spanExtent(spans: readonly Timed[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    const from = Date.parse(s.startTime);
    if (from < start) start = from;
    const to = s.endTime ? Date.parse(s.endTime) : from;
    if (to > end) end = to;
  }
  return { start, end };
}

/**
 * The axis of a trace: from its start to its end; while it runs (no end), to now. Loaded spans that
 * reach past it stretch it (`extent`), so no bar is cut (a span ingested late, clocks off between services).
 */
export function traceAxis(
  trace: { startTime: string; endTime: string | null; durationMs: number } | null,
  extent: { start: number; end: number },
  now: number,
): Axis {
  let start = extent.start;
  let end = extent.end;
  if (trace) {
    const from = Date.parse(trace.startTime);
    start = Math.min(start, from);
    end = Math.max(end, trace.endTime ? Date.parse(trace.endTime) : Math.max(now, from + trace.durationMs));
  }
  if (!Number.isFinite(start)) return { start: now, end: now + 1 };
  if (!Number.isFinite(end) || end <= start) end = start + 1;
  return { start, end };
}

/**
 * The bar of a span from its start to its end. A running span (no end) reaches `openEnd`: now while
 * the trace runs, the trace's end after. Clamped to the axis.
 */
export function barOf(axis: Axis, span: Timed, openEnd: number): Bar {
  const length = axis.end - axis.start;
  const from = Math.min(Math.max(Date.parse(span.startTime), axis.start), axis.end);
  const to = Math.min(span.endTime ? Date.parse(span.endTime) : Math.max(from, openEnd), axis.end);
  return { left: (from - axis.start) / length, width: Math.max(0, to - from) / length };
}

// Steps of a second and more fall on clock units (15 s, 1 m, 5 m, 1 h), not on decimal ones (16.7 m).
const CLOCK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400].map((s) => s * 1000);

/** The tick step giving at most `max` intervals over `durationMs`: 1, 2 or 5 times a power of ten below a second, a clock unit above. */
export function tickStep(durationMs: number, max = 6): number {
  const raw = Math.max(durationMs, 1e-3) / max;
  const clock = CLOCK_STEPS.find((s) => s >= raw);
  if (raw > 500 && clock) return clock;
  if (raw > 500) return Math.ceil(raw / 86_400_000) * 86_400_000;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/** Ticks at round offsets from the axis start, labelled as offsets (0, 500 ms, 1.5 s, 2 m). */
export function ticks(axis: Axis, max = 6): Tick[] {
  const duration = axis.end - axis.start;
  const step = tickStep(duration, max);
  const out: Tick[] = [];
  for (let i = 0; i * step <= duration + 1e-9; i++) {
    const ms = i * step;
    out.push({ ms, at: ms / duration, label: formatOffset(ms) });
  }
  return out;
}

/** An offset from the trace's start, short enough for an axis label. */
export function formatOffset(ms: number): string {
  if (ms === 0) return '0';
  if (ms < 1) return `${+ms.toPrecision(2)} ms`;
  if (ms < 1000) return `${+ms.toFixed(1)} ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(2)} s`;
  const [big, small, bigUnit, smallUnit] = ms < 3_600_000 ? [60_000, 1000, 'm', 's'] : [3_600_000, 60_000, 'h', 'm'];
  const whole = Math.floor(ms / big);
  const rest = Math.round((ms - whole * big) / small);
  return rest ? `${whole} ${bigUnit} ${rest} ${smallUnit}` : `${whole} ${bigUnit}`;
}
