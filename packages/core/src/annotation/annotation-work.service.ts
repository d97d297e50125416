import { assertProjectAccess, canSeeProject, requireAuthenticated } from '../common/access.policy';
import { badInput, forbidden, notFound } from '../common/app.errors';
import { changesAfterCommit } from '../common/changes.participant';
import type { RequestContext } from '../common/service.context';
import { db, withTransaction } from '../common/transaction.util';
import { isUuid } from '../common/uuid.util';
import { FeedbackSource } from '../feedback/feedback.input';
import { authorKeyOf, insertFeedback } from '../feedback/feedback.service';
import { AnnotationQueueEntity, AnnotationQueueItemEntity } from './annotation-queue.entity';
import type { AnnotationScoreInput } from './annotation.input';
import { toAnnotationItem } from './annotation.mapper';
import { annotatorOf, queueFor } from './annotation-queue.service';
import { scoresAgainstRubric } from './annotation-rubric.validate';
import type { AnnotationItem } from './annotation.type';

/** How long a claim holds an item for its annotator; after it the item goes to whoever asks next. */
const CLAIM_MS = 15 * 60 * 1000;

/**
 * Claims the next item for the caller (ingest keys): the item it already holds, else the oldest
 * pending one it has not skipped and nobody else holds; null when none is left. Rows being
 * claimed by a concurrent caller are skipped (FOR UPDATE SKIP LOCKED), so two annotators asking
 * at once never get the same item.
 */
export async function nextAnnotationItem(ctx: RequestContext, queueId: string): Promise<AnnotationItem | null> {
  const q = await queueFor(ctx, queueId, 'ingest');
  const me = annotatorOf(ctx);
  const id = await withTransaction(ctx, async (tx) => {
    const [claimed]: [{ id: string }[], number] = await db(tx).query(
      `WITH next AS (
         SELECT id FROM annotation_queue_items
          WHERE queue_id = $1 AND status = 'pending' AND NOT ($2::uuid = ANY(skipped_by))
            AND (claimed_by_key_id IS NULL OR claimed_until <= now() OR claimed_by_key_id = $2::uuid)
          ORDER BY (claimed_by_key_id = $2::uuid AND claimed_until > now()) IS TRUE DESC, added_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
       UPDATE annotation_queue_items i SET claimed_by_key_id = $2::uuid, claimed_until = now() + $3 * interval '1 millisecond'
         FROM next WHERE i.id = next.id
       RETURNING i.id`,
      [q.id, me, CLAIM_MS],
    );
    return claimed[0]?.id ?? null;
  });
  if (!id) return null;
  return toAnnotationItem((await db(ctx).getRepository(AnnotationQueueItemEntity).findOneByOrFail({ id }))!);
}

/** Locks an item the caller may work on (ingest access to its project), with its queue; NOT_FOUND otherwise. */
async function lockedItem(ctx: RequestContext & { manager: NonNullable<RequestContext['manager']> }, itemId: string) {
  requireAuthenticated(ctx);
  const item = isUuid(itemId)
    ? await db(ctx)
        .getRepository(AnnotationQueueItemEntity)
        .findOne({ where: { id: itemId }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!item || !canSeeProject(ctx, item.projectId)) throw notFound('Annotation item', itemId);
  assertProjectAccess(ctx, item.projectId, 'ingest');
  if (item.status === 'done') throw badInput(`Annotation item ${itemId} is done already`);
  const queue = await db(ctx).getRepository(AnnotationQueueEntity).findOneByOrFail({ id: item.queueId });
  return { item, queue };
}

const heldByOther = (item: AnnotationQueueItemEntity, me: string) =>
  item.claimedByKeyId !== null && item.claimedByKeyId !== me && item.claimedUntil !== null && item.claimedUntil > new Date();

/**
 * Submits scores for an item (ingest keys): each checked against the queue's rubric, written as
 * feedback of source human by the caller on the item's trace or span, and the item marked done.
 * Only the annotator holding the item may submit while the claim lasts.
 */
export async function submitAnnotation(ctx: RequestContext, itemId: string, scores: AnnotationScoreInput[]): Promise<AnnotationItem> {
  const me = annotatorOf(ctx);
  const { item, changes } = await withTransaction(ctx, async (tx) => {
    const { item, queue } = await lockedItem(tx, itemId);
    if (heldByOther(item, me)) throw forbidden(`Another annotator holds this item until ${item.claimedUntil!.toISOString()}`);
    const valid = scoresAgainstRubric(queue.rubric, scores);
    const { metrics, changes } = await insertFeedback(
      tx,
      item.projectId,
      valid.map((s) => ({ ...s, traceId: item.traceId, spanId: item.spanId, source: FeedbackSource.HUMAN, authorKeyId: authorKeyOf(ctx) })),
    );
    // The completion time is the scores' own timestamp: the item finds its scores by it.
    Object.assign(item, { status: 'done', completedByKeyId: me, completedAt: metrics[0].timestamp, claimedByKeyId: null, claimedUntil: null });
    await db(tx).query(
      `UPDATE annotation_queue_items SET status = 'done', completed_by_key_id = $2, completed_at = $3, claimed_by_key_id = NULL, claimed_until = NULL
        WHERE id = $1`,
      [item.id, me, item.completedAt],
    );
    return { item, changes };
  });
  await changesAfterCommit(ctx, changes);
  return toAnnotationItem(item);
}

/** Skips an item for the caller (ingest keys): it releases the caller's claim and is not offered to the caller again. */
export async function skipAnnotationItem(ctx: RequestContext, itemId: string): Promise<AnnotationItem> {
  const me = annotatorOf(ctx);
  return withTransaction(ctx, async (tx) => {
    const { item } = await lockedItem(tx, itemId);
    const [rows]: [Record<string, unknown>[], number] = await db(tx).query(
      `UPDATE annotation_queue_items
          SET skipped_by = CASE WHEN $2::uuid = ANY(skipped_by) THEN skipped_by ELSE array_append(skipped_by, $2::uuid) END,
              claimed_by_key_id = CASE WHEN claimed_by_key_id = $2::uuid THEN NULL ELSE claimed_by_key_id END,
              claimed_until = CASE WHEN claimed_by_key_id = $2::uuid THEN NULL ELSE claimed_until END
        WHERE id = $1 RETURNING claimed_by_key_id, claimed_until`,
      [item.id, me],
    );
    return toAnnotationItem(Object.assign(item, { claimedByKeyId: rows[0].claimed_by_key_id, claimedUntil: rows[0].claimed_until }));
  });
}
