import { JOBS } from '@sextant/jobs';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { isUuid, storedTraceId } from '../common/uuid.util';
import { assertProjectAccess, canSeeProject, requireAuthenticated } from '../common/access.policy';
import type { RequestContext } from '../common/service.context';
import { badInput, notFound } from '../common/app.errors';
import { db, withTransaction } from '../common/transaction.util';
import { hourOf } from '../common/hours.util';
import { markRollupsDirty } from '../rollups/rollup.service';
import { decodeCursor, encodeCursor, pageSize, toConnection, withTotalCount } from '../common/pagination.util';
import { countRows, type TotalCount } from '../common/total-count.sql';
import { TraceEntity } from './trace.entity';
import { toTrace } from './trace.mapper';
import { OrderDirection, type Trace, type TraceConnection, type TraceFilter, type TraceOrder, TraceOrderField } from './trace.type';
import { traceLoaders } from './trace.loaders';
import { TRACE_SEARCH_TEXT } from './trace-search.sql';

const ORDER_COLUMNS: Record<TraceOrderField, string> = {
  [TraceOrderField.START_TIME]: 'start_time',
  [TraceOrderField.DURATION]: 'duration_ms',
  [TraceOrderField.TOTAL_COST]: 'total_cost',
  [TraceOrderField.TOTAL_TOKENS]: 'total_tokens',
};

const has = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

/** Fails with BAD_USER_INPUT on a filter that can match nothing for a reason the caller should hear. */
export function validateTraceFilter(filter: TraceFilter | undefined | null): void {
  if (filter?.from && filter?.to && filter.from > filter.to) throw badInput('filter.from must not be after filter.to');
  for (const [i, sf] of (filter?.scores ?? []).entries()) {
    if (!sf.key.trim()) throw badInput(`filter.scores[${i}].key must not be empty`);
    if (has(sf.min) && has(sf.max) && sf.min > sf.max) throw badInput(`filter.scores[${i}]: min must not be above max`);
  }
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Builds the WHERE clause of a trace listing over the alias `t`; every value is a bind parameter added to `params`. */
export function traceFilterSql(projectId: string, f: TraceFilter | undefined, params: Record<string, unknown>): string {
  const p = (v: unknown) => {
    const name = `p${Object.keys(params).length}`;
    params[name] = v;
    return `:${name}`;
  };
  const where = [`t.project_id = ${p(projectId)}`];
  if (!f) return where.join(' AND ');
  if (f.from) where.push(`t.start_time >= ${p(f.from)}`);
  if (f.to) where.push(`t.start_time < ${p(f.to)}`);
  // One status as `=`: with `= ANY(...)` on its second column, the (project_id, status, start_time)
  // index cannot hand rows over in start-time order, and a page of rare ones means sorting them all.
  if (f.status?.length === 1) where.push(`t.status = ${p(f.status[0])}`);
  else if (f.status?.length) where.push(`t.status = ANY(${p(f.status)}::text[])`);
  if (f.tags?.length) where.push(`t.tags @> ${p(f.tags)}::text[]`);
  for (const m of f.metadata ?? []) where.push(`t.metadata @> ${p(JSON.stringify({ [m.key]: m.value }))}::jsonb`);
  if (f.userId) where.push(`t.user_id = ${p(f.userId)}`);
  if (f.sessionId) where.push(`t.session_id = ${p(f.sessionId)}`);
  if (f.model) where.push(`t.models @> ARRAY[${p(f.model)}]::text[]`);
  if (f.minCost !== undefined && f.minCost !== null) where.push(`t.total_cost >= ${p(f.minCost)}`);
  if (f.minLatencyMs !== undefined && f.minLatencyMs !== null) where.push(`t.duration_ms >= ${p(f.minLatencyMs)}`);
  if (f.hasError !== undefined && f.hasError !== null) where.push(`t.error_flag = ${p(f.hasError)}`);
  if (f.text) {
    const like = p(`%${escapeLike(f.text)}%`);
    // The first condition is what the trigram index answers; the second keeps the meaning exact (a
    // match that spans two of the joined texts is not one).
    where.push(`${TRACE_SEARCH_TEXT} ILIKE ${like}`, `(t.name ILIKE ${like} OR t.input::text ILIKE ${like} OR t.output::text ILIKE ${like})`);
  }
  for (const sf of f.scores ?? []) {
    // One probe of metrics_trace_idx (trace_id, name) per candidate trace; the numeric score is the
    // score, or the raw value for metrics that have only that.
    const cond = [`m.trace_id = t.id`, `m.name = ${p(sf.key)}`];
    if (has(sf.min)) cond.push(`coalesce(m.score, m.value) >= ${p(sf.min)}`);
    if (has(sf.max)) cond.push(`coalesce(m.score, m.value) <= ${p(sf.max)}`);
    if (sf.labels?.length) cond.push(`m.label = ANY(${p(sf.labels)}::text[])`);
    where.push(`EXISTS (SELECT 1 FROM metrics m WHERE ${cond.join(' AND ')})`);
  }
  return where.join(' AND ');
}

/**
 * The keyset condition for the rows after (:afterValue, :afterId) in the listing's order. For a
 * nullable column, nulls come first ascending and last descending (null is the lowest value).
 */
function afterCondition(col: string, dir: OrderDirection, afterNull: boolean, nullable: boolean): string {
  const op = dir === OrderDirection.DESC ? '<' : '>';
  if (!nullable) return `(t.${col}, t.id) ${op} (:afterValue, :afterId::uuid)`;
  if (dir === OrderDirection.DESC) {
    return afterNull ? `(t.${col} IS NULL AND t.id < :afterId::uuid)` : `((t.${col}, t.id) < (:afterValue, :afterId::uuid) OR t.${col} IS NULL)`;
  }
  return afterNull ? `(t.${col} IS NOT NULL OR t.id > :afterId::uuid)` : `(t.${col}, t.id) > (:afterValue, :afterId::uuid)`;
}

/**
 * Lists a project's traces with keyset pagination over the chosen ordering (ties broken by id).
 * totalCount counts the filtered traces when asked for, unless the caller already knows it (`knownTotal`).
 */
export async function listTraces(
  ctx: RequestContext,
  projectId: string,
  filter: TraceFilter | undefined,
  order: TraceOrder | undefined,
  first: number | undefined,
  after: string | undefined,
  knownTotal?: TotalCount,
): Promise<TraceConnection> {
  assertProjectAccess(ctx, projectId, 'read');
  validateTraceFilter(filter);
  const field = order?.field ?? TraceOrderField.START_TIME;
  const dir = order?.direction ?? OrderDirection.DESC;
  const size = pageSize(first, ctx.config.limits);
  const rows = await traceListQuery(db(ctx), projectId, filter, { field, direction: dir }, size, after).getMany();
  const connection = toConnection(
    rows,
    size,
    Boolean(after),
    (t) => encodeCursor(cursorKind(field, dir), [field === TraceOrderField.START_TIME ? t.startTime.toISOString() : (t[field] as number), t.id]),
    toTrace,
  );
  return withTotalCount(connection, async () => {
    if (knownTotal) return knownTotal;
    // The count covers every page: the filters without the cursor.
    const params: Record<string, unknown> = {};
    const counted = db(ctx)
      .getRepository(TraceEntity)
      .createQueryBuilder('t')
      .select('1')
      .where(traceFilterSql(projectId, filter, params), params);
    return countRows(db(ctx), ...counted.getQueryAndParameters(), ctx.config.limits.maxExactCount);
  });
}

const cursorKind = (field: TraceOrderField, dir: OrderDirection) => `traces:${field}:${dir}`;

/**
 * One page of a listing as a query (the filter, the position after the cursor `after`, the ordering,
 * and one row of look-ahead), so the list benchmark can time the SQL the API runs without the API.
 */
export function traceListQuery(
  manager: EntityManager,
  projectId: string,
  filter: TraceFilter | undefined,
  order: { field: `${TraceOrderField}`; direction: `${OrderDirection}` },
  size: number,
  after: string | undefined,
): SelectQueryBuilder<TraceEntity> {
  const field = order.field as TraceOrderField;
  const dir = order.direction as OrderDirection;
  const col = ORDER_COLUMNS[field];
  const params: Record<string, unknown> = {};
  let where = traceFilterSql(projectId, filter, params);
  // Only the cost can be null (unknown): it sorts below every known cost, as its index does.
  const nullable = field === TraceOrderField.TOTAL_COST;
  if (after) {
    const [value, id] = decodeCursor(after, cursorKind(field, dir), 2);
    if (typeof id !== 'string' || !isUuid(id) || (value === null && !nullable)) throw badInput('Invalid cursor', { argumentName: 'after' });
    const afterValue = field === TraceOrderField.START_TIME ? new Date(value as string) : value;
    if (afterValue instanceof Date ? Number.isNaN(afterValue.getTime()) : afterValue !== null && typeof afterValue !== 'number') {
      throw badInput('Invalid cursor', { argumentName: 'after' });
    }
    params.afterValue = afterValue;
    params.afterId = id;
    where += ` AND ${afterCondition(col, dir, afterValue === null, nullable)}`;
  }
  return manager
    .getRepository(TraceEntity)
    .createQueryBuilder('t')
    .where(where, params)
    .orderBy(`t.${field}`, dir, nullable ? (dir === OrderDirection.DESC ? 'NULLS LAST' : 'NULLS FIRST') : undefined)
    .addOrderBy('t.id', dir)
    .limit(size + 1);
}

/**
 * Loads one trace the caller may read, or NOT_FOUND (also for another project's trace, so ids reveal
 * nothing). An OpenTelemetry trace id (32 hex characters) finds the trace OTLP stored under its UUID.
 */
export async function getTrace(ctx: RequestContext, id: string): Promise<Trace> {
  requireAuthenticated(ctx);
  const row = await traceLoaders(ctx).traceById.load(storedTraceId(id));
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Trace', id);
  assertProjectAccess(ctx, row.projectId, 'read');
  return toTrace(row);
}

/** Deletes a trace with all its spans, errors, metrics, interactions and system info. */
export async function deleteTrace(ctx: RequestContext, id: string): Promise<{ id: string; deleted: boolean }> {
  requireAuthenticated(ctx);
  const row = await traceLoaders(ctx).traceById.load(id);
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Trace', id);
  assertProjectAccess(ctx, row.projectId, 'admin');
  await withTransaction(ctx, async (tx) => {
    await db(tx).query('DELETE FROM traces WHERE id = $1', [id]);
    // Stats read the hour raw until its bucket is recomputed without the trace.
    await markRollupsDirty(tx, row.projectId, [row.startTime]);
  });
  await ctx.jobs.enqueue(JOBS.rollupBucket, [{ projectId: row.projectId, hour: hourOf(row.startTime).toISOString() }]).catch((e) => {
    ctx.log('Enqueueing a rollup after a deletion failed; the sweep will catch up:', e);
  });
  return { id, deleted: true };
}
