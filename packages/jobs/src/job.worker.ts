import { type Job, UnrecoverableError } from 'bullmq';
import { type AnyJob, JOBS, type JobKey, type JobPayload, type Jobs, type JobSettings, jobsOfQueue, QUEUE_NAMES, type QueueName } from './job.schemas';
import { openQueue, openWorker, type Owned, type QueueConnection } from './queue-backend.client';

/** What a handler learns about the job it runs. */
export type JobContext = { id: string; name: string; attemptsMade: number; requestId?: string };

/** One job attempt as it ended: for metrics and the worker's log. `final` when a failure used up the job's attempts. */
export type JobOutcome = { queue: QueueName; job: JobContext; seconds: number } & ({ ok: true } | { ok: false; error: Error; final: boolean });
/** Handles one job kind; throwing makes BullMQ retry it with backoff. */
export type JobHandler<J extends AnyJob> = (payload: JobPayload<J>, job: JobContext) => Promise<unknown>;
/** One handler per job kind. */
export type JobHandlers = { [K in JobKey]: JobHandler<Jobs[K]> };

export type WorkerSettings = JobSettings & { concurrency: number; lockMs: number };

export type RunningWorkers = { queues: QueueName[]; close(): Promise<void> };

/** Reads the queues a worker should consume; fails on a name that is not a queue. */
export function consumedQueues(names: readonly string[] | undefined): QueueName[] {
  if (!names) return [...QUEUE_NAMES];
  for (const n of names) {
    if (!QUEUE_NAMES.includes(n as QueueName)) throw new Error(`Unknown queue "${n}" in WORKER_QUEUES; the queues are ${QUEUE_NAMES.join(', ')}`);
  }
  return names as QueueName[];
}

/**
 * Starts one BullMQ worker per consumed queue, and the schedules of its repeating jobs. Refuses
 * to start when a job kind of a consumed queue has no handler, so no job waits forever unhandled.
 */
export async function startWorkers(opts: {
  connection: QueueConnection;
  settings: WorkerSettings;
  queues: QueueName[];
  handlers: Partial<JobHandlers>;
  /** The worker's log; a line about one job gets its name, id and request id as fields. */
  log: (msg: string, fields?: Record<string, unknown>) => void;
  /** Told of every attempt once it ended. */
  onOutcome?: (o: JobOutcome) => void;
}): Promise<RunningWorkers> {
  const byName = new Map<string, { key: JobKey; job: AnyJob }>();
  for (const [key, job] of Object.entries(JOBS) as [JobKey, AnyJob][]) byName.set(job.name, { key, job });
  const missing = opts.queues.flatMap(jobsOfQueue).filter((j) => !opts.handlers[byName.get(j.name)!.key]);
  if (missing.length) {
    throw new Error(`Refusing to start the worker: no handler for ${missing.map((j) => `"${j.name}" (queue ${j.queue})`).join(', ')}`);
  }

  const owned: Owned<unknown>[] = [];
  try {
    for (const queue of opts.queues) {
      const worker = openWorker(
        opts.connection,
        queue,
        async (job: Job) => {
          const entry = byName.get(job.name);
          if (!entry || entry.job.queue !== queue) throw new UnrecoverableError(`No job kind "${job.name}" in queue ${queue}`);
          const parsed = entry.job.payload.safeParse(job.data);
          // A payload that does not parse never will: fail it at once instead of retrying.
          if (!parsed.success) throw new UnrecoverableError(`Invalid payload for ${job.name}: ${parsed.error.message}`);
          const handler = opts.handlers[entry.key] as JobHandler<AnyJob>;
          const requestId = (parsed.data as { requestId?: string }).requestId;
          const context: JobContext = { id: String(job.id), name: job.name, attemptsMade: job.attemptsMade, ...(requestId ? { requestId } : {}) };
          const started = process.hrtime.bigint();
          const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
          try {
            const result = await handler(parsed.data as never, context);
            opts.onOutcome?.({ queue, job: context, seconds: seconds(), ok: true });
            return result;
          } catch (e) {
            const error = e instanceof Error ? e : new Error(String(e));
            const final = e instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
            opts.onOutcome?.({ queue, job: context, seconds: seconds(), ok: false, error, final });
            throw e;
          }
        },
        { concurrency: opts.settings.concurrency, lockMs: opts.settings.lockMs },
      );
      owned.push(worker);
      worker.value.on('failed', (job, err) => {
        const final = job && job.attemptsMade >= (job.opts.attempts ?? 1);
        const requestId = (job?.data as { requestId?: unknown } | undefined)?.requestId;
        opts.log(`Job ${job?.name ?? '?'} ${job?.id ?? ''} failed${final ? ' for good (kept in the failed set)' : ', will retry'}: ${err.message}`, {
          queue,
          job: job?.name,
          jobId: job?.id,
          ...(typeof requestId === 'string' ? { requestId } : {}),
        });
      });
      worker.value.on('error', (err) => opts.log(`Worker of queue ${queue}: ${err.message}`));
      const repeating = jobsOfQueue(queue).filter((j) => j.every);
      if (repeating.length) {
        const q = openQueue(opts.connection, queue, {});
        owned.push(q);
        for (const j of repeating) await q.value.upsertJobScheduler(j.name, { every: j.every!(opts.settings) }, { name: j.name, data: {} });
      }
    }
    await Promise.all(owned.map((o) => (o.value as { waitUntilReady?: () => Promise<unknown> }).waitUntilReady?.()));
  } catch (e) {
    await Promise.allSettled(owned.map((o) => o.close()));
    throw e;
  }
  return {
    queues: opts.queues,
    close: async () => {
      await Promise.allSettled(owned.map((o) => o.close()));
    },
  };
}
