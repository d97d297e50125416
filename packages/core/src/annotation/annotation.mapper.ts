import { mapEntity } from '../common/mapping.util';
import type { AnnotationQueueEntity, AnnotationQueueItemEntity } from './annotation-queue.entity';
import { AnnotationItemStatus, RubricKind } from './annotation.input';
import { AnnotationItem, AnnotationQueue } from './annotation.type';

/** Maps a queue row to the API type. */
export const toAnnotationQueue = (e: AnnotationQueueEntity): AnnotationQueue =>
  Object.assign(mapEntity(AnnotationQueue, e, ['project']), { rubric: e.rubric.map((r) => ({ ...r, kind: r.kind as RubricKind })) });

/** Maps an item row to the API type. */
export const toAnnotationItem = (e: AnnotationQueueItemEntity): AnnotationItem =>
  Object.assign(mapEntity(AnnotationItem, e, ['queue', 'trace', 'skippedBy']), { status: e.status as AnnotationItemStatus });
