// Forwarding end to end: traces ingested into Sextant reach a validating LangSmith stand-in
// through the langsmith queue, once each and with their tree, despite 429/500 answers, and
// their forwarding status is readable through GraphQL.
import { FakeLangSmith } from '../support/fake-langsmith';
import { startTestServer, type TestServer } from '../support/test-server';
import { sleep, until } from '../support/wait';

const INGEST = `mutation($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }`;
const FORWARDING = `query($id: ID!) { trace(id: $id) { forwarding { status attempts lastError sentAt } } }`;
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
      llmCalls: [{
        id: llm, traceId, parentId: agent, model: 'gpt-4o-mini', provider: 'openai', promptTokens: 1000, completionTokens: 200,
        startTime: at(1), endTime: at(3), inputs: { messages: [{ role: 'user', content: 'Find the docs' }] }, outputs: { text: 'Searching' },
      }],
      toolCalls: [{ id: tool, traceId, parentId: agent, name: 'search', startTime: at(4), endTime: at(5), status: 'ERROR', error: 'timeout' }],
    },
  };
}

describe('forwarding to LangSmith', () => {
  const receiver = new FakeLangSmith();
  let s: TestServer;
  let project: { id: string; key: string };
  beforeAll(async () => {
    const endpoint = await receiver.start();
    s = await startTestServer({
      RUN_WORKER: 'true', QUEUE_BACKEND: 'postgres', METRICS_DELAY_MS: '100', JOB_BACKOFF_MS: '50', JOB_ATTEMPTS: '3',
      LANGSMITH_TRACING: 'true', LANGSMITH_API_KEY: 'key', LANGSMITH_ENDPOINT: endpoint, LANGSMITH_WORKSPACE_ID: 'ws-1', LANGSMITH_PROJECT: 'from-sextant',
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
    await until(async () => receiver.runs.size, (n) => n === 12, 'every run forwarded');
    for (const [i, traceId] of traces.entries()) {
      const { agent, llm, tool } = runs[i].ids;
      const root = receiver.runs.get(traceId)!;
      expect(root).toMatchObject({ run_type: 'chain', trace_id: traceId, session_name: 'from-sextant', name: 'support-bot' });
      expect(receiver.runs.get(agent)).toMatchObject({ parent_run_id: traceId, start_time: root.start_time });
      expect(receiver.runs.get(llm)).toMatchObject({ run_type: 'llm', parent_run_id: agent });
      expect((receiver.runs.get(llm)!.extra as { metadata: Record<string, unknown> }).metadata).toMatchObject({
        ls_model_name: 'gpt-4o-mini', ls_provider: 'openai', session_id: 'thread-9',
      });
      expect(receiver.runs.get(tool)).toMatchObject({ run_type: 'tool', parent_run_id: agent, error: 'timeout' });
      const status = await until(
        async () => (await s.gql(FORWARDING, { id: traceId }, project.key)).data?.trace.forwarding,
        (f) => f?.status === 'SENT', 'status sent',
      );
      expect(status.lastError).toBeNull();
      expect(status.sentAt).toBeTruthy();
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
      (f) => f?.status === 'FAILED' && f.attempts >= 1, 'status failed',
    );
    expect(status.lastError).toMatch(/422.*scripted/);
    // A refusal fails the job for good: no retry resends the same runs.
    await sleep(500);
    expect((await s.gql(FORWARDING, { id: traceId }, project.key)).data?.trace.forwarding.attempts).toBe(1);
    expect(receiver.runs.has(traceId)).toBe(false);
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
      RUN_WORKER: 'true', QUEUE_BACKEND: 'postgres', METRICS_DELAY_MS: '100', JOB_BACKOFF_MS: '50',
      LANGSMITH_TRACING: 'true', LANGSMITH_API_KEY: target.key, LANGSMITH_ENDPOINT: `${b.url.replace(/\/graphql$/, '')}/langsmith`, LANGSMITH_PROJECT: 'from-sextant',
    });
    source = await a.project('source', 'admin');
  }, 60_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  const TREE = `query($id: ID!) { trace(id: $id) { name sessionId promptTokens completionTokens totalTokens errorCount
    spans { name runType parentId status error ... on LLMCall { model provider promptTokens completionTokens totalTokens } } } }`;

  it('arrives with the same tree, tokens and errors', async () => {
    const traceId = uuid();
    const { batch, ids } = agentRun(traceId);
    expect((await a.gql(INGEST, { b: batch }, source.key)).data?.ingest).toMatchObject({ accepted: 4, rejected: 0 });
    const there = await until(async () => (await b.gql(TREE, { id: traceId }, b.adminKey)).data?.trace, (t) => t?.spans?.length >= 4, 'trace forwarded');
    const here = (await a.gql(TREE, { id: traceId }, source.key)).data?.trace;
    const byName = (t: { spans: Record<string, unknown>[] }) => Object.fromEntries(t.spans.map((sp) => [sp.name as string, sp]));
    const remote = byName(there);
    expect(remote.planner).toMatchObject({ parentId: traceId });
    expect(remote.search).toMatchObject({ parentId: ids.agent, status: 'ERROR', error: 'timeout' });
    expect((there.spans as Record<string, unknown>[]).find((sp) => sp.model)).toMatchObject({
      parentId: ids.agent, model: 'gpt-4o-mini', provider: 'openai', promptTokens: 1000, completionTokens: 200, totalTokens: 1200,
    });
    expect(there).toMatchObject({ name: 'support-bot', sessionId: 'thread-9', promptTokens: here.promptTokens, completionTokens: here.completionTokens });
  });
});
