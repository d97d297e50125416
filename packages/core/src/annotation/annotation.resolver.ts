import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/service.context';
import { feedbackLoaders } from '../feedback/feedback.loaders';
import { Metric } from '../traces/metric.type';
import { toMetric, toTrace } from '../traces/trace.mapper';
import { traceLoaders } from '../traces/trace.loaders';
import { DeletePayload, Trace, TraceFilter } from '../traces/trace.type';
import { AnnotationItemStatus, AnnotationScoreInput, AnnotationTargetInput, CreateAnnotationQueueInput, UpdateAnnotationQueueInput } from './annotation.input';
import { annotationLoaders } from './annotation.loaders';
import {
  ADMIN_ANNOTATOR,
  addToAnnotationQueue,
  addTracesToAnnotationQueue,
  annotatorOf,
  createAnnotationQueue,
  deleteAnnotationQueue,
  getAnnotationQueue,
  listAnnotationItems,
  listAnnotationQueues,
  updateAnnotationQueue,
} from './annotation-queue.service';
import { nextAnnotationItem, skipAnnotationItem, submitAnnotation } from './annotation-work.service';
import { AddToAnnotationQueueResult, AnnotationItem, AnnotationItemConnection, AnnotationProgress, AnnotationQueue, Annotator } from './annotation.type';

/** An annotator's name: its key's, or 'admin' for the bootstrap admin. */
async function annotatorName(ctx: RequestContext, id: string | null): Promise<string | null> {
  if (!id) return null;
  if (id === ADMIN_ANNOTATOR) return 'admin';
  return (await feedbackLoaders(ctx).keyById.load(id))?.name ?? null;
}

/** Annotation queues: their rubric, their items, and working through them. */
@Resolver(() => AnnotationQueue)
export class AnnotationQueueResolver {
  @Query(() => [AnnotationQueue], { description: "A project's annotation queues, by name (any key of the project)" })
  annotationQueues(@Ctx() ctx: RequestContext, @Arg('projectId', () => ID) projectId: string) {
    return listAnnotationQueues(ctx, projectId);
  }

  @Query(() => AnnotationQueue, { description: 'One annotation queue (any key of its project)' })
  annotationQueue(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return getAnnotationQueue(ctx, id);
  }

  @Mutation(() => AnnotationQueue, { description: 'Creates a queue with a rubric (admin keys)' })
  createAnnotationQueue(@Ctx() ctx: RequestContext, @Arg('input', () => CreateAnnotationQueueInput) input: CreateAnnotationQueueInput) {
    return createAnnotationQueue(ctx, input);
  }

  @Mutation(() => AnnotationQueue, { description: 'Changes a queue (admin keys)' })
  updateAnnotationQueue(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAnnotationQueueInput) input: UpdateAnnotationQueueInput,
  ) {
    return updateAnnotationQueue(ctx, id, input);
  }

  @Mutation(() => DeletePayload, { description: 'Deletes a queue and its items; the scores stay (admin keys)' })
  deleteAnnotationQueue(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return deleteAnnotationQueue(ctx, id);
  }

  @Mutation(() => AddToAnnotationQueueResult, { description: 'Adds traces or spans by id; adding one twice is a no-op (ingest keys)' })
  addToAnnotationQueue(
    @Ctx() ctx: RequestContext,
    @Arg('queueId', () => ID) queueId: string,
    @Arg('items', () => [AnnotationTargetInput]) items: AnnotationTargetInput[],
  ) {
    return addToAnnotationQueue(ctx, queueId, items);
  }

  @Mutation(() => AddToAnnotationQueueResult, { description: 'Adds the newest `limit` traces the filter matches, as the traces query filters (ingest keys)' })
  addTracesToAnnotationQueue(
    @Ctx() ctx: RequestContext,
    @Arg('queueId', () => ID) queueId: string,
    @Arg('filter', () => TraceFilter, { nullable: true }) filter?: TraceFilter,
    @Arg('limit', () => Int, { nullable: true, description: 'Default 1,000, at most 10,000' }) limit?: number,
  ) {
    return addTracesToAnnotationQueue(ctx, queueId, filter, limit);
  }

  @Mutation(() => AnnotationItem, {
    nullable: true,
    description: 'Claims the next item for the caller for 15 minutes (or returns the one it holds); null when none is left (ingest keys)',
  })
  nextAnnotationItem(@Ctx() ctx: RequestContext, @Arg('queueId', () => ID) queueId: string) {
    return nextAnnotationItem(ctx, queueId);
  }

  @Mutation(() => AnnotationItem, { description: "Scores an item against its queue's rubric and marks it done (ingest keys)" })
  submitAnnotation(
    @Ctx() ctx: RequestContext,
    @Arg('itemId', () => ID) itemId: string,
    @Arg('scores', () => [AnnotationScoreInput]) scores: AnnotationScoreInput[],
  ) {
    return submitAnnotation(ctx, itemId, scores);
  }

  @Mutation(() => AnnotationItem, { description: 'Skips an item: released, and not offered to the caller again (ingest keys)' })
  skipAnnotationItem(@Ctx() ctx: RequestContext, @Arg('itemId', () => ID) itemId: string) {
    return skipAnnotationItem(ctx, itemId);
  }

  // The field resolvers below run only for queues the caller was allowed to load.
  @FieldResolver(() => AnnotationProgress)
  progress(@Ctx() ctx: RequestContext, @Root() queue: AnnotationQueue) {
    return annotationLoaders(ctx).progress.load(`${queue.id}|${annotatorOf(ctx)}`);
  }

  @FieldResolver(() => [Annotator], { description: 'Who completed items, most first' })
  async annotators(@Ctx() ctx: RequestContext, @Root() queue: AnnotationQueue): Promise<Annotator[]> {
    const rows = await annotationLoaders(ctx).annotators.load(queue.id);
    return Promise.all(
      rows.map(async (r) => ({
        keyId: r.keyId === ADMIN_ANNOTATOR ? null : r.keyId,
        name: (await annotatorName(ctx, r.keyId)) ?? 'revoked key',
        done: r.done,
      })),
    );
  }

  @FieldResolver(() => AnnotationItemConnection)
  items(
    @Ctx() ctx: RequestContext,
    @Root() queue: AnnotationQueue,
    @Arg('status', () => AnnotationItemStatus, { nullable: true }) status?: AnnotationItemStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listAnnotationItems(ctx, queue, status, first, after);
  }
}

// Items reach here only from queues and mutations that checked access already.
/** An item's trace, annotators and scores. */
@Resolver(() => AnnotationItem)
export class AnnotationItemResolver {
  @FieldResolver(() => Trace)
  async trace(@Ctx() ctx: RequestContext, @Root() item: AnnotationItem) {
    return toTrace((await traceLoaders(ctx).traceById.load(item.traceId))!);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who holds the claim (it may have expired: see claimedUntil)' })
  claimedBy(@Ctx() ctx: RequestContext, @Root() item: AnnotationItem) {
    return annotatorName(ctx, item.claimedByKeyId);
  }

  @FieldResolver(() => String, { nullable: true })
  completedBy(@Ctx() ctx: RequestContext, @Root() item: AnnotationItem) {
    return annotatorName(ctx, item.completedByKeyId);
  }

  @FieldResolver(() => [Metric], { description: "The scores this item's submission wrote" })
  async scores(@Ctx() ctx: RequestContext, @Root() item: AnnotationItem) {
    return (await annotationLoaders(ctx).scoresByItem.load(item.id)).map(toMetric);
  }
}
