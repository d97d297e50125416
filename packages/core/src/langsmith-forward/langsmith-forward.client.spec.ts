import { FakeLangSmith } from '../../../../test/support/fake-langsmith';
import type { SpanEntity } from '../spans/span.entity';
import type { TraceEntity } from '../traces/trace.entity';
import { LangSmithForwardClient, LangSmithForwardError, retryAfterMs } from './langsmith-forward.client';
import { mapTraceToRuns, type ForwardRun } from './langsmith-forward.mapper';

const P = '0193a000-0000-7000-8000-0000000000ff';
/** A trace with `width` agents under the root, each with an LLM call and a tool call. */
function sampleRuns(traceId: string, width: number): ForwardRun[] {
  const t0 = Date.UTC(2026, 0, 2, 3, 4, 5);
  const spans: SpanEntity[] = [];
  for (let i = 0; i < width; i++) {
    const agent = `0193c${traceId.slice(-3)}-0000-7000-8000-${(0x100 + i * 3).toString(16).padStart(12, '0')}`;
    spans.push({
      id: agent,
      kind: 'agent',
      runType: 'agent',
      parentId: null,
      name: `agent-${i}`,
      startTime: new Date(t0 + i),
      endTime: new Date(t0 + 500),
      metadata: {},
      tags: [],
    } as unknown as SpanEntity);
    spans.push({
      id: `${agent.slice(0, 24)}${(0x101 + i * 3).toString(16).padStart(12, '0')}`,
      kind: 'llm',
      runType: 'llm',
      parentId: agent,
      name: 'llm',
      startTime: new Date(t0 + i),
      endTime: new Date(t0 + 100),
      inputs: [{ role: 'user', content: 'x'.repeat(200) }],
      metadata: {},
      tags: [],
      model: 'gpt-4o',
      provider: 'openai',
      promptTokens: 3,
      completionTokens: 4,
    } as unknown as SpanEntity);
    spans.push({
      id: `${agent.slice(0, 24)}${(0x102 + i * 3).toString(16).padStart(12, '0')}`,
      kind: 'tool',
      runType: 'tool',
      parentId: agent,
      name: 'tool',
      startTime: new Date(t0 - 5),
      endTime: null,
      metadata: {},
      tags: [],
    } as unknown as SpanEntity);
  }
  const trace = {
    id: traceId,
    projectId: P,
    name: 'root',
    startTime: new Date(t0),
    endTime: new Date(t0 + 900),
    tags: [],
    metadata: {},
    input: { q: 1 },
    output: { a: 2 },
  } as unknown as TraceEntity;
  return mapTraceToRuns({ trace, spans, errors: [] }, 'forwarded');
}

describe('LangSmithForwardClient against a validating receiver', () => {
  const receiver = new FakeLangSmith();
  let endpoint: string;
  const delays: number[] = [];
  const client = (workspaceId?: string) =>
    new LangSmithForwardClient(
      { endpoint, apiKey: 'key', workspaceId },
      {
        baseDelayMs: 10,
        maxAttempts: 4,
        sleep: async (ms) => void delays.push(ms),
      },
    );

  beforeAll(async () => {
    endpoint = await receiver.start();
  });
  afterAll(() => receiver.stop());
  beforeEach(() => {
    receiver.runs.clear();
    receiver.requests = [];
    receiver.script = [];
    receiver.multipart = true;
    receiver.info = { batch_ingest_config: { size_limit_bytes: 1_000_000, size_limit: 100 } };
    delays.length = 0;
  });

  it('delivers a whole tree through /runs/multipart with the tenant header', async () => {
    const runs = sampleRuns('0193b000-0000-7000-8000-000000000001', 3);
    await client('ws-1').send({ post: runs });
    expect([...receiver.runs.keys()].sort()).toEqual(runs.map((r) => r.id).sort());
    const posts = receiver.requests.filter((r) => r.path === '/runs/multipart');
    expect(posts).toHaveLength(1);
    expect(posts[0].headers['x-tenant-id']).toBe('ws-1');
    const llm = [...receiver.runs.values()].find((r) => r.run_type === 'llm')!;
    expect(llm.inputs).toEqual({ messages: [{ role: 'user', content: 'x'.repeat(200) }] });
    expect((llm.extra as { metadata: Record<string, unknown> }).metadata.ls_model_name).toBe('gpt-4o');
  });

  it('sends kept attachments as attachment.<id>.<name> parts with their content type, byte for byte, and leaves them out of /runs/batch', async () => {
    const runs = sampleRuns('0193b000-0000-7000-8000-000000000009', 1);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 13, 10, 45, 45]);
    runs[1].attachments = { 'chart.png': { contentType: 'image/png', data: png.toString('base64') } };
    await client().send({ post: runs });
    // A name with a period (which LangSmith cannot take) goes out with an underscore.
    expect(receiver.runs.get(runs[1].id)!.attachments).toEqual({ chart_png: { contentType: 'image/png', data: png.toString('base64') } });

    receiver.runs.clear();
    receiver.multipart = false;
    await client().send({ post: runs });
    expect(receiver.runs.get(runs[1].id)).toBeDefined();
    expect(receiver.runs.get(runs[1].id)!.attachments).toBeUndefined();
  });

  it('sends feedback as feedback.<id> parts after the runs they score, and to /feedback without multipart', async () => {
    const runs = sampleRuns('0193b000-0000-7000-8000-00000000000a', 1);
    const feedback = (id: string) => ({
      id,
      run_id: runs[1].id,
      trace_id: runs[0].id,
      key: 'helpfulness',
      score: 0.5,
      feedback_source: { type: 'api' },
      created_at: '2026-01-02T03:04:05.000Z',
    });
    const f1 = '0193b000-0000-7000-8000-0000000000f1';
    const sent: string[] = [];
    await client().send({ post: runs, feedback: [feedback(f1)] }, (ids) => sent.push(...ids));
    expect(receiver.feedback.get(f1)).toMatchObject({ run_id: runs[1].id, key: 'helpfulness', score: 0.5 });
    expect(sent).toContain(f1);

    receiver.runs.clear();
    receiver.multipart = false;
    const f2 = '0193b000-0000-7000-8000-0000000000f2';
    await client().send({ post: runs, feedback: [feedback(f2)] });
    expect(receiver.feedback.get(f2)).toMatchObject({ run_id: runs[1].id });
    expect(receiver.requests.filter((r) => r.path === '/feedback').map((r) => r.status)).toEqual([200]);
  });

  it('retries 429 (honouring Retry-After) and 500, and counts a 409 as delivered, so every run arrives exactly once', async () => {
    const runs = sampleRuns('0193b000-0000-7000-8000-000000000002', 2);
    receiver.script = [{ status: 429, headers: { 'retry-after': '2' } }, { status: 500 }];
    const c = client();
    await c.send({ post: runs });
    expect(delays).toEqual([2000, 20]);
    await c.send({ post: runs }); // a job retried after its send got through: 409, not an error
    // Halved down to single runs, each already held.
    const statuses = receiver.requests.map((r) => r.status);
    expect(statuses.slice(0, 5)).toEqual([200, 429, 500, 202, 409]);
    expect(new Set(statuses.slice(4))).toEqual(new Set([409]));
    expect(statuses.length).toBe(4 + 2 * runs.length - 1);
    expect(receiver.runs.size).toBe(runs.length);
  });

  it('sends again, halved, a request refused with 409 for one old run, so the new runs beside it arrive', async () => {
    const runs = sampleRuns('0193b000-0000-7000-8000-000000000006', 2);
    const c = client();
    // The first run got through before its job was lost; the retry carries it with five new ones.
    await c.send({ post: runs.slice(0, 1) });
    await c.send({ post: runs });
    expect(receiver.runs.size).toBe(runs.length);
    expect([...receiver.runs.keys()].sort()).toEqual(runs.map((r) => r.id).sort());
    const statuses = receiver.requests.filter((r) => r.path === '/runs/multipart').map((r) => r.status);
    expect(statuses.filter((x) => x === 409).length).toBeGreaterThan(1);
  });

  it('falls back to /runs/batch when multipart answers 404, and keeps using it', async () => {
    receiver.multipart = false;
    const c = client();
    await c.send({ post: sampleRuns('0193b000-0000-7000-8000-000000000003', 1) });
    await c.send({ post: sampleRuns('0193b000-0000-7000-8000-000000000004', 1) });
    expect(receiver.requests.map((r) => r.path)).toEqual(['/info', '/runs/multipart', '/runs/batch', '/runs/batch']);
    expect(receiver.runs.size).toBe(8);
  });

  it('splits into requests within the advertised size limits, parents before children', async () => {
    receiver.info = { batch_ingest_config: { size_limit_bytes: 4000, size_limit: 3 } };
    const runs = sampleRuns('0193b000-0000-7000-8000-000000000005', 4);
    await client().send({ post: runs });
    const posts = receiver.requests.filter((r) => r.path === '/runs/multipart');
    expect(posts.length).toBeGreaterThanOrEqual(5);
    expect(posts.every((p) => p.status === 202)).toBe(true);
    expect(receiver.runs.size).toBe(runs.length);
  });

  it('fails a 4xx at once with the response body, and a persistent 503 after the attempts as retryable', async () => {
    receiver.script = [{ status: 422 }];
    const err = await client()
      .send({ post: sampleRuns('0193b000-0000-7000-8000-000000000006', 1) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LangSmithForwardError);
    expect(err).toMatchObject({ status: 422, retryable: false, body: '{"detail":"scripted"}' });
    receiver.script = Array.from({ length: 4 }, () => ({ status: 503 }));
    const err2 = await client()
      .send({ post: sampleRuns('0193b000-0000-7000-8000-000000000007', 1) })
      .catch((e: unknown) => e);
    expect(err2).toMatchObject({ status: 503, retryable: true });
    expect(receiver.runs.size).toBe(0);
  });

  it('retries network errors', async () => {
    const dead = new LangSmithForwardClient({ endpoint: 'http://127.0.0.1:1', apiKey: 'key' }, { maxAttempts: 2, sleep: async () => undefined });
    await expect(dead.send({ post: sampleRuns('0193b000-0000-7000-8000-000000000008', 1) })).rejects.toMatchObject({ status: null, retryable: true });
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs(new Date(Date.now() + 60_000).toUTCString())).toBeGreaterThan(50_000);
  });
});
