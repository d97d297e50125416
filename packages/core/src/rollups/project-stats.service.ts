import { assertProjectAccess } from '../common/access.policy';
import type { RequestContext } from '../common/service.context';
import { badInput } from '../common/app.errors';
import { projectRangeLoaders } from './project-range.loaders';
import { LATENCY_QUANTILES, sumProjectWide } from './rollup.figures';
import { readHourFigures } from './rollup.service';
import type { ProjectStats } from './project-stats.type';

/**
 * Aggregates the traces that started in [from, to): counts, error rate, tokens, cost, latency
 * percentiles. Rolled-up hours come from the rollups, the rest from the raw tables (readHourFigures).
 * Left out, `from` is the project's first trace and `to` now (or its last trace, if later): all time.
 */
export async function projectStats(ctx: RequestContext, projectId: string, from?: Date, to?: Date): Promise<ProjectStats> {
  assertProjectAccess(ctx, projectId, 'read');
  let end = to ?? new Date();
  let start = from ?? end;
  if (!from || !to) {
    const span = await projectRangeLoaders(ctx).rangeByProject.load(projectId);
    // Clients with a clock ahead of ours send traces from the future; "all time" includes them.
    if (!to && span.last && span.last >= end) end = new Date(span.last.getTime() + 1);
    if (!from && span.first && span.first < end) start = span.first;
  }
  if (start > end) throw badInput('from must not be after to');
  const hours = await readHourFigures(ctx, projectId, start, end, {
    traces: true,
    projectSpans: true,
    models: false,
    percentiles: false,
    sketches: ['duration', 'firstToken'],
  });
  const t = sumProjectWide(hours);
  const [latencyP50, latencyP95, latencyP99] = t.duration.quantiles(LATENCY_QUANTILES);
  const [firstTokenP50, firstTokenP99] = t.firstToken.quantiles([0.5, 0.99]);
  return {
    from: start,
    to: end,
    traceCount: t.traceCount,
    spanCount: t.spanCount,
    errorCount: t.errorCount,
    errorRate: t.traceCount ? t.errorCount / t.traceCount : 0,
    promptTokens: t.promptTokens,
    completionTokens: t.completionTokens,
    totalTokens: t.totalTokens,
    promptCost: t.promptCost,
    completionCost: t.completionCost,
    totalCost: t.totalCost,
    unpricedCallCount: t.unpricedCallCount,
    latencyP50,
    latencyP95,
    latencyP99,
    firstTokenP50,
    firstTokenP99,
    streamingRate: t.llmCallCount ? t.streamedLlmCallCount / t.llmCallCount : null,
    runFacets: [...t.runTypeCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([runType, count]) => ({ runType, count })),
    lastTraceStartTime: t.lastStartTime,
  };
}
