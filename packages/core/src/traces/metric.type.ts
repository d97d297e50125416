import { Field, Float, ID, ObjectType } from 'type-graphql';
import { JSONScalar } from '../common/scalars.type';

@ObjectType({ description: 'A metric or evaluation of a trace or span' })
export class Metric {
  @Field(() => ID) id: string;
  @Field(() => ID) traceId: string;
  @Field(() => ID, { nullable: true }) spanId: string | null;
  @Field({ description: 'metric_name' }) name: string;
  @Field(() => Float, { nullable: true, description: 'Evaluations in [0, 1]; feedback and rubrics may use their own scale' }) score: number | null;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => JSONScalar, { nullable: true }) resultDetail: unknown;
  @Field(() => JSONScalar, { nullable: true }) config: unknown;
  @Field(() => Date, { nullable: true }) startTime: Date | null;
  @Field(() => Date, { nullable: true }) endTime: Date | null;
  @Field(() => Float, { nullable: true }) durationMs: number | null;
  @Field({ description: 'When the metric was computed' }) timestamp: Date;
  @Field({ description: 'client (ingested), langsmith (LangSmith feedback), api or human (feedback API, annotation queues), worker or judge (computed)' })
  source: string;
  @Field(() => String, { nullable: true, description: 'A categorical value (feedback)' }) label: string | null;
  @Field(() => String, { nullable: true, description: 'The comment: the same as reason' }) comment: string | null;
  @Field(() => JSONScalar, { nullable: true, description: 'What the output should have been, as the scorer says' }) correction: unknown;
  @Field(() => ID, { nullable: true, description: 'The API key that wrote this feedback; null for ingested metrics and the bootstrap admin' })
  authorKeyId: string | null;
}
