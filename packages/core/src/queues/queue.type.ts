import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../common/scalars.type';

export enum JobQueueName {
  METRICS = 'metrics',
  ROLLUPS = 'rollups',
  MAINTENANCE = 'maintenance',
  LANGSMITH = 'langsmith',
  EXPERIMENTS = 'experiments',
}
registerEnumType(JobQueueName, {
  name: 'JobQueueName',
  description: 'The background queues: trace metrics, hourly rollups, periodic maintenance, forwarding to LangSmith, experiment runs',
});

@ObjectType({ description: 'How many jobs of a queue are in each state' })
export class JobQueueStatus {
  @Field(() => JobQueueName) name: JobQueueName;
  @Field(() => Int) waiting: number;
  @Field(() => Int) active: number;
  @Field(() => Int, { description: 'Waiting for their delay (debounce) or a retry backoff' }) delayed: number;
  @Field(() => Int) prioritized: number;
  @Field(() => Int, { description: 'The dead-letter set: jobs that used up their attempts' }) failed: number;
  @Field(() => Int, { description: 'Recently completed jobs still kept (the last 1,000)' }) completed: number;
  @Field() paused: boolean;
}

@ObjectType({ description: 'A job that failed for good; retryFailedJobs puts it back in line' })
export class FailedJob {
  @Field(() => ID) id: string;
  @Field(() => JobQueueName) queue: JobQueueName;
  @Field() name: string;
  @Field(() => JSONScalar, { description: 'The payload (ids only)' }) data: unknown;
  @Field() failedReason: string;
  @Field(() => Int) attemptsMade: number;
  @Field({ description: 'When it was first enqueued' }) enqueuedAt: Date;
  @Field(() => Date, { nullable: true }) failedAt: Date | null;
}

@ObjectType()
export class JobsOverview {
  @Field({ description: 'redis or postgres' }) backend: string;
  @Field(() => [JobQueueStatus]) queues: JobQueueStatus[];
}
