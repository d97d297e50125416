import { decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination.util';
import type { RequestContext } from '../common/service.context';
import { isUuid } from '../common/uuid.util';
import type { Dataset } from '../datasets/dataset.type';
import type { ScoreSummary } from '../feedback/feedback.type';
import { scoreSummary } from '../feedback/score-summary.service';
import { datasetExperimentsKey, experimentLoaders } from './experiment.loaders';
import { WORKER_SOURCES } from '../metrics/trace-metrics.store';
import { toExperiment } from './experiment.mapper';
import type { ExperimentConnection } from './experiment.type';

/** A dataset's experiments, newest first, a page at a time; the pages of many datasets are read together. */
export async function datasetExperiments(
  ctx: RequestContext,
  dataset: Pick<Dataset, 'id'>,
  args: { first?: number | null; after?: string | null },
): Promise<ExperimentConnection> {
  const size = pageSize(args.first, ctx.config.limits);
  // Decoded here so a bad cursor is refused before the batch, not as the whole batch's failure.
  if (args.after) decodeCursor(args.after, 'experiments', 2);
  const rows = await experimentLoaders(ctx).experimentsByDataset.load(datasetExperimentsKey(dataset.id, size + 1, args.after ?? null));
  return toConnection(rows, size, Boolean(args.after), (r) => encodeCursor('experiments', [r.createdAt.toISOString(), r.id]), toExperiment);
}

/**
 * The score summary of a dataset's experiments: the scores of their runs' traces (evaluators', the
 * judge's, a client's feedback and feedback given since; not the worker's own trace metrics, as in
 * an experiment's summary), per key; of some experiments only with `experimentIds`.
 */
export async function datasetScoreSummary(
  ctx: RequestContext,
  dataset: Pick<Dataset, 'id' | 'projectId'>,
  experimentIds: string[] | null | undefined,
): Promise<ScoreSummary[]> {
  const params: unknown[] = [dataset.id];
  let sql = `SELECT r.trace_id FROM experiment_runs r JOIN experiments e ON e.id = r.experiment_id WHERE e.dataset_id = $1 AND r.trace_id IS NOT NULL`;
  if (experimentIds) {
    // An id that is not a UUID names no experiment; none left then means no scores, not all of them.
    const ids = experimentIds.filter((id) => isUuid(id));
    if (!ids.length) return [];
    params.push(ids);
    sql += ` AND e.id = ANY($2::uuid[])`;
  }
  return scoreSummary(ctx, dataset.projectId, { excludeSources: [...WORKER_SOURCES], traceIdsSql: { sql, params } });
}
