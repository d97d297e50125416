import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CountedConnection, PageInfo } from '../common/pagination.util';
import { AnnotationItemStatus, RubricKind } from './annotation.input';

@ObjectType({ description: 'One thing annotators score' })
export class RubricItem {
  @Field() key: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => RubricKind) kind: RubricKind;
  @Field(() => Float, { nullable: true }) min: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
  @Field(() => [String], { nullable: true }) values: string[] | null;
  @Field() required: boolean;
}

/** A queue as the API shows it; projectId stays internal. */
@ObjectType({ description: 'Traces or spans for people to score against a rubric' })
export class AnnotationQueue {
  projectId: string;
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) instructions: string | null;
  @Field(() => [RubricItem]) rubric: RubricItem[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType()
export class AnnotationProgress {
  @Field(() => Int) total: number;
  @Field(() => Int, { description: 'Not done yet, claimed or not' }) pending: number;
  @Field(() => Int, { description: 'Pending and held by an annotator whose claim has not expired' }) claimed: number;
  @Field(() => Int) done: number;
  @Field(() => Int, { description: 'Pending items the caller skipped' }) skippedByMe: number;
}

@ObjectType()
export class Annotator {
  @Field(() => ID, { nullable: true, description: 'null for the bootstrap admin' }) keyId: string | null;
  @Field() name: string;
  @Field(() => Int) done: number;
}

/** An item as the API shows it; projectId and the raw claim columns stay internal. */
@ObjectType({ description: 'A trace or span in a queue' })
export class AnnotationItem {
  projectId: string;
  traceId: string;
  claimedByKeyId: string | null;
  completedByKeyId: string | null;
  @Field(() => ID) id: string;
  @Field(() => ID) queueId: string;
  @Field(() => ID, { nullable: true, description: 'The span to score; the whole trace when null' }) spanId: string | null;
  @Field(() => AnnotationItemStatus) status: AnnotationItemStatus;
  @Field(() => Date, { nullable: true, description: 'When the current claim expires' }) claimedUntil: Date | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field() addedAt: Date;
}

@ObjectType()
export class AnnotationItemEdge {
  @Field() cursor: string;
  @Field(() => AnnotationItem) node: AnnotationItem;
}

@ObjectType()
export class AnnotationItemConnection extends CountedConnection {
  @Field(() => [AnnotationItemEdge]) edges: AnnotationItemEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType()
export class AnnotationRejection {
  @Field() traceId: string;
  @Field(() => String, { nullable: true }) spanId: string | null;
  @Field() message: string;
}

@ObjectType()
export class AddToAnnotationQueueResult {
  @Field(() => Int) added: number;
  @Field(() => Int, { description: 'Already in the queue: adding is idempotent' }) alreadyQueued: number;
  @Field(() => [AnnotationRejection]) rejected: AnnotationRejection[];
}
