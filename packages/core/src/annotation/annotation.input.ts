import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../common/scalars.type';

export enum RubricKind {
  NUMERIC = 'NUMERIC',
  CATEGORICAL = 'CATEGORICAL',
  BOOLEAN = 'BOOLEAN',
}
registerEnumType(RubricKind, { name: 'RubricKind', description: 'NUMERIC: a score in min..max; CATEGORICAL: one of values; BOOLEAN: yes or no' });

export enum AnnotationItemStatus {
  PENDING = 'pending',
  DONE = 'done',
}
registerEnumType(AnnotationItemStatus, { name: 'AnnotationItemStatus' });

@InputType({ description: 'One thing annotators score' })
export class RubricItemInput {
  @Field() key: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => RubricKind) kind: RubricKind;
  @Field(() => Float, { nullable: true, description: 'NUMERIC: lowest score' }) min?: number;
  @Field(() => Float, { nullable: true, description: 'NUMERIC: highest score' }) max?: number;
  @Field(() => [String], { nullable: true, description: 'CATEGORICAL: the allowed values' }) values?: string[];
  @Field({ defaultValue: false, description: 'Every submission must score it' }) required: boolean;
}

@InputType()
export class CreateAnnotationQueueInput {
  @Field(() => ID) projectId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => String, { nullable: true, description: 'What annotators should look for' }) instructions?: string;
  @Field(() => [RubricItemInput]) rubric: RubricItemInput[];
}

@InputType({ description: 'A field left out is kept' })
export class UpdateAnnotationQueueInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => String, { nullable: true }) instructions?: string;
  @Field(() => [RubricItemInput], { nullable: true }) rubric?: RubricItemInput[];
}

@InputType({ description: 'A trace, or one of its spans, to annotate' })
export class AnnotationTargetInput {
  @Field(() => ID) traceId: string;
  @Field(() => ID, { nullable: true }) spanId?: string;
}

@InputType({ description: "One score of a submission, checked against the queue's rubric" })
export class AnnotationScoreInput {
  @Field() key: string;
  @Field(() => Float, { nullable: true, description: 'NUMERIC, or BOOLEAN as 1 or 0' }) score?: number;
  @Field(() => String, { nullable: true, description: 'CATEGORICAL, or BOOLEAN as true or false' }) label?: string;
  @Field(() => String, { nullable: true }) comment?: string;
  @Field(() => JSONScalar, { nullable: true }) correction?: unknown;
}
