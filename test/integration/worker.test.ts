// The worker end to end, on both queue backends: a completed trace gets its metrics and they are
// announced live; re-running a job changes nothing; a trace that never ends is closed after the
// quiet period and then measured.
import { JOBS } from '@sextant/jobs';
import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
import { liveClient, type LiveClient } from '../support/live-client';
import { startTestServer, type TestServer } from '../support/test-server';
import { sleep, until } from '../support/wait';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const INGEST = graphql(`mutation WorkerIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);
const uuid = () => crypto.randomUUID();
const at = (sec: number) => new Date(Date.UTC(2026, 10, 22, 9, 0, 0) + sec * 1000).toISOString();

/** An agent that calls a model, then a tool that fails once and succeeds on retry. */
function agentRun(traceId: string, ended = true): IngestBatchInput {
  const agent = uuid();
  return {
    traces: [
      {
        id: traceId,
        name: 'support-bot',
        startTime: at(0),
        ...(ended ? { endTime: at(10) } : {}),
        metadata: { tools: [{ name: 'search', description: 'web search' }] },
      },
    ],
    agentCalls: [{ id: agent, traceId, name: 'planner', startTime: at(0), endTime: at(9) }],
    llmCalls: [
      {
        id: uuid(),
        traceId,
        parentId: agent,
        model: 'gpt-4o-mini',
        provider: 'openai',
        promptTokens: 1000,
        completionTokens: 200,
        cacheReadTokens: 400,
        startTime: at(1),
        firstTokenTime: at(1.5),
        endTime: at(3),
        inputs: { messages: [{ role: 'user', content: 'Find the docs' }] },
        outputs: { text: 'Searching' },
      },
    ],
    toolCalls: [
      { id: uuid(), traceId, parentId: agent, name: 'search', startTime: at(4), endTime: at(5), status: 'ERROR', error: 'timeout' },
      { id: uuid(), traceId, parentId: agent, name: 'search', startTime: at(6), endTime: at(7), outputs: { hits: 3 } },
    ],
  };
}

describe.each(['redis', 'postgres'] as const)('the worker on %s', (backend) => {
  let s: TestServer;
  let project: { id: string; key: string };
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    s = await startTestServer({
      REDIS_URL, // live events; the queue backend is chosen below
      QUEUE_BACKEND: backend,
      RUN_WORKER: 'true',
      METRICS_DELAY_MS: '100',
      ROLLUP_DELAY_MS: '100',
      TRACE_QUIET_PERIOD_MS: '1500',
      TRACE_SWEEP_INTERVAL_MS: '1000',
      JOB_BACKOFF_MS: '50',
    });
    project = await s.project(`worker-${backend}`, 'admin');
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await s?.stop();
  });

  const metricRows = (traceId: string) =>
    s.ds.query(
      `SELECT id, name, span_id, score, value, reason, result_detail, config, timestamp, start_time, end_time, duration_ms, source
         FROM metrics WHERE trace_id = $1 ORDER BY id`,
      [traceId],
    ) as Promise<Record<string, unknown>[]>;

  it('computes every metric of a completed trace, announces it live, and a second run of the job changes nothing', async () => {
    const c = liveClient(s.wsUrl, project.key);
    clients.push(c);
    const live = c.subscribe(
      graphql(`subscription WorkerMetricComputed($p: ID!) { metricComputed(projectId: $p) { traceId metricNames metrics { name } } }`),
      { p: project.id },
      'metricComputed',
    );
    await sleep(200);
    const traceId = uuid();
    const r = await s.gql(INGEST, { b: agentRun(traceId) }, project.key);
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingest.rejected).toBe(0);

    const rows = await until(
      () => metricRows(traceId),
      (x) => x.length > 0,
      'metrics',
    );
    const names = new Set(rows.map((m) => m.name as string));
    for (const name of [
      'duration_ms',
      'agent_invocations',
      'llm_calls',
      'tool_calls',
      'total_tokens',
      'cost_usd',
      'tool_error_rate',
      'cache_read_share',
      'time_to_first_token_ms',
      'plan.duration_seconds',
      'plan.cost_usd',
      'actor.invocation_duration_ms',
      'actor.token_usage',
      'tool.invocation_duration_ms',
      'tool.error_rate',
      'tool_call_success_rate',
      'tool_call_correctness_rate',
    ]) {
      expect(names).toContain(name);
    }
    const value = (name: string) => rows.find((m) => m.name === name && m.span_id === null);
    expect(value('duration_ms')).toMatchObject({ value: 10_000, source: 'worker' });
    expect(value('tool_call_success_rate')).toMatchObject({ score: 0.5 });
    expect(value('cache_read_share')).toMatchObject({ value: 0.4 });

    const event = await live.take(1);
    expect(event[0].traceId).toBe(traceId);
    expect(new Set(event[0].metrics.map((m) => m.name))).toEqual(names);
    const [{ metrics_version, version }] = await s.ds.query('SELECT metrics_version, version FROM traces WHERE id = $1', [traceId]);
    expect(metrics_version).toBe(version);

    // The same job again (as after a crash or a retry): the rows stay byte for byte the same.
    const before = await metricRows(traceId);
    const counts = async () => (await s.jobs.status()).find((q) => q.name === 'metrics')!;
    const done = (await counts()).completed;
    await s.jobs.enqueue(JOBS.traceMetrics, [{ traceId, projectId: project.id }]);
    await until(counts, (q) => q.completed > done && q.delayed + q.waiting + q.active === 0, 'the second run');
    expect(await metricRows(traceId)).toEqual(before);
  });

  it('closes a trace that never sends an end after the quiet period, at its last activity, then measures it', async () => {
    const traceId = uuid();
    await s.gql(INGEST, { b: agentRun(traceId, false) }, project.key);
    const trace = await until(
      async () =>
        (
          await s.gql(
            graphql(`query WorkerClosedTrace($id: ID!) { trace(id: $id) { status endTime autoClosed durationMs metrics { name } } }`),
            { id: traceId },
            project.key,
          )
        ).data!.trace,
      (t) => t.autoClosed && t.metrics.length > 0,
      'the sweep to close the trace and its metrics',
    );
    // The last thing seen was the second tool call's end.
    expect(trace).toMatchObject({ status: 'ERROR', endTime: at(9), autoClosed: true, durationMs: 9000 });
  });
});
