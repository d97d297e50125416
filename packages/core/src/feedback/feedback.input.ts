import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../common/scalars.type';

export enum FeedbackSource {
  API = 'api',
  HUMAN = 'human',
}
registerEnumType(FeedbackSource, { name: 'FeedbackSource', description: 'API: a program sent it; HUMAN: a person (the UI, annotation queues)' });

@InputType({ description: 'A score on a trace or one of its spans: a number, a categorical label, or both' })
export class CreateFeedbackInput {
  @Field(() => ID) traceId: string;
  @Field(() => ID, { nullable: true, description: 'The span it scores; the trace itself when left out' }) spanId?: string;
  @Field({ description: 'What is scored, e.g. correctness' }) key: string;
  @Field(() => Float, { nullable: true }) score?: number;
  @Field(() => String, { nullable: true, description: 'A categorical value' }) label?: string;
  @Field(() => String, { nullable: true }) comment?: string;
  @Field(() => JSONScalar, { nullable: true, description: 'What the output should have been' }) correction?: unknown;
  @Field(() => FeedbackSource, { defaultValue: FeedbackSource.API }) source: FeedbackSource;
}

@InputType({ description: 'Changes to a feedback; a field left out is kept, null clears it' })
export class UpdateFeedbackInput {
  @Field(() => Float, { nullable: true }) score?: number | null;
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => JSONScalar, { nullable: true }) correction?: unknown;
}

@InputType()
export class FeedbackFilter {
  @Field(() => ID, { nullable: true }) traceId?: string;
  @Field(() => ID, { nullable: true }) spanId?: string;
  @Field(() => [String], { nullable: true }) keys?: string[];
  @Field(() => [String], { nullable: true, description: 'client, langsmith, api, human, worker, judge; all when left out' }) sources?: string[];
  @Field(() => ID, { nullable: true }) authorKeyId?: string;
  @Field(() => Float, { nullable: true }) minScore?: number;
  @Field(() => Float, { nullable: true }) maxScore?: number;
  @Field(() => [String], { nullable: true }) labels?: string[];
  @Field(() => Date, { nullable: true, description: 'Recorded at or after' }) from?: Date;
  @Field(() => Date, { nullable: true, description: 'Recorded before' }) to?: Date;
}
