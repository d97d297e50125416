import { assertProjectAccess } from '../common/access.policy';
import type { RequestContext } from '../common/service.context';
import { badInput } from '../common/app.errors';
import { bucketCount, bucketStarts } from './buckets.util';
import { DAY_MS, HOUR_MS } from '../common/hours.util';
import { toSeries } from './rollup.figures';
import { readHourFigures } from './rollup.service';
import { TimeseriesGroupBy, TimeseriesInterval, type TimeseriesSeries } from './timeseries.type';

/** The most points one timeseries may have: 83 days of hours, 5 years of days. */
const MAX_TIMESERIES_POINTS = 2000;

const INTERVAL_MS: Record<TimeseriesInterval, number> = { [TimeseriesInterval.HOUR]: HOUR_MS, [TimeseriesInterval.DAY]: DAY_MS };

/** A project's figures per hour or UTC day over [from, to), project-wide or per LLM model, with no gaps. */
export async function projectTimeseries(
  ctx: RequestContext,
  projectId: string,
  args: { from?: Date; to?: Date; interval: TimeseriesInterval; groupBy?: TimeseriesGroupBy },
): Promise<TimeseriesSeries[]> {
  assertProjectAccess(ctx, projectId, 'read');
  const to = args.to ?? new Date();
  const from = args.from ?? new Date(to.getTime() - DAY_MS);
  if (from > to) throw badInput('from must not be after to', { argumentName: 'from' });
  const size = INTERVAL_MS[args.interval];
  const count = bucketCount(from, to, size);
  if (count > MAX_TIMESERIES_POINTS) {
    throw badInput(
      `This timeseries would have ${count} points, more than the ${MAX_TIMESERIES_POINTS} allowed: narrow from..to${args.interval === TimeseriesInterval.HOUR ? ' or use interval: DAY' : ''}`,
      { argumentName: 'interval', maxPoints: MAX_TIMESERIES_POINTS },
    );
  }
  const byModel = args.groupBy === TimeseriesGroupBy.MODEL;
  // Project-wide points are trace figures only; model points only need the LLM calls with a model.
  // An hourly point is one row and takes its exact percentiles; a daily one merges 24 sketches.
  const hourly = args.interval === TimeseriesInterval.HOUR;
  const hours = await readHourFigures(ctx, projectId, from, to, {
    traces: !byModel,
    projectSpans: false,
    models: byModel,
    percentiles: hourly,
    sketches: hourly ? [] : [byModel ? 'llmLatency' : 'duration'],
  });
  return toSeries(hours, bucketStarts(from, to, size), size, byModel);
}
