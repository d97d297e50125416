// A job that takes its worker down every time (here: a judge that never answers, and an operator
// or an OOM killer ending the worker while it waits) must end in the failed set after a few tries,
// not hold every new worker in a crash loop.
import { createServer, type Server } from 'node:http';
import { graphql } from '../gql';
import { type AppProcess, startApp } from '../support/app-process';
import { startTestServer, type TestServer } from '../support/test-server';
import { sleep } from '../support/wait';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const LOCK_MS = 1000;

describe.each(['postgres', 'redis'] as const)('a metrics job that kills its worker every time (%s queues)', (backend) => {
  let s: TestServer;
  let judge: Server;
  let asked = 0;
  const workers: AppProcess[] = [];
  beforeAll(async () => {
    // An OpenAI-compatible endpoint that takes the request and never answers.
    judge = createServer(() => void asked++);
    await new Promise<void>((r) => judge.listen(0, '127.0.0.1', r));
    s = await startTestServer({ REDIS_URL, QUEUE_BACKEND: backend, METRICS_DELAY_MS: '0' });
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    judge?.closeAllConnections();
    await new Promise((r) => judge?.close(r));
    await s?.stop();
  });

  const startWorker = async () => {
    const w = startApp(`worker#${workers.length + 1}`, 'apps/worker/src/main.ts', {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: s.databaseUrl,
        REDIS_URL,
        QUEUE_BACKEND: backend,
        QUEUE_PREFIX: s.config.jobs.prefix,
        WORKER_QUEUES: 'metrics',
        JOB_LOCK_MS: String(LOCK_MS),
        JUDGE_BASE_URL: `http://127.0.0.1:${(judge.address() as { port: number }).port}/v1`,
        JUDGE_API_KEY: 'test',
        JUDGE_TIMEOUT_MS: '600000',
      },
    });
    workers.push(w);
    await w.waitFor(/Sextant worker is running/, 'its banner', { timeoutMs: 30_000 });
    return w;
  };
  const metrics = async () => (await s.jobs.status()).find((q) => q.name === 'metrics')!;

  it('is given up after it stalled past the limit, and the next worker carries on', async () => {
    const { key } = await s.project(`poison-${backend}`, 'ingest');
    const traceId = crypto.randomUUID();
    const t = new Date().toISOString();
    const r = await s.gql(
      graphql(`mutation PoisonIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }`),
      {
        b: {
          traces: [{ id: traceId, name: 'poison', startTime: t, endTime: t }],
          llmCalls: [{ id: crypto.randomUUID(), traceId, model: 'gpt-4o-mini', inputs: { q: 'hi' }, outputs: { a: 'hello' }, startTime: t, endTime: t }],
        },
      },
      key,
    );
    expect(r.data!.ingest.accepted).toBe(2);

    // Each worker takes the job (taking it back from the one before once its lock lapsed), asks the
    // judge and hangs; it is then killed. Past maxStalledCount (2) takings back, the job fails.
    let kills = 0;
    for (; kills < 5; kills++) {
      const before = asked;
      const w = await startWorker();
      const until = Date.now() + 20_000;
      while (asked === before && (await metrics()).failed === 0 && Date.now() < until) await sleep(100);
      if ((await metrics()).failed > 0) break;
      expect(asked).toBeGreaterThan(before);
      await w.kill();
    }
    expect(kills).toBe(3);
    const [failed] = await s.jobs.failed('metrics', 10);
    expect(failed.failedReason).toMatch(/stalled/i);
    // The worker that gave it up is still running, and takes new work: a trace without LLM calls needs no judge.
    const last = workers.at(-1)!;
    const plain = crypto.randomUUID();
    await s.gql(
      graphql(`mutation PoisonIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }`),
      {
        b: {
          traces: [{ id: plain, name: 'plain', startTime: t, endTime: t }],
          agentCalls: [{ id: crypto.randomUUID(), traceId: plain, name: 'a', startTime: t, endTime: t }],
        },
      },
      key,
    );
    const measured = async () => (await s.ds.query(`SELECT metrics_version = version AS m FROM traces WHERE id = $1`, [plain]))[0]?.m === true;
    for (let i = 0; i < 150 && !(await measured()); i++) await sleep(100);
    expect(await measured()).toBe(true);
    expect(last.hasExited()).toBe(false);
    // Four worker processes start one after another: on a loaded 2-core machine that alone can pass a minute.
  }, 240_000);
});
