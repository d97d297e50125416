import { floorTo } from '../common/hours.util';
import { PROJECT_WIDE } from './rollup.entity';
import type { HourFigures, RollupCounts } from './rollup.service';
import { Sketch } from './sketch.util';
import type { TimeseriesPoint, TimeseriesSeries } from './timeseries.type';

export const LATENCY_QUANTILES = [0.5, 0.95, 0.99] as const;

/** The project-wide figures of a range: sums of its hours, merged sketches, run types, last start. */
export type RangeTotals = RollupCounts & {
  runTypeCounts: Map<string, number>;
  lastStartTime: Date | null;
  duration: Sketch;
  firstToken: Sketch;
};

/** Adds up the project-wide rows of `hours` (the model rows are skipped). */
export function sumProjectWide(hours: readonly HourFigures[]): RangeTotals {
  const t: RangeTotals = {
    traceCount: 0,
    errorCount: 0,
    spanCount: 0,
    llmCallCount: 0,
    streamedLlmCallCount: 0,
    promptTokens: 0,
    completionTokens: 0,
    totalTokens: 0,
    promptCost: 0,
    completionCost: 0,
    totalCost: 0,
    unpricedCallCount: 0,
    runTypeCounts: new Map(),
    lastStartTime: null,
    duration: new Sketch(),
    firstToken: new Sketch(),
  };
  for (const h of hours) {
    if (h.model !== PROJECT_WIDE) continue;
    t.traceCount += h.traceCount;
    t.errorCount += h.errorCount;
    t.spanCount += h.spanCount;
    t.llmCallCount += h.llmCallCount;
    t.streamedLlmCallCount += h.streamedLlmCallCount;
    t.promptTokens += h.promptTokens;
    t.completionTokens += h.completionTokens;
    t.totalTokens += h.totalTokens;
    t.promptCost += h.promptCost;
    t.completionCost += h.completionCost;
    t.totalCost += h.totalCost;
    t.unpricedCallCount += h.unpricedCallCount;
    for (const [runType, n] of Object.entries(h.runTypeCounts)) t.runTypeCounts.set(runType, (t.runTypeCounts.get(runType) ?? 0) + n);
    if (h.lastStartTime && (!t.lastStartTime || h.lastStartTime > t.lastStartTime)) t.lastStartTime = h.lastStartTime;
    t.duration.merge(h.durationSketch);
    t.firstToken.merge(h.firstTokenSketch);
  }
  return t;
}

type Acc = {
  rows: number;
  traceCount: number;
  errorCount: number;
  totalTokens: number;
  totalCost: number;
  unpricedCallCount: number;
  exact: number[] | null;
  latency: Sketch | null;
};

/**
 * Folds hour rows into points of `size` ms starting at `starts` (contiguous, oldest first): one
 * series over the project-wide rows, or with `byModel` one per model (sorted by name) over the
 * model rows, whose counts are LLM calls and whose latency is the LLM call latency. A point made
 * of one row takes that row's exact percentiles; a point of several merges their sketches.
 */
export function toSeries(hours: readonly HourFigures[], starts: readonly Date[], size: number, byModel: boolean): TimeseriesSeries[] {
  const first = starts.length ? starts[0].getTime() : 0;
  const series = new Map<string | null, Acc[]>();
  if (!byModel) series.set(null, []);
  for (const h of hours) {
    if ((h.model === PROJECT_WIDE) === byModel) continue;
    const i = (floorTo(h.hour, size).getTime() - first) / size;
    if (i < 0 || i >= starts.length) continue;
    const key = byModel ? h.model : null;
    let points = series.get(key);
    if (!points) series.set(key, (points = []));
    const p = (points[i] ??= { rows: 0, traceCount: 0, errorCount: 0, totalTokens: 0, totalCost: 0, unpricedCallCount: 0, exact: null, latency: null });
    p.rows++;
    p.exact = byModel ? h.llmLatencyPercentiles : h.durationPercentiles;
    p.traceCount += byModel ? h.llmCallCount : h.traceCount;
    p.errorCount += byModel ? h.llmErrorCount : h.errorCount;
    p.totalTokens += h.totalTokens;
    p.totalCost += h.totalCost;
    p.unpricedCallCount += h.unpricedCallCount;
    // Sketches only come with multi-hour points; an hourly chart of thousands of points needs none.
    const sketch = byModel ? h.llmLatencySketch : h.durationSketch;
    if (sketch) (p.latency ??= new Sketch()).merge(sketch);
  }
  const keys = [...series.keys()].sort((a, b) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0));
  return keys.map((key) => {
    const acc = series.get(key)!;
    return { key, points: starts.map((time, i) => toPoint(time, acc[i])) };
  });
}

function toPoint(time: Date, a: Acc | undefined): TimeseriesPoint {
  if (!a) {
    return {
      time,
      traceCount: 0,
      errorCount: 0,
      errorRate: 0,
      totalTokens: 0,
      totalCost: 0,
      unpricedCallCount: 0,
      latencyP50: null,
      latencyP95: null,
      latencyP99: null,
    };
  }
  const [p50, p95, p99] = a.rows === 1 && a.exact ? a.exact : (a.latency?.quantiles(LATENCY_QUANTILES) ?? [null, null, null]);
  return {
    time,
    traceCount: a.traceCount,
    errorCount: a.errorCount,
    errorRate: a.traceCount ? a.errorCount / a.traceCount : 0,
    totalTokens: a.totalTokens,
    totalCost: a.totalCost,
    unpricedCallCount: a.unpricedCallCount,
    latencyP50: p50,
    latencyP95: p95,
    latencyP99: p99,
  };
}
