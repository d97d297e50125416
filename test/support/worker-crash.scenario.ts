// One test body for "a worker process SIGKILLed in the middle of a backlog of metric jobs": once a
// new worker starts, every job is done, none is lost and none leaves duplicate rows, on both queue
// backends. The soak tier runs it (test/soak/worker-crash.test.ts): it spawns worker processes and
// waits out job locks, too long for `pnpm test` even at a small size.
import { graphql } from '../gql';
import { type AppProcess, startApp } from './app-process';
import { startTestServer, type TestServer } from './test-server';
import { sleep } from './wait';

export type WorkerCrashSize = {
  /** Completed traces in the backlog, one metric job each. */
  traces: number;
  /** Traces per ingest request. */
  batch: number;
  /** The first worker is killed once it has measured at least this many traces. */
  killAfter: number;
  /** For each backend's test. */
  timeoutMs: number;
};

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const uuid = () => crypto.randomUUID();
const at = (sec: number) => new Date(Date.UTC(2026, 10, 22, 8, 0, 0) + sec * 1000).toISOString();

/** Declares the scenario's describe blocks, one per queue backend, at the given size. */
export function describeWorkerCrash(size: WorkerCrashSize, backends: readonly ('redis' | 'postgres')[] = ['redis', 'postgres']): void {
  describe.each(backends)(`a worker killed mid-run on %s (${size.traces} traces)`, (backend) => {
    let s: TestServer;
    let project: { id: string; key: string };
    const workers: AppProcess[] = [];
    beforeAll(async () => {
      s = await startTestServer({ REDIS_URL, QUEUE_BACKEND: backend, METRICS_DELAY_MS: '0', ROLLUP_DELAY_MS: '0' });
      project = await s.project(`crash-${backend}`, 'ingest');
    });
    afterAll(async () => {
      await Promise.all(workers.map((w) => w.kill()));
      await s?.stop();
    });

    /** apps/worker as its own process, on the test's database and queues, once it has printed its banner. */
    async function startWorker(): Promise<AppProcess> {
      const worker = startApp(`worker#${workers.length + 1}`, 'apps/worker/src/main.ts', {
        env: {
          ...process.env,
          DATABASE_URL: s.databaseUrl,
          REDIS_URL,
          QUEUE_BACKEND: backend,
          QUEUE_PREFIX: s.config.jobs.prefix,
          WORKER_QUEUES: 'metrics',
          WORKER_CONCURRENCY: '8',
          // Short, so that the jobs the killed worker held are taken back within the test.
          JOB_LOCK_MS: '2000',
          NODE_ENV: 'test',
        },
      });
      workers.push(worker);
      await worker.waitFor(/Sextant worker is running/, 'its banner', { timeoutMs: 30_000 });
      return worker;
    }

    const measured = async () => Number((await s.ds.query('SELECT count(*) AS n FROM traces WHERE metrics_version = version AND version > 0'))[0].n);

    it(
      'loses no job and duplicates nothing once a new worker takes over',
      async () => {
        // Completed traces, each an agent with an LLM call and a tool call: one metric job each.
        for (let i = 0; i < size.traces; i += size.batch) {
          const n = Math.min(size.batch, size.traces - i);
          const traces = Array.from({ length: n }, (_, j) => ({ id: uuid(), name: `t${i + j}`, startTime: at(0), endTime: at(5) }));
          const r = await s.gql(
            graphql(`mutation WorkerCrashIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }`),
            {
              b: {
                traces,
                llmCalls: traces.map((t) => ({
                  id: uuid(),
                  traceId: t.id,
                  model: 'gpt-4o-mini',
                  promptTokens: 100,
                  completionTokens: 20,
                  startTime: at(1),
                  endTime: at(2),
                })),
                toolCalls: traces.map((t) => ({ id: uuid(), traceId: t.id, name: 'search', startTime: at(3), endTime: at(4) })),
              },
            },
            project.key,
          );
          expect(r.data!.ingest.accepted).toBe(3 * n);
        }
        const queued = (await s.jobs.status()).find((q) => q.name === 'metrics')!;
        expect(queued.waiting + queued.delayed + queued.prioritized).toBe(size.traces);

        const first = await startWorker();
        for (let i = 0; (await measured()) < size.killAfter; i++) {
          if (i > 600) throw new Error('the first worker made no progress');
          await sleep(50);
        }
        await first.kill();
        const atKill = await measured();
        // Killed mid-backlog, or the test proves nothing about taking over.
        expect(atKill).toBeLessThan(size.traces);

        await startWorker();
        const deadline = Date.now() + size.timeoutMs / 2;
        for (;;) {
          const q = (await s.jobs.status()).find((x) => x.name === 'metrics')!;
          if ((await measured()) === size.traces && q.waiting + q.active + q.delayed + q.prioritized === 0) {
            expect(q.failed).toBe(0);
            break;
          }
          if (Date.now() > deadline) throw new Error(`not done: ${await measured()} traces measured, queue ${JSON.stringify(q)}`);
          await sleep(200);
        }

        // Every trace has exactly the same set of metric rows: none missing, none doubled.
        const perTrace: { n: string; traces: string }[] = await s.ds.query(
          `SELECT n, count(*) AS traces FROM (SELECT trace_id, count(*) AS n FROM metrics GROUP BY trace_id) x GROUP BY n`,
        );
        expect(perTrace).toHaveLength(1);
        expect(Number(perTrace[0].traces)).toBe(size.traces);
        const [dupes] = await s.ds.query(
          `SELECT count(*) AS n FROM (SELECT trace_id, name, span_id, config FROM metrics GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d`,
        );
        expect(Number(dupes.n)).toBe(0);
      },
      size.timeoutMs,
    );
  });
}
