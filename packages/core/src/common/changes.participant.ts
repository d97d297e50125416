import { registerEnumType } from 'type-graphql';
import type { BaseContext, TxContext } from './service.context';

export enum TraceChange {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(TraceChange, {
  name: 'TraceChange',
  description: 'CREATED: first seen in this ingestion; COMPLETED: stopped running (end time or final status); UPDATED: anything else',
});

type Row = Record<string, unknown>;

/**
 * What one transaction changed in one project's traces, as the raw rows it wrote: an ingested
 * batch, or traces the worker's sweep closed. The input of every change participant.
 */
export type TraceChanges = {
  projectId: string;
  /** Hour starts of the traces touched, before and after: their rollup buckets are due. */
  hours: Date[];
  /** Whole rows, or only their ids, trace, kind and seq (and pricing columns) when `leanSpans`. */
  spans: Row[];
  /** True when no participant wanted whole span rows at write time (see wantsWholeSpans). */
  leanSpans?: boolean;
  errors: Row[];
  traces: { row: Row; change: TraceChange }[];
};

/**
 * A context that follows changes of traces. Ingestion and the sweep call every participant the
 * bootstrap registered, so "what happens after a batch" is written once, by the contexts it
 * concerns, and neither caller knows them.
 */
export interface ChangeParticipant {
  readonly name: string;
  /**
   * Whether this participant needs whole span rows of these traces after commit; ingestion reads
   * back only ids and seq (a fraction of the bytes) when none does.
   */
  wantsWholeSpans?(projectId: string, traceIds: Iterable<string>): boolean;
  /** Work that must commit or roll back with the change (rows marked dirty or pending, which the sweep finds again). */
  inTransaction?(tx: TxContext, changes: TraceChanges): Promise<void>;
  /** Work after commit (publish, enqueue): a reader or job it announces finds the rows. May fail: the sweep catches up. */
  afterCommit?(ctx: BaseContext, changes: TraceChanges): Promise<void> | void;
}

// A slow broker must not hold an ingestion's answer for long: the sweep catches up what is not queued.
const AFTER_COMMIT_TIMEOUT_MS = 3000;

/** Runs every participant's in-transaction work, in registration order. */
export async function changesInTransaction(tx: TxContext, changes: TraceChanges): Promise<void> {
  for (const p of tx.participants) await p.inTransaction?.(tx, changes);
}

/** Runs every participant's after-commit work; failures and time-outs are logged, never thrown: the data is stored. */
export async function changesAfterCommit(ctx: BaseContext, changes: TraceChanges): Promise<void> {
  await Promise.all(
    ctx.participants.map(async (p) => {
      if (!p.afterCommit) return;
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          p.afterCommit(ctx, changes),
          new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${AFTER_COMMIT_TIMEOUT_MS} ms`)), AFTER_COMMIT_TIMEOUT_MS))),
        ]);
      } catch (e) {
        ctx.log(`Following up committed changes (${p.name}) failed; the sweep will catch up:`, e);
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}
