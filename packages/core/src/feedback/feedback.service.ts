import { In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { assertProjectAccess, canSeeProject, requireAuthenticated } from '../common/access.policy';
import { badInput, forbidden, notFound } from '../common/app.errors';
import { changesAfterCommit, changesInTransaction, TraceChange, type TraceChanges } from '../common/changes.participant';
import { distinctHours } from '../common/hours.util';
import { decodeCursor, encodeCursor, pageSize, toConnection, withTotalCount } from '../common/pagination.util';
import type { RequestContext, TxContext } from '../common/service.context';
import { countRows } from '../common/total-count.sql';
import { db, withTransaction } from '../common/transaction.util';
import { isUuid, storedTraceId } from '../common/uuid.util';
import { MetricEntity } from '../traces/metric.entity';
import type { Metric } from '../traces/metric.type';
import { toMetric } from '../traces/trace.mapper';
import { traceLoaders } from '../traces/trace.loaders';
import type { TraceEntity } from '../traces/trace.entity';
import { type CreateFeedbackInput, type FeedbackFilter, FeedbackSource, type UpdateFeedbackInput } from './feedback.input';
import type { FeedbackConnection } from './feedback.type';
import { validateScoreValues } from './feedback.validate';

/** Every metric source; feedback written through the API is 'api' or 'human'. */
const METRIC_SOURCES = ['client', 'langsmith', 'api', 'human', 'worker', 'judge'] as const;
const EDITABLE_SOURCES: readonly string[] = [FeedbackSource.API, FeedbackSource.HUMAN];

/** The key a principal writes feedback as: its key id, or null for the bootstrap admin. */
export function authorKeyOf(ctx: RequestContext): string | null {
  const p = requireAuthenticated(ctx);
  return p.kind === 'key' ? p.keyId : null;
}

/** One feedback row to write. */
export type FeedbackRow = {
  traceId: string;
  spanId: string | null;
  key: string;
  score: number | null;
  label: string | null;
  comment: string | null;
  correction: unknown;
  source: string;
  authorKeyId: string | null;
};

/**
 * Inserts feedback rows of one project and tells the change participants their traces changed
 * (live trace updates, forwarding), in the caller's transaction; returns the stored rows and the
 * changes, for the caller to pass to changesAfterCommit once committed.
 */
export async function insertFeedback(tx: TxContext, projectId: string, rows: FeedbackRow[]): Promise<{ metrics: MetricEntity[]; changes: TraceChanges }> {
  const now = new Date();
  const metrics = rows.map((r) =>
    Object.assign(new MetricEntity(), {
      id: uuidv7(),
      projectId,
      traceId: r.traceId,
      spanId: r.spanId,
      name: r.key.trim(),
      score: r.score,
      value: null,
      reason: r.comment,
      resultDetail: null,
      config: null,
      startTime: null,
      endTime: null,
      durationMs: null,
      timestamp: now,
      source: r.source,
      label: r.label,
      correction: r.correction ?? null,
      authorKeyId: r.authorKeyId,
    }),
  );
  if (metrics.length)
    await db(tx)
      .getRepository(MetricEntity)
      .insert(metrics as never);
  const changes = await tracesScored(tx, projectId, [...new Set(rows.map((r) => r.traceId))]);
  return { metrics, changes };
}

/** Touches the traces whose scores changed and runs the participants' in-transaction work for them. */
async function tracesScored(tx: TxContext, projectId: string, traceIds: string[]): Promise<TraceChanges> {
  const [traces]: [Record<string, unknown>[], number] = traceIds.length
    ? await db(tx).query('UPDATE traces SET updated_at = now() WHERE id = ANY($1::uuid[]) AND project_id = $2 RETURNING *', [[...traceIds].sort(), projectId])
    : [[], 0];
  const changes: TraceChanges = {
    projectId,
    hours: distinctHours(traces.map((t) => t.start_time as Date)),
    spans: [],
    errors: [],
    traces: traces.map((row) => ({ row, change: TraceChange.UPDATED })),
  };
  await changesInTransaction(tx, changes);
  return changes;
}

/** The trace a feedback scores, if the caller may see it; NOT_FOUND otherwise (another project's trace included). */
async function visibleTrace(ctx: RequestContext, traceId: string): Promise<TraceEntity> {
  requireAuthenticated(ctx);
  const trace = await traceLoaders(ctx).traceById.load(storedTraceId(traceId));
  if (!trace || !canSeeProject(ctx, trace.projectId)) throw notFound('Trace', traceId);
  return trace;
}

/** Fails unless `spanId` is a span of `traceId` (NOT_FOUND: a span of another trace is not revealed). */
export async function assertSpansOfTrace(ctx: RequestContext, pairs: { traceId: string; spanId: string }[]): Promise<Set<string>> {
  const ids = [...new Set(pairs.map((p) => p.spanId).filter(isUuid))];
  const rows: { id: string; trace_id: string }[] = ids.length ? await db(ctx).query('SELECT id, trace_id FROM spans WHERE id = ANY($1::uuid[])', [ids]) : [];
  const traceOf = new Map(rows.map((r) => [r.id, r.trace_id]));
  return new Set(pairs.filter((p) => traceOf.get(p.spanId) !== p.traceId).map((p) => p.spanId));
}

/** Records one feedback (a number, a label or both) on a trace or span; the caller needs ingest access to its project. */
export async function createFeedback(ctx: RequestContext, input: CreateFeedbackInput): Promise<Metric> {
  const trace = await visibleTrace(ctx, input.traceId);
  assertProjectAccess(ctx, trace.projectId, 'ingest');
  validateScoreValues(input, '');
  const spanId = input.spanId ?? null;
  if (spanId && (await assertSpansOfTrace(ctx, [{ traceId: trace.id, spanId }])).size) throw notFound('Span', spanId);
  const { metrics, changes } = await withTransaction(ctx, (tx) =>
    insertFeedback(tx, trace.projectId, [
      {
        traceId: trace.id,
        spanId,
        key: input.key,
        score: input.score ?? null,
        label: input.label ?? null,
        comment: input.comment ?? null,
        correction: input.correction,
        source: input.source ?? FeedbackSource.API,
        authorKeyId: authorKeyOf(ctx),
      },
    ]),
  );
  await changesAfterCommit(ctx, changes);
  return toMetric(metrics[0]);
}

/**
 * The feedback `id` if the caller may change it: source api or human, on a project it may ingest
 * into; an admin changes anyone's, an ingest key only its own.
 */
async function editableFeedback(ctx: RequestContext, id: string): Promise<MetricEntity> {
  requireAuthenticated(ctx);
  const row = isUuid(id) ? await db(ctx).getRepository(MetricEntity).findOneBy({ id }) : null;
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Feedback', id);
  assertProjectAccess(ctx, row.projectId, 'ingest');
  if (!EDITABLE_SOURCES.includes(row.source)) {
    throw badInput(`Only feedback sent through the API or by people (source api or human) can be changed; this one's source is ${row.source}`);
  }
  const p = ctx.principal;
  if (p.kind === 'key' && p.role !== 'admin' && row.authorKeyId !== p.keyId) throw forbidden('An ingest key may change only the feedback it wrote');
  return row;
}

/** Changes a feedback's score, label, comment or correction (fields left out are kept). */
export async function updateFeedback(ctx: RequestContext, id: string, patch: UpdateFeedbackInput): Promise<Metric> {
  const row = await editableFeedback(ctx, id);
  const next = {
    score: patch.score === undefined ? row.score : patch.score,
    label: patch.label === undefined ? row.label : patch.label,
    reason: patch.comment === undefined ? row.reason : patch.comment,
    correction: patch.correction === undefined ? row.correction : patch.correction,
  };
  validateScoreValues({ score: next.score, label: next.label, comment: next.reason, correction: next.correction }, '');
  const changes = await withTransaction(ctx, async (tx) => {
    await db(tx)
      .getRepository(MetricEntity)
      .update({ id }, next as never);
    return tracesScored(tx, row.projectId, [row.traceId]);
  });
  await changesAfterCommit(ctx, changes);
  return toMetric({ ...row, ...next } as MetricEntity);
}

/** Deletes a feedback. */
export async function deleteFeedback(ctx: RequestContext, id: string): Promise<{ id: string; deleted: boolean }> {
  const row = await editableFeedback(ctx, id);
  const changes = await withTransaction(ctx, async (tx) => {
    await db(tx).query('DELETE FROM metrics WHERE id = $1', [id]);
    return tracesScored(tx, row.projectId, [row.traceId]);
  });
  await changesAfterCommit(ctx, changes);
  return { id, deleted: true };
}

/** A project's scores (metrics of any source unless filtered), newest first, with keyset pagination. */
export async function listFeedback(
  ctx: RequestContext,
  projectId: string,
  f: FeedbackFilter | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<FeedbackConnection> {
  assertProjectAccess(ctx, projectId, 'read');
  const size = pageSize(first, ctx.config.limits);
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = [`project_id = ${p(projectId)}::uuid`];
  if (f?.traceId) where.push(`trace_id = ${p(isUuid(storedTraceId(f.traceId)) ? storedTraceId(f.traceId) : null)}::uuid`);
  if (f?.spanId) where.push(`span_id = ${p(isUuid(f.spanId) ? f.spanId : null)}::uuid`);
  if (f?.keys?.length) where.push(`name = ANY(${p(f.keys)}::text[])`);
  if (f?.sources?.length) {
    const unknown = f.sources.filter((s) => !(METRIC_SOURCES as readonly string[]).includes(s));
    if (unknown.length) throw badInput(`Unknown source ${unknown[0]}: one of ${METRIC_SOURCES.join(', ')}`);
    where.push(`source = ANY(${p(f.sources)}::text[])`);
  }
  if (f?.authorKeyId) where.push(`author_key_id = ${p(isUuid(f.authorKeyId) ? f.authorKeyId : null)}::uuid`);
  if (f?.minScore !== undefined && f?.minScore !== null) where.push(`coalesce(score, value) >= ${p(f.minScore)}`);
  if (f?.maxScore !== undefined && f?.maxScore !== null) where.push(`coalesce(score, value) <= ${p(f.maxScore)}`);
  if (f?.labels?.length) where.push(`label = ANY(${p(f.labels)}::text[])`);
  if (f?.from) where.push(`"timestamp" >= ${p(f.from)}`);
  if (f?.to) where.push(`"timestamp" < ${p(f.to)}`);
  const filtered = where.join(' AND ');
  const countParams = [...params];
  let page = filtered;
  if (after) {
    const [t, id] = decodeCursor(after, 'feedback', 2);
    if (typeof t !== 'string' || typeof id !== 'string' || !isUuid(id) || Number.isNaN(new Date(t).getTime())) {
      throw badInput('Invalid cursor', { argumentName: 'after' });
    }
    page += ` AND ("timestamp", id) < (${p(t)}::timestamptz, ${p(id)}::uuid)`;
  }
  const ids: { id: string }[] = await db(ctx).query(`SELECT id FROM metrics WHERE ${page} ORDER BY "timestamp" DESC, id DESC LIMIT ${size + 1}`, params);
  const rows = ids.length
    ? await db(ctx)
        .getRepository(MetricEntity)
        .findBy({ id: In(ids.map((r) => r.id)) })
    : [];
  const order = new Map(ids.map((r, i) => [r.id, i]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const connection = toConnection(rows, size, Boolean(after), (m) => encodeCursor('feedback', [m.timestamp.toISOString(), m.id]), toMetric);
  return withTotalCount(connection, () => countRows(db(ctx), `SELECT 1 FROM metrics WHERE ${filtered}`, countParams, ctx.config.limits.maxExactCount));
}
