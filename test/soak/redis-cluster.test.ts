// Sextant on a real three-master Redis Cluster (REDIS_CLUSTER=true, REDIS_URL listing the nodes):
// two API instances and a worker process. Ingestion on one instance queues metric jobs that the
// worker runs through the cluster, live events cross from one instance to a subscriber on the
// other, each queue's keys share one hash slot while the queues spread over the masters, and the
// failed-jobs admin view works.
import { JOBS, QUEUE_NAMES, type RunningWorkers, startWorkers } from '@sextant/jobs';
import { graphql } from '../gql';
import { type AppProcess, startApp } from '../support/app-process';
import { liveClient } from '../support/live-client';
import { type RedisCluster, startRedisCluster } from '../support/redis-cluster';
import { startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/wait';

jest.setTimeout(180_000);

const uuid = () => crypto.randomUUID();
const at = (sec: number) => new Date(Date.UTC(2026, 10, 22, 8, 0, 0) + sec * 1000).toISOString();

const INGEST = graphql(`mutation RedisClusterIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }`);
const METRICS = graphql(`query ClusterTraceMetrics($id: ID!) { trace(id: $id) { metrics { name value } } }`);
const SPAN_ADDED = graphql(`subscription ClusterSpanAdded($t: ID!) { spanAdded(traceId: $t, since: "0") { id name } }`);
const SPAN_SEQUENCE = graphql(`subscription ClusterSpanSequence($t: ID!) { spanAdded(traceId: $t, since: "0") { id sequence } }`);
const JOBS_VIEW = graphql(
  `query ClusterJobsView { jobs { backend queues { name waiting active delayed failed completed } } failedJobs(queue: EXPERIMENTS) { id name failedReason attemptsMade data } }`,
);
const RETRY = graphql(`mutation ClusterRetryFailed($ids: [ID!]) { retryFailedJobs(queue: EXPERIMENTS, ids: $ids) }`);

describe('Sextant on a three-master Redis Cluster', () => {
  let cluster: RedisCluster;
  let a: TestServer;
  let b: TestServer;
  let worker: AppProcess | undefined;
  let failing: RunningWorkers | undefined;
  let project: { id: string; key: string };

  beforeAll(async () => {
    cluster = await startRedisCluster();
    const env = {
      REDIS_URL: cluster.url,
      REDIS_CLUSTER: 'true',
      QUEUE_BACKEND: 'redis',
      METRICS_DELAY_MS: '0',
      ROLLUP_DELAY_MS: '0',
      JOB_ATTEMPTS: '2',
      JOB_BACKOFF_MS: '10',
    };
    a = await startTestServer(env);
    b = await startTestServer(env, a);
    project = await a.project('cluster', 'ingest');
    worker = startApp('worker', 'apps/worker/src/main.ts', {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: a.databaseUrl,
        REDIS_URL: cluster.url,
        REDIS_CLUSTER: 'true',
        QUEUE_BACKEND: 'redis',
        QUEUE_PREFIX: a.config.jobs.prefix,
        // The experiments queue is the test's own, with a handler that fails.
        WORKER_QUEUES: 'metrics,rollups,maintenance,langsmith',
        METRICS_DELAY_MS: '0',
        ROLLUP_DELAY_MS: '0',
      },
    });
    await worker.waitFor(/Sextant worker is running/, 'its banner', { timeoutMs: 60_000 });
  });
  afterAll(async () => {
    // Every step runs even when one before it fails (a worker that crashed fails its stop()), so no redis-server outlives the test.
    const steps = [() => failing?.close(), () => worker?.stop(30_000), () => b?.stop(), () => a?.stop(), () => cluster?.stop()];
    const errors: unknown[] = [];
    for (const step of steps) await step()?.catch((e: unknown) => errors.push(e));
    if (errors.length) throw errors[0];
  });

  /** Every key of this deployment's queues, by the node that holds it. */
  async function queueKeys(): Promise<Map<number, string[]>> {
    const byNode = new Map<number, string[]>();
    for (const port of cluster.ports) {
      const out = await cluster.cli(port, '--scan', '--pattern', `${a.config.jobs.prefix}:*`);
      byNode.set(port, out.split('\n').filter(Boolean));
    }
    return byNode;
  }

  it('runs the metric jobs of traces ingested on one instance in a worker process, through the cluster', async () => {
    const traces = Array.from({ length: 20 }, (_, i) => ({ id: uuid(), name: `t${i}`, startTime: at(0), endTime: at(5) }));
    const r = await a.gql(
      INGEST,
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
    expect(r.data!.ingest.accepted).toBe(60);
    // Read back through the other instance: the worker wrote them to the shared database.
    for (const t of traces) {
      const metrics = await until(
        async () => (await b.gql(METRICS, { id: t.id })).data!.trace!.metrics,
        (m) => m.some((x) => x.name === 'llm_calls'),
        `metrics of trace ${t.id}`,
        60_000,
      );
      expect(metrics).toEqual(
        expect.arrayContaining([
          { name: 'llm_calls', value: 1 },
          { name: 'tool_calls', value: 1 },
        ]),
      );
    }
    const metrics = (await a.jobs.status()).find((q) => q.name === 'metrics')!;
    expect(metrics.completed).toBeGreaterThanOrEqual(traces.length);
  });

  it('keeps every key of a queue in one hash slot, and spreads the queues over more than one master', async () => {
    const byNode = await queueKeys();
    const prefix = a.config.jobs.prefix;
    const nodesOfQueue = new Map<string, Set<number>>();
    for (const [port, keys] of byNode) {
      for (const key of keys) {
        const queue = /^[^:]+:\{([^}]+)\}:/.exec(key)?.[1];
        // Every key of this deployment is a queue's, hash-tagged by the queue's name.
        expect(QUEUE_NAMES).toContain(queue);
        expect(key.startsWith(`${prefix}:{${queue}}:${queue}:`)).toBe(true);
        nodesOfQueue.set(queue!, (nodesOfQueue.get(queue!) ?? new Set()).add(port));
      }
    }
    // The metrics, rollups and maintenance queues hold jobs or schedulers by now.
    expect([...nodesOfQueue.keys()]).toEqual(expect.arrayContaining(['metrics', 'rollups', 'maintenance']));
    for (const [queue, nodes] of nodesOfQueue) {
      expect([queue, nodes.size]).toEqual([queue, 1]);
      const keys = [...byNode.values()].flat().filter((k) => k.startsWith(`${prefix}:{${queue}}:`));
      const slots = new Set(await Promise.all(keys.map(async (k) => (await cluster.cli(cluster.ports[0], 'cluster', 'keyslot', k)).trim())));
      expect([queue, slots.size]).toEqual([queue, 1]);
    }
    const masters = new Set([...nodesOfQueue.values()].flatMap((n) => [...n]));
    expect(masters.size).toBeGreaterThan(1);
  });

  it('delivers live events published by one instance to a subscriber on the other', async () => {
    const traceId = uuid();
    const first = uuid();
    await a.gql(INGEST, { b: { agentCalls: [{ id: first, traceId, name: 'first', startTime: at(0) }] } }, project.key);
    const client = liveClient(b.wsUrl, b.adminKey);
    try {
      const sub = client.subscribe(SPAN_ADDED, { t: traceId }, 'spanAdded');
      // The first span comes from the database; once it is there the subscription is live on b.
      expect(await sub.take(1)).toEqual([{ id: first, name: 'first' }]);
      const second = uuid();
      await a.gql(INGEST, { b: { agentCalls: [{ id: second, traceId, name: 'second', startTime: at(1) }] } }, project.key);
      expect(await sub.take(2, 30_000)).toEqual([
        { id: first, name: 'first' },
        { id: second, name: 'second' },
      ]);
    } finally {
      await client.dispose();
    }
    expect(a.live.bus.kind).toBe('redis');
    expect(b.live.bus.connected).toBe(true);
  });

  it('shows failed jobs to the admin through GraphQL and retries them', async () => {
    let fail = true;
    const runs: string[] = [];
    failing = await startWorkers({
      connection: a.jobs.connection,
      settings: { ...a.config.jobs, concurrency: 1, lockMs: 5000 },
      queues: ['experiments'],
      handlers: {
        experimentRun: async (p) => {
          runs.push(p.runId);
          if (fail) throw new Error('endpoint unreachable');
        },
      },
      log: () => {},
    });
    const runId = uuid();
    await a.jobs.enqueue(JOBS.experimentRun, [{ experimentId: uuid(), runId }]);
    const failed = await until(
      async () => (await b.gql(JOBS_VIEW)).data!,
      (v) => v.failedJobs.length === 1,
      'the job to fail for good',
      30_000,
    );
    expect(failed.jobs.backend).toBe('redis');
    expect(failed.jobs.queues.find((q) => q.name === 'EXPERIMENTS')).toMatchObject({ failed: 1 });
    expect(failed.failedJobs[0]).toMatchObject({ name: 'experiment.run', failedReason: 'endpoint unreachable', attemptsMade: 2, data: { runId } });

    fail = false;
    const retried = await b.gql(RETRY, { ids: [failed.failedJobs[0].id] });
    expect(retried.data!.retryFailedJobs).toEqual([failed.failedJobs[0].id]);
    await until(
      async () => (await a.jobs.status()).find((q) => q.name === 'experiments')!,
      (q) => q.failed === 0 && q.completed === 1,
      'the retried job to succeed',
      30_000,
    );
    expect(runs).toEqual([runId, runId, runId]);
  });

  it('obliterates every queue, with its job schedulers, on every master', async () => {
    await failing?.close();
    failing = undefined;
    await worker!.stop(30_000);
    worker = undefined;
    expect([...(await queueKeys()).values()].flat().length).toBeGreaterThan(0);
    await a.jobs.obliterate();
    expect([...(await queueKeys()).values()].flat()).toEqual([]);
  });

  it('survives the whole cluster going down mid-stream: the subscriber on the other instance receives every span once, in order', async () => {
    const traceId = uuid();
    const ingest = async (i: number) => {
      const r = await b.gql(INGEST, { b: { agentCalls: [{ id: spans[i], traceId, name: `s${i}`, startTime: at(i), endTime: at(i + 1) }] } }, project.key);
      expect(r.data!.ingest.accepted).toBe(1);
    };
    const spans = Array.from({ length: 30 }, () => uuid());
    const health = async (s: TestServer) => ((await (await fetch(s.url.replace(/graphql$/, 'health'))).json()) as { liveEvents: string }).liveEvents;
    const client = liveClient(a.wsUrl, a.adminKey);
    try {
      const sub = client.subscribe(SPAN_SEQUENCE, { t: traceId }, 'spanAdded');
      for (let i = 0; i < 10; i++) await ingest(i);
      await sub.until((x) => x.events.length === 10, 30_000, 'the first 10 spans');

      await cluster.kill();
      // Ingestion does not wait for Redis: stored and acknowledged while the cluster is down.
      for (let i = 10; i < 20; i++) await ingest(i);
      await until(
        () => health(a),
        (h) => h === 'redis-unreachable',
        'a to notice the outage',
      );
      await cluster.restart();
      for (const s of [a, b])
        await until(
          () => health(s),
          (h) => h === 'redis',
          'the live bus to reconnect',
          60_000,
        );
      for (let i = 20; i < 30; i++) await ingest(i);

      await sub.until((x) => x.events.length >= 30, 60_000, 'all 30 spans after the restart');
      expect(sub.events.map((e) => e.id)).toEqual(spans);
      expect(sub.events.map((e) => e.sequence)).toEqual(spans.map((_, i) => i + 1));
    } finally {
      await client.dispose();
    }
  });
});
