import type { Config } from '@sextant/config';
import { JOBS, type JobHandlers, type JobProducer, UnrecoverableError } from '@sextant/jobs';
import type { DataSource } from 'typeorm';
import type { LiveHub } from '../live/live-hub';
import type { IngestedChanges } from '../live/live.events';
import { computeTraceMetrics } from '../metrics/trace-metrics.service';
import { listDirtyRollupBuckets, recomputeRollupBucket } from '../rollups/rollup.service';
import { LangSmithForwardClient, LangSmithForwardError } from '../langsmith-forward/langsmith-forward.client';
import { forwardTrace, requestProjectForwards, stalePendingForwards } from '../langsmith-forward/langsmith-forward.service';
import { closeQuietTraces, markMetricsComputed, tracesWithStaleMetrics } from './trace-sweeps';

export type WorkerDeps = {
  config: Config;
  ds: DataSource;
  /** Publishes live events (metricComputed, traces closed by the sweep). */
  live: LiveHub;
  /** Enqueues follow-up jobs. */
  jobs: JobProducer;
  log: (msg: string, err?: unknown) => void;
};

/** Follow-ups of changes made outside ingestion (the sweep closing traces): the same as ingestion's. */
async function followUp(deps: WorkerDeps, changes: IngestedChanges) {
  deps.live.publishIngested(changes);
  const traces = changes.traces.map((t) => ({ traceId: t.row.id as string, projectId: changes.projectId }));
  await Promise.all([
    deps.jobs.enqueue(JOBS.traceMetrics, traces),
    deps.jobs.enqueue(JOBS.rollupBucket, changes.hours.map((h) => ({ projectId: changes.projectId, hour: h.toISOString() }))),
    requestProjectForwards(deps.ds, deps.jobs, deps.config, changes.projectId, changes.traces.map((t) => ({ id: t.row.id as string, running: t.row.end_time === null }))),
  ]);
}

// A pending forward not sent within this long has lost its job (enqueue failed after commit): the sweep queues it again.
const FORWARD_STALE_MS = 10 * 60_000;

/** One handler per job kind; each is idempotent, so a retry or a re-run after a crash changes nothing twice. */
export function createJobHandlers(deps: WorkerDeps): JobHandlers {
  const { ds, config } = deps;
  // One client per worker: it remembers the target's /info limits and whether it has /runs/multipart.
  let forwarder: LangSmithForwardClient | undefined;
  return {
    traceMetrics: async ({ traceId }) => {
      // The version read first: a change that lands while we compute leaves the trace due again.
      const [trace]: { version: number; project_id: string }[] = await ds.query('SELECT version, project_id FROM traces WHERE id = $1', [traceId]);
      if (!trace) return { skipped: 'trace deleted' };
      const result = await computeTraceMetrics(ds, traceId, config.judge);
      if (!result) return { skipped: 'trace deleted' };
      await markMetricsComputed(ds, traceId, trace.version);
      if (result.written || result.removed) deps.live.publishMetricsComputed(result.projectId, traceId, result.metricNames);
      return { written: result.written, unchanged: result.unchanged, removed: result.removed };
    },
    rollupBucket: async ({ projectId, hour }) => {
      await recomputeRollupBucket(ds, projectId, new Date(hour));
      return { projectId, hour };
    },
    langsmithForward: async ({ traceId }) => {
      const target = config.langsmithForward;
      if (!target.configured || !target.apiKey) return { skipped: 'forwarding not configured' };
      forwarder ??= new LangSmithForwardClient({ endpoint: target.endpoint, apiKey: target.apiKey, workspaceId: target.workspaceId });
      try {
        return await forwardTrace(ds, config, forwarder, traceId);
      } catch (e) {
        // LangSmith refused the runs (a 4xx): the same payload would be refused again.
        if (e instanceof LangSmithForwardError && !e.retryable) throw new UnrecoverableError(e.message);
        throw e;
      }
    },
    sweep: async () => {
      let closed = 0;
      // In rounds, so a backlog of quiet traces is closed without one giant transaction.
      for (;;) {
        const changes = await closeQuietTraces(ds, config.jobs.traceQuietPeriodMs);
        for (const c of changes) await followUp(deps, c);
        const n = changes.reduce((sum, c) => sum + c.traces.length, 0);
        closed += n;
        if (n < 1000) break;
      }
      const stale = await tracesWithStaleMetrics(ds);
      await deps.jobs.enqueue(JOBS.traceMetrics, stale);
      const dirty = await listDirtyRollupBuckets(ds, 1000);
      await deps.jobs.enqueue(JOBS.rollupBucket, dirty.map((b) => ({ projectId: b.projectId, hour: b.hour.toISOString() })));
      const lostForwards = config.langsmithForward.configured ? await stalePendingForwards(ds, FORWARD_STALE_MS) : [];
      await deps.jobs.enqueue(JOBS.langsmithForward, lostForwards);
      return { closed, staleMetrics: stale.length, dirtyBuckets: dirty.length, lostForwards: lostForwards.length };
    },
  };
}
