import type { DbContext, TxContext } from '../common/service.context';
import { db, withTransaction } from '../common/transaction.util';
import { totalsChange, type SpanContribution, type TraceBefore, type TraceNow } from './trace-totals.compute';
import { ADD_TOTALS_SQL, RECOMPUTE_TOTALS_SQL, SPAN_CONTRIBUTIONS_SQL, TRACE_TOTALS_SQL } from './trace-totals.sql';

type Row = Record<string, unknown>;

/** What the given spans (and those the given errors point at) add to their traces' totals now. */
async function spanContributions(ctx: DbContext, spanIds: string[], errorIds: string[]): Promise<SpanContribution[]> {
  if (!spanIds.length && !errorIds.length) return [];
  return db(ctx).query(SPAN_CONTRIBUTIONS_SQL, [spanIds, errorIds]);
}

/** A batch's view of its traces' totals before it writes: the traces, and the contributions of the spans it may change. */
export type TotalsBefore = { traces: TraceBefore[]; spans: SpanContribution[]; spanIds: string[]; errorIds: string[] };

/**
 * Reads, before a batch writes, what its spans add to their traces now: `spanIds` are its spans and
 * those its errors point at, `errorIds` its errors (the spans they point at now are read too).
 * `traces` are its traces as LOCK_TRACES_SQL read them.
 */
export async function totalsBefore(ctx: DbContext, traces: TraceBefore[], spanIds: string[], errorIds: string[]): Promise<TotalsBefore> {
  return { traces, spans: await spanContributions(ctx, spanIds, errorIds), spanIds, errorIds };
}

/**
 * Brings the totals of the `touched` traces up to date after a batch wrote its spans (`written`, the
 * ids it stored) and errors: adds to each trace the difference its spans made (the spans'
 * contributions read again now against `before`) and the error rows it inserted, in one short update; a trace that cannot be corrected
 * that way is recomputed from all its spans. Returns the updated trace rows.
 */
export async function addBatchToTotals(
  tx: TxContext,
  touched: Set<string>,
  before: TotalsBefore,
  insertedErrors: Map<string, number>,
  written: Iterable<string>,
): Promise<Row[]> {
  if (!touched.size) return [];
  const m = db(tx);
  // The same spans as before, and those the batch wrote: a span never leaves, so every one read before is read again.
  const after = await spanContributions(tx, [...new Set([...before.spans.map((s) => s.id), ...before.spanIds, ...written])], before.errorIds);
  const now: TraceNow[] = await m.query(TRACE_TOTALS_SQL, [[...touched]]);
  const change = totalsChange(touched, before.spans, after, insertedErrors, new Map(before.traces.map((t) => [t.id, t])), new Map(now.map((t) => [t.id, t])));
  const rows: Row[] = [];
  const d = change.deltas;
  if (d.length) {
    const [added]: [Row[], number] = await m.query(ADD_TOTALS_SQL, [
      d.map((x) => x.id),
      ...[0, 1, 2, 3, 4, 5].map((i) => d.map((x) => x.tokens[i])),
      ...[0, 1, 2].map((i) => d.map((x) => x.costs[i])),
      d.map((x) => x.unknownCost),
      d.map((x) => x.unpricedCalls),
      d.map((x) => x.agentCalls),
      d.map((x) => x.llmCalls),
      d.map((x) => x.toolCalls),
      d.map((x) => x.errors),
      d.map((x) => x.maxEnd),
      d.map((x) => x.minStart),
      d.map((x) => JSON.stringify(x.models)),
      d.map((x) => x.storedEnd),
    ]);
    rows.push(...added);
  }
  if (change.recompute.length) {
    const [recomputed]: [Row[], number] = await m.query(RECOMPUTE_TOTALS_SQL, [change.recompute]);
    rows.push(...recomputed);
  }
  return rows;
}

/**
 * Recomputes the totals of the given traces from all their spans and errors, in a transaction of
 * its own, for a change made outside ingestion (a span moved to another kind). The traces are
 * locked first, in a statement of their own, so the recompute reads every batch that added to them.
 */
export async function recomputeTotals(ctx: DbContext, traceIds: string[]): Promise<void> {
  if (!traceIds.length) return;
  await withTransaction(ctx, async (tx) => {
    const m = db(tx);
    await m.query('SELECT id FROM traces WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE', [traceIds]);
    await m.query(RECOMPUTE_TOTALS_SQL, [traceIds]);
  });
}
