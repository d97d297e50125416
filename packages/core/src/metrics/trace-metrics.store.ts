import type { EntityManager } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { sanitizeString, toStorableJson } from '../common/sanitize.util';
import type { MetricEntity } from '../traces/metric.entity';

/** Namespace of the worker's metric ids; fixed forever, or every stored id would change. */
const METRIC_ID_NAMESPACE = '6f1d3a52-8e0b-4c1e-9a57-2d4b9c7e5f10';

/** Sources the worker owns; 'client' rows (ingested) are never touched. */
/** The sources of the worker's own trace metrics (operational and agent metrics computed for every trace). */
export const WORKER_SOURCES = ['worker', 'judge'] as const;
export type WorkerSource = (typeof WORKER_SOURCES)[number];

/** A metric row as the worker writes and compares it: the stored entity without its relation and creation time. */
// The feedback columns (label, correction, author) are never the worker's: people and clients write them.
export type MetricRow = Omit<MetricEntity, 'trace' | 'createdAt' | 'label' | 'correction' | 'authorKeyId'>;

/** The deterministic id of a metric: the same trace, name and span (or label) always map to the same row. */
export function metricId(traceId: string, name: string, spanIdOrLabel: string | null): string {
  // JSON keeps the parts apart whatever characters a label holds.
  return uuidv5(JSON.stringify([traceId, name, spanIdOrLabel ?? '']), METRIC_ID_NAMESPACE);
}

/** A JSON value as jsonb will give it back: storable strings, undefined dropped, null for nothing. */
function normalizeJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(toStorableJson(value));
}

/** JSON text with object keys sorted: jsonb reorders keys, so equality must not depend on order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** True when two rows carry the same result; timing and timestamp say when it was computed, not what it is. */
export function sameValues(a: MetricRow, b: MetricRow): boolean {
  return (
    a.name === b.name &&
    a.spanId === b.spanId &&
    a.source === b.source &&
    Object.is(a.score, b.score) &&
    Object.is(a.value, b.value) &&
    a.reason === b.reason &&
    canonical(normalizeJson(a.resultDetail)) === canonical(normalizeJson(b.resultDetail)) &&
    canonical(normalizeJson(a.config)) === canonical(normalizeJson(b.config))
  );
}

/** Makes a computed row storable, so that it compares equal to what Postgres will give back. */
export function storableRow(r: MetricRow): MetricRow {
  return { ...r, reason: r.reason === null ? null : sanitizeString(r.reason), resultDetail: normalizeJson(r.resultDetail), config: normalizeJson(r.config) };
}

export type SyncPlan = { write: MetricRow[]; unchanged: MetricRow[]; remove: MetricRow[] };

/**
 * Decides what a recomputation changes: rows whose values differ (or are new) are written, equal
 * ones are left alone (so a rerun leaves them byte-identical), and stored rows the computation no
 * longer produces are removed, except those in `keepIds` (a metric that failed this time).
 */
export function planMetricSync(existing: readonly MetricRow[], computed: readonly MetricRow[], keepIds: ReadonlySet<string> = new Set()): SyncPlan {
  const stored = new Map(existing.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const plan: SyncPlan = { write: [], unchanged: [], remove: [] };
  for (const raw of computed) {
    if (seen.has(raw.id)) throw new Error(`Metric ${raw.name} was computed twice for the same key (${raw.id})`);
    seen.add(raw.id);
    const row = storableRow(raw);
    const old = stored.get(row.id);
    if (old && sameValues(old, row)) plan.unchanged.push(old);
    else plan.write.push(row);
  }
  for (const r of existing) if (!seen.has(r.id) && !keepIds.has(r.id)) plan.remove.push(r);
  return plan;
}

const COLUMNS = [
  ['id', 'uuid'],
  ['project_id', 'uuid'],
  ['trace_id', 'uuid'],
  ['span_id', 'uuid'],
  ['name', 'text'],
  ['score', 'double precision'],
  ['value', 'double precision'],
  ['reason', 'text'],
  ['result_detail', 'jsonb'],
  ['config', 'jsonb'],
  ['start_time', 'timestamptz'],
  ['end_time', 'timestamptz'],
  ['duration_ms', 'double precision'],
  ['timestamp', 'timestamptz'],
  ['source', 'text'],
] as const;

const toParams = (rows: MetricRow[]) => [
  rows.map((r) => r.id),
  rows.map((r) => r.projectId),
  rows.map((r) => r.traceId),
  rows.map((r) => r.spanId),
  rows.map((r) => r.name),
  rows.map((r) => r.score),
  rows.map((r) => r.value),
  rows.map((r) => r.reason),
  // jsonb travels as text: node-pg would send a top-level string inside a jsonb[] unquoted.
  rows.map((r) => (r.resultDetail === null ? null : JSON.stringify(r.resultDetail))),
  rows.map((r) => (r.config === null ? null : JSON.stringify(r.config))),
  rows.map((r) => r.startTime),
  rows.map((r) => r.endTime),
  rows.map((r) => r.durationMs),
  rows.map((r) => r.timestamp),
  rows.map((r) => r.source),
];

const UPSERT_SQL = `
  INSERT INTO metrics (${COLUMNS.map(([c]) => `"${c}"`).join(', ')})
  SELECT ${COLUMNS.map(([c, t]) => (t === 'jsonb' ? `u."${c}"::jsonb` : `u."${c}"`)).join(', ')}
    FROM unnest(${COLUMNS.map(([, t], i) => `$${i + 1}::${t === 'jsonb' ? 'text' : t}[]`).join(', ')})
      AS u(${COLUMNS.map(([c]) => `"${c}"`).join(', ')})
  ON CONFLICT (id) DO UPDATE SET ${COLUMNS.filter(([c]) => c !== 'id')
    .map(([c]) => `"${c}" = EXCLUDED."${c}"`)
    .join(', ')}
    WHERE metrics.source IN ('worker', 'judge') AND metrics.trace_id = EXCLUDED.trace_id
  RETURNING id`;

/** Reads the trace's rows of the given worker sources, under the entity's names (raw SQL: hydrating entities costs the worker dearly). */
export async function readWorkerMetrics(m: EntityManager, traceId: string, sources: readonly WorkerSource[]): Promise<MetricRow[]> {
  return m.query(
    `SELECT id, project_id AS "projectId", trace_id AS "traceId", span_id AS "spanId", name, score, value, reason, result_detail AS "resultDetail",
            config, start_time AS "startTime", end_time AS "endTime", duration_ms AS "durationMs", "timestamp", source
       FROM metrics WHERE trace_id = $1 AND source = ANY($2::text[])`,
    [traceId, sources],
  );
}

/**
 * Brings the trace's rows of one source in line with a computation, in the caller's transaction.
 * A per-trace advisory lock serialises two computations of the same trace so their diffs do not
 * interleave; ingestion does not take it, so it is never blocked.
 */
export async function syncWorkerMetrics(
  m: EntityManager,
  traceId: string,
  source: WorkerSource,
  computed: readonly MetricRow[],
  keepIds: ReadonlySet<string> = new Set(),
): Promise<SyncPlan> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('sextant.trace-metrics'), hashtext($1))`, [traceId]);
  const plan = planMetricSync(await readWorkerMetrics(m, traceId, [source]), computed, keepIds);
  if (plan.write.length) await m.query(UPSERT_SQL, toParams(plan.write));
  if (plan.remove.length) {
    await m.query(`DELETE FROM metrics WHERE trace_id = $1 AND source = $2 AND id = ANY($3::uuid[])`, [traceId, source, plan.remove.map((r) => r.id)]);
  }
  return plan;
}
