import { JOBS } from '@sextant/jobs';
import { v7 as uuidv7 } from 'uuid';
import { assertProjectAccess } from '../common/access.policy';
import { badInput, notFound } from '../common/app.errors';
import { changesAfterCommit, changesInTransaction, TraceChange, type TraceChanges } from '../common/changes.participant';
import { distinctHours } from '../common/hours.util';
import type { BaseContext, DbContext, RequestContext } from '../common/service.context';
import { db, withTransaction } from '../common/transaction.util';
import { projectLoaders } from '../projects/project.loaders';
import { RECOMPUTE_TOTALS_SQL } from '../traces/trace-totals.sql';
import { CostRecomputeEntity } from './cost-recompute.entity';
import { priceLlmCalls } from './llm-call.price';

/** LLM calls re-priced per transaction: small enough to hold their traces' locks briefly. */
const BATCH_SIZE = 500;
/** A queued or running recompute untouched this long has lost its job: the sweep queues it again. */
const STALE_MS = 10 * 60_000;
/** Recomputes listed on a project. */
const LISTED = 20;

/**
 * Queues the re-pricing of a project's LLM calls that started in [from, to) (admin keys): calls
 * whose cost the client sent keep it, the others get the project's custom prices or the bundled
 * table as they are now, with tokens estimated where none were sent. The worker works through the
 * range in batches, updating trace totals and rollups; the returned recompute shows how far it got.
 */
export async function requestCostRecompute(ctx: RequestContext, projectId: string, from: Date, to: Date): Promise<CostRecomputeEntity> {
  assertProjectAccess(ctx, projectId, 'admin');
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw badInput('from and to must be valid times');
  if (from >= to) throw badInput('from must be before to', { argumentName: 'from' });
  if (!(await projectLoaders(ctx).projectById.load(projectId))) throw notFound('Project', projectId);
  const id = uuidv7();
  const repo = db(ctx).getRepository(CostRecomputeEntity);
  await repo.insert({ id, projectId, rangeFrom: from, rangeTo: to, status: 'queued' });
  await ctx.jobs.enqueue(JOBS.costRecompute, [{ recomputeId: id }]).catch((e) => {
    ctx.log('Enqueueing a cost recompute failed; the sweep will queue it again:', e);
  });
  return repo.findOneByOrFail({ id });
}

/** The latest recomputes of a project, newest first. */
export async function listCostRecomputes(ctx: RequestContext, projectId: string): Promise<CostRecomputeEntity[]> {
  assertProjectAccess(ctx, projectId, 'read');
  return db(ctx)
    .getRepository(CostRecomputeEntity)
    .find({ where: { projectId }, order: { createdAt: 'DESC', id: 'DESC' }, take: LISTED });
}

/** Recomputes still due whose job has not touched them for a while (lost between commit and enqueue, or a crashed worker). */
export async function staleCostRecomputes(ctx: DbContext): Promise<{ recomputeId: string }[]> {
  const rows: { id: string }[] = await db(ctx).query(
    `SELECT id FROM cost_recomputes WHERE status IN ('queued', 'running') AND updated_at < now() - $1 * interval '1 millisecond' ORDER BY updated_at LIMIT 100`,
    [STALE_MS],
  );
  return rows.map((r) => ({ recomputeId: r.id }));
}

type Row = Record<string, unknown>;

// Inputs and outputs are read only for calls whose tokens may be estimated: they can be megabytes.
const CALL_COLUMNS = `id, trace_id, kind, model, provider, start_time, end_time, status, prompt_tokens, completion_tokens, total_tokens,
  cache_read_tokens, cache_creation_tokens, reasoning_tokens, tokens_estimated, prompt_cost, completion_cost, total_cost,
  prompt_cost_details, completion_cost_details, cost_source,
  CASE WHEN tokens_estimated OR num_nonnulls(prompt_tokens, completion_tokens, total_tokens, cache_read_tokens, cache_creation_tokens, reasoning_tokens) = 0
       THEN inputs END AS inputs,
  CASE WHEN tokens_estimated OR num_nonnulls(prompt_tokens, completion_tokens, total_tokens, cache_read_tokens, cache_creation_tokens, reasoning_tokens) = 0
       THEN outputs END AS outputs`;

/**
 * One batch of a recompute, in one transaction: the next calls of the range after the cursor,
 * their traces locked (in id order, as ingestion locks them), priced again, the traces' totals
 * recomputed and the change participants told (rollups, metrics, forwarding, live trace updates).
 * Re-priced spans are not published live: a subscriber sees the new totals on the trace.
 */
async function recomputeBatch(ctx: BaseContext, r: CostRecomputeEntity): Promise<{ changes: TraceChanges | null; done: boolean }> {
  return withTransaction(ctx, async (tx) => {
    const m = db(tx);
    // The cursor travels as text: a JS Date would cut a start time's microseconds, and the batch would repeat.
    const [current]: { status: string; cursor_time: string | null; cursor_id: string | null }[] = await m.query(
      'SELECT status, cursor_time::text AS cursor_time, cursor_id FROM cost_recomputes WHERE id = $1 FOR UPDATE',
      [r.id],
    );
    if (!current || current.status === 'done') return { changes: null, done: true };
    const after = current.cursor_time && current.cursor_id ? 'AND (start_time, id) > ($4::timestamptz, $5::uuid)' : '';
    const candidates: { id: string; trace_id: string; start_text: string }[] = await m.query(
      `SELECT id, trace_id, start_time::text AS start_text FROM spans
        WHERE project_id = $1 AND kind = 'llm' AND start_time >= $2 AND start_time < $3 ${after}
        ORDER BY start_time, id LIMIT ${BATCH_SIZE}`,
      [r.projectId, r.rangeFrom, r.rangeTo, ...(after ? [current.cursor_time, current.cursor_id] : [])],
    );
    if (!candidates.length) {
      await m.query(`UPDATE cost_recomputes SET status = 'done', error = NULL, finished_at = now(), updated_at = now() WHERE id = $1`, [r.id]);
      return { changes: null, done: true };
    }
    const traceIds = [...new Set(candidates.map((c) => c.trace_id))].sort();
    await m.query('SELECT id FROM traces WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE', [traceIds]);
    const calls: Row[] = await m.query(
      `SELECT ${CALL_COLUMNS} FROM spans WHERE id = ANY($1::uuid[]) AND kind = 'llm' AND cost_source IS DISTINCT FROM 'client'`,
      [candidates.map((c) => c.id)],
    );
    const changed = await priceLlmCalls(tx, r.projectId, calls);
    let changes: TraceChanges | null = null;
    if (changed.length) {
      const [traces]: [Row[], number] = await m.query(RECOMPUTE_TOTALS_SQL, [[...new Set(changed.map((c) => c.trace_id as string))]]);
      changes = {
        projectId: r.projectId,
        hours: distinctHours(traces.map((t) => t.start_time as Date)),
        spans: [],
        errors: [],
        traces: traces.map((row) => ({ row, change: TraceChange.UPDATED })),
      };
      await changesInTransaction(tx, changes);
    }
    const last = candidates.at(-1)!;
    await m.query(
      `UPDATE cost_recomputes SET status = 'running', error = NULL, cursor_time = $2::timestamptz, cursor_id = $3, calls_seen = calls_seen + $4,
              calls_changed = calls_changed + $5, updated_at = now()
        WHERE id = $1`,
      [r.id, last.start_text, last.id, calls.length, changed.length],
    );
    return { changes, done: false };
  });
}

/**
 * Works a recompute through to its end, batch by batch; run again after a failure or a crash it
 * resumes after the last batch committed. Returns how many batches this run did.
 */
export async function runCostRecompute(ctx: BaseContext, recomputeId: string): Promise<{ batches: number; status: string }> {
  const r = await db(ctx).getRepository(CostRecomputeEntity).findOneBy({ id: recomputeId });
  if (!r) return { batches: 0, status: 'deleted' };
  let batches = 0;
  try {
    for (;;) {
      const { changes, done } = await recomputeBatch(ctx, r);
      if (changes) await changesAfterCommit(ctx, changes);
      if (done) break;
      batches++;
    }
  } catch (e) {
    await db(ctx)
      .query(`UPDATE cost_recomputes SET status = 'failed', error = $2, updated_at = now() WHERE id = $1 AND status <> 'done'`, [
        recomputeId,
        e instanceof Error ? e.message : String(e),
      ])
      .catch(() => undefined);
    throw e;
  }
  return { batches, status: 'done' };
}
