import type { DataSource } from 'typeorm';
import { RECOMPUTE_TOTALS_SQL } from '../ingest/ingest.sql';
import { type IngestedChanges, TraceChange } from '../live/live.events';
import { inTransaction } from '../common/transaction';
import { floorTo, HOUR_MS } from '../rollups/buckets';
import { markRollupsDirty } from '../rollups/rollup.service';

type Row = Record<string, unknown>;

const CLOSE_QUIET_SQL = `
  WITH quiet AS (
    SELECT id FROM traces
     WHERE end_time IS NULL AND updated_at < now() - $1 * interval '1 millisecond'
     ORDER BY updated_at LIMIT $2
     FOR UPDATE SKIP LOCKED
  ), last AS (
    SELECT q.id, max(coalesce(s.end_time, s.start_time)) AS last_at
      FROM quiet q LEFT JOIN spans s ON s.trace_id = q.id GROUP BY q.id
  )
  UPDATE traces t SET end_time = GREATEST(t.start_time, coalesce(l.last_at, t.start_time)), auto_closed = true
    FROM last l WHERE t.id = l.id
  RETURNING t.id`;

/**
 * Closes traces that received nothing for `quietMs` and never sent an end: the end becomes the
 * last thing seen (the latest span end or start), and the totals and status are recomputed as
 * ingestion would. Returns the changes per project, to publish and follow up like an ingestion.
 */
export async function closeQuietTraces(ds: DataSource, quietMs: number, limit = 1000): Promise<IngestedChanges[]> {
  return inTransaction(ds, async (m) => {
    const [closed]: [{ id: string }[], number] = await m.query(CLOSE_QUIET_SQL, [quietMs, limit]);
    if (!closed.length) return [];
    const [rows]: [Row[], number] = await m.query(RECOMPUTE_TOTALS_SQL, [closed.map((c) => c.id)]);
    const byProject = new Map<string, IngestedChanges>();
    for (const row of rows) {
      const projectId = row.project_id as string;
      let c = byProject.get(projectId);
      if (!c) byProject.set(projectId, (c = { projectId, hours: [], spans: [], errors: [], traces: [] }));
      c.traces.push({ row, change: TraceChange.COMPLETED });
      const start = row.start_time as Date;
      c.hours.push(floorTo(start, HOUR_MS));
    }
    // Their durations changed: stats read these hours raw until the follow-up recompute.
    for (const c of byProject.values()) await markRollupsDirty(m, c.projectId, c.hours);
    return [...byProject.values()];
  });
}

/**
 * Completed traces whose metrics are missing or older than their last change, and quiet for a
 * minute (so ones whose job is merely waiting out its delay are left to it).
 */
export async function tracesWithStaleMetrics(ds: DataSource, limit = 1000): Promise<{ traceId: string; projectId: string }[]> {
  const rows: { id: string; project_id: string }[] = await ds.query(
    `SELECT id, project_id FROM traces
      WHERE end_time IS NOT NULL AND metrics_version < version AND updated_at < now() - interval '1 minute'
      ORDER BY updated_at LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ traceId: r.id, projectId: r.project_id }));
}

/** Records that a trace's metrics reflect `version`; a newer ingestion meanwhile keeps it due. */
export async function markMetricsComputed(ds: DataSource, traceId: string, version: number): Promise<void> {
  await ds.query('UPDATE traces SET metrics_version = $2 WHERE id = $1 AND metrics_version < $2', [traceId, version]);
}
