// The API's timeseries as rows for Recharts: one row per interval, one key per line or stacked bar.

type Point = {
  time: string;
  traceCount: number;
  errorRate: number;
  latencyP50: number | null;
  latencyP95: number | null;
  latencyP99: number | null;
  totalTokens: number;
  totalCost: number;
};

/** A project-wide chart row: the point's figures, error rate in percent. */
export type ChartRow = Omit<Point, 'errorRate'> & { errorPct: number };

/** The project-wide series' points as chart rows. */
export const chartRows = (points: Point[]): ChartRow[] => points.map(({ errorRate, ...p }) => ({ ...p, errorPct: errorRate * 100 }));

/** What the by-model chart stacks. */
export type ModelMetric = 'traceCount' | 'totalTokens' | 'totalCost';

// Past this many models a chart is unreadable: the smaller ones are summed into one "other" band.
const MAX_MODELS = 8;
const OTHER = 'other';

/**
 * The per-model series pivoted to one row per interval with a key per model, the models ordered by
 * their total (largest first) and those past the eighth summed as "other".
 */
export function pivotByModel(
  series: { key: string | null; points: Point[] }[],
  metric: ModelMetric,
): { rows: Record<string, number | string>[]; models: string[] } {
  const totals = series
    .map((s) => ({ key: s.key ?? '(no model)', points: s.points, total: s.points.reduce((n, p) => n + p[metric], 0) }))
    .filter((s) => s.total > 0)
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  const shown = totals.slice(0, totals.length > MAX_MODELS ? MAX_MODELS - 1 : MAX_MODELS);
  const rest = totals.slice(shown.length);
  const times = series[0]?.points.map((p) => p.time) ?? [];
  const rows = times.map((time, i) => {
    const row: Record<string, number | string> = { time };
    for (const s of shown) row[s.key] = s.points[i]?.[metric] ?? 0;
    if (rest.length) row[OTHER] = rest.reduce((n, s) => n + (s.points[i]?.[metric] ?? 0), 0);
    return row;
  });
  return { rows, models: [...shown.map((s) => s.key), ...(rest.length ? [OTHER] : [])] };
}
