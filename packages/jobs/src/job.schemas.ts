import type { JobsOptions } from 'bullmq';
import { z } from 'zod';

/** The settings job options are derived from (a slice of Config['jobs']). */
export type JobSettings = {
  attempts: number;
  backoffMs: number;
  keepFailed: number;
  metricsDelayMs: number;
  rollupDelayMs: number;
  traceSweepIntervalMs: number;
  forwardIntervalMs: number;
};

export const QUEUE_NAMES = ['metrics', 'rollups', 'maintenance', 'langsmith', 'experiments'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** One kind of job: its queue, the schema of its payload, and how it is enqueued. */
export type JobDefinition<N extends string = string, S extends z.ZodType = z.ZodType> = {
  readonly name: N;
  readonly queue: QueueName;
  readonly payload: S;
  /** Options for one enqueue (delay, deduplication), on top of the queue defaults. */
  readonly options?: (payload: z.output<S>, settings: JobSettings) => JobsOptions;
  /** Repeating jobs are scheduled by the worker that consumes their queue. */
  readonly every?: (settings: JobSettings) => number;
};

// A trace id is any 128 bits in UUID form: OpenTelemetry trace ids become UUIDs without an RFC 9562
// version or variant, which z.uuid() refuses (and with it the trace's metrics and forward).
const traceId = z.guid();

const defineJob = <N extends string, S extends z.ZodType>(d: JobDefinition<N, S>) => d;

/** The X-Request-Id of the request that caused a job, so the worker's log lines for it can be tied to that request. */
const requestId = z.string().max(128).optional();

// A new payload field starts optional: jobs already queued by an older version must still parse.
export const JOBS = {
  traceMetrics: defineJob({
    name: 'trace.metrics',
    queue: 'metrics',
    payload: z.object({ traceId, projectId: z.uuid(), requestId }),
    // Repeats within the delay collapse into one job; an update arriving while it runs queues one more run after it.
    options: (p, s) => ({ delay: s.metricsDelayMs, deduplication: { id: `trace.metrics:${p.traceId}`, keepLastIfActive: true } }),
  }),
  rollupBucket: defineJob({
    name: 'rollup.bucket',
    queue: 'rollups',
    payload: z.object({ projectId: z.uuid(), hour: z.iso.datetime(), requestId }),
    options: (p, s) => ({ delay: s.rollupDelayMs, deduplication: { id: `rollup.bucket:${p.projectId}:${p.hour}`, keepLastIfActive: true } }),
  }),
  // Sends what changed in a trace to LangSmith: posts of new runs, patches of changed ones. One
  // deduplication id per trace, so two sends of a trace never run at once (keepLastIfActive keeps
  // at most one active and one waiting). An ended trace goes out after the metrics delay, a running
  // one at most once per forward interval; an end that arrives while a part is scheduled goes out
  // with that part.
  langsmithForward: defineJob({
    name: 'langsmith.forward',
    queue: 'langsmith',
    payload: z.object({ traceId, projectId: z.uuid(), running: z.boolean().optional(), requestId }),
    options: (p, s) => ({
      delay: p.running ? s.forwardIntervalMs : s.metricsDelayMs,
      deduplication: { id: `langsmith.forward:${p.traceId}`, keepLastIfActive: true },
    }),
  }),
  // Prices a project's LLM calls of a time range again, in batches; the payload names the
  // cost_recomputes row that holds the range and the progress. One job per recompute at a time.
  costRecompute: defineJob({
    name: 'costs.recompute',
    queue: 'maintenance',
    payload: z.object({ recomputeId: z.uuid(), requestId }),
    options: (p) => ({ deduplication: { id: `costs.recompute:${p.recomputeId}` } }),
  }),
  // Closes traces that went quiet without an end, and, as a safety net for a job lost between
  // commit and enqueue, re-enqueues stale metrics and dirty rollup buckets.
  sweep: defineJob({
    name: 'maintenance.sweep',
    queue: 'maintenance',
    payload: z.object({ requestId }),
    every: (s) => s.traceSweepIntervalMs,
  }),
  // Runs one example of an experiment: asks the model, traces the answer, scores it. At most the
  // experiment's concurrency of its runs are queued at a time (the experiment service dispatches
  // the next one as one finishes); one deduplication id per run, so a re-dispatch after a crash
  // never runs it twice at once.
  experimentRun: defineJob({
    name: 'experiment.run',
    queue: 'experiments',
    payload: z.object({ experimentId: z.uuid(), runId: z.uuid(), requestId }),
    options: (p) => ({ deduplication: { id: `experiment.run:${p.runId}` } }),
  }),
} as const;

export type Jobs = typeof JOBS;
export type JobKey = keyof Jobs;
export type AnyJob = Jobs[JobKey];
/** The payload a producer passes for a job. */
export type JobInput<J extends AnyJob> = z.input<J['payload']>;
/** The payload a handler receives, parsed. */
export type JobPayload<J extends AnyJob> = z.output<J['payload']>;

/** Every job kind carried by a queue. */
export const jobsOfQueue = (queue: QueueName): AnyJob[] => Object.values(JOBS).filter((j) => j.queue === queue);

/** Options every job of a queue gets: retries with exponential backoff, completed jobs dropped, failed ones kept (the dead-letter set). */
export const defaultJobOptions = (s: JobSettings): JobsOptions => ({
  attempts: s.attempts,
  backoff: { type: 'exponential', delay: s.backoffMs },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: s.keepFailed },
});
