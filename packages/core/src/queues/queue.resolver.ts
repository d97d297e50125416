import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { QUERY_COST } from '../common/query-cost.util';
import type { RequestContext } from '../common/service.context';
import { failedJobs, jobsOverview, retryFailedJobs } from './queue.service';
import { FailedJob, JobQueueName, JobsOverview } from './queue.type';

@Resolver()
export class QueueResolver {
  @Query(() => JobsOverview, { complexity: QUERY_COST.counters, description: 'Background queue depths (bootstrap admin only)' })
  jobs(@Ctx() ctx: RequestContext) {
    return jobsOverview(ctx);
  }

  @Query(() => [FailedJob], { description: 'Jobs that failed for good, newest first (bootstrap admin only)' })
  failedJobs(@Ctx() ctx: RequestContext, @Arg('queue', () => JobQueueName) queue: JobQueueName, @Arg('first', () => Int, { defaultValue: 50 }) first: number) {
    return failedJobs(ctx, queue, first);
  }

  @Mutation(() => [ID], { description: 'Puts failed jobs back in line: the given ids, or every failed job of the queue (bootstrap admin only)' })
  retryFailedJobs(
    @Ctx() ctx: RequestContext,
    @Arg('queue', () => JobQueueName) queue: JobQueueName,
    @Arg('ids', () => [ID], { nullable: true }) ids?: string[],
  ) {
    return retryFailedJobs(ctx, queue, ids);
  }
}
