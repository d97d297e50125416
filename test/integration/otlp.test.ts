import { execFile } from 'node:child_process';
import { connect } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { deflateSync, gzipSync } from 'node:zlib';
import { costForModel, decodeTraceResponse } from '@sextant/core';
import { graphql } from '../gql';
import { liveClient } from '../support/live-client';
import { startTestServer, type TestServer } from '../support/test-server';
import { ofType } from '../support/typed-operation';

// OTLP ingestion through the official OpenTelemetry JS SDK and its three exporters (protobuf and
// JSON over HTTP, gRPC), and the protocol's answers to bodies and keys it must refuse.

const TRACE = graphql(`query OtlpTrace($id: ID!) { trace(id: $id) {
  id name sessionId userId status totalTokens promptTokens completionTokens totalCost llmCallCount toolCallCount agentCallCount errorCount
  errors { errorType errorMessage stackTrace llmCallId toolCallId agentId }
  spans { __typename id name parentId runType status error inputs outputs metadata
    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost costSource }
  }
} }`);
const SPAN_ADDED = graphql(
  `subscription OtlpSpanAdded($t: ID!) { spanAdded(traceId: $t) { __typename id name parentId ... on LLMCall { model promptTokens } } }`,
);
const PROJECT_BY_NAME = graphql(`query OtlpProjectByName($n: String!) { projectByName(name: $n) { id name } }`);

let s: TestServer;
let project: { id: string; key: string };
let base: string;
beforeAll(async () => {
  s = await startTestServer({ MAX_BODY_BYTES: '200000' });
  project = await s.project('otlp', 'ingest');
  base = s.url.replace(/\/graphql$/, '');
});
afterAll(() => s?.stop());

const readTrace = async (id: string) => {
  const r = await s.gql(TRACE, { id });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.trace;
};

const run = promisify(execFile);

/** Runs test/clients/otel-sdk-agent.ts (the OTel SDK in a process of its own) with one exporter; returns the OTel trace id it exported. */
async function agentRun(exporter: 'proto' | 'json' | 'grpc', url: string, key: string, compression?: 'gzip') {
  const { stdout } = await run(
    process.execPath,
    ['-r', './scripts/register.cjs', 'test/clients/otel-sdk-agent.ts', exporter, url, key, ...(compression ? [compression] : [])],
    {
      cwd: path.join(__dirname, '../..'),
      timeout: 60_000,
    },
  );
  const out = JSON.parse(stdout.trim().split('\n').pop()!) as { traceId: string; exported: { code: number; error?: string }[] };
  // Every export succeeded (ExportResultCode.SUCCESS is 0): a failure names itself here, not as a missing trace.
  expect(out.exported).toEqual(out.exported.map(() => ({ code: 0 })));
  return out.traceId;
}

/** What every exporter's copy of agentRun must read back as. */
async function expectAgentRun(otelTraceId: string) {
  const t = await readTrace(otelTraceId);
  expect(t.id).toBe(
    `${otelTraceId.slice(0, 8)}-${otelTraceId.slice(8, 12)}-${otelTraceId.slice(12, 16)}-${otelTraceId.slice(16, 20)}-${otelTraceId.slice(20)}`,
  );
  expect(t).toMatchObject({ sessionId: 'chat-42', userId: 'user-7', agentCallCount: 1, llmCallCount: 2, toolCallCount: 1, status: 'ERROR' });
  const kinds = t.spans.map((x) => x.__typename).sort();
  expect(kinds).toEqual(['AgentCall', 'LLMCall', 'LLMCall', 'ToolCall']);
  const root = t.spans.find((x) => x.__typename === 'AgentCall')!;
  expect(root.parentId).toBeNull();
  expect(t.spans.filter((x) => x !== root).every((x) => x.parentId === root.id)).toBe(true);

  const [chat] = t.spans.filter((x) => x.__typename === 'LLMCall' && x.status !== 'ERROR').map((x) => ofType(x, 'LLMCall'));
  expect(chat).toMatchObject({
    model: 'gpt-4o-2024-08-06',
    provider: 'openai',
    promptTokens: 1000,
    completionTokens: 200,
    totalTokens: 1200,
    cacheReadTokens: 400,
  });
  expect(chat.totalCost).toBeCloseTo(costForModel('gpt-4o-2024-08-06', { promptTokens: 1000, completionTokens: 200, cacheReadTokens: 400 })!.totalCost, 12);
  expect(JSON.stringify(chat.inputs)).toContain('Where is order 17?');
  expect(JSON.stringify(chat.inputs)).toContain('You are a support agent.');
  expect(JSON.stringify(chat.outputs)).toContain('lookup_order');
  // Tokens counted once, on the LLM calls: the trace's totals are their sum.
  expect(t.totalTokens).toBe(1200);
  expect(t.totalCost).toBeCloseTo(chat.totalCost!, 12);

  const tool = t.spans.find((x) => x.__typename === 'ToolCall')!;
  expect(tool.name).toBe('lookup_order');
  expect(JSON.stringify(tool.inputs)).toContain('17');
  expect(JSON.stringify(tool.outputs)).toContain('shipped');

  const failed = t.spans.find((x) => x.status === 'ERROR')!;
  expect(failed.error).toContain('upstream timed out');
  expect(t.errors).toEqual([expect.objectContaining({ errorType: 'APITimeoutError', errorMessage: 'upstream timed out', llmCallId: failed.id })]);
  expect(t.errors[0].stackTrace).toContain('APITimeoutError');
  // The original attributes, resource and scope are kept.
  expect(JSON.stringify(root.metadata)).toContain('otlp-test-agent');
  expect(JSON.stringify(root.metadata)).toContain('sextant-otlp-test');
  return t;
}

describe('OTLP ingestion from the OpenTelemetry JS SDK (a client process)', () => {
  it('takes protobuf over HTTP at /v1/traces, with the key as a bearer token', async () => {
    await expectAgentRun(await agentRun('proto', `${base}/v1/traces`, project.key));
  });

  it('takes gzipped JSON over HTTP at /otel/v1/traces, with the key as x-api-key', async () => {
    await expectAgentRun(await agentRun('json', `${base}/otel/v1/traces`, project.key, 'gzip'));
  });

  it('takes gRPC (TraceService/Export) on OTLP_GRPC_PORT', async () => {
    await expectAgentRun(await agentRun('grpc', `http://127.0.0.1:${s.otlpGrpcPort}`, project.key, 'gzip'));
  });
});

/** One hand-written OTLP/JSON span. */
const jsonSpan = (traceId: string, spanId: string, extra: Record<string, unknown> = {}) => ({
  traceId,
  spanId,
  name: 'chat gpt-4o-mini',
  kind: 3,
  startTimeUnixNano: '1764900000000000000',
  endTimeUnixNano: '1764900001500000000',
  attributes: [
    { key: 'gen_ai.operation.name', value: { stringValue: 'chat' } },
    { key: 'gen_ai.request.model', value: { stringValue: 'gpt-4o-mini' } },
    { key: 'gen_ai.usage.input_tokens', value: { intValue: '50' } },
    { key: 'gen_ai.usage.output_tokens', value: { intValue: 5 } },
  ],
  ...extra,
});
const jsonExport = (spans: unknown[], resource: Record<string, string> = {}) => ({
  resourceSpans: [
    {
      resource: { attributes: Object.entries(resource).map(([key, v]) => ({ key, value: { stringValue: v } })) },
      scopeSpans: [{ scope: { name: 'hand-made' }, spans }],
    },
  ],
});
const hex = (bytes: number) => Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');

const post = (path: string, body: BodyInit, headers: Record<string, string>) => fetch(`${base}${path}`, { method: 'POST', body, headers });

describe('the OTLP/HTTP protocol', () => {
  it('answers a partial success naming the span it could not store, and stores the others', async () => {
    const good = hex(16);
    const res = await post('/v1/traces', JSON.stringify(jsonExport([jsonSpan(good, hex(8)), jsonSpan('not-a-trace-id', hex(8))])), {
      'content-type': 'application/json',
      authorization: `Bearer ${project.key}`,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { partialSuccess: { rejectedSpans: string; errorMessage: string } };
    expect(body.partialSuccess.rejectedSpans).toBe('1');
    expect(body.partialSuccess.errorMessage).toMatch(/traceId/);
    const t = await readTrace(good);
    expect(t.spans).toHaveLength(1);
    expect(ofType(t.spans[0], 'LLMCall')).toMatchObject({ model: 'gpt-4o-mini', promptTokens: 50, completionTokens: 5 });
  });

  it('answers protobuf in protobuf: an empty ExportTraceServiceResponse when everything was stored', async () => {
    // An empty export (no spans) is a valid protobuf body: zero bytes.
    const res = await post('/v1/traces', new Uint8Array(0), { 'content-type': 'application/x-protobuf', 'x-api-key': project.key });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-protobuf');
    expect(decodeTraceResponse(new Uint8Array(await res.arrayBuffer()))).toEqual({});
  });

  it('accepts gzip and deflate bodies', async () => {
    for (const [encoding, zip] of [
      ['gzip', gzipSync],
      ['deflate', deflateSync],
    ] as const) {
      const id = hex(16);
      const res = await post('/v1/traces', zip(JSON.stringify(jsonExport([jsonSpan(id, hex(8))]))), {
        'content-type': 'application/json',
        'content-encoding': encoding,
        'x-api-key': project.key,
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({});
      expect((await readTrace(id)).spans).toHaveLength(1);
    }
  });

  it('answers 400 with the reason for a malformed protobuf body, and says so when logs or metrics come to the traces path', async () => {
    const res = await post('/v1/traces', Buffer.from('definitely not protobuf \x07\x08\x09'), {
      'content-type': 'application/x-protobuf',
      'x-api-key': project.key,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/x-protobuf');
    const json = await post('/v1/traces', '{"resourceLogs": []}', { 'content-type': 'application/json', 'x-api-key': project.key });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { message: string }).message).toMatch(/looks like an OTLP logs export/);
    const broken = await post('/v1/traces', '{"resourceSpans": ', { 'content-type': 'application/json', 'x-api-key': project.key });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ code: 3, message: 'The body is not valid JSON' });
    const logs = await post('/v1/logs', '{}', { 'content-type': 'application/json', 'x-api-key': project.key });
    expect(logs.status).toBe(404);
  });

  it('answers 401 without a valid key, 403 for a read key, 415 for another content type and 413 past MAX_BODY_BYTES', async () => {
    const body = JSON.stringify(jsonExport([jsonSpan(hex(16), hex(8))]));
    const none = await post('/v1/traces', body, { 'content-type': 'application/json' });
    expect(none.status).toBe(401);
    expect(((await none.json()) as { code: number; message: string }).message).toMatch(/Authorization: Bearer/);
    expect((await post('/v1/traces', body, { 'content-type': 'application/json', 'x-api-key': 'sx_nope' })).status).toBe(401);
    const reader = await s.project('otlp-reader', 'read');
    expect((await post('/v1/traces', body, { 'content-type': 'application/json', 'x-api-key': reader.key })).status).toBe(403);
    expect((await post('/v1/traces', body, { 'content-type': 'text/plain', 'x-api-key': project.key })).status).toBe(415);
    const big = JSON.stringify(jsonExport([jsonSpan(hex(16), hex(8), { name: 'x'.repeat(300_000) })]));
    // Compressed it is small; inflated it is over the limit.
    expect((await post('/v1/traces', gzipSync(big), { 'content-type': 'application/json', 'content-encoding': 'gzip', 'x-api-key': project.key })).status).toBe(
      413,
    );
  });

  it('sends the admin key to the project x-sextant-project names, else the one the resource names, creating it on first use', async () => {
    const byHeader = hex(16);
    const suffix = hex(3);
    await post('/v1/traces', JSON.stringify(jsonExport([jsonSpan(byHeader, hex(8))], { 'service.name': 'ignored' })), {
      'content-type': 'application/json',
      'x-api-key': s.adminKey,
      'x-sextant-project': `otlp-header-${suffix}`,
    });
    const byService = hex(16);
    await post('/v1/traces', JSON.stringify(jsonExport([jsonSpan(byService, hex(8))], { 'service.name': `otlp-service-${suffix}` })), {
      'content-type': 'application/json',
      'x-api-key': s.adminKey,
    });
    const byOpenInference = hex(16);
    await post(
      '/v1/traces',
      JSON.stringify(jsonExport([jsonSpan(byOpenInference, hex(8))], { 'service.name': 'ignored', 'openinference.project.name': `otlp-oi-${suffix}` })),
      { 'content-type': 'application/json', 'x-api-key': s.adminKey },
    );
    for (const [name, traceId] of [
      [`otlp-header-${suffix}`, byHeader],
      [`otlp-service-${suffix}`, byService],
      [`otlp-oi-${suffix}`, byOpenInference],
    ]) {
      const p = await s.gql(PROJECT_BY_NAME, { n: name });
      expect(p.data?.projectByName.name).toBe(name);
      const rows: { project_id: string }[] = await s.ds.query('SELECT project_id FROM traces WHERE id = $1', [
        `${traceId.slice(0, 8)}-${traceId.slice(8, 12)}-${traceId.slice(12, 16)}-${traceId.slice(16, 20)}-${traceId.slice(20)}`,
      ]);
      expect(rows).toEqual([{ project_id: p.data!.projectByName.id }]);
    }
  });
});

describe('OTLP spans live', () => {
  it('reach a spanAdded subscriber of the trace (by its OTel trace id) like any others, children before parents included', async () => {
    const traceId = hex(16);
    const root = hex(8);
    const c = liveClient(s.wsUrl, s.adminKey);
    try {
      const sub = c.subscribe(SPAN_ADDED, { t: traceId }, 'spanAdded');
      const send = (spans: unknown[]) =>
        post('/v1/traces', JSON.stringify(jsonExport(spans)), { 'content-type': 'application/json', authorization: `Bearer ${project.key}` });
      // Subscriptions register asynchronously: resend the first span (an update) until one arrives.
      const childSpan = jsonSpan(traceId, hex(8), { parentSpanId: root });
      for (let i = 0; sub.events.length === 0 && i < 50; i++) {
        expect((await send([childSpan])).status).toBe(200);
        await sub.until((x) => x.events.length > 0, 200).catch(() => undefined);
      }
      const rootSpan = jsonSpan(traceId, root, {
        name: 'invoke_agent support',
        attributes: [{ key: 'gen_ai.operation.name', value: { stringValue: 'invoke_agent' } }],
      });
      expect((await send([rootSpan])).status).toBe(200);
      await sub.until((x) => x.events.some((e) => e.__typename === 'AgentCall'), 10_000, 'the root span');
      const llm = sub.events.find((e) => e.__typename === 'LLMCall')!;
      const agent = sub.events.find((e) => e.__typename === 'AgentCall')!;
      expect(ofType(llm, 'LLMCall')).toMatchObject({ model: 'gpt-4o-mini', promptTokens: 50 });
      expect(agent).toMatchObject({ name: 'invoke_agent support', parentId: null });
      expect(llm.parentId).toBe(agent.id);
    } finally {
      await c.dispose();
    }
  });
});

describe('OTLP/HTTP under load', () => {
  let busy: TestServer;
  beforeAll(async () => {
    busy = await startTestServer({ OTLP_INGEST_CONCURRENCY: '1' });
  });
  afterAll(() => busy?.stop());

  it('answers 429 with Retry-After past OTLP_INGEST_CONCURRENCY, and takes the export once the slot is free', async () => {
    const { id, key } = await busy.project('otlp-busy', 'ingest');
    const { hostname, port } = new URL(busy.url);
    const body = JSON.stringify(jsonExport([jsonSpan(hex(16), hex(8))]));
    const send = () =>
      fetch(`http://${hostname}:${port}/v1/traces`, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` } });
    // An export whose body never finishes holds the one slot.
    const socket = connect(Number(port), hostname);
    socket.on('error', () => undefined);
    socket.write(
      `POST /v1/traces HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\nauthorization: Bearer ${key}\r\ncontent-length: 1000\r\n\r\n{"resourceSpans":`,
    );
    let refused: Response | undefined;
    // Given a head start: an export arriving first would take the slot and this one be refused instead.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let i = 0; i < 100 && !refused; i++) {
      const r = await send();
      if (r.status === 429) refused = r;
      else await r.arrayBuffer();
    }
    expect(refused?.status).toBe(429);
    expect(refused!.headers.get('retry-after')).toBe('1');
    expect(((await refused!.json()) as { code: number; message: string }).message).toMatch(/OTLP_INGEST_CONCURRENCY/);
    socket.destroy();
    let accepted = 0;
    for (let i = 0; i < 100 && accepted !== 200; i++) {
      const r = await send();
      accepted = r.status;
      await r.arrayBuffer();
      if (accepted !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(accepted).toBe(200);
    expect((await busy.ds.query('SELECT count(*)::int AS n FROM traces WHERE project_id = $1', [id]))[0].n).toBeGreaterThan(0);
  });
});
