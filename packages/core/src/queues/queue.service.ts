import type { QueueName } from '@sextant/jobs';
import { assertGlobalAdmin } from '../common/access.policy';
import type { RequestContext } from '../common/service.context';
import { badInput } from '../common/app.errors';
import { FailedJob, type JobQueueName, JobsOverview } from './queue.type';

/** Queue depths of every background queue (bootstrap admin only). */
export async function jobsOverview(ctx: RequestContext): Promise<JobsOverview> {
  assertGlobalAdmin(ctx);
  const queues = await ctx.jobs.status();
  return Object.assign(new JobsOverview(), { backend: ctx.jobs.connection.backend, queues });
}

/** The dead-letter set of a queue, newest first (bootstrap admin only). */
export async function failedJobs(ctx: RequestContext, queue: JobQueueName, first: number): Promise<FailedJob[]> {
  assertGlobalAdmin(ctx);
  if (!(first >= 1 && first <= 1000)) throw badInput('first must be between 1 and 1000', { argumentName: 'first' });
  const jobs = await ctx.jobs.failed(queue as QueueName, first);
  return jobs.map((j) =>
    Object.assign(new FailedJob(), {
      id: j.id,
      queue,
      name: j.name,
      data: j.data,
      failedReason: j.failedReason,
      attemptsMade: j.attemptsMade,
      enqueuedAt: j.timestamp,
      failedAt: j.finishedOn,
    }),
  );
}

/** Retries failed jobs of a queue: the given ids, or all (bootstrap admin only). Returns the ids put back in line. */
export async function retryFailedJobs(ctx: RequestContext, queue: JobQueueName, ids: string[] | undefined): Promise<string[]> {
  assertGlobalAdmin(ctx);
  return ctx.jobs.retry(queue as QueueName, ids);
}
