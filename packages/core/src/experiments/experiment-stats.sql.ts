import type { DbContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { WORKER_SOURCES } from '../metrics/trace-metrics.store';
import type { EvaluatorSummary, ExperimentSummary } from './experiment.type';

// Scores are the metrics of the runs' traces, except the worker's own (operational and agent
// metrics computed for every trace): evaluator and judge scores of experiments, and for client
// experiments the feedback their SDK sent.
const SCORE_SOURCES_EXCLUDED = `(${WORKER_SOURCES.map((x) => `'${x}'`).join(', ')})`;

const BINS = 10;

/** Ten empty bins over [0, 1]. */
const emptyHistogram = () => Array.from({ length: BINS }, (_, i) => ({ lower: i / BINS, upper: (i + 1) / BINS, count: 0 }));

/** The summaries of experiments (scores per key with their histograms, latency percentiles, cost, tokens, run counts), in two queries for all. */
export async function experimentSummaries(ctx: DbContext, experimentIds: readonly string[]): Promise<ExperimentSummary[]> {
  const ids = [...experimentIds];
  const [runRows, scoreRows]: [Record<string, unknown>[], Record<string, unknown>[]] = await Promise.all([
    db(ctx).query(
      `SELECT experiment_id, count(*)::int AS total,
              count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'running')::int AS running,
              count(*) FILTER (WHERE status = 'completed')::int AS completed, count(*) FILTER (WHERE status = 'failed')::int AS failed,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95,
              coalesce(sum(total_cost), 0) AS total_cost, avg(total_cost) AS mean_cost, coalesce(sum(total_tokens), 0) AS total_tokens
         FROM experiment_runs WHERE experiment_id = ANY($1::uuid[]) GROUP BY experiment_id`,
      [ids],
    ),
    db(ctx).query(
      `SELECT r.experiment_id, m.name, least(floor(m.score * ${BINS})::int, ${BINS - 1}) AS bin,
              count(*)::int AS n, sum(m.score) AS total, min(m.score) AS lo, max(m.score) AS hi
         FROM experiment_runs r JOIN metrics m ON m.trace_id = r.trace_id
        WHERE r.experiment_id = ANY($1::uuid[]) AND r.trace_id IS NOT NULL AND m.score IS NOT NULL AND m.source NOT IN ${SCORE_SOURCES_EXCLUDED}
        GROUP BY 1, 2, 3`,
      [ids],
    ),
  ]);
  const runsById = new Map(runRows.map((r) => [r.experiment_id as string, r]));
  const scoresById = new Map<string, Map<string, EvaluatorSummary & { sum: number }>>();
  for (const r of scoreRows) {
    const byKey = scoresById.get(r.experiment_id as string) ?? new Map<string, EvaluatorSummary & { sum: number }>();
    scoresById.set(r.experiment_id as string, byKey);
    const name = r.name as string;
    const s = byKey.get(name) ?? { key: name, count: 0, mean: null, min: null, max: null, histogram: emptyHistogram(), sum: 0 };
    byKey.set(name, s);
    const n = r.n as number;
    s.count += n;
    s.sum += Number(r.total);
    s.min = s.min === null ? Number(r.lo) : Math.min(s.min, Number(r.lo));
    s.max = s.max === null ? Number(r.hi) : Math.max(s.max, Number(r.hi));
    s.histogram[Math.max(0, Math.min(BINS - 1, r.bin as number))].count += n;
  }
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return ids.map((id) => {
    const r = runsById.get(id);
    const evaluators = [...(scoresById.get(id)?.values() ?? [])]
      .map(({ sum, ...s }) => ({ ...s, mean: s.count ? sum / s.count : null }))
      .sort((a, b) => a.key.localeCompare(b.key));
    return {
      evaluators,
      latencyP50: num(r?.p50),
      latencyP95: num(r?.p95),
      totalCost: Number(r?.total_cost ?? 0),
      meanCost: num(r?.mean_cost),
      totalTokens: Number(r?.total_tokens ?? 0),
      runs: {
        total: (r?.total as number) ?? 0,
        pending: (r?.pending as number) ?? 0,
        running: (r?.running as number) ?? 0,
        completed: (r?.completed as number) ?? 0,
        failed: (r?.failed as number) ?? 0,
      },
    };
  });
}

/** The scores of traces (the same sources as the summaries), by trace id then key. */
export async function scoresOfTraces(ctx: DbContext, traceIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  if (!traceIds.length) return out;
  const rows: { trace_id: string; name: string; score: number }[] = await db(ctx).query(
    `SELECT trace_id, name, avg(score) AS score FROM metrics
      WHERE trace_id = ANY($1::uuid[]) AND score IS NOT NULL AND source NOT IN ${SCORE_SOURCES_EXCLUDED} GROUP BY 1, 2`,
    [[...traceIds]],
  );
  for (const r of rows) {
    const m = out.get(r.trace_id) ?? new Map<string, number>();
    out.set(r.trace_id, m);
    m.set(r.name, Number(r.score));
  }
  return out;
}
