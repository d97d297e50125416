import type { EntityManager } from 'typeorm';
import { TraceChange, type TraceChanges } from '../common/changes.participant';
import type { TxContext } from '../common/service.context';
import { distinctHours } from '../common/hours.util';
import { db } from '../common/transaction.util';
import type { TraceBefore } from '../traces/trace-totals.compute';
import { addBatchToTotals, totalsBefore } from '../traces/trace-totals.service';
import { bulkUpsert, type UpsertSpec } from './bulk-upsert.sql';
import { pricingFor } from '../pricing/llm-call.price';
import { priceBeforeInsert, priceLlmCalls } from './ingest.price';
import { IngestList } from './ingest.result';
import type { BatchOutcome, Item, Row, ValidatedBatch } from './ingest-rows.validate';
import {
  ENSURE_TRACES_SQL,
  ERROR_UPSERT,
  LOCK_TRACES_SQL,
  METRIC_UPSERT,
  RESERVE_SPAN_SEQ_SQL,
  spanUpsert,
  SYSTEM_INFO_UPSERT,
  TRACE_UPSERT,
  USER_INTERACTION_UPSERT,
} from './ingest.sql';
import { ID_TAKEN, mergeDuplicates } from './ingest.validate';

/** The earliest time any item of the batch gives for each trace: the start of a trace created implicitly. */
function earliestTimes(v: ValidatedBatch): Map<string, Date> {
  const earliest = new Map<string, Date>();
  for (const { row } of [...v.spans, ...v.errors, ...v.interactions, ...v.systemInfos, ...v.metrics]) {
    const t = (row.start_time ?? row.timestamp ?? row.end_time) as Date | null;
    const prev = earliest.get(row.trace_id as string);
    if (t && (!prev || t < prev)) earliest.set(row.trace_id as string, t);
  }
  return earliest;
}

/**
 * Writes a validated batch in the caller's transaction with a few multi-row statements: locks the
 * traces it touches, upserts every kind, prices LLM calls, adds what its spans and errors changed to
 * the traces' totals (computed from those alone, not from every span of the trace). Items
 * that collide with another project's rows are rejected in `outcome`. Returns what changed.
 */
export async function writeBatch(tx: TxContext, projectId: string, v: ValidatedBatch, outcome: BatchOutcome): Promise<TraceChanges> {
  const m = db(tx);
  const children = [...v.spans, ...v.errors, ...v.interactions, ...v.systemInfos, ...v.metrics];
  const earliest = earliestTimes(v);
  const now = new Date();
  for (const { row } of v.traces) row.default_start = earliest.get(row.id as string) ?? now;
  const touchedIds = [...new Set([...v.traces.map((t) => t.row.id as string), ...children.map((c) => c.row.trace_id as string)])];

  const upsert = async (spec: UpsertSpec, items: Item[], key = spec.match, prepare?: (rows: Row[]) => Promise<((rows: Row[]) => void) | undefined>) => {
    const merged = mergeDuplicates(items, key);
    const rows = merged.map((x) => x.row);
    const stored = await bulkUpsert<Row>(m, spec, rows, await prepare?.(rows));
    for (const x of merged) {
      if (stored.has(x.row[key] as string)) continue;
      for (const i of x.items) {
        // One message whoever holds the id: it must not tell another project's ids from this one's.
        outcome.reject(i.list, i.index, i.row.id as string, 'FORBIDDEN', ID_TAKEN(x.row[key] as string), key === 'id' ? 'id' : 'traceId');
      }
    }
    return stored;
  };

  const before: (TraceBefore & { status: string; start_time: Date })[] = touchedIds.length ? await m.query(LOCK_TRACES_SQL, [touchedIds]) : [];
  const existed = new Set(before.map((b) => b.id));
  // What the spans the batch may change add to the totals now: the batch adds the difference it makes.
  // A span of a trace that did not exist is new (or someone else's, which the upsert turns away).
  const errorRefs = v.errors.flatMap(({ row }) => [row.agent_id, row.llm_call_id, row.tool_call_id].filter((x): x is string => typeof x === 'string'));
  const totals = await totalsBefore(
    tx,
    before,
    [...new Set([...v.spans.filter((s) => existed.has(s.row.trace_id as string)).map((s) => s.row.id as string), ...errorRefs])],
    v.errors.map((e) => e.row.id as string),
  );
  const stored = new Set(totals.spans.map((s) => s.id));
  // Read once for the batch, and only when it has LLM calls to price.
  const pricing = v.spans.some((s) => s.row.kind === 'llm') ? await pricingFor(tx, projectId) : undefined;
  // A trace the batch sends reserves its spans' sequence numbers in its own upsert, one row version
  // fewer (each version of a trace row is indexed again, trigrams included). Counted before any span
  // is turned away: a number a rejected span leaves unused is a gap live feeds step over.
  const spansPerTrace = new Map<string, Set<string>>();
  for (const { row } of v.spans) {
    const ids = spansPerTrace.get(row.trace_id as string);
    if (ids) ids.add(row.id as string);
    else spansPerTrace.set(row.trace_id as string, new Set([row.id as string]));
  }
  for (const { row } of v.traces) row.seq_reserve = spansPerTrace.get(row.id as string)?.size ?? 0;
  const acceptedTraces = await upsert(TRACE_UPSERT, v.traces);
  const reserved = new Map([...acceptedTraces].map(([id, row]) => [id, { last: Number(row.span_seq), count: spansPerTrace.get(id)?.size ?? 0 }]));
  const foreign = await ensureTraces(m, projectId, children, acceptedTraces, earliest, now);
  const keepOwn = (items: Item[]) =>
    items.filter((i) => {
      if (!foreign.has(i.row.trace_id as string)) return true;
      outcome.reject(i.list, i.index, i.row.id as string, 'FORBIDDEN', `trace ${i.row.trace_id} belongs to another project`, 'traceId');
      return false;
    });

  const spans = await withinSpanCap(tx, keepOwn(v.spans), before, outcome);
  const spanTraces = new Set(spans.map((s) => s.row.trace_id as string));
  const wholeSpans = tx.participants.some((p) => p.wantsWholeSpans?.(projectId, spanTraces) ?? false);
  let priced = new Map<Row, unknown>();
  const storedSpans = await upsert(spanUpsert(tx.ds, wholeSpans), spans, 'id', async (rows) => {
    await reserveSpanSeq(m, rows, reserved);
    if (!pricing) return undefined;
    const before = await priceBeforeInsert(rows, (r) => !stored.has(r.id as string), pricing);
    priced = before.priced;
    return before.undo;
  });
  // Calls priced before their insert, and inserted, need no second look.
  const pricedNew = new Set<string>();
  for (const r of priced.keys()) if (storedSpans.inserted.has(r.id as string)) pricedNew.add(r.id as string);
  await priceLlmCalls(tx, projectId, storedSpans, pricedNew, pricing);
  const storedErrors = await upsert(ERROR_UPSERT, keepOwn(v.errors));
  await upsert(USER_INTERACTION_UPSERT, keepOwn(v.interactions));
  await upsert(METRIC_UPSERT, keepOwn(v.metrics));
  const storedInfos = await upsert(SYSTEM_INFO_UPSERT, keepOwn(v.systemInfos), 'trace_id');
  // A system info merged into the trace's existing row keeps that row's id.
  const infoIds = outcome.ids.get(IngestList.SYSTEM_INFOS)!;
  for (const i of v.systemInfos) {
    const row = storedInfos.get(i.row.trace_id as string);
    if (row && infoIds[i.index] !== null) infoIds[i.index] = row.id as string;
  }

  const touched = new Set<string>([...acceptedTraces.keys()]);
  for (const { row } of children) if (!foreign.has(row.trace_id as string)) touched.add(row.trace_id as string);
  const insertedErrors = new Map<string, number>();
  for (const id of storedErrors.inserted) {
    const trace = storedErrors.get(id)!.trace_id as string;
    insertedErrors.set(trace, (insertedErrors.get(trace) ?? 0) + 1);
  }
  const traceRows = await addBatchToTotals(tx, touched, totals, insertedErrors, storedSpans.keys());
  const previous = new Map(before.map((b) => [b.id, b.status]));
  return {
    projectId,
    // A trace counts in the hour it starts; an earlier span can move it to another hour.
    hours: distinctHours([...before.map((b) => b.start_time), ...traceRows.map((r) => r.start_time as Date)]),
    spans: [...storedSpans.values()],
    leanSpans: !wholeSpans,
    errors: [...storedErrors.inserted].map((id) => storedErrors.get(id)!),
    traces: traceRows.map((row) => ({ row, change: traceChange(previous.get(row.id as string), row.status as string) })),
  };
}

/**
 * Rejects the new spans that would take a trace past MAX_SPANS_PER_TRACE (updates of stored spans
 * always pass). Counted from the trace's totals under its row lock; the stored ids are only looked
 * up for a trace the batch could take past the cap.
 */
async function withinSpanCap(tx: TxContext, spans: Item[], before: { id: string; span_count: number }[], outcome: BatchOutcome): Promise<Item[]> {
  const max = tx.config.limits.maxSpansPerTrace;
  const stored = new Map(before.map((b) => [b.id, Number(b.span_count)]));
  const perTrace = new Map<string, number>();
  for (const { row } of spans) perTrace.set(row.trace_id as string, (perTrace.get(row.trace_id as string) ?? 0) + 1);
  const atRisk = [...perTrace].filter(([trace, n]) => (stored.get(trace) ?? 0) + n > max).map(([trace]) => trace);
  if (!atRisk.length) return spans;
  const count = new Map(atRisk.map((t) => [t, stored.get(t) ?? 0]));
  const candidates = spans.filter((s) => count.has(s.row.trace_id as string)).map((s) => s.row.id as string);
  const existing = new Set(((await db(tx).query('SELECT id FROM spans WHERE id = ANY($1::uuid[])', [candidates])) as { id: string }[]).map((r) => r.id));
  const added = new Set<string>();
  return spans.filter((item) => {
    const trace = item.row.trace_id as string;
    const id = item.row.id as string;
    if (!count.has(trace) || existing.has(id) || added.has(id)) return true;
    if (count.get(trace)! >= max) {
      outcome.reject(item.list, item.index, id, 'PAYLOAD_TOO_LARGE', `trace ${trace} already holds ${max} spans, the most one trace may (MAX_SPANS_PER_TRACE)`);
      return false;
    }
    count.set(trace, count.get(trace)! + 1);
    added.add(id);
    return true;
  });
}

/** Creates missing traces referenced by the batch; returns the referenced trace ids owned by another project. */
async function ensureTraces(m: EntityManager, projectId: string, children: Item[], accepted: Map<string, Row>, earliest: Map<string, Date>, now: Date) {
  const referenced = [...new Set(children.map((c) => c.row.trace_id as string))].filter((id) => !accepted.has(id));
  if (!referenced.length) return new Set<string>();
  await m.query(ENSURE_TRACES_SQL, [referenced, projectId, referenced.map((id) => earliest.get(id) ?? now)]);
  const foreign: { id: string }[] = await m.query('SELECT id FROM traces WHERE id = ANY($1::uuid[]) AND project_id <> $2', [referenced, projectId]);
  return new Set(foreign.map((r) => r.id));
}

/** CREATED for a trace that did not exist before the batch, COMPLETED when it stopped running, else UPDATED. */
function traceChange(before: string | undefined, after: string): TraceChange {
  if (before === undefined) return TraceChange.CREATED;
  return before === 'running' && after !== 'running' ? TraceChange.COMPLETED : TraceChange.UPDATED;
}

/**
 * Gives each span row the next sequence numbers of its trace, in start-time order within the
 * batch (listing order for ties), so the live tail of a trace reads chronologically. Traces the
 * batch upserted reserved theirs in that statement (`reserved`: the last number and how many);
 * the others reserve here, under their row lock.
 */
async function reserveSpanSeq(m: EntityManager, rows: Row[], reserved: Map<string, { last: number; count: number }>) {
  const byTrace = new Map<string, Row[]>();
  for (const r of rows) {
    const list = byTrace.get(r.trace_id as string);
    if (list) list.push(r);
    else byTrace.set(r.trace_id as string, [r]);
  }
  if (!byTrace.size) return;
  const firsts: { id: string; first: number }[] = [];
  const rest: string[] = [];
  for (const id of byTrace.keys()) {
    const r = reserved.get(id);
    if (r) firsts.push({ id, first: r.last - r.count + 1 });
    else rest.push(id);
  }
  if (rest.length) {
    const [more]: [{ id: string; first: number }[], number] = await m.query(RESERVE_SPAN_SEQ_SQL, [rest, rest.map((id) => byTrace.get(id)!.length)]);
    firsts.push(...more);
  }
  const time = (r: Row) => (r.start_time as Date | null)?.getTime() ?? Number.POSITIVE_INFINITY;
  for (const { id, first } of firsts) {
    const list = byTrace.get(id)!.map((r, i) => ({ r, i }));
    list.sort((a, b) => time(a.r) - time(b.r) || a.i - b.i);
    list.forEach(({ r }, i) => (r.seq = Number(first) + i));
  }
}
