import type { Job } from 'bullmq';
import { type AnyJob, defaultJobOptions, type JobInput, type JobSettings, QUEUE_NAMES, type QueueName } from './job.schemas';
import { openQueue, type Owned, type QueueConnection } from './queue-backend.client';

/** What ingestion and the API need from the queues: enqueue a job kind with its payload. */
export interface JobProducer {
  /** Validates each payload against the job's schema and enqueues it with the job's options. */
  enqueue<J extends AnyJob>(job: J, payloads: JobInput<J>[]): Promise<void>;
}

export type QueueStatus = {
  name: QueueName;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  prioritized: number;
  /** True while the queue is paused (no job is handed to workers). */
  paused: boolean;
};

export type FailedJob = {
  id: string;
  name: string;
  data: unknown;
  failedReason: string;
  attemptsMade: number;
  timestamp: Date;
  finishedOn: Date | null;
  stacktrace: string[];
};

const toFailed = (j: Job): FailedJob => ({
  id: String(j.id),
  name: j.name,
  data: j.data,
  failedReason: j.failedReason ?? '',
  attemptsMade: j.attemptsMade,
  timestamp: new Date(j.timestamp),
  finishedOn: j.finishedOn ? new Date(j.finishedOn) : null,
  stacktrace: j.stacktrace ?? [],
});

/** The producer side of every queue, opened lazily, plus the admin view: depths, the dead-letter set, retries. */
export class JobQueues implements JobProducer {
  // Shared with the request-bound views forRequest() makes: one set of connections per process.
  private readonly queues: Map<QueueName, Owned<ReturnType<typeof openQueue>['value']>>;
  private readonly errors: { lastLog: number };

  constructor(
    readonly connection: QueueConnection,
    private readonly settings: JobSettings,
    private readonly log: (msg: string) => void = () => {},
    private readonly requestId?: string,
    shared?: { queues: Map<QueueName, Owned<ReturnType<typeof openQueue>['value']>>; errors: { lastLog: number } },
  ) {
    this.queues = shared?.queues ?? new Map();
    this.errors = shared?.errors ?? { lastLog: 0 };
  }

  /** The same queues, with every job enqueued through them carrying `requestId` (the request that caused it). */
  forRequest(requestId: string | undefined): JobQueues {
    return requestId === undefined ? this : new JobQueues(this.connection, this.settings, this.log, requestId, { queues: this.queues, errors: this.errors });
  }

  // A broker outage makes every connection report every retry: one line a minute is enough.
  private onError = (e: Error) => {
    if (Date.now() - this.errors.lastLog < 60_000) return;
    this.errors.lastLog = Date.now();
    this.log(`Job queue connection error: ${e.message}`);
  };

  private queue(name: QueueName) {
    let q = this.queues.get(name);
    if (!q) {
      q = openQueue(this.connection, name, defaultJobOptions(this.settings), this.onError);
      this.queues.set(name, q);
    }
    return q.value;
  }

  async enqueue<J extends AnyJob>(job: J, payloads: JobInput<J>[]): Promise<void> {
    if (!payloads.length) return;
    const options = job.options as ((p: unknown, s: JobSettings) => object) | undefined;
    // One round trip for the lot; deduplication still applies job by job.
    await this.queue(job.queue).addBulk(
      payloads.map((input) => {
        const data = job.payload.parse(
          this.requestId && !(input as { requestId?: string }).requestId ? { ...input, requestId: this.requestId } : input,
        ) as Record<string, unknown>;
        return { name: job.name, data, opts: options?.(data, this.settings) };
      }),
    );
  }

  /** Depths of every queue. */
  async status(): Promise<QueueStatus[]> {
    return Promise.all(
      QUEUE_NAMES.map(async (name) => {
        const q = this.queue(name);
        const [c, paused] = await Promise.all([q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'), q.isPaused()]);
        return {
          name,
          waiting: c.waiting ?? 0,
          active: c.active ?? 0,
          delayed: c.delayed ?? 0,
          failed: c.failed ?? 0,
          completed: c.completed ?? 0,
          prioritized: c.prioritized ?? 0,
          paused,
        };
      }),
    );
  }

  /** Resolves once the queue backend answers a read (for /readyz). */
  async ping(): Promise<void> {
    await this.queue(QUEUE_NAMES[0]).getJobCounts('waiting');
  }

  /** How long the oldest waiting job of each queue has waited, in ms (null when none waits). */
  async oldestWaiting(): Promise<Map<QueueName, number | null>> {
    const now = Date.now();
    const ages = await Promise.all(
      QUEUE_NAMES.map(async (name) => {
        const [oldest] = await this.queue(name).getJobs(['waiting'], 0, 0, true);
        return [name, oldest ? Math.max(0, now - oldest.timestamp) : null] as const;
      }),
    );
    return new Map(ages);
  }

  /** The dead-letter set of a queue: jobs that used up their attempts, newest first. */
  async failed(name: QueueName, first: number): Promise<FailedJob[]> {
    const jobs = await this.queue(name).getFailed(0, first - 1);
    return jobs.filter(Boolean).map(toFailed);
  }

  /** Puts failed jobs back in line (all of them when ids is omitted); returns the ids retried. */
  async retry(name: QueueName, ids?: string[]): Promise<string[]> {
    const q = this.queue(name);
    const jobs = ids ? await Promise.all(ids.map((id) => q.getJob(id))) : await q.getFailed(0, -1);
    const retried: string[] = [];
    for (const j of jobs) {
      if (!j || !(await j.isFailed())) continue;
      await j.retry('failed');
      retried.push(String(j.id));
    }
    return retried;
  }

  /** Removes every queue with all its jobs: for tests and for tearing a deployment down. */
  async obliterate(): Promise<void> {
    for (const name of QUEUE_NAMES) {
      const q = this.queue(name);
      await q.obliterate({ force: true });
      // Job schedulers live apart from the jobs; nothing may repeat into a queue that is gone.
      for (const s of await q.getJobSchedulers()) await q.removeJobScheduler(s.key);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
