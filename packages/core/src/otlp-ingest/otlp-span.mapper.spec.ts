import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BatchOutcome, validateBatch } from '../ingest/ingest-rows.validate';
import { join } from 'node:path';
import { mapOtlpRequest, otelSpanIdToUuid, otelTraceIdToUuid } from './otlp-span.mapper';
import type { OtlpExportTraceRequest, OtlpMapResult } from './otlp.types';

// Golden fixtures: fixtures/<convention>.input.json is an OTLP/JSON export, <convention>.expected.json
// what mapOtlpRequest makes of it (as JSON: dates as ISO strings). After a deliberate change to the
// mapping, regenerate the expected files with `UPDATE_GOLDEN=1 pnpm test packages/core/src/otlp-ingest`
// and review the diff like code.
const FIXTURES = join(__dirname, 'fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const conventions = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.input.json'))
  .map((f) => f.slice(0, -'.input.json'.length))
  .sort();

const load = (name: string): OtlpExportTraceRequest => JSON.parse(readFileSync(join(FIXTURES, `${name}.input.json`), 'utf8'));
const asJson = (r: OtlpMapResult): any => JSON.parse(JSON.stringify(r));
const mapped = (name: string): any => asJson(mapOtlpRequest(load(name)));

const TOKEN_FIELDS = ['promptTokens', 'completionTokens', 'totalTokens', 'cacheReadTokens', 'cacheCreationTokens', 'reasoningTokens'];

describe('golden fixtures', () => {
  it('has one fixture per convention', () => {
    expect(conventions).toEqual(
      expect.arrayContaining([
        'genai-semconv',
        'genai-events',
        'openinference',
        'openllmetry',
        'vercel-ai-v6',
        'ai-sdk-v7-genai',
        'langsmith-compat',
        'livekit',
        'exception',
        'malformed',
        'openinference-openai-client',
        'openllmetry-openai-client',
        'vercel-ai-v6-stream-client',
      ]),
    );
  });

  it.each(conventions)('%s maps to its expected items', (name) => {
    const actual = mapped(name);
    const expectedPath = join(FIXTURES, `${name}.expected.json`);
    if (UPDATE) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });

  it.each(conventions)('%s: only LLM calls carry tokens', (name) => {
    const { batch } = mapped(name);
    for (const span of [...batch.agentCalls, ...batch.toolCalls]) for (const f of TOKEN_FIELDS) expect(span[f]).toBeUndefined();
  });

  it('is deterministic', () => {
    for (const name of conventions) expect(mapped(name)).toEqual(mapped(name));
  });
});

describe('no double counting', () => {
  const sum = (calls: any[], field: string) => calls.reduce((n, c) => n + (c[field] ?? 0), 0);

  it('AI SDK v6: the ai.generateText wrapper is an agent step, the two doGenerate calls carry the usage once', () => {
    const { batch } = mapped('vercel-ai-v6');
    expect(batch.llmCalls).toHaveLength(2);
    expect(batch.toolCalls).toHaveLength(1);
    expect(batch.agentCalls).toHaveLength(1);
    const wrapper = batch.agentCalls[0];
    expect(wrapper.runType).toBe('agent');
    const usage = wrapper.metadata['otel.usage'];
    // The wrapper's own figures are the sum over its model calls: the trace's totals must equal them, not twice them.
    expect(sum(batch.llmCalls, 'promptTokens')).toBe(usage.promptTokens);
    expect(sum(batch.llmCalls, 'completionTokens')).toBe(usage.completionTokens);
    expect(sum(batch.llmCalls, 'totalTokens')).toBe(usage.totalTokens);
    expect(sum(batch.llmCalls, 'cacheReadTokens')).toBe(usage.cacheReadTokens);
    expect(sum(batch.llmCalls, 'reasoningTokens')).toBe(usage.reasoningTokens);
  });

  it('AI SDK v6 streamText, as the real client sends it: the doStream calls carry the usage once', () => {
    const { batch } = mapped('vercel-ai-v6-stream-client');
    expect(batch.llmCalls).toHaveLength(2);
    expect(batch.toolCalls).toHaveLength(1);
    const usage = batch.agentCalls[0].metadata['otel.usage'];
    expect(sum(batch.llmCalls, 'promptTokens')).toBe(usage.promptTokens);
    expect(sum(batch.llmCalls, 'completionTokens')).toBe(usage.completionTokens);
    expect(sum(batch.llmCalls, 'totalTokens')).toBe(usage.totalTokens);
    expect(sum(batch.llmCalls, 'cacheReadTokens')).toBe(usage.cacheReadTokens);
  });

  it('AI SDK v7 GenAI: invoke_agent keeps its total usage in metadata; the chat spans carry it', () => {
    const { batch } = mapped('ai-sdk-v7-genai');
    expect(batch.llmCalls).toHaveLength(2);
    const root = batch.agentCalls.find((a: any) => a.runType === 'agent');
    expect(sum(batch.llmCalls, 'promptTokens')).toBe(root.metadata['otel.usage'].promptTokens);
    expect(sum(batch.llmCalls, 'completionTokens')).toBe(root.metadata['otel.usage'].completionTokens);
  });

  it('OpenInference: agent and chain spans with token counts do not count them', () => {
    const { batch } = mapped('openinference');
    expect(sum(batch.llmCalls, 'totalTokens')).toBe(2440);
    expect(batch.agentCalls.map((a: any) => a.metadata['otel.usage'].totalTokens)).toEqual([2440, 1140]);
  });

  it('a model-call span over model-call spans of the same request keeps its usage in metadata', () => {
    const span = (spanId: string, parentSpanId: string, tokens: number) => ({
      traceId: 'ab'.repeat(16),
      spanId,
      parentSpanId,
      name: 'embeddings text-embedding-3-small',
      startTimeUnixNano: '1795168800000000000',
      endTimeUnixNano: '1795168801000000000',
      attributes: [
        { key: 'gen_ai.operation.name', value: { stringValue: 'embeddings' } },
        { key: 'gen_ai.request.model', value: { stringValue: 'text-embedding-3-small' } },
        { key: 'gen_ai.usage.input_tokens', value: { intValue: tokens } },
      ],
    });
    const { batch } = mapOtlpRequest({
      resourceSpans: [
        { scopeSpans: [{ spans: [span('1'.repeat(16), '', 30), span('2'.repeat(16), '1'.repeat(16), 10), span('3'.repeat(16), '1'.repeat(16), 20)] }] },
      ],
    });
    expect(batch.llmCalls.map((c) => c.promptTokens)).toEqual([undefined, 10, 20]);
    expect(batch.llmCalls[0].metadata?.['otel.usage']).toEqual({ promptTokens: 30 });
  });
});

describe('rejections', () => {
  it('rejects each malformed span alone, with its reason and place, and maps the others', () => {
    const { batch, rejected } = mapped('malformed');
    expect(batch.llmCalls).toHaveLength(1);
    expect(batch.agentCalls).toHaveLength(1);
    expect(rejected.map((r: any) => [r.index, r.message])).toEqual([
      [1, expect.stringContaining('traceId must be 32 hex characters')],
      [2, 'spanId is required'],
      [3, 'startTimeUnixNano is required'],
      [4, 'intValue must be an integer or a decimal string'],
      [5, expect.stringContaining('not all zero')],
    ]);
  });

  it('reports a body that is no trace export without throwing', () => {
    expect(mapOtlpRequest({ resourceLogs: [] } as never)).toEqual({
      batch: { traces: [], agentCalls: [], llmCalls: [], toolCalls: [], errors: [] },
      rejected: [],
    });
    expect(mapOtlpRequest({ resourceSpans: {} } as never).rejected).toEqual([
      { index: -1, path: 'resourceSpans', message: expect.stringContaining('must be an array') },
    ]);
    expect(mapOtlpRequest({ resourceSpans: [{ scopeSpans: [{ spans: [null, 'x'] }] }] } as never).rejected.map((r) => r.message)).toEqual([
      'a span must be an object',
      'a span must be an object',
    ]);
  });
});

describe('ids', () => {
  it('keeps the 128 bits of the trace id and derives span ids from trace and span id', () => {
    expect(otelTraceIdToUuid('4BF92F3577B34DA6A3CE929D0E0E4736')).toBe('4bf92f35-77b3-4da6-a3ce-929d0e0e4736');
    const a = otelSpanIdToUuid('4bf92f3577b34da6a3ce929d0e0e4736', '00f067aa0ba902b7');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(otelSpanIdToUuid('4bf92f3577b34da6a3ce929d0e0e4736', '00F067AA0BA902B7')).toBe(a);
    expect(otelSpanIdToUuid('5bf92f3577b34da6a3ce929d0e0e4736', '00f067aa0ba902b7')).not.toBe(a);
    expect(() => otelSpanIdToUuid('4bf92f3577b34da6a3ce929d0e0e4736', '0000000000000000')).toThrow('spanId');
  });
});

describe('the ingest validator', () => {
  const PROJECT = '0193a000-0000-7000-8000-0000000000aa';

  // OTel trace ids are 128 random bits: their UUIDs often have no RFC 9562 version or variant, which
  // ingestion takes (as Postgres's uuid type does). Every mapped item is valid ingest input.
  it.each(conventions)('%s: every mapped item passes validation', (name) => {
    const { batch } = mapOtlpRequest(load(name));
    const outcome = new BatchOutcome();
    validateBatch(PROJECT, batch, outcome);
    expect(outcome.rejections).toEqual([]);
  });
});

describe('single spans', () => {
  type Value = string | number | boolean | string[];
  const av = (v: Value): any =>
    typeof v === 'string'
      ? { stringValue: v }
      : typeof v === 'boolean'
        ? { boolValue: v }
        : Array.isArray(v)
          ? { arrayValue: { values: v.map(av) } }
          : Number.isInteger(v)
            ? { intValue: String(v) }
            : { doubleValue: v };
  const request = (attributes: Record<string, Value>, over: Record<string, unknown> = {}): OtlpExportTraceRequest => ({
    resourceSpans: [
      {
        scopeSpans: [
          {
            spans: [
              {
                traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
                spanId: '00f067aa0ba902b7',
                parentSpanId: '1111111111111111',
                name: 'span',
                startTimeUnixNano: '1795168800123456789',
                endTimeUnixNano: 1795168801000000000,
                attributes: Object.entries(attributes).map(([key, v]) => ({ key, value: av(v) })),
                ...over,
              },
            ],
          },
        ],
      },
    ],
  });
  const one = (attributes: Record<string, Value>, over?: Record<string, unknown>): any => {
    const { batch, rejected } = asJson(mapOtlpRequest(request(attributes, over)));
    expect(rejected).toEqual([]);
    return { ...batch, span: [...batch.llmCalls, ...batch.agentCalls, ...batch.toolCalls][0] };
  };

  it('reads nanosecond times as strings or numbers, keeping the nanoseconds in metadata', () => {
    const { span } = one({});
    expect(span.startTime).toBe('2026-11-20T10:00:00.123Z');
    expect(span.endTime).toBe('2026-11-20T10:00:01.000Z');
    expect(span.metadata['otel.span'].start_time_unix_nano).toBe('1795168800123456789');
  });

  it('converts every AnyValue and keeps int64 beyond 2^53 as text', () => {
    const { span } = one(
      {},
      {
        attributes: [
          { key: 'big', value: { intValue: '9007199254740993' } },
          { key: 'bytes', value: { bytesValue: 'AQID' } },
          { key: 'kv', value: { kvlistValue: { values: [{ key: 'a', value: { doubleValue: '1.5' } }] } } },
          { key: 'nan', value: { doubleValue: 'NaN' } },
          { key: 'empty', value: {} },
        ],
      },
    );
    expect(span.metadata['otel.attributes']).toEqual({ big: '9007199254740993', bytes: 'AQID', kv: { a: 1.5 }, nan: 'NaN', empty: null });
  });

  it('normalises providers: the AI SDK names its API after a dot, semconv names keep theirs', () => {
    const provider = (attrs: Record<string, Value>) => one({ 'gen_ai.request.model': 'm', ...attrs }).span.provider;
    expect(provider({ 'ai.model.provider': 'anthropic.messages' })).toBe('anthropic');
    expect(provider({ 'gen_ai.system': 'aws.bedrock' })).toBe('aws.bedrock');
    expect(provider({ 'gen_ai.provider.name': 'openai', 'gen_ai.system': 'azure' })).toBe('openai');
  });

  it('adds cache or reasoning tokens once when the count they belong to plainly left them out', () => {
    const { span } = one({
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'claude-sonnet-4-5',
      'gen_ai.usage.input_tokens': 12,
      'gen_ai.usage.output_tokens': 5,
      'gen_ai.usage.cache_read.input_tokens': 2000,
      'gen_ai.usage.cache_creation.input_tokens': 100,
      'gen_ai.usage.reasoning.output_tokens': 40,
    });
    expect(span).toMatchObject({ promptTokens: 2112, completionTokens: 45, cacheReadTokens: 2000, cacheCreationTokens: 100, reasoningTokens: 40 });
    expect(span.metadata['otel.mapping'].usageNotes).toContain('left the cache tokens out');
  });

  it('names the trace session from any span, the root span winning', () => {
    expect(one({ 'session.id': 's-child' }).traces).toEqual([{ id: '4bf92f35-77b3-4da6-a3ce-929d0e0e4736', sessionId: 's-child' }]);
    const req = request({ 'gen_ai.conversation.id': 'c-child', 'enduser.id': 'u' });
    req.resourceSpans![0].scopeSpans![0].spans!.push({
      ...request({ 'session.id': 's-root' }).resourceSpans![0].scopeSpans![0].spans![0],
      spanId: '1111111111111111',
      parentSpanId: '',
    });
    const [trace] = asJson(mapOtlpRequest(req)).batch.traces;
    expect(trace).toMatchObject({ sessionId: 's-root', userId: 'u', name: 'span' });
  });

  it('maps the AI SDK embedding call, counting its ai.usage.tokens as input', () => {
    const { span } = one({
      'ai.operationId': 'ai.embed.doEmbed',
      'ai.model.id': 'text-embedding-3-small',
      'ai.model.provider': 'openai.embedding',
      'ai.usage.tokens': 10,
    });
    expect(span).toMatchObject({ runType: 'embedding', model: 'text-embedding-3-small', provider: 'openai', promptTokens: 10 });
  });

  it('keeps text/plain input as text even when it parses as JSON', () => {
    expect(one({ 'input.value': '[1, 2]', 'input.mime_type': 'text/plain' }).span.inputs).toBe('[1, 2]');
    expect(one({ 'input.value': '[1, 2]' }).span.inputs).toEqual([1, 2]);
  });
});
