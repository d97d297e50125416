export { JOBS, QUEUE_NAMES, jobsOfQueue, defaultJobOptions } from './job.schemas';
export type { AnyJob, JobDefinition, JobInput, JobKey, JobPayload, Jobs, JobSettings, QueueName } from './job.schemas';
export { JobQueues, type FailedJob, type JobProducer, type QueueStatus } from './job-queues.client';
export {
  consumedQueues,
  startWorkers,
  type JobContext,
  type JobHandler,
  type JobOutcome,
  type JobHandlers,
  type RunningWorkers,
  type WorkerSettings,
} from './job.worker';
// Thrown by a handler, fails its job for good: for failures a retry cannot fix.
export { UnrecoverableError } from 'bullmq';
export { jobsSchema, queueConnection, type QueueConnection, waitForQueueBackend } from './queue-backend.client';
export { openRedis, pingRedis, type RedisClient, type RedisRole, type RedisTarget } from './redis-connection.client';
