// The job machinery on both backends: typed enqueue with deduplication, workers that refuse to
// start without a handler, payload validation, retries with backoff, and the admin's view of
// the dead-letter set.
import { JOBS, type JobHandlers, type RunningWorkers, startWorkers } from '@sextant/jobs';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../support/test-server';
import { sleep, until as poll } from '../support/wait';

/** Waits until check() holds. */
const until = (check: () => Promise<boolean>, what: string, timeoutMs = 15_000) => poll(check, Boolean, what, timeoutMs);

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const uuid = () => crypto.randomUUID();

describe.each(['redis', 'postgres'] as const)('jobs on %s', (backend) => {
  let s: TestServer;
  let worker: RunningWorkers | undefined;
  beforeAll(async () => {
    s = await startTestServer({
      ...(backend === 'redis' ? { REDIS_URL } : {}),
      QUEUE_BACKEND: backend,
      JOB_ATTEMPTS: '2',
      JOB_BACKOFF_MS: '10',
      METRICS_DELAY_MS: '200',
      ROLLUP_DELAY_MS: '200',
    });
  });
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });
  afterAll(() => s?.stop());

  const settings = () => ({ ...s.config.jobs, concurrency: 2, lockMs: 5000 });
  const noop = async () => undefined;
  const handlers = (over: Partial<JobHandlers> = {}): JobHandlers => ({
    traceMetrics: noop,
    rollupBucket: noop,
    sweep: noop,
    langsmithForward: noop,
    costRecompute: noop,
    experimentRun: noop,
    ...over,
  });
  const status = async (queue: string) => (await s.jobs.status()).find((q) => q.name === queue)!;

  it('refuses to start a worker that has no handler for a job of its queues, naming it', async () => {
    await expect(
      startWorkers({ connection: s.jobs.connection, settings: settings(), queues: ['metrics', 'rollups'], handlers: { traceMetrics: noop }, log: () => {} }),
    ).rejects.toThrow('Refusing to start the worker: no handler for "rollup.bucket" (queue rollups)');
    // Consuming only the queues it can handle is fine.
    worker = await startWorkers({ connection: s.jobs.connection, settings: settings(), queues: ['metrics'], handlers: { traceMetrics: noop }, log: () => {} });
    expect(worker.queues).toEqual(['metrics']);
  });

  it('validates payloads on enqueue: a producer cannot queue a malformed job', async () => {
    await expect(s.jobs.enqueue(JOBS.traceMetrics, [{ traceId: 'not-a-uuid', projectId: uuid() }])).rejects.toThrow(/traceId/);
  });

  it('collapses repeats of a trace metrics job within its delay into one job, run once', async () => {
    const traceId = uuid();
    const projectId = uuid();
    await s.jobs.enqueue(JOBS.traceMetrics, [{ traceId, projectId }]);
    await s.jobs.enqueue(JOBS.traceMetrics, [
      { traceId, projectId },
      { traceId, projectId },
    ]);
    expect((await status('metrics')).delayed).toBe(1);
    const runs: string[] = [];
    worker = await startWorkers({
      connection: s.jobs.connection,
      settings: settings(),
      queues: ['metrics'],
      handlers: handlers({ traceMetrics: async (p) => void runs.push(p.traceId) }),
      log: () => {},
    });
    await until(async () => runs.length >= 1 && (await status('metrics')).delayed === 0, 'the job to run');
    await sleep(300);
    expect(runs).toEqual([traceId]);
  });

  it('retries a failing job with backoff, keeps it in the failed set, and lets the admin see and retry it over GraphQL', async () => {
    const traceId = uuid();
    let failing = true;
    const attempts: number[] = [];
    worker = await startWorkers({
      connection: s.jobs.connection,
      settings: settings(),
      queues: ['metrics'],
      handlers: handlers({
        traceMetrics: async (p, job) => {
          if (p.traceId !== traceId) return;
          attempts.push(job.attemptsMade);
          if (failing) throw new Error('judge unreachable');
        },
      }),
      log: () => {},
    });
    await s.jobs.enqueue(JOBS.traceMetrics, [{ traceId, projectId: uuid() }]);
    await until(async () => (await status('metrics')).failed === 1, 'the job to fail for good');
    expect(attempts).toEqual([0, 1]);

    const view = await s.gql(
      graphql(
        `query JobsView { jobs { backend queues { name waiting active delayed failed completed paused } } failedJobs(queue: METRICS) { id name data failedReason attemptsMade } }`,
      ),
    );
    expect(view.errors).toBeUndefined();
    expect(view.data!.jobs.backend).toBe(backend);
    expect(view.data!.jobs.queues.map((q) => q.name)).toEqual(['METRICS', 'ROLLUPS', 'MAINTENANCE', 'LANGSMITH', 'EXPERIMENTS']);
    expect(view.data!.jobs.queues[0]).toMatchObject({ failed: 1 });
    const [failed] = view.data!.failedJobs;
    expect(failed).toMatchObject({ name: 'trace.metrics', failedReason: 'judge unreachable', attemptsMade: 2, data: { traceId } });

    failing = false;
    const retried = await s.gql(graphql(`mutation JobsRetryFailed { retryFailedJobs(queue: METRICS) }`));
    expect(retried.data!.retryFailedJobs).toEqual([failed.id]);
    await until(async () => (await status('metrics')).failed === 0 && attempts.length === 3, 'the retried job to succeed');
  });

  it('keeps the queues to the bootstrap admin', async () => {
    const p = await s.project(`jobs-${backend}`, 'admin');
    const r = await s.gql(graphql(`query JobsBackend { jobs { backend } }`), {}, p.key);
    expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    const m = await s.gql(graphql(`mutation JobsRetryFailed { retryFailedJobs(queue: METRICS) }`), {}, p.key);
    expect(m.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('ingestion queues metrics for traces that ended and rollups for the hours it touched', async () => {
    const p = await s.project(`ingest-jobs-${backend}`, 'ingest');
    const ended = uuid();
    const running = uuid();
    const seen: { metrics: string[]; hours: string[] } = { metrics: [], hours: [] };
    worker = await startWorkers({
      connection: s.jobs.connection,
      settings: settings(),
      queues: ['metrics', 'rollups'],
      handlers: handlers({
        traceMetrics: async (x) => void seen.metrics.push(x.traceId),
        rollupBucket: async (x) => void seen.hours.push(`${x.projectId} ${x.hour}`),
      }),
      log: () => {},
    });
    const r = await s.gql(
      graphql(`mutation JobsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }`),
      {
        b: {
          traces: [
            { id: ended, startTime: '2026-11-22T10:15:00Z', endTime: '2026-11-22T10:16:00Z' },
            { id: running, startTime: '2026-11-22T11:59:00Z' },
          ],
        },
      },
      p.key,
    );
    expect(r.data!.ingest.accepted).toBe(2);
    await until(async () => seen.metrics.length === 1 && seen.hours.length === 2, 'the follow-up jobs', 20_000);
    expect(seen.metrics).toEqual([ended]);
    expect(seen.hours.sort()).toEqual([`${p.id} 2026-11-22T10:00:00.000Z`, `${p.id} 2026-11-22T11:00:00.000Z`]);
  });
});
