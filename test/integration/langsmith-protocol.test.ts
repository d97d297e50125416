import { gzipSync } from 'node:zlib';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../support/test-server';
import { ofType } from '../support/typed-operation';

// LangSmith's run-ingestion protocol spoken over raw HTTP, for what the SDK does not show on a
// good day: chunked bodies, out-of-order updates, duplicates, odd times, bad keys, bad runs, overload.

const TRACE = graphql(`query LsProtocolTrace($id: ID!) { trace(id: $id) {
  id name status sessionId inputs outputs startTime endTime errorCount
  spans { __typename id depth parentId name runType status startTime endTime inputs outputs error metadata extra events attachments dottedOrder
    ... on LLMCall { model provider promptTokens completionTokens totalCost firstTokenTime streaming } }
  errors { errorMessage }
  metrics { id spanId name score reason }
} }`);

type Run = Record<string, unknown>;

const ZSTD_RUN_ID = '0199c0de-5a5a-7000-8000-00000000a11d';
const ZSTD_FIXTURE =
  'KLUv/WRfAg0JAOIPMRhQ+XpdObFFbpq5ZhGlFIG/sRmemzlWCgZAMGfHoNeWqf/b0cXe48677fHnHf5/XOcCCMqBczu5fe2/O7f0zt5jX6/GBaXOrHXiLn/rd/t9ttrFxW/pr8+KNpQ6jlqVgx4d376ti//f18KX7X8QiEFwhpsHEgiAYEEQSPuZxpzw6O03w16Z49wKDuYiNdxaLWUmpXSZNrHJxJdeTVNp8f3mA4Q7q4XHfntn1zcmOHrnn/3mPk/za/z1loAA9++HGbvfjzMjIEDEGDLkATE+wDdSMOB1YQ6SI+GKBYQDvTu74YGMT5e5GCD4HHMLhy7rz2UOTtfN+Ajhjyy2JAE4BCkVkCCgggBGXC7TtGelr+YJ+Dsb4Vd1q0rGIBatYwNyZSJo';
type Part = { name: string; data: string | Buffer; type?: string };

const uuid = () => crypto.randomUUID();
const FIELDS = ['inputs', 'outputs', 'events', 'extra', 'error', 'serialized'];
/** The SDK's part naming: the run minus its big fields, then one JSON part per field, each with `; length=`. */
function runParts(op: 'post' | 'patch', run: Run): Part[] {
  const main = Object.fromEntries(Object.entries(run).filter(([k]) => !FIELDS.includes(k)));
  return [
    { name: `${op}.${run.id}`, data: JSON.stringify(main) },
    ...FIELDS.filter((f) => run[f] !== undefined).map((f) => ({ name: `${op}.${run.id}.${f}`, data: JSON.stringify(run[f]) })),
  ];
}
function multipart(parts: Part[]) {
  const boundary = `----LangSmithFormBoundary${Math.random().toString(36).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const data = typeof p.data === 'string' ? Buffer.from(p.data) : p.data;
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\nContent-Type: ${p.type ?? 'application/json'}; length=${data.length}\r\n\r\n`;
    chunks.push(Buffer.from(head), data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
/** A body sent chunked (no Content-Length), a few bytes at a time, as the SDK streams it. */
function chunked(body: Buffer, size = 7): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= body.length) return controller.close();
      controller.enqueue(new Uint8Array(body.subarray(at, at + size)));
      at += size;
    },
  });
}

let s: TestServer;
let base: string;
let admin: string;
let app: { id: string; key: string };
beforeAll(async () => {
  s = await startTestServer({ LS_ATTACHMENT_MAX_BYTES: '64' });
  base = s.url.replace(/\/graphql$/, '/langsmith');
  admin = s.adminKey;
  app = await s.project('protocol-app', 'ingest');
});
afterAll(() => s?.stop());

type Answer = { status: number; body: any; headers: Headers };
async function send(method: string, path: string, body: unknown, key: string | null = app.key, extra: Record<string, string> = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...extra };
  if (key) headers['x-api-key'] = key;
  let payload: BodyInit | undefined;
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (body instanceof ReadableStream) {
    payload = body;
    init.duplex = 'half';
  } else if (body instanceof FormData || body === undefined) payload = body as BodyInit | undefined;
  else if (Buffer.isBuffer(body)) payload = new Uint8Array(body);
  else {
    payload = JSON.stringify(body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${base}${path}`, { ...init, body: payload });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}
const postMultipart = (parts: Part[], key: string | null = app.key, stream = false) => {
  const { body, contentType } = multipart(parts);
  return send('POST', '/runs/multipart', stream ? chunked(body) : body, key, { 'content-type': contentType });
};
const readTrace = async (id: string) => {
  const r = await s.gql(TRACE, { id });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.trace;
};
const segment = (iso: string, id: string) => `${iso.replace(/[-:]/g, '').replace('.', '').replace('Z', '')}000Z${id}`;

describe('GET /info', () => {
  it('advertises multipart ingestion, zstd bodies and every batch setting the Python and JS SDKs read, within the body limit, under both prefixes, without a key', async () => {
    for (const prefix of ['', '/api/v1']) {
      const r = await send('GET', `${prefix}/info`, undefined, null);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({
        version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
        instance_flags: { zstd_compression_enabled: true, dataset_examples_multipart_enabled: true },
        batch_ingest_config: {
          use_multipart_endpoint: true,
          size_limit: 1000,
          size_limit_bytes: Math.floor(s.config.langsmithIngest.maxBodyBytes * 0.8),
          scale_up_qsize_trigger: 1000,
          scale_up_nthreads_limit: s.config.langsmithIngest.maxConcurrentPerProject,
          scale_down_nempty_trigger: 4,
        },
      });
    }
  });
});

describe('POST /runs/multipart', () => {
  it('reads a chunked body whose parts carry `; length=` parameters, with every field, attachments and streamed tokens', async () => {
    const [root, llm, feedbackId] = [uuid(), uuid(), uuid()];
    const t0 = '2026-11-22T10:00:00.000Z';
    const t1 = '2026-11-22T10:00:00.100Z';
    const parts = [
      ...runParts('post', {
        id: root,
        trace_id: root,
        dotted_order: segment(t0, root),
        name: 'agent',
        run_type: 'chain',
        start_time: t0,
        end_time: Date.parse('2026-11-22T10:00:02Z'),
        session_name: 'protocol-app',
        inputs: { question: 'why?' },
        outputs: { answer: 'because' },
        extra: { metadata: { conversation_id: 'conv-1', user_id: 'u-9' }, runtime: { sdk: 'raw' } },
        tags: ['t1'],
      }),
      ...runParts('post', {
        id: llm,
        trace_id: root,
        parent_run_id: root,
        dotted_order: `${segment(t0, root)}.${segment(t1, llm)}`,
        name: 'ChatAnthropic',
        run_type: 'llm',
        start_time: t1,
        end_time: '2026-11-22T10:00:01.500000Z',
        session_name: 'protocol-app',
        inputs: { messages: [{ role: 'user', content: 'why?' }] },
        outputs: {
          generations: [
            [{ text: 'because', message: { kwargs: { content: 'because', usage_metadata: { input_tokens: 100, output_tokens: 20, total_tokens: 120 } } } }],
          ],
        },
        extra: { metadata: { ls_provider: 'anthropic', ls_model_name: 'claude-3-5-sonnet-20241022' }, invocation_params: { temperature: 0.5, top_p: 7 } },
        events: [
          { name: 'start', time: t1 },
          { name: 'new_token', time: '2026-11-22T10:00:00.400000Z' },
        ],
      }),
      { name: `attachment.${llm}.image`, data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 13, 10]), type: 'image/png' },
      { name: `attachment.${llm}.big`, data: Buffer.alloc(100, 1), type: 'application/octet-stream' },
      { name: `feedback.${feedbackId}`, data: JSON.stringify({ run_id: llm, trace_id: root, key: 'correctness', score: 0.5, comment: 'half right' }) },
    ];
    const r = await postMultipart(parts, app.key, true);
    expect(r).toMatchObject({ status: 202, body: { accepted: 3 } });

    const t = await readTrace(root);
    expect(t).toMatchObject({
      name: 'agent',
      status: 'SUCCESS',
      sessionId: 'conv-1',
      inputs: { question: 'why?' },
      outputs: { answer: 'because' },
      startTime: '2026-11-22T10:00:00.000Z',
      endTime: '2026-11-22T10:00:02.000Z',
    });
    const [a, l] = t.spans;
    expect(a).toMatchObject({
      __typename: 'AgentCall',
      depth: 0,
      runType: 'CHAIN',
      metadata: { conversation_id: 'conv-1', user_id: 'u-9' },
      extra: { runtime: { sdk: 'raw' } },
    });
    expect(l).toMatchObject({
      __typename: 'LLMCall',
      depth: 1,
      parentId: root,
      model: 'claude-3-5-sonnet-20241022',
      provider: 'anthropic',
      promptTokens: 100,
      completionTokens: 20,
      endTime: '2026-11-22T10:00:01.500Z',
      firstTokenTime: '2026-11-22T10:00:00.400Z',
      streaming: true,
      dottedOrder: `${segment(t0, root)}.${segment(t1, llm)}`,
    });
    expect(ofType(l, 'LLMCall').totalCost).toBeGreaterThan(0);
    expect(l.attachments).toEqual({
      image: { contentType: 'image/png', size: 8, encoding: 'base64', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 13, 10]).toString('base64') },
      big: { contentType: 'application/octet-stream', size: 100, omitted: expect.stringContaining('LS_ATTACHMENT_MAX_BYTES') },
    });
    // The feedback part, stored after the runs of its request, scores the LLM call.
    expect(t.metrics).toEqual([{ id: feedbackId, spanId: llm, name: 'correctness', score: 0.5, reason: 'half right' }]);
  });

  it('accepts a body built with FormData, and the same endpoints under /api/v1', async () => {
    const id = uuid();
    const form = new FormData();
    form.append(
      `post.${id}`,
      new Blob([JSON.stringify({ id, trace_id: id, name: 'form', run_type: 'tool', start_time: Date.now() })], { type: 'application/json' }),
    );
    form.append(`post.${id}.inputs`, new Blob([JSON.stringify({ q: 1 })], { type: 'application/json' }));
    const r = await send('POST', '/api/v1/runs/multipart', form);
    expect(r).toMatchObject({ status: 202, body: { accepted: 1 } });
    expect((await readTrace(id)).spans[0]).toMatchObject({ __typename: 'ToolCall', name: 'form', inputs: { q: 1 }, status: 'RUNNING' });
  });

  it('stores an update sent before its create, and the create then fills what the update left out', async () => {
    const [root, llm] = [uuid(), uuid()];
    const t0 = '2026-11-22T11:00:00.000Z';
    const dotted = `${segment(t0, root)}.${segment(t0, llm)}`;
    const patch = await postMultipart(
      runParts('patch', {
        id: llm,
        trace_id: root,
        parent_run_id: root,
        dotted_order: dotted,
        run_type: 'llm',
        end_time: '2026-11-22T11:00:03Z',
        outputs: { usage_metadata: { input_tokens: 10, output_tokens: 10, total_tokens: 20 } },
        error: 'RateLimitError: slow down',
      }),
    );
    expect(patch.status).toBe(202);
    const post = await postMultipart([
      ...runParts('post', { id: root, trace_id: root, dotted_order: segment(t0, root), name: 'root', run_type: 'chain', start_time: t0, inputs: { x: 1 } }),
      ...runParts('post', {
        id: llm,
        trace_id: root,
        parent_run_id: root,
        dotted_order: dotted,
        name: 'gpt',
        run_type: 'llm',
        start_time: t0,
        inputs: { prompt: 'p' },
        extra: { metadata: { ls_model_name: 'gpt-4o-mini' } },
      }),
    ]);
    expect(post.status).toBe(202);
    const t = await readTrace(root);
    expect(t.spans.map((x: Run) => [x.name, x.depth])).toEqual([
      ['root', 0],
      ['gpt', 1],
    ]);
    expect(t.spans[1]).toMatchObject({
      inputs: { prompt: 'p' },
      outputs: { usage_metadata: { input_tokens: 10 } },
      status: 'ERROR',
      error: 'RateLimitError: slow down',
      endTime: '2026-11-22T11:00:03.000Z',
      model: 'gpt-4o-mini',
      promptTokens: 10,
    });
    // Priced once the model (from the create) meets the tokens (from the update).
    expect(ofType(t.spans[1], 'LLMCall').totalCost).toBeGreaterThan(0);
    expect(t.errors).toEqual([{ errorMessage: 'RateLimitError: slow down' }]);
  });

  it('reads gzip and zstd bodies (the SDK compresses when the /info it reads offers it) and refuses other encodings with 415', async () => {
    const gzRun = {
      id: uuid(),
      name: 'gzip-run',
      run_type: 'chain',
      start_time: '2026-11-22T09:00:00.000000Z',
      end_time: '2026-11-22T09:00:01.000000Z',
      inputs: { q: 'gz' },
      session_name: 'protocol-app',
    };
    const { body, contentType } = multipart(
      runParts('post', { ...gzRun, trace_id: gzRun.id, dotted_order: segment(gzRun.start_time.slice(0, 23) + 'Z', gzRun.id) }),
    );
    const gz = await send('POST', '/runs/multipart', gzipSync(body), app.key, { 'content-type': contentType, 'content-encoding': 'gzip' });
    expect(gz.status).toBe(202);
    expect(await readTrace(gzRun.id)).toMatchObject({ name: 'gzip-run', inputs: { q: 'gz' } });

    // A multipart body compressed by the zstd CLI (a fixture: Node 20 has no zstd encoder), holding one run.
    const zst = await send('POST', '/runs/multipart', Buffer.from(ZSTD_FIXTURE, 'base64'), app.key, {
      'content-type': 'multipart/form-data; boundary=----zstdfixture',
      'content-encoding': 'zstd',
    });
    expect(zst.status).toBe(202);
    expect(await readTrace(ZSTD_RUN_ID)).toMatchObject({ name: 'zstd-run', inputs: { question: 'compressed?' }, outputs: { answer: 'zstd' } });

    const br = await send('POST', '/runs/multipart', body, app.key, { 'content-type': contentType, 'content-encoding': 'compress' });
    expect(br.status).toBe(415);
    const corrupt = await send('POST', '/runs/multipart', Buffer.from('not zstd at all'), app.key, { 'content-type': contentType, 'content-encoding': 'zstd' });
    expect(corrupt.status).toBe(400);
  });

  it('reports a malformed run and stores the good ones of the same batch', async () => {
    const [good, bad, notJson] = [uuid(), uuid(), uuid()];
    const r = await postMultipart([
      ...runParts('post', { id: good, trace_id: good, name: 'good', run_type: 'chain', start_time: Date.now() }),
      ...runParts('post', { id: bad, trace_id: bad, name: 'bad', run_type: 'chain', start_time: 'yesterday-ish' }),
      { name: `post.${notJson}`, data: '{"id": "broken' },
    ]);
    expect(r.status).toBe(400);
    expect(r.body.accepted).toBe(1);
    expect(r.body.detail).toContain(`post.${bad}: start_time`);
    expect(r.body.rejected.map((x: Run) => x.id).sort()).toEqual([bad, notJson].sort());
    expect(r.body.rejected.find((x: Run) => x.id === notJson).message).toMatch(/not valid JSON/);
    expect((await readTrace(good)).name).toBe('good');
    expect((await s.gql(TRACE, { id: bad })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('POST /runs/batch, POST /runs, PATCH /runs/:id', () => {
  it('keeps the stored inputs when an update carries none, and answers 2xx to duplicates without duplicating rows', async () => {
    const id = uuid();
    const create = { id, name: 'dup', run_type: 'tool', start_time: '2026-11-22T12:00:00Z', inputs: { keep: 'me' }, session_name: 'protocol-app' };
    expect((await send('POST', '/runs', create)).status).toBe(202);
    expect((await send('POST', '/runs', create)).status).toBe(202);
    const update = { end_time: '2026-11-22T12:00:01Z', outputs: { out: 1 }, error: 'ValueError: no', trace_id: id };
    expect((await send('PATCH', `/runs/${id}`, update)).status).toBe(202);
    expect((await send('PATCH', `/runs/${id}`, update)).status).toBe(202);
    const batch = await send('POST', '/runs/batch', { post: [create], patch: [{ ...update, id }] });
    expect(batch).toMatchObject({ status: 202, body: { accepted: 2 } });

    const t = await readTrace(id);
    expect(t.spans).toHaveLength(1);
    expect(t.spans[0]).toMatchObject({ inputs: { keep: 'me' }, outputs: { out: 1 }, status: 'ERROR', endTime: '2026-11-22T12:00:01.000Z' });
    expect(t).toMatchObject({ errorCount: 1, errors: [{ errorMessage: 'ValueError: no' }], inputs: { keep: 'me' } });
    const [{ n }] = await s.ds.query('SELECT count(*)::int AS n FROM errors WHERE trace_id = $1', [id]);
    expect(n).toBe(1);
  });

  it('reads epoch milliseconds and ISO times with six fractional digits, with or without a zone', async () => {
    const cases: [unknown, string][] = [
      [Date.UTC(2026, 10, 22, 13, 0, 0, 250), '2026-11-22T13:00:00.250Z'],
      ['2026-11-22T13:00:00.123456Z', '2026-11-22T13:00:00.123Z'],
      ['2026-11-22T13:00:00.123456', '2026-11-22T13:00:00.123Z'],
      ['2026-11-22T15:00:00.500000+02:00', '2026-11-22T13:00:00.500Z'],
      ['2026-11-22 13:00:01', '2026-11-22T13:00:01.000Z'],
    ];
    const ids = cases.map(() => uuid());
    const r = await send('POST', '/runs/batch', {
      post: cases.map(([start], i) => ({
        id: ids[i],
        trace_id: ids[i],
        name: `t${i}`,
        run_type: 'chain',
        start_time: start,
        end_time: '2026-11-22T13:00:02.000001',
      })),
    });
    expect(r.status).toBe(202);
    for (const [i, [, expected]] of cases.entries()) {
      expect((await readTrace(ids[i])).spans[0]).toMatchObject({ startTime: expected, endTime: '2026-11-22T13:00:02.000Z' });
    }
  });

  it('takes an update that names no run_type before its create as a guess, and the create moves it to the declared kind', async () => {
    const [root, child] = [uuid(), uuid()];
    const patch = await send('POST', '/runs/batch', {
      patch: [{ id: child, trace_id: root, parent_run_id: root, end_time: '2026-11-22T14:00:01Z', outputs: { text: 'hi' }, error: 'Boom' }],
    });
    expect(patch.status).toBe(202);
    const post = await send('POST', '/runs/batch', {
      post: [
        { id: root, trace_id: root, name: 'root', run_type: 'chain', start_time: '2026-11-22T14:00:00Z' },
        { id: child, trace_id: root, parent_run_id: root, name: 'retrieve', run_type: 'retriever', start_time: '2026-11-22T14:00:00.5Z', inputs: { q: 'x' } },
      ],
    });
    expect(post.status).toBe(202);
    const t = await readTrace(root);
    expect(t.spans[1]).toMatchObject({
      __typename: 'ToolCall',
      runType: 'RETRIEVER',
      name: 'retrieve',
      inputs: { q: 'x' },
      outputs: { text: 'hi' },
      status: 'ERROR',
    });
    const [e] = await s.ds.query('SELECT agent_id, tool_call_id FROM errors WHERE trace_id = $1', [root]);
    expect(e).toEqual({ agent_id: null, tool_call_id: child });
  });

  it("moves the trace's call counts with a run the create moves to its declared kind", async () => {
    const [root, child] = [uuid(), uuid()];
    const patch = await send('POST', '/runs/batch', {
      patch: [{ id: child, trace_id: root, parent_run_id: root, start_time: '2026-11-22T14:00:00.5Z', end_time: '2026-11-22T14:00:01Z' }],
    });
    expect(patch.status).toBe(202);
    const post = await send('POST', '/runs/batch', {
      post: [
        { id: root, trace_id: root, name: 'root', run_type: 'chain', start_time: '2026-11-22T14:00:00Z' },
        { id: child, trace_id: root, parent_run_id: root, name: 'retrieve', run_type: 'retriever', start_time: '2026-11-22T14:00:00.5Z' },
      ],
    });
    expect(post.status).toBe(202);
    // Ingestion only adds what its batch changes: the move itself recomputes the trace.
    const [counts] = await s.ds.query('SELECT agent_call_count, llm_call_count, tool_call_count FROM traces WHERE id = $1', [root]);
    expect(counts).toEqual({ agent_call_count: 1, llm_call_count: 0, tool_call_count: 1 });
  });

  it('flattens a legacy create with nested child_runs and builds the dotted_order the server owes it', async () => {
    const [root, child, grandchild] = [uuid(), uuid(), uuid()];
    const r = await send('POST', '/runs', {
      id: root,
      name: 'legacy',
      run_type: 'chain',
      start_time: '2026-11-22T15:00:00Z',
      child_runs: [
        {
          id: child,
          name: 'step',
          run_type: 'prompt',
          start_time: '2026-11-22T15:00:01Z',
          child_runs: [{ id: grandchild, name: 'embed', run_type: 'embedding', start_time: '2026-11-22T15:00:02Z' }],
        },
      ],
    });
    expect(r).toMatchObject({ status: 202, body: { accepted: 3 } });
    const t = await readTrace(root);
    expect(t.spans.map((x: Run) => [x.__typename, x.runType, x.depth])).toEqual([
      ['AgentCall', 'CHAIN', 0],
      ['AgentCall', 'PROMPT', 1],
      ['LLMCall', 'EMBEDDING', 2],
    ]);
    expect(t.spans[2].dottedOrder).toBe(
      `${segment('2026-11-22T15:00:00.000Z', root)}.${segment('2026-11-22T15:00:01.000Z', child)}.${segment('2026-11-22T15:00:02.000Z', grandchild)}`,
    );
  });

  it('answers 404 to an update of an unknown run that does not say which trace it belongs to, and 400 to a bad body', async () => {
    const id = uuid();
    const r = await send('PATCH', `/runs/${id}`, { end_time: Date.now() });
    expect(r.status).toBe(404);
    expect(r.body.detail).toMatch(/not stored yet.*trace_id or dotted_order/);
    expect((await send('PATCH', '/runs/not-a-uuid', { end_time: Date.now() })).status).toBe(400);
    expect((await send('POST', '/runs/batch', { post: 'nope' })).status).toBe(400);
    const notJson = await send('POST', '/runs', Buffer.from('{oops'), app.key, { 'content-type': 'application/json' });
    expect(notJson).toMatchObject({ status: 400, body: { detail: 'The request body is not valid JSON' } });
    expect((await send('POST', '/runs', { name: 'no type', start_time: Date.now() })).body.detail).toMatch(/run_type/);
    expect((await send('GET', '/orgs/current/info', undefined)).status).toBe(404);
  });
});

describe('POST /feedback', () => {
  it('stores feedback on a run as a metric, before its run when it names the trace; refuses it without a run or a key (400) and on another project (404, 403)', async () => {
    const id = uuid();
    const t0 = '2026-11-22T11:00:00.000Z';
    expect(
      (
        await send('POST', '/runs', {
          id,
          trace_id: id,
          dotted_order: segment(t0, id),
          name: 'scored',
          run_type: 'chain',
          start_time: t0,
          session_name: 'protocol-app',
        })
      ).status,
    ).toBe(202);
    const ok = await send('POST', '/feedback', { run_id: id, key: 'user_score', score: false, comment: 'wrong answer', correction: { answer: 42 } });
    expect(ok).toMatchObject({ status: 200, body: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), run_id: id, key: 'user_score' } });
    expect((await readTrace(id)).metrics).toEqual([{ id: ok.body.id, spanId: id, name: 'user_score', score: 0, reason: 'wrong answer' }]);

    const noRun = await send('POST', '/feedback', { key: 'project_level', score: 1, session_id: app.id });
    expect(noRun.status).toBe(400);
    expect(noRun.body.detail).toMatch(/run_id/);
    expect((await send('POST', '/feedback', { run_id: id, score: 1 })).status).toBe(400);
    // Another project's key cannot see the run, so for it the run does not exist.
    const other = await s.project('protocol-other', 'ingest');
    expect((await send('POST', '/feedback', { run_id: id, key: 'sneaky', score: 1 }, other.key)).status).toBe(404);
    // Nor can it reach the trace by naming it: that trace belongs to another project.
    expect((await send('POST', '/feedback', { run_id: uuid(), trace_id: id, key: 'sneaky', score: 1 }, other.key)).status).toBe(403);
    expect((await readTrace(id)).metrics).toHaveLength(1);

    // Feedback that beats its run (the SDK sends them in separate batches) is kept when it names the trace.
    const [early, earlyTrace] = [uuid(), uuid()];
    expect((await send('POST', '/feedback', { run_id: early, trace_id: earlyTrace, key: 'early', score: 1 })).status).toBe(200);
    const t1 = '2026-11-22T11:00:01.000Z';
    expect(
      (
        await send('POST', '/runs', {
          id: earlyTrace,
          trace_id: earlyTrace,
          dotted_order: segment(t1, earlyTrace),
          name: 'late-root',
          run_type: 'chain',
          start_time: t1,
          session_name: 'protocol-app',
        })
      ).status,
    ).toBe(202);
    expect(
      (
        await send('POST', '/runs', {
          id: early,
          trace_id: earlyTrace,
          parent_run_id: earlyTrace,
          dotted_order: `${segment(t1, earlyTrace)}.${segment(t1, early)}`,
          name: 'late-child',
          run_type: 'tool',
          start_time: t1,
          session_name: 'protocol-app',
        })
      ).status,
    ).toBe(202);
    const late = await readTrace(earlyTrace);
    expect(late.name).toBe('late-root');
    expect(late.metrics).toEqual([expect.objectContaining({ spanId: early, name: 'early', score: 1 })]);
  });
});

describe('keys and projects', () => {
  const run = (extra: Run = {}) => {
    const id = uuid();
    return { id, trace_id: id, name: 'auth', run_type: 'chain', start_time: Date.now(), ...extra };
  };

  it('answers 401 with a JSON detail to a bad or missing key, and 403 to a read-only key', async () => {
    const bad = await postMultipart(runParts('post', run()), 'sx_not-a-key');
    expect(bad).toMatchObject({ status: 401, body: { detail: 'Invalid or revoked API key' } });
    const missing = await send('POST', '/runs/batch', { post: [run()] }, null);
    expect(missing.status).toBe(401);
    expect(missing.body.detail).toMatch(/LANGSMITH_API_KEY/);
    const reader = await s.project('protocol-readers', 'read');
    expect((await send('POST', '/runs', run(), reader.key)).status).toBe(403);
  });

  it('lets a project key write to its own project (by name, by id, or by the SDK default name) and refuses another with 403', async () => {
    const mine = [run({ session_name: 'protocol-app' }), run({ session_id: app.id }), run({ session_name: 'default' }), run()];
    expect((await send('POST', '/runs/batch', { post: mine })).status).toBe(202);
    const rows: { project_id: string }[] = await s.ds.query('SELECT project_id FROM traces WHERE id = ANY($1::uuid[])', [mine.map((r) => r.id)]);
    expect(rows.map((r) => r.project_id)).toEqual(mine.map(() => app.id));

    const other = run({ session_name: 'someone-else' });
    const r = await send('POST', '/runs/batch', { post: [other, run({ session_name: 'protocol-app' })] });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ accepted: 1, rejected: [{ id: other.id, message: expect.stringContaining('cannot write to project "someone-else"') }] });
    const projects = await s.ds.query('SELECT name FROM projects WHERE name = $1', ['someone-else']);
    expect(projects).toEqual([]);
  });

  it('lets the admin key create projects on first use, "default" when no session_name is given, without duplicates under concurrency', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => send('POST', '/runs', run({ session_name: 'brand-new' }), admin)));
    expect(results.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
    expect((await send('POST', '/runs', run(), admin)).status).toBe(202);
    const names = (await s.ds.query("SELECT name FROM projects WHERE name IN ('brand-new', 'default')")).map((r: { name: string }) => r.name).sort();
    expect(names).toEqual(['brand-new', 'default']);
    const unknown = await send('POST', '/runs', run({ session_id: uuid() }), admin);
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toMatch(/not found/);
  });
});

describe('overload', () => {
  let busy: TestServer;
  let busyBase: string;
  beforeAll(async () => {
    busy = await startTestServer({ LS_INGEST_CONCURRENCY: '1', LS_INGEST_MAX_BODY_BYTES: '65536' });
    busyBase = busy.url.replace(/\/graphql$/, '/langsmith');
  });
  afterAll(() => busy?.stop());

  const quick = () => {
    const id = uuid();
    return fetch(`${busyBase}/runs`, {
      method: 'POST',
      headers: { 'x-api-key': busy.adminKey, 'content-type': 'application/json' },
      body: JSON.stringify({ id, name: 'quick', run_type: 'chain', start_time: Date.now() }),
    });
  };

  it('answers 429 with Retry-After while LS_INGEST_CONCURRENCY requests are in progress, then accepts again', async () => {
    const id = uuid();
    const { body, contentType } = multipart(runParts('post', { id, trace_id: id, name: 'held', run_type: 'chain', start_time: Date.now() }));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    // A request whose body arrives slowly holds the only slot until its last byte.
    const held = fetch(`${busyBase}/runs/multipart`, {
      method: 'POST',
      headers: { 'x-api-key': busy.adminKey, 'content-type': contentType },
      body: new ReadableStream({
        async start(controller) {
          controller.enqueue(new Uint8Array(body.subarray(0, 20)));
          await released;
          controller.enqueue(new Uint8Array(body.subarray(20)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);

    let refused: Response | undefined;
    for (let i = 0; i < 100 && !refused; i++) {
      const r = await quick();
      if (r.status === 429) refused = r;
      else await new Promise((res) => setTimeout(res, 20));
    }
    expect(refused?.status).toBe(429);
    expect(refused!.headers.get('retry-after')).toBe('1');
    expect(await refused!.json()).toEqual({ detail: expect.stringContaining('LS_INGEST_CONCURRENCY') });

    release();
    expect((await held).status).toBe(202);
    expect((await quick()).status).toBe(202);
  });

  it('answers 413 to a body over LS_INGEST_MAX_BODY_BYTES, streamed or not', async () => {
    const id = uuid();
    const big = multipart(runParts('post', { id, trace_id: id, name: 'big', run_type: 'chain', start_time: Date.now(), inputs: { blob: 'x'.repeat(70_000) } }));
    for (const streamed of [false, true]) {
      const r = await fetch(`${busyBase}/runs/multipart`, {
        method: 'POST',
        headers: { 'x-api-key': busy.adminKey, 'content-type': big.contentType },
        body: streamed ? chunked(big.body, 4096) : new Uint8Array(big.body),
        duplex: 'half',
      } as RequestInit);
      expect(r.status).toBe(413);
      expect((await r.json()).detail).toMatch(/LS_INGEST_MAX_BODY_BYTES/);
    }
  });
});
