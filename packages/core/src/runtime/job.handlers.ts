import { JOBS, type JobHandlers, UnrecoverableError } from '@sextant/jobs';
import { LangSmithForwardClient, LangSmithForwardError } from '../langsmith-forward/langsmith-forward.client';
import { forwardTrace, stalePendingForwards } from '../langsmith-forward/langsmith-forward.service';
import { runCostRecompute, staleCostRecomputes } from '../pricing/cost-recompute.service';
import { computeTraceMetrics } from '../metrics/trace-metrics.service';
import { listDirtyRollupBuckets, recomputeRollupBucket } from '../rollups/rollup.service';
import { closeQuietTraces, markMetricsComputed, tracesWithStaleMetrics } from '../traces/trace-sweeps.service';
import { type AppServices, jobContext } from './app.context';
import { db } from '../common/transaction.util';
import { runExperimentRun } from '../experiments/experiment-run.service';
import { staleExperimentRuns } from '../experiments/experiment.service';

// A pending forward not sent within this long has lost its job (enqueue failed after commit): the sweep queues it again.
const FORWARD_STALE_MS = 10 * 60_000;
// An experiment run dispatched this long ago and still running has likely lost its job: the sweep enqueues it again (deduplicated while its job lives).
const EXPERIMENT_RUN_STALE_MS = 15 * 60_000;

/**
 * One handler per job kind; each is idempotent, so a retry or a re-run after a crash changes
 * nothing twice. Every job gets a context of its own, as a request does.
 */
export function createJobHandlers(app: AppServices): JobHandlers {
  const { config } = app;
  // One client per worker: it remembers the target's /info limits and whether it has /runs/multipart.
  let forwarder: LangSmithForwardClient | undefined;
  return {
    traceMetrics: async ({ traceId }, job) => {
      const ctx = jobContext(app, job);
      // The version read first: a change that lands while we compute leaves the trace due again.
      const [trace]: { version: number; project_id: string }[] = await db(ctx).query('SELECT version, project_id FROM traces WHERE id = $1', [traceId]);
      if (!trace) return { skipped: 'trace deleted' };
      const result = await computeTraceMetrics(ctx, traceId, config.judge);
      if (!result) return { skipped: 'trace deleted' };
      await markMetricsComputed(ctx, traceId, trace.version);
      if (result.written || result.removed) ctx.live.publishMetricsComputed(result.projectId, traceId, result.metricNames);
      return { written: result.written, unchanged: result.unchanged, removed: result.removed };
    },
    rollupBucket: async ({ projectId, hour }, job) => {
      await recomputeRollupBucket(jobContext(app, job), projectId, new Date(hour));
      return { projectId, hour };
    },
    langsmithForward: async ({ traceId }, job) => {
      const target = config.langsmithForward;
      if (!target.configured || !target.apiKey) return { skipped: 'forwarding not configured' };
      forwarder ??= new LangSmithForwardClient({ endpoint: target.endpoint, apiKey: target.apiKey, workspaceId: target.workspaceId });
      try {
        return await forwardTrace(jobContext(app, job), forwarder, traceId);
      } catch (e) {
        // LangSmith refused the runs (a 4xx): the same payload would be refused again.
        if (e instanceof LangSmithForwardError && !e.retryable) throw new UnrecoverableError(e.message);
        throw e;
      }
    },
    costRecompute: async ({ recomputeId }, job) => runCostRecompute(jobContext(app, job), recomputeId),
    experimentRun: async (ids, job) => runExperimentRun(jobContext(app, job), ids, { attemptsMade: job.attemptsMade, maxAttempts: config.jobs.attempts }),
    sweep: async (_payload, job) => {
      const ctx = jobContext(app, job);
      let closed = 0;
      // In rounds, so a backlog of quiet traces is closed without one giant transaction.
      for (;;) {
        const changes = await closeQuietTraces(ctx, config.jobs.traceQuietPeriodMs);
        const n = changes.reduce((sum, c) => sum + c.traces.length, 0);
        closed += n;
        if (n < 1000) break;
      }
      const stale = await tracesWithStaleMetrics(ctx);
      await ctx.jobs.enqueue(JOBS.traceMetrics, stale);
      const dirty = await listDirtyRollupBuckets(ctx, 1000);
      await ctx.jobs.enqueue(
        JOBS.rollupBucket,
        dirty.map((b) => ({ projectId: b.projectId, hour: b.hour.toISOString() })),
      );
      const lostForwards = config.langsmithForward.configured ? await stalePendingForwards(ctx, FORWARD_STALE_MS) : [];
      await ctx.jobs.enqueue(JOBS.langsmithForward, lostForwards);
      const lostRecomputes = await staleCostRecomputes(ctx);
      await ctx.jobs.enqueue(JOBS.costRecompute, lostRecomputes);
      const lostRuns = await staleExperimentRuns(ctx, EXPERIMENT_RUN_STALE_MS);
      await ctx.jobs.enqueue(JOBS.experimentRun, lostRuns);
      return {
        closed,
        staleMetrics: stale.length,
        dirtyBuckets: dirty.length,
        lostForwards: lostForwards.length,
        lostRecomputes: lostRecomputes.length,
        lostExperimentRuns: lostRuns.length,
      };
    },
  };
}
