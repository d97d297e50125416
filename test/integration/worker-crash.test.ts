// A worker process killed with SIGKILL in the middle of 5,000 jobs: once a new worker starts,
// every job is done, none is lost and none leaves duplicate rows, on both queue backends.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../support/test-server';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const root = path.resolve(__dirname, '../..');
const TRACES = 5000;
const uuid = () => crypto.randomUUID();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const at = (sec: number) => new Date(Date.UTC(2026, 10, 22, 8, 0, 0) + sec * 1000).toISOString();

describe.each(['redis', 'postgres'] as const)('a worker killed mid-run on %s', (backend) => {
  let s: TestServer;
  let project: { id: string; key: string };
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    s = await startTestServer({ REDIS_URL, QUEUE_BACKEND: backend, METRICS_DELAY_MS: '0', ROLLUP_DELAY_MS: '0' });
    project = await s.project(`crash-${backend}`, 'ingest');
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await s?.stop();
  });

  /** Starts apps/worker as its own process, on the test's database and queues, and waits for its banner. */
  function startWorker(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['-r', './scripts/register.cjs', 'apps/worker/src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: s.databaseUrl,
        REDIS_URL,
        QUEUE_BACKEND: backend,
        QUEUE_PREFIX: s.config.jobs.prefix,
        WORKER_QUEUES: 'metrics',
        WORKER_CONCURRENCY: '8',
        JOB_LOCK_MS: '2000',
        NODE_ENV: 'test',
      },
    });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker did not start:\n${out}`)), 30_000);
      child.stdout!.on('data', () => {
        if (out.includes('Sextant worker is running')) {
          clearTimeout(timer);
          resolve(child);
        }
      });
      child.once('exit', (code) => reject(new Error(`worker exited with ${code}:\n${out}`)));
    });
  }

  const measured = async () => Number((await s.ds.query('SELECT count(*) AS n FROM traces WHERE metrics_version = version AND version > 0'))[0].n);

  it('loses no job and duplicates nothing once a new worker takes over', async () => {
    // 5,000 completed traces, each an agent with an LLM call and a tool call: 5,000 metric jobs.
    for (let i = 0; i < TRACES; i += 500) {
      const traces = Array.from({ length: 500 }, (_, j) => ({ id: uuid(), name: `t${i + j}`, startTime: at(0), endTime: at(5) }));
      const r = await s.gql(
        graphql(`mutation WorkerCrashIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }`),
        {
          b: {
            traces,
            llmCalls: traces.map((t) => ({ id: uuid(), traceId: t.id, model: 'gpt-4o-mini', promptTokens: 100, completionTokens: 20, startTime: at(1), endTime: at(2) })),
            toolCalls: traces.map((t) => ({ id: uuid(), traceId: t.id, name: 'search', startTime: at(3), endTime: at(4) })),
          },
        },
        project.key,
      );
      expect(r.data!.ingest.accepted).toBe(1500);
    }
    const queued = (await s.jobs.status()).find((q) => q.name === 'metrics')!;
    expect(queued.waiting + queued.delayed + queued.prioritized).toBe(TRACES);

    const first = await startWorker();
    for (let i = 0; (await measured()) < 800; i++) {
      if (i > 600) throw new Error('the first worker made no progress');
      await sleep(50);
    }
    const exited = new Promise((r) => first.once('exit', r));
    first.kill('SIGKILL');
    await exited;
    const atKill = await measured();
    expect(atKill).toBeLessThan(TRACES);

    await startWorker();
    const deadline = Date.now() + 120_000;
    for (;;) {
      const q = (await s.jobs.status()).find((x) => x.name === 'metrics')!;
      if ((await measured()) === TRACES && q.waiting + q.active + q.delayed + q.prioritized === 0) {
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
    expect(Number(perTrace[0].traces)).toBe(TRACES);
    const [dupes] = await s.ds.query(
      `SELECT count(*) AS n FROM (SELECT trace_id, name, span_id, config FROM metrics GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d`,
    );
    expect(Number(dupes.n)).toBe(0);
  }, 240_000);
});
