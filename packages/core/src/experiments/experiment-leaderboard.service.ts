import { assertProjectAccess, canSeeProject, requireAuthenticated } from '../common/access.policy';
import { badInput, notFound } from '../common/app.errors';
import type { RequestContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { isUuid } from '../common/uuid.util';
import { ExperimentEntity } from '../datasets/experiment.entity';
import { PromptEntity } from '../prompts/prompt.entity';
import { visibleDataset } from './experiment.service';
import { experimentLoaders } from './experiment.loaders';
import { toExperiment } from './experiment.mapper';
import type { LeaderboardEntry, PromptVersionTrendPoint, TrendBucketEnum } from './experiment.type';

/** How many experiments a leaderboard ranks at most (the newest). */
export const MAX_RANKED = 200;
/** The longest range a trend covers, in buckets. */
const MAX_TREND_BUCKETS = 2000;

/**
 * The experiments on a dataset (Sextant's and clients'), ranked best first by the mean score of
 * `key`, or by the mean of each experiment's evaluator means; unscored ones come last.
 */
export async function datasetLeaderboard(ctx: RequestContext, datasetId: string, key: string | null | undefined): Promise<LeaderboardEntry[]> {
  const dataset = await visibleDataset(ctx, datasetId);
  const rows = await db(ctx).find(ExperimentEntity, { where: { datasetId: dataset.id }, order: { createdAt: 'DESC' }, take: MAX_RANKED });
  const summaries = await experimentLoaders(ctx).summaryByExperiment.loadMany(rows.map((r) => r.id));
  const entries = rows.map((row, i) => {
    const summary = summaries[i];
    if (summary instanceof Error) throw summary;
    const means = summary.evaluators.filter((e) => e.mean !== null);
    const score = key
      ? (summary.evaluators.find((e) => e.key === key)?.mean ?? null)
      : means.length
        ? means.reduce((s, e) => s + e.mean!, 0) / means.length
        : null;
    return { rank: 0, score, experiment: toExperiment(row), summary };
  });
  entries.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || b.experiment.createdAt.getTime() - a.experiment.createdAt.getTime());
  entries.forEach((e, i) => (e.rank = i + 1));
  return entries;
}

/**
 * Calls, scores and cost of a prompt's versions per model and time bucket: every LLM call linked to
 * a version (production calls and experiment runs alike, both carry spans.prompt_version_id), with
 * the mean of each score of their traces.
 */
export async function promptVersionTrend(
  ctx: RequestContext,
  promptId: string,
  from: Date,
  to: Date,
  bucket: TrendBucketEnum,
): Promise<PromptVersionTrendPoint[]> {
  requireAuthenticated(ctx);
  const prompt = isUuid(promptId) ? await db(ctx).findOne(PromptEntity, { where: { id: promptId } }) : null;
  if (!prompt || !canSeeProject(ctx, prompt.projectId)) throw notFound('Prompt', promptId);
  assertProjectAccess(ctx, prompt.projectId, 'read');
  if (!(from < to)) throw badInput('from must be before to', { argumentName: 'from' });
  const unitMs = bucket === 'hour' ? 3_600_000 : 86_400_000;
  if ((to.getTime() - from.getTime()) / unitMs > MAX_TREND_BUCKETS) {
    throw badInput(`The range covers more than ${MAX_TREND_BUCKETS} ${bucket}s; narrow it or use a larger bucket`, { argumentName: 'to' });
  }
  const params = [prompt.projectId, prompt.id, from, to, bucket];
  const calls: Record<string, unknown>[] = await db(ctx).query(
    `SELECT date_trunc($5, s.start_time) AS bucket, s.prompt_version_id, v.version, s.model, count(*)::int AS calls,
            coalesce(sum(s.total_cost), 0) AS total_cost, avg(s.total_cost) AS mean_cost
       FROM spans s JOIN prompt_versions v ON v.id = s.prompt_version_id
      WHERE v.prompt_id = $2 AND s.project_id = $1 AND s.kind = 'llm' AND s.start_time >= $3 AND s.start_time < $4
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 3, 4`,
    params,
  );
  // Each trace's score counted once per (bucket, version, model), however many of its calls used the version.
  const scores: Record<string, unknown>[] = await db(ctx).query(
    `SELECT t.bucket, t.prompt_version_id, t.model, m.name, avg(m.score) AS mean, count(*)::int AS n
       FROM (SELECT DISTINCT date_trunc($5, s.start_time) AS bucket, s.prompt_version_id, s.model, s.trace_id
               FROM spans s JOIN prompt_versions v ON v.id = s.prompt_version_id
              WHERE v.prompt_id = $2 AND s.project_id = $1 AND s.kind = 'llm' AND s.start_time >= $3 AND s.start_time < $4) t
       JOIN metrics m ON m.trace_id = t.trace_id AND m.score IS NOT NULL
      GROUP BY 1, 2, 3, 4`,
    params,
  );
  const k = (r: Record<string, unknown>) => `${(r.bucket as Date).toISOString()}|${r.prompt_version_id as string}|${(r.model as string | null) ?? ''}`;
  const scoresByKey = new Map<string, { key: string; mean: number; count: number }[]>();
  for (const r of scores) {
    const list = scoresByKey.get(k(r)) ?? [];
    list.push({ key: r.name as string, mean: Number(r.mean), count: r.n as number });
    scoresByKey.set(k(r), list);
  }
  return calls.map((r) => ({
    bucket: r.bucket as Date,
    promptVersionId: r.prompt_version_id as string,
    version: r.version as number,
    model: (r.model as string | null) ?? null,
    calls: r.calls as number,
    totalCost: Number(r.total_cost),
    meanCost: r.mean_cost === null ? null : Number(r.mean_cost),
    scores: (scoresByKey.get(k(r)) ?? []).sort((a, b) => a.key.localeCompare(b.key)),
  }));
}
