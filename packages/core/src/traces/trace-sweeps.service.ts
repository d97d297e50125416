import { changesAfterCommit, changesInTransaction, TraceChange, type TraceChanges } from '../common/changes.participant';
import type { BaseContext, DbContext } from '../common/service.context';
import { distinctHours } from '../common/hours.util';
import { db, withTransaction } from '../common/transaction.util';
import { RECOMPUTE_TOTALS_SQL } from './trace-totals.sql';

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
 * ingestion would. The change participants follow it up as they do an ingestion. Returns the
 * changes, per project.
 */
export async function closeQuietTraces(ctx: BaseContext, quietMs: number, limit = 1000): Promise<TraceChanges[]> {
  const changes = await withTransaction(ctx, async (tx) => {
    const m = db(tx);
    const [closed]: [{ id: string }[], number] = await m.query(CLOSE_QUIET_SQL, [quietMs, limit]);
    if (!closed.length) return [];
    const [rows]: [Row[], number] = await m.query(RECOMPUTE_TOTALS_SQL, [closed.map((c) => c.id)]);
    const byProject = new Map<string, { projectId: string; rows: Row[] }>();
    for (const row of rows) {
      const projectId = row.project_id as string;
      const c = byProject.get(projectId) ?? { projectId, rows: [] };
      byProject.set(projectId, c);
      c.rows.push(row);
    }
    const all: TraceChanges[] = [...byProject.values()].map(({ projectId, rows }) => ({
      projectId,
      // Their durations changed: these hours are due a recompute.
      hours: distinctHours(rows.map((r) => r.start_time as Date)),
      spans: [],
      errors: [],
      traces: rows.map((row) => ({ row, change: TraceChange.COMPLETED })),
    }));
    for (const c of all) await changesInTransaction(tx, c);
    return all;
  });
  for (const c of changes) await changesAfterCommit(ctx, c);
  return changes;
}

/**
 * Completed traces whose metrics are missing or older than their last change, and quiet for a
 * minute (so ones whose job is merely waiting out its delay are left to it).
 */
export async function tracesWithStaleMetrics(ctx: DbContext, limit = 1000): Promise<{ traceId: string; projectId: string }[]> {
  const rows: { id: string; project_id: string }[] = await db(ctx).query(
    `SELECT id, project_id FROM traces
      WHERE end_time IS NOT NULL AND metrics_version < version AND updated_at < now() - interval '1 minute'
      ORDER BY updated_at LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ traceId: r.id, projectId: r.project_id }));
}

/** Records that a trace's metrics reflect `version`; a newer ingestion meanwhile keeps it due. */
export async function markMetricsComputed(ctx: DbContext, traceId: string, version: number): Promise<void> {
  await db(ctx).query('UPDATE traces SET metrics_version = $2 WHERE id = $1 AND metrics_version < $2', [traceId, version]);
}
