import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { assertProjectAccess, canSeeProject, requireAuthenticated, type Permission } from '../common/access.policy';
import { badInput, notFound } from '../common/app.errors';
import { decodeCursor, encodeCursor, pageSize, toConnection, withTotalCount } from '../common/pagination.util';
import type { RequestContext } from '../common/service.context';
import { countRows } from '../common/total-count.sql';
import { db, withTransaction } from '../common/transaction.util';
import { isUuid, storedTraceId } from '../common/uuid.util';
import { traceFilterSql, validateTraceFilter } from '../traces/trace.service';
import type { TraceFilter } from '../traces/trace.type';
import { assertSpansOfTrace } from '../feedback/feedback.service';
import { AnnotationQueueEntity, AnnotationQueueItemEntity } from './annotation-queue.entity';
import type { AnnotationItemStatus, AnnotationTargetInput, CreateAnnotationQueueInput, UpdateAnnotationQueueInput } from './annotation.input';
import { toAnnotationItem, toAnnotationQueue } from './annotation.mapper';
import { validateRubric } from './annotation-rubric.validate';
import type { AddToAnnotationQueueResult, AnnotationItemConnection, AnnotationQueue, AnnotationRejection } from './annotation.type';

/** The most traces one addTracesToAnnotationQueue adds. */
const MAX_ADD = 10_000;
const DEFAULT_ADD = 1_000;
const MAX_NAME = 200;
const MAX_TEXT = 10_000;

/** How the bootstrap admin appears in an item's claim, skip and completion columns (it has no key id). */
export const ADMIN_ANNOTATOR = '00000000-0000-0000-0000-000000000000';

/** The id the caller annotates as: its key id, or ADMIN_ANNOTATOR for the bootstrap admin. */
export function annotatorOf(ctx: RequestContext): string {
  const p = requireAuthenticated(ctx);
  return p.kind === 'key' ? p.keyId : ADMIN_ANNOTATOR;
}

/** Fails with NOT_FOUND unless any key of the queue's project (or the bootstrap admin) is calling. */
function assertMayReadQueue(ctx: RequestContext, projectId: string): void {
  requireAuthenticated(ctx);
  if (!canSeeProject(ctx, projectId)) throw notFound('Project', projectId);
}

/**
 * Loads a queue the caller may use with `permission`, or NOT_FOUND (another project's queue too).
 * 'see' lets every key of the project read the queue: annotators with ingest keys need its rubric.
 */
export async function queueFor(ctx: RequestContext, id: string, permission: Permission | 'see'): Promise<AnnotationQueueEntity> {
  requireAuthenticated(ctx);
  const q = isUuid(id) ? await db(ctx).getRepository(AnnotationQueueEntity).findOneBy({ id }) : null;
  if (!q || !canSeeProject(ctx, q.projectId)) throw notFound('Annotation queue', id);
  if (permission !== 'see') assertProjectAccess(ctx, q.projectId, permission);
  return q;
}

function checkTexts(v: { name?: string | null; description?: string | null; instructions?: string | null }): void {
  if (v.name !== undefined && v.name !== null && (!v.name.trim() || v.name.length > MAX_NAME)) throw badInput(`name must be 1 to ${MAX_NAME} characters`);
  for (const k of ['description', 'instructions'] as const) if ((v[k]?.length ?? 0) > MAX_TEXT) throw badInput(`${k} must be at most ${MAX_TEXT} characters`);
}

const isUniqueViolation = (e: unknown) =>
  (e as { driverError?: { code?: string }; code?: string }).driverError?.code === '23505' || (e as { code?: string }).code === '23505';

/** Creates a queue with its rubric (admin keys). */
export async function createAnnotationQueue(ctx: RequestContext, input: CreateAnnotationQueueInput): Promise<AnnotationQueue> {
  assertProjectAccess(ctx, input.projectId, 'admin');
  checkTexts(input);
  const rubric = validateRubric(input.rubric);
  const now = new Date();
  const row = Object.assign(new AnnotationQueueEntity(), {
    id: uuidv7(),
    projectId: input.projectId,
    name: input.name.trim(),
    description: input.description ?? null,
    instructions: input.instructions ?? null,
    rubric,
    createdAt: now,
    updatedAt: now,
  });
  try {
    await db(ctx)
      .getRepository(AnnotationQueueEntity)
      .insert(row as never);
  } catch (e) {
    if (isUniqueViolation(e)) throw badInput(`An annotation queue named ${row.name} exists in this project`);
    if ((e as { driverError?: { code?: string } }).driverError?.code === '23503') throw notFound('Project', input.projectId);
    throw e;
  }
  return toAnnotationQueue(row);
}

/** Renames a queue or changes its texts or rubric (admin keys); scores already given stay as they are. */
export async function updateAnnotationQueue(ctx: RequestContext, id: string, input: UpdateAnnotationQueueInput): Promise<AnnotationQueue> {
  const q = await queueFor(ctx, id, 'admin');
  checkTexts(input);
  if (input.name !== undefined && input.name !== null) q.name = input.name.trim();
  if (input.description !== undefined) q.description = input.description ?? null;
  if (input.instructions !== undefined) q.instructions = input.instructions ?? null;
  if (input.rubric) q.rubric = validateRubric(input.rubric);
  q.updatedAt = new Date();
  try {
    await db(ctx)
      .getRepository(AnnotationQueueEntity)
      .update({ id }, {
        name: q.name,
        description: q.description,
        instructions: q.instructions,
        rubric: q.rubric,
        updatedAt: q.updatedAt,
      } as never);
  } catch (e) {
    if (isUniqueViolation(e)) throw badInput(`An annotation queue named ${q.name} exists in this project`);
    throw e;
  }
  return toAnnotationQueue(q);
}

/** Deletes a queue and its items (admin keys); the scores given through it stay on their traces. */
export async function deleteAnnotationQueue(ctx: RequestContext, id: string): Promise<{ id: string; deleted: boolean }> {
  await queueFor(ctx, id, 'admin');
  await db(ctx).query('DELETE FROM annotation_queues WHERE id = $1', [id]);
  return { id, deleted: true };
}

/** A project's queues, by name. */
export async function listAnnotationQueues(ctx: RequestContext, projectId: string): Promise<AnnotationQueue[]> {
  assertMayReadQueue(ctx, projectId);
  const rows = isUuid(projectId)
    ? await db(ctx)
        .getRepository(AnnotationQueueEntity)
        .find({ where: { projectId }, order: { name: 'ASC' } })
    : [];
  return rows.map(toAnnotationQueue);
}

/** One queue. */
export async function getAnnotationQueue(ctx: RequestContext, id: string): Promise<AnnotationQueue> {
  return toAnnotationQueue(await queueFor(ctx, id, 'see'));
}

/** Inserts items (in the given order, oldest first), skipping those already queued; returns how many were added. */
async function insertItems(ctx: RequestContext, q: AnnotationQueueEntity, targets: { traceId: string; spanId: string | null }[]): Promise<number> {
  if (!targets.length) return 0;
  // TypeORM answers an INSERT with its rows (an UPDATE with rows and a count).
  const rows: unknown[] = await db(ctx).query(
    // Milliseconds, as the items' cursors carry them.
    `INSERT INTO annotation_queue_items (id, queue_id, project_id, trace_id, span_id, added_at)
     SELECT u.id, $1, $2, u.trace_id, u.span_id, date_trunc('milliseconds', now()) FROM unnest($3::uuid[], $4::uuid[], $5::uuid[]) WITH ORDINALITY AS u(id, trace_id, span_id, n)
      ORDER BY u.n
     ON CONFLICT (queue_id, trace_id, (coalesce(span_id, '00000000-0000-0000-0000-000000000000'::uuid))) DO NOTHING
     RETURNING id`,
    [q.id, q.projectId, targets.map(() => uuidv7()), targets.map((t) => t.traceId), targets.map((t) => t.spanId)],
  );
  return rows.length;
}

/** Adds traces or spans by id (ingest keys); one that is not the project's is rejected, the rest are added. */
export async function addToAnnotationQueue(ctx: RequestContext, queueId: string, items: AnnotationTargetInput[]): Promise<AddToAnnotationQueueResult> {
  const q = await queueFor(ctx, queueId, 'ingest');
  if (items.length > MAX_ADD) throw badInput(`At most ${MAX_ADD} items at once`);
  const rejected: AnnotationRejection[] = [];
  const wanted = items.map((i) => ({ traceId: storedTraceId(i.traceId), spanId: i.spanId ?? null, given: i }));
  const traceIds = [...new Set(wanted.map((w) => w.traceId).filter(isUuid))];
  const own: { id: string }[] = traceIds.length
    ? await db(ctx).query('SELECT id FROM traces WHERE id = ANY($1::uuid[]) AND project_id = $2', [traceIds, q.projectId])
    : [];
  const ownIds = new Set(own.map((r) => r.id));
  const badSpans = await assertSpansOfTrace(
    ctx,
    wanted.filter((w) => w.spanId && ownIds.has(w.traceId)).map((w) => ({ traceId: w.traceId, spanId: w.spanId! })),
  );
  const valid: { traceId: string; spanId: string | null }[] = [];
  for (const w of wanted) {
    if (!ownIds.has(w.traceId)) rejected.push({ traceId: w.given.traceId, spanId: w.spanId, message: `Trace ${w.given.traceId} not found` });
    else if (w.spanId && badSpans.has(w.spanId))
      rejected.push({ traceId: w.given.traceId, spanId: w.spanId, message: `Span ${w.spanId} not found in this trace` });
    else valid.push({ traceId: w.traceId, spanId: w.spanId });
  }
  const distinct = [...new Map(valid.map((v) => [`${v.traceId}:${v.spanId ?? ''}`, v])).values()];
  const added = await insertItems(ctx, q, distinct);
  return { added, alreadyQueued: valid.length - added, rejected };
}

/**
 * Adds the traces the `traces` query would list with this filter (ingest keys), the newest `limit`
 * of them (at most 10,000), queued oldest first.
 */
export async function addTracesToAnnotationQueue(
  ctx: RequestContext,
  queueId: string,
  filter: TraceFilter | undefined,
  limit: number | undefined,
): Promise<AddToAnnotationQueueResult> {
  const q = await queueFor(ctx, queueId, 'ingest');
  const n = limit ?? DEFAULT_ADD;
  if (!Number.isInteger(n) || n < 1 || n > MAX_ADD) throw badInput(`limit must be 1 to ${MAX_ADD}`, { argumentName: 'limit' });
  validateTraceFilter(filter);
  const named: Record<string, unknown> = {};
  const where = traceFilterSql(q.projectId, filter, named);
  const [sql, params] = ctx.ds.driver.escapeQueryWithParameters(
    `SELECT t.id FROM traces t WHERE ${where} ORDER BY t.start_time DESC, t.id DESC LIMIT ${n}`,
    named,
  );
  return withTransaction(ctx, async (tx) => {
    const ids: { id: string }[] = await db(tx).query(sql, params);
    const added = await insertItems(
      tx,
      q,
      ids.reverse().map((r) => ({ traceId: r.id, spanId: null })),
    );
    return { added, alreadyQueued: ids.length - added, rejected: [] };
  });
}

/** A queue's items, oldest first, optionally of one status. */
export async function listAnnotationItems(
  ctx: RequestContext,
  queue: AnnotationQueue,
  status: AnnotationItemStatus | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<AnnotationItemConnection> {
  const size = pageSize(first, ctx.config.limits);
  const params: unknown[] = [queue.id];
  let where = 'queue_id = $1';
  if (status) {
    params.push(status);
    where += ` AND status = $${params.length}`;
  }
  const filtered = where;
  const countParams = [...params];
  if (after) {
    const [t, id] = decodeCursor(after, 'annotation-items', 2);
    if (typeof t !== 'string' || typeof id !== 'string' || !isUuid(id) || Number.isNaN(new Date(t).getTime())) {
      throw badInput('Invalid cursor', { argumentName: 'after' });
    }
    params.push(t, id);
    where += ` AND (added_at, id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
  }
  const ids: { id: string }[] = await db(ctx).query(`SELECT id FROM annotation_queue_items WHERE ${where} ORDER BY added_at, id LIMIT ${size + 1}`, params);
  const rows = ids.length
    ? await db(ctx)
        .getRepository(AnnotationQueueItemEntity)
        .findBy({ id: In(ids.map((r) => r.id)) })
    : [];
  const order = new Map(ids.map((r, i) => [r.id, i]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const connection = toConnection(rows, size, Boolean(after), (r) => encodeCursor('annotation-items', [r.addedAt.toISOString(), r.id]), toAnnotationItem);
  return withTotalCount(connection, () =>
    countRows(db(ctx), `SELECT 1 FROM annotation_queue_items WHERE ${filtered}`, countParams, ctx.config.limits.maxExactCount),
  );
}
