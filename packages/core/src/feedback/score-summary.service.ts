import { assertProjectAccess } from '../common/access.policy';
import { badInput } from '../common/app.errors';
import type { RequestContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { HISTOGRAM_BINS, histogramBins, histogramRange } from './score-summary.compute';
import type { ScoreSummary } from './feedback.type';

/**
 * Which scores a summary covers. `traceIdsSql` narrows it to some traces (a dataset's or an
 * experiment's): a query selecting trace ids, with its own `$1..$n` placeholders for `params`.
 */
export type ScoreRestriction = {
  from?: Date | null;
  to?: Date | null;
  keys?: string[] | null;
  sources?: string[] | null;
  /** Sources left out, as an experiment's scores leave out the worker's own trace metrics. */
  excludeSources?: string[];
  traceIdsSql?: { sql: string; params: unknown[] };
};

type SummaryRow = {
  name: string;
  n: string;
  scored: string;
  mean: number | null;
  lo: number | null;
  hi: number | null;
  sd: number | null;
  bins: [number, number][] | null;
  labels: [string, number][] | null;
  sources: [string, number][] | null;
};

/**
 * A summary per key of a project's scores (metrics): counts, mean, min, max, standard deviation
 * and a histogram of the numeric ones (the score, or the raw value of a metric that has only
 * that), the labels and the sources, in one query. Keys in name order.
 */
export async function scoreSummary(ctx: RequestContext, projectId: string, restriction: ScoreRestriction = {}): Promise<ScoreSummary[]> {
  assertProjectAccess(ctx, projectId, 'read');
  const { from, to, keys, sources, excludeSources, traceIdsSql } = restriction;
  if (from && to && from > to) throw badInput('`from` must not be after `to`');
  // The restriction's own placeholders come first, so its SQL needs no renumbering.
  const params: unknown[] = [...(traceIdsSql?.params ?? [])];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = [`project_id = ${p(projectId)}::uuid`];
  if (from) where.push(`"timestamp" >= ${p(from)}`);
  if (to) where.push(`"timestamp" < ${p(to)}`);
  if (keys?.length) where.push(`name = ANY(${p(keys)}::text[])`);
  if (sources?.length) where.push(`source = ANY(${p(sources)}::text[])`);
  if (excludeSources?.length) where.push(`source <> ALL(${p(excludeSources)}::text[])`);
  if (traceIdsSql) where.push(`trace_id IN (${traceIdsSql.sql})`);
  const rows: SummaryRow[] = await db(ctx).query(
    `WITH m AS MATERIALIZED (SELECT name, coalesce(score, value) AS x, label, source FROM metrics WHERE ${where.join(' AND ')}),
          r AS (SELECT name, count(*) AS n, count(x) AS scored, avg(x) AS mean, min(x) AS lo, max(x) AS hi, stddev_pop(x) AS sd,
                       CASE WHEN min(x) >= 0 AND max(x) <= 1 THEN 0 ELSE min(x) END AS b_lo,
                       CASE WHEN min(x) >= 0 AND max(x) <= 1 THEN 1 ELSE max(x) END AS b_hi
                  FROM m GROUP BY name),
          h AS (SELECT m.name, CASE WHEN r.b_hi = r.b_lo THEN 0 ELSE least(width_bucket(m.x, r.b_lo, r.b_hi, ${HISTOGRAM_BINS}), ${HISTOGRAM_BINS}) - 1 END AS bin,
                       count(*) AS c
                  FROM m JOIN r USING (name) WHERE m.x IS NOT NULL GROUP BY 1, 2),
          l AS (SELECT name, label, count(*) AS c FROM m WHERE label IS NOT NULL GROUP BY 1, 2),
          s AS (SELECT name, source, count(*) AS c FROM m GROUP BY 1, 2)
     SELECT r.name, r.n, r.scored, r.mean, r.lo, r.hi, r.sd,
            (SELECT json_agg(json_build_array(h.bin, h.c)) FROM h WHERE h.name = r.name) AS bins,
            (SELECT json_agg(json_build_array(l.label, l.c) ORDER BY l.c DESC, l.label) FROM l WHERE l.name = r.name) AS labels,
            (SELECT json_agg(json_build_array(s.source, s.c) ORDER BY s.c DESC, s.source) FROM s WHERE s.name = r.name) AS sources
       FROM r ORDER BY r.name`,
    params,
  );
  return rows.map((r) => {
    const range = r.lo === null || r.hi === null ? null : histogramRange(r.lo, r.hi);
    return {
      key: r.name,
      count: Number(r.n),
      scoredCount: Number(r.scored),
      mean: r.mean === null ? null : Number(r.mean),
      min: r.lo,
      max: r.hi,
      stddev: r.sd === null ? null : Number(r.sd),
      histogram: range ? histogramBins(range.lower, range.upper, new Map(r.bins ?? [])) : [],
      labels: (r.labels ?? []).map(([label, count]) => ({ label, count })),
      sources: (r.sources ?? []).map(([source, count]) => ({ source, count })),
    };
  });
}
