import type { ChangeParticipant, TraceChanges } from '../common/changes.participant';
import type { BaseContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { dueForForward, enqueueForwards, forwardingSettings, markForwardsPending, type TraceToForward } from './langsmith-forward.service';

/** The traces of `changes` due a forward: none unless the server and the project forward. */
async function dueTraces(ctx: BaseContext, changes: TraceChanges): Promise<TraceToForward[]> {
  if (!ctx.config.langsmithForward.configured || !changes.traces.length) return [];
  // Read on the context's connection: inside a transaction, a second pool connection could wait on this one.
  const [project] = await db(ctx).query(
    'SELECT langsmith_forwarding AS "langsmithForwarding", langsmith_project AS "langsmithProject" FROM projects WHERE id = $1',
    [changes.projectId],
  );
  if (!forwardingSettings(ctx.config, project).enabled) return [];
  return dueForForward(
    ctx.config,
    changes.traces.map((t) => ({ id: t.row.id as string, running: t.row.end_time === null })),
  );
}

// What the transaction marked pending, for its after-commit step to queue without reading the project again.
const markedPending = new WeakMap<TraceChanges, TraceToForward[]>();

/**
 * Forwarding to LangSmith: traces are marked pending in the change's transaction (a crash before
 * the enqueue leaves a row the sweep queues again), and queued after commit.
 */
export const forwardParticipant: ChangeParticipant = {
  name: 'LangSmith forwarding',
  async inTransaction(tx, changes) {
    const due = await dueTraces(tx, changes);
    markedPending.set(changes, due);
    await markForwardsPending(
      tx,
      due.map((t) => t.id),
    );
  },
  async afterCommit(ctx, changes) {
    const due = markedPending.get(changes) ?? (await dueTraces(ctx, changes));
    if (due.length) await enqueueForwards(ctx, changes.projectId, due);
  },
};
