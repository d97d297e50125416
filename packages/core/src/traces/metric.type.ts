import { Field, Float, ID, ObjectType } from 'type-graphql';
import { JSONScalar } from '../common/scalars.type';

@ObjectType({ description: 'A metric or evaluation of a trace or span' })
export class Metric {
  @Field(() => ID) id: string;
  @Field(() => ID) traceId: string;
  @Field(() => ID, { nullable: true }) spanId: string | null;
  @Field({ description: 'metric_name' }) name: string;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => JSONScalar, { nullable: true }) resultDetail: unknown;
  @Field(() => JSONScalar, { nullable: true }) config: unknown;
  @Field(() => Date, { nullable: true }) startTime: Date | null;
  @Field(() => Date, { nullable: true }) endTime: Date | null;
  @Field(() => Float, { nullable: true }) durationMs: number | null;
  @Field({ description: 'When the metric was computed' }) timestamp: Date;
  @Field() source: string;
}
