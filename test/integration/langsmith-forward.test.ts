// Forwarding end to end: traces ingested into Sextant reach a validating LangSmith stand-in
// through the langsmith queue, once each and with their tree, despite 429/500 answers, and
// their forwarding status is readable through GraphQL.
import { Client } from 'langsmith';
import { getCurrentRunTree } from 'langsmith/singletons/traceable';
import { traceable } from 'langsmith/traceable';
import { graphql } from '../gql';
import type { IngestBatchInput } from '../gql/graphql';
import { FakeLangSmith } from '../support/fake-langsmith';
import { startTestServer, type TestServer } from '../support/test-server';
import { sleep, until } from '../support/wait';

const INGEST = graphql(`mutation LsForwardIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`);
const FORWARDING = graphql(`query LsForwardForwarding($id: ID!) { trace(id: $id) { forwarding { status attempts lastError sentAt runsSent requestedAt } } }`);
const PROJECT_FORWARDING = graphql(
  `query LsForwardProjectForwarding($id: ID!) { project(id: $id) { forwarding { enabled setting langsmithProject available } } }`,
);
const FORWARD_COUNTS = graphql(`query LsForwardForwardCounts($id: ID!) { project(id: $id) { forwarding { pending failed } } }`);
const UPDATE_FORWARDING = graphql(
  `mutation LsForwardUpdateForwarding($p: ID!, $i: ProjectForwardingInput!) { updateProjectForwarding(projectId: $p, input: $i) { id forwarding { enabled setting langsmithProject available } } }`,
);
const RETRY = graphql(`mutation LsForwardRetry($p: ID!, $t: [ID!]) { retryForwarding(projectId: $p, traceIds: $t) }`);
const uuid = () => crypto.randomUUID();
const at = (sec: number) => new Date(Date.UTC(2026, 10, 22, 9, 0, 0) + sec * 1000).toISOString();

/** An agent (started a little before its trace) with an LLM call and a failing tool call. */
function agentRun(traceId: string) {
  const agent = uuid();
  const llm = uuid();
  const tool = uuid();
  return {
    ids: { agent, llm, tool },
    batch: {
      traces: [{ id: traceId, name: 'support-bot', startTime: at(0), endTime: at(10), sessionId: 'thread-9' }],
      agentCalls: [{ id: agent, traceId, name: 'planner', startTime: at(-1), endTime: at(9) }],
      llmCalls: [
        {
          id: llm,
          traceId,
          parentId: agent,
          model: 'gpt-4o-mini',
          provider: 'openai',
          promptTokens: 1000,
          completionTokens: 200,
          startTime: at(1),
          endTime: at(3),
          inputs: { messages: [{ role: 'user', content: 'Find the docs' }] },
          outputs: { text: 'Searching' },
        },
      ],
      toolCalls: [{ id: tool, traceId, parentId: agent, name: 'search', startTime: at(4), endTime: at(5), status: 'ERROR', error: 'timeout' }],
    } satisfies IngestBatchInput,
  };
}

describe('forwarding to LangSmith', () => {
  const receiver = new FakeLangSmith();
  let s: TestServer;
  let project: { id: string; key: string };
  beforeAll(async () => {
    const endpoint = await receiver.start();
    s = await startTestServer({
      RUN_WORKER: 'true',
      QUEUE_BACKEND: 'postgres',
      METRICS_DELAY_MS: '100',
      JOB_BACKOFF_MS: '50',
      JOB_ATTEMPTS: '3',
      LANGSMITH_FORWARD_INTERVAL_MS: '300',
      TRACE_SWEEP_INTERVAL_MS: '1000',
      LANGSMITH_TRACING: 'true',
      LANGSMITH_API_KEY: 'key',
      LANGSMITH_ENDPOINT: endpoint,
      LANGSMITH_WORKSPACE_ID: 'ws-1',
      LANGSMITH_PROJECT: 'from-sextant',
    });
    project = await s.project('forwarding', 'admin');
  }, 60_000);
  afterAll(async () => {
    await s?.stop();
    await receiver.stop();
  });

  it('delivers every ended trace once, with its tree, through 429 and 500 answers, and reports it sent', async () => {
    receiver.script = [{ status: 429, headers: { 'retry-after': '0' } }, { status: 500 }];
    const traces = [uuid(), uuid(), uuid()];
    const runs = traces.map((t) => agentRun(t));
    for (const r of runs) {
      const res = await s.gql(INGEST, { b: r.batch }, project.key);
      expect(res.data?.ingest).toMatchObject({ accepted: 4, rejected: 0 });
    }
    await until(
      async () => receiver.runs.size,
      (n) => n === 12,
      'every run forwarded',
    );
    for (const [i, traceId] of traces.entries()) {
      const { agent, llm, tool } = runs[i].ids;
      const root = receiver.runs.get(traceId)!;
      expect(root).toMatchObject({ run_type: 'chain', trace_id: traceId, session_name: 'from-sextant', name: 'support-bot' });
      expect(receiver.runs.get(agent)).toMatchObject({ parent_run_id: traceId, start_time: root.start_time });
      expect(receiver.runs.get(llm)).toMatchObject({ run_type: 'llm', parent_run_id: agent });
      expect((receiver.runs.get(llm)!.extra as { metadata: Record<string, unknown> }).metadata).toMatchObject({
        ls_model_name: 'gpt-4o-mini',
        ls_provider: 'openai',
        session_id: 'thread-9',
      });
      expect(receiver.runs.get(tool)).toMatchObject({ run_type: 'tool', parent_run_id: agent, error: 'timeout' });
      const status = await until(
        async () => (await s.gql(FORWARDING, { id: traceId }, project.key)).data?.trace.forwarding,
        (f) => f?.status === 'SENT',
        'status sent',
      );
      expect(status!.lastError).toBeNull();
      expect(status!.sentAt).toBeTruthy();
    }
    expect(receiver.requests.filter((r) => r.path === '/runs/multipart').every((r) => r.headers['x-tenant-id'] === 'ws-1')).toBe(true);
    expect(receiver.requests.some((r) => r.status === 429) && receiver.requests.some((r) => r.status === 500)).toBe(true);
  });

  it('marks a trace failed with the receiver answer when it refuses the runs', async () => {
    receiver.script = [{ status: 422 }];
    const traceId = uuid();
    await s.gql(INGEST, { b: agentRun(traceId).batch }, project.key);
    const status = await until(
      async () => (await s.gql(FORWARDING, { id: traceId }, project.key)).data?.trace.forwarding,
      (f) => f?.status === 'FAILED' && f.attempts >= 1,
      'status failed',
    );
    expect(status!.lastError).toMatch(/422.*scripted/);
    expect((await s.gql(FORWARD_COUNTS, { id: project.id }, project.key)).data?.project.forwarding).toEqual({ pending: 0, failed: 1 });
    // A refusal fails the job for good: no retry resends the same runs.
    await sleep(500);
    expect((await s.gql(FORWARDING, { id: traceId }, project.key)).data?.trace.forwarding!.attempts).toBe(1);
    expect(receiver.runs.has(traceId)).toBe(false);

    // Once the cause is fixed, a retry through the API sends it.
    expect((await s.gql(RETRY, { p: project.id, t: [traceId] }, project.key)).data?.retryForwarding).toBe(1);
    const retried = await until(
      async () => (await s.gql(FORWARDING, { id: traceId }, project.key)).data?.trace.forwarding,
      (f) => f?.status === 'SENT',
      'status sent after the retry',
    );
    expect(retried).toMatchObject({ attempts: 2, lastError: null, runsSent: 4 });
    expect(receiver.posts.get(traceId)).toBe(1);
    // Nothing failed is left to retry.
    expect((await s.gql(RETRY, { p: project.id }, project.key)).data?.retryForwarding).toBe(0);
    expect((await s.gql(FORWARD_COUNTS, { id: project.id }, project.key)).data?.project.forwarding).toEqual({ pending: 0, failed: 0 });
  });

  it('records the requests that got through when a later one fails, so a retry sends only the rest', async () => {
    // 151 runs: two requests under the receiver's 100-run limit; the first gets through, the second is refused.
    receiver.script = [{ status: 202, pass: true }, { status: 422 }];
    const traceId = uuid();
    const tools = Array.from({ length: 150 }, (_, i) => ({ id: uuid(), traceId, name: `tool-${i}`, startTime: at(1 + i / 1000), endTime: at(2) }));
    const batch = { traces: [{ id: traceId, name: 'wide', startTime: at(0), endTime: at(3) }], toolCalls: tools };
    expect((await s.gql(INGEST, { b: batch }, project.key)).data?.ingest).toMatchObject({ accepted: 151, rejected: 0 });
    const failed = await until(
      async () => (await s.gql(FORWARDING, { id: traceId }, project.key)).data?.trace.forwarding,
      (f) => f?.status === 'FAILED',
      'second request refused',
    );
    expect(failed!.runsSent).toBe(100);
    expect((await s.gql(RETRY, { p: project.id, t: [traceId] }, project.key)).data?.retryForwarding).toBe(1);
    await until(
      async () => (await s.gql(FORWARDING, { id: traceId }, project.key)).data?.trace.forwarding,
      (f) => f?.status === 'SENT' && f.runsSent === 151,
      'rest sent',
    );
    const ours = [traceId, ...tools.map((t) => t.id)];
    expect(ours.every((id) => receiver.posts.get(id) === 1)).toBe(true);
    // The retry was one request of the 51 runs left, not a resend of all 151 (which the receiver would answer 409).
    expect(receiver.requests.filter((r) => r.status === 409)).toHaveLength(0);
  });

  it('forwards a long-running trace in parts: new runs as posts, changed runs as patches, each run posted once', async () => {
    const traceId = uuid();
    const agent = uuid();
    const llm = uuid();
    const tool = uuid();
    const first = {
      traces: [{ id: traceId, name: 'long-haul', startTime: at(0) }],
      agentCalls: [{ id: agent, traceId, name: 'planner', startTime: at(0) }],
      llmCalls: [
        {
          id: llm,
          traceId,
          parentId: agent,
          model: 'gpt-4o-mini',
          provider: 'openai',
          promptTokens: 10,
          completionTokens: 5,
          startTime: at(1),
          endTime: at(2),
        },
      ],
    };
    expect((await s.gql(INGEST, { b: first }, project.key)).data?.ingest).toMatchObject({ accepted: 3, rejected: 0 });
    // The first part: the open root and agent, and the finished LLM call, while the trace still runs.
    await until(async () => [traceId, agent, llm].every((id) => receiver.runs.has(id)), Boolean, 'first part forwarded');
    expect(receiver.runs.get(traceId)!.end_time).toBeUndefined();
    expect(receiver.runs.get(agent)!.end_time).toBeUndefined();
    expect(
      (await until(
        async () => (await s.gql(FORWARDING, { id: traceId }, project.key)).data?.trace.forwarding,
        (f) => f?.status === 'SENT',
        'first part sent',
      ))!.runsSent,
    ).toBe(3);

    const second = {
      traces: [{ id: traceId, name: 'long-haul', startTime: at(0), endTime: at(20), outputs: { answer: 42 } }],
      agentCalls: [{ id: agent, traceId, name: 'planner', startTime: at(0), endTime: at(19) }],
      toolCalls: [{ id: tool, traceId, parentId: agent, name: 'search', startTime: at(10), endTime: at(11) }],
    };
    expect((await s.gql(INGEST, { b: second }, project.key)).data?.ingest).toMatchObject({ accepted: 3, rejected: 0 });
    await until(async () => receiver.runs.get(traceId)?.end_time, Boolean, 'root closed by a patch');
    await until(async () => receiver.runs.has(tool), Boolean, 'new run posted');
    expect(receiver.runs.get(traceId)).toMatchObject({ end_time: '2026-11-22T09:00:20.000000Z', outputs: { answer: 42 } });
    expect(receiver.runs.get(agent)).toMatchObject({ end_time: '2026-11-22T09:00:19.000000Z', parent_run_id: traceId });
    expect(receiver.runs.get(tool)).toMatchObject({ parent_run_id: agent, run_type: 'tool' });
    for (const id of [traceId, agent, llm, tool]) expect(receiver.posts.get(id)).toBe(1);
    expect(receiver.patches.get(traceId)?.length).toBeGreaterThanOrEqual(1);
    expect(receiver.patches.get(agent)?.length).toBeGreaterThanOrEqual(1);
    // The finished LLM call did not change, so it was never sent again.
    expect(receiver.patches.has(llm)).toBe(false);
    const status = await until(
      async () => (await s.gql(FORWARDING, { id: traceId }, project.key)).data?.trace.forwarding,
      (f) => f?.status === 'SENT' && f.runsSent === 4,
      'all parts sent',
    );
    expect(status!.attempts).toBeGreaterThanOrEqual(2);
  });

  it('counts a 409 after a lost answer as delivered, and falls back to /runs/batch when multipart answers 404, parts included', async () => {
    // Stored, but the answer is a 500: the resend meets LangSmith's 409, which means delivered.
    receiver.script = [{ status: 500, store: true }];
    const first = uuid();
    await s.gql(INGEST, { b: agentRun(first).batch }, project.key);
    await until(
      async () => (await s.gql(FORWARDING, { id: first }, project.key)).data?.trace.forwarding,
      (f) => f?.status === 'SENT',
      'sent despite the 500',
    );
    // The resend of the several runs meets 409s (halved until each run has its own answer), nothing else.
    const statuses = receiver.requests.map((r) => r.status);
    const after500 = statuses.slice(statuses.lastIndexOf(500) + 1);
    expect(after500.length).toBeGreaterThan(0);
    expect(new Set(after500)).toEqual(new Set([409]));
    expect(receiver.posts.get(first)).toBe(1);

    // No multipart (an older LangSmith): /runs/batch from then on, for posts and patches alike.
    receiver.script = [{ status: 404 }];
    const traceId = uuid();
    const agent = uuid();
    await s.gql(
      INGEST,
      { b: { traces: [{ id: traceId, name: 'batch-fallback', startTime: at(0) }], agentCalls: [{ id: agent, traceId, name: 'planner', startTime: at(0) }] } },
      project.key,
    );
    await until(async () => receiver.runs.has(agent), Boolean, 'first part through /runs/batch');
    await s.gql(
      INGEST,
      { b: { traces: [{ id: traceId, endTime: at(5) }], agentCalls: [{ id: agent, traceId, startTime: at(0), endTime: at(4) }] } },
      project.key,
    );
    await until(async () => receiver.runs.get(traceId)?.end_time && receiver.runs.get(agent)?.end_time, Boolean, 'patches through /runs/batch');
    expect(receiver.requests.filter((r) => r.path === '/runs/batch' && r.status === 202).length).toBeGreaterThanOrEqual(2);
    expect([traceId, agent].map((id) => receiver.posts.get(id))).toEqual([1, 1]);
  });

  it('forwards the evaluations clients sent as LangSmith feedback on the runs they score, each once, and not the metrics Sextant computes', async () => {
    const traceId = uuid();
    const { batch, ids } = agentRun(traceId);
    const first = uuid();
    const withMetric = { ...batch, metrics: [{ id: first, traceId, spanId: ids.llm, name: 'helpfulness', score: 0.8, reason: 'on point' }] };
    expect((await s.gql(INGEST, { b: withMetric }, project.key)).data?.ingest).toMatchObject({ accepted: 5, rejected: 0 });
    await until(async () => receiver.feedback.get(first), Boolean, 'feedback forwarded');
    expect(receiver.feedback.get(first)).toMatchObject({ run_id: ids.llm, trace_id: traceId, key: 'helpfulness', score: 0.8, comment: 'on point' });

    // A later evaluation of the whole trace: only it goes out, on the root run.
    const second = uuid();
    await s.gql(INGEST, { b: { metrics: [{ id: second, traceId, name: 'resolved', value: 3 }] } }, project.key);
    await until(async () => receiver.feedback.get(second), Boolean, 'second feedback forwarded');
    expect(receiver.feedback.get(second)).toMatchObject({ run_id: traceId, key: 'resolved', score: 3 });
    expect([receiver.feedbackPosts.get(first), receiver.feedbackPosts.get(second)]).toEqual([1, 1]);
    // The worker's own metrics of this trace (latency, tokens…) stayed home.
    await until(
      async () =>
        (await s.gql(graphql(`query LsForwardMetricSources($id: ID!) { trace(id: $id) { metrics { source } } }`), { id: traceId }, project.key)).data?.trace
          .metrics,
      (m) => m!.some((x) => x.source !== 'client'),
      'worker metrics computed',
    );
    expect(
      [...receiver.feedback.values()]
        .filter((f) => f.trace_id === traceId)
        .map((f) => f.key)
        .sort(),
    ).toEqual(['helpfulness', 'resolved']);
  });

  it('lets each project turn forwarding off and on and choose its LangSmith project through the API', async () => {
    const other = await s.project('forwarding-settings', 'admin');
    const read = async () => (await s.gql(PROJECT_FORWARDING, { id: other.id }, other.key)).data?.project.forwarding;
    expect(await read()).toEqual({ enabled: true, setting: null, langsmithProject: 'from-sextant', available: true });

    const off = await s.gql(UPDATE_FORWARDING, { p: other.id, i: { enabled: false } }, other.key);
    expect(off.data?.updateProjectForwarding.forwarding).toEqual({ enabled: false, setting: false, langsmithProject: 'from-sextant', available: true });
    const quiet = uuid();
    expect((await s.gql(INGEST, { b: agentRun(quiet).batch }, other.key)).data?.ingest).toMatchObject({ accepted: 4 });

    const named = await s.gql(UPDATE_FORWARDING, { p: other.id, i: { enabled: true, langsmithProject: 'team-b' } }, other.key);
    expect(named.data?.updateProjectForwarding.forwarding).toEqual({ enabled: true, setting: true, langsmithProject: 'team-b', available: true });
    const loud = uuid();
    expect((await s.gql(INGEST, { b: agentRun(loud).batch }, other.key)).data?.ingest).toMatchObject({ accepted: 4 });
    await until(async () => receiver.runs.get(loud), Boolean, 'trace of the re-enabled project forwarded');
    expect([...receiver.runs.values()].filter((r) => r.trace_id === loud).every((r) => r.session_name === 'team-b')).toBe(true);
    // The trace ingested while forwarding was off was never sent, nor queued.
    expect(receiver.runs.has(quiet)).toBe(false);
    expect((await s.gql(FORWARDING, { id: quiet }, other.key)).data?.trace.forwarding).toBeNull();

    // null goes back to the server's defaults.
    const reset = await s.gql(UPDATE_FORWARDING, { p: other.id, i: { enabled: null, langsmithProject: null } }, other.key);
    expect(reset.data?.updateProjectForwarding.forwarding).toEqual({ enabled: true, setting: null, langsmithProject: 'from-sextant', available: true });
    // Another project's key can neither read nor change it; bad names are refused.
    expect((await s.gql(UPDATE_FORWARDING, { p: other.id, i: { enabled: false } }, project.key)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await s.gql(UPDATE_FORWARDING, { p: other.id, i: { langsmithProject: '  ' } }, other.key)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('queues again, from the sweep, a pending forward whose job was lost', async () => {
    const other = await s.project('forwarding-lost-job', 'admin');
    await s.gql(UPDATE_FORWARDING, { p: other.id, i: { enabled: false } }, other.key);
    const traceId = uuid();
    await s.gql(INGEST, { b: agentRun(traceId).batch }, other.key);
    await s.gql(UPDATE_FORWARDING, { p: other.id, i: { enabled: true } }, other.key);
    // What a crash between commit and enqueue leaves behind: a pending row and no job.
    await s.ds.query(`INSERT INTO langsmith_forwards (trace_id, status, requested_at) VALUES ($1, 'pending', now() - interval '1 hour')`, [traceId]);
    await until(
      async () => (await s.gql(FORWARDING, { id: traceId }, other.key)).data?.trace.forwarding,
      (f) => f?.status === 'SENT',
      'sent by the sweep',
      20_000,
    );
    expect(receiver.posts.get(traceId)).toBe(1);
  });
});

describe('a round trip from one Sextant to the LangSmith endpoints of another', () => {
  let a: TestServer;
  let b: TestServer;
  let source: { id: string; key: string };
  let target: { id: string; key: string };
  beforeAll(async () => {
    b = await startTestServer();
    target = await b.project('from-sextant', 'ingest');
    a = await startTestServer({
      RUN_WORKER: 'true',
      QUEUE_BACKEND: 'postgres',
      METRICS_DELAY_MS: '100',
      JOB_BACKOFF_MS: '50',
      LANGSMITH_TRACING: 'true',
      LANGSMITH_API_KEY: target.key,
      LANGSMITH_ENDPOINT: `${b.url.replace(/\/graphql$/, '')}/langsmith`,
      LANGSMITH_PROJECT: 'from-sextant',
    });
    source = await a.project('source', 'admin');
  }, 60_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  const TREE = graphql(`query LsForwardTree($id: ID!) { trace(id: $id) { name sessionId promptTokens completionTokens totalTokens errorCount
    spans { name runType parentId status error ... on LLMCall { model provider promptTokens completionTokens totalTokens } } } }`);

  it('arrives with the same tree, tokens and errors', async () => {
    const traceId = uuid();
    const { batch, ids } = agentRun(traceId);
    expect((await a.gql(INGEST, { b: batch }, source.key)).data?.ingest).toMatchObject({ accepted: 4, rejected: 0 });
    const there = await until(
      async () => (await b.gql(TREE, { id: traceId }, b.adminKey)).data?.trace,
      (t) => (t?.spans.length ?? 0) >= 4,
      'trace forwarded',
    );
    const here = (await a.gql(TREE, { id: traceId }, source.key)).data?.trace;
    const byName = (t: { spans: Record<string, unknown>[] }) => Object.fromEntries(t.spans.map((sp) => [sp.name as string, sp]));
    const remote = byName(there!);
    expect(remote.planner).toMatchObject({ parentId: traceId });
    expect(remote.search).toMatchObject({ parentId: ids.agent, status: 'ERROR', error: 'timeout' });
    expect((there!.spans as Record<string, unknown>[]).find((sp) => sp.model)).toMatchObject({
      parentId: ids.agent,
      model: 'gpt-4o-mini',
      provider: 'openai',
      promptTokens: 1000,
      completionTokens: 200,
      totalTokens: 1200,
    });
    expect(there).toMatchObject({ name: 'support-bot', sessionId: 'thread-9', promptTokens: here!.promptTokens, completionTokens: here!.completionTokens });
  });

  it('refuses to switch forwarding on where no LangSmith key is configured', async () => {
    const res = await b.gql(UPDATE_FORWARDING, { p: target.id, i: { enabled: true } }, b.adminKey);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/LANGSMITH_API_KEY/) });
    expect((await b.gql(PROJECT_FORWARDING, { id: target.id }, b.adminKey)).data?.project.forwarding).toEqual({
      enabled: false,
      setting: null,
      langsmithProject: 'default',
      available: false,
    });
  });

  const FULL_TREE =
    graphql(`query LsForwardFullTree($id: ID!) { trace(id: $id) { id name status sessionId promptTokens completionTokens totalTokens totalCost errorCount
    errors { errorMessage errorType agentId llmCallId toolCallId }
    metrics { id name spanId score value reason source }
    spans { id name runType parentId depth status error dottedOrder inputs outputs
      ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens promptCost completionCost totalCost } } } }`);

  it('carries attachments through both instances byte for byte', async () => {
    const id = uuid();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 13, 10]);
    const run = {
      id,
      trace_id: id,
      dotted_order: `20261122T090000000000Z${id}`,
      name: 'with-file',
      run_type: 'chain',
      start_time: '2026-11-22T09:00:00.000000Z',
      end_time: '2026-11-22T09:00:01.000000Z',
      session_name: 'source',
    };
    const boundary = '----roundtrip';
    const part = (name: string, type: string, data: Buffer) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\nContent-Type: ${type}; length=${data.length}\r\n\r\n`),
        data,
        Buffer.from('\r\n'),
      ]);
    const body = Buffer.concat([
      part(`post.${id}`, 'application/json', Buffer.from(JSON.stringify(run))),
      part(`attachment.${id}.chart`, 'image/png', png),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    const res = await fetch(`${a.url.replace(/\/graphql$/, '')}/langsmith/runs/multipart`, {
      method: 'POST',
      headers: { 'x-api-key': source.key, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: new Uint8Array(body),
    });
    expect(res.status).toBe(202);
    const FILES = graphql(`query LsForwardFiles($id: ID!) { trace(id: $id) { spans { id attachments } } }`);
    const here = (await a.gql(FILES, { id }, source.key)).data?.trace;
    expect(here!.spans[0].attachments).toEqual({ chart: { contentType: 'image/png', size: 8, encoding: 'base64', data: png.toString('base64') } });
    const there = await until(async () => (await b.gql(FILES, { id }, b.adminKey)).data?.trace, Boolean, 'forwarded with its file');
    expect(there).toEqual(here);
  });

  it('takes a trace from the SDK through the LangSmith endpoints of one instance to those of another, identical', async () => {
    const client = new Client({ apiUrl: `${a.url.replace(/\/graphql$/, '')}/langsmith`, apiKey: source.key });
    const opts = { client, project_name: 'source', tracingEnabled: true };
    const chat = traceable(
      async (q: string) => ({
        messages: [{ role: 'assistant', content: `echo ${q}` }],
        usage_metadata: {
          input_tokens: 1000,
          output_tokens: 200,
          total_tokens: 1200,
          input_token_details: { cache_read: 400 },
          output_token_details: { reasoning: 50 },
        },
      }),
      { ...opts, name: 'ChatOpenAI', run_type: 'llm', metadata: { ls_model_name: 'gpt-4o', ls_provider: 'openai' } },
    );
    const lookup = traceable(async (q: string) => ({ hits: [q] }), { ...opts, name: 'lookup', run_type: 'tool' });
    const broken = traceable(
      async (_q: string): Promise<string> => {
        throw new TypeError('boom: the tool failed');
      },
      { ...opts, name: 'broken', run_type: 'tool' },
    );
    const researcher = traceable(
      async (q: string) => {
        const answer = await chat(q);
        await lookup(q);
        await lookup(`${q} again`);
        await broken(q).catch(() => undefined);
        return { answer: answer.messages[0].content };
      },
      { ...opts, name: 'researcher', metadata: { ls_agent_type: 'subagent' } },
    );
    let rootId = '';
    const agent = traceable(
      async (q: string) => {
        rootId = getCurrentRunTree().id;
        return researcher(q);
      },
      { ...opts, name: 'agent', metadata: { thread_id: 'thread-rt' } },
    );
    await agent('What is Sextant?');
    await client.awaitPendingTraceBatches();
    expect(rootId).not.toBe('');
    // A user's thumbs-up on the answer, as createFeedback sends it (batched into /runs/multipart).
    await client.createFeedback(rootId, 'thumbs_up', { score: true, comment: 'helpful', traceId: rootId, sessionId: source.id });
    await client.awaitPendingTraceBatches();

    // A's worker adds metrics of its own, which stay in A: the feedback (source langsmith) is what travels.
    const clientOnly = <T extends { metrics: Array<{ source: string }> }>(t: T): T => ({ ...t, metrics: t.metrics.filter((m) => m.source === 'langsmith') });
    const here = clientOnly(
      (await until(
        async () => (await a.gql(FULL_TREE, { id: rootId }, source.key)).data?.trace,
        (t) => t?.status === 'SUCCESS' || t?.status === 'ERROR',
        'trace ended in A',
      ))!,
    );
    const there = await until(
      async () => (await b.gql(FULL_TREE, { id: rootId }, b.adminKey)).data?.trace,
      (t) => t?.spans?.length === here.spans.length && t.status === here.status && t.metrics.length === 1,
      'trace forwarded to B',
    );
    expect(here.spans).toHaveLength(6);
    expect(here.errorCount).toBeGreaterThanOrEqual(1);
    expect(here.metrics).toEqual([expect.objectContaining({ name: 'thumbs_up', spanId: rootId, score: 1, reason: 'helpful' })]);
    expect(there).toEqual(here);
  });
});
