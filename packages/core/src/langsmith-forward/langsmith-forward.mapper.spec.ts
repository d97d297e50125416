import type { ErrorEntity } from '../traces/error.entity';
import type { SpanEntity } from '../spans/span.entity';
import type { TraceEntity } from '../traces/trace.entity';
import { forwardRunId, LANGSMITH_RUN_TYPES, mapTraceToRuns, toPatch, type ForwardRun } from './langsmith-forward.mapper';

const T = '0193a000-0000-7000-8000-000000000001';
const A = '0193a000-0000-7000-8000-00000000000a';
const L = '0193a000-0000-7000-8000-00000000000b';
const X = '0193a000-0000-7000-8000-00000000000c';
const O = '0193a000-0000-7000-8000-00000000000d';
const P = '0193a000-0000-7000-8000-0000000000ff';
const at = (ms: number) => new Date(Date.UTC(2026, 0, 2, 3, 4, 5, ms));

const trace = (over: Partial<TraceEntity> = {}): TraceEntity =>
  ({
    id: T,
    projectId: P,
    name: 'support-agent',
    status: 'success',
    startTime: at(0),
    endTime: at(900),
    sessionId: 'thread-1',
    userId: null,
    modelName: 'gpt-4o',
    input: { question: 'hi' },
    output: 'done',
    errorFlag: false,
    errorType: null,
    errorMessage: null,
    tags: ['prod'],
    metadata: { env: 'test' },
    ...over,
  }) as TraceEntity;

const span = (over: Partial<SpanEntity> & Record<string, unknown>): SpanEntity =>
  ({
    kind: 'agent',
    runType: 'agent',
    projectId: P,
    traceId: T,
    parentId: null,
    name: 'step',
    status: 'success',
    startTime: at(10),
    endTime: at(800),
    inputs: null,
    outputs: null,
    error: null,
    errorType: null,
    metadata: {},
    tags: [],
    events: null,
    extra: null,
    totalCost: null,
    ...over,
  }) as SpanEntity;

const SEGMENT = /^\d{8}T\d{6}\d{6}Z[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The checks LangSmith's server applies to a batch of runs of one trace. */
function expectValidTree(runs: ForwardRun[]) {
  const byId = new Map(runs.map((r) => [r.id, r]));
  expect(byId.size).toBe(runs.length);
  for (const r of runs) {
    const segments = r.dotted_order.split('.');
    for (const s of segments) expect(s).toMatch(SEGMENT);
    expect(segments[0].slice(-36)).toBe(r.trace_id);
    expect(segments.at(-1)!.slice(-36)).toBe(r.id);
    const seg = segments.at(-1)!;
    const iso = `${seg.slice(0, 4)}-${seg.slice(4, 6)}-${seg.slice(6, 8)}T${seg.slice(9, 11)}:${seg.slice(11, 13)}:${seg.slice(13, 15)}.${seg.slice(15, 21)}Z`;
    expect(r.start_time).toBe(iso);
    expect(LANGSMITH_RUN_TYPES).toContain(r.run_type);
    if (segments.length === 1) {
      expect(r.parent_run_id).toBeUndefined();
      expect(r.id).toBe(r.trace_id);
    } else {
      expect(r.parent_run_id).toBe(segments.at(-2)!.slice(-36));
      const parent = byId.get(r.parent_run_id!)!;
      expect(parent).toBeDefined();
      expect(r.dotted_order).toBe(`${parent.dotted_order}.${seg}`);
      expect(runs.indexOf(parent)).toBeLessThan(runs.indexOf(r));
    }
    if (r.end_time) expect(Date.parse(r.end_time)).toBeGreaterThanOrEqual(Date.parse(r.start_time));
  }
}

describe('mapTraceToRuns', () => {
  it('makes a chain root from the trace and hangs an agent, its LLM call and tool call under it', () => {
    const runs = mapTraceToRuns(
      {
        trace: trace(),
        spans: [
          span({ id: A, name: 'planner', metadata: { ls_agent_type: 'subagent' } }),
          span({
            id: L,
            kind: 'llm',
            runType: 'llm',
            parentId: A,
            name: 'ChatOpenAI',
            startTime: at(20),
            endTime: at(300),
            provider: 'openai',
            model: 'gpt-4o',
            inputs: [{ role: 'user', content: 'hi' }],
            outputs: 'hello',
            promptTokens: 10,
            completionTokens: 5,
            totalTokens: 15,
            cacheReadTokens: 4,
            cacheCreationTokens: null,
            reasoningTokens: 2,
            promptCost: 0.001,
            completionCost: 0.002,
            totalCost: null,
          }),
          span({ id: X, kind: 'tool', runType: 'retriever', parentId: A, name: 'search', startTime: at(301), inputs: 'q', outputs: { docs: [] } }),
        ],
        errors: [],
      },
      'my-project',
    );
    expectValidTree(runs);
    expect(runs.map((r) => [r.id, r.run_type, r.parent_run_id])).toEqual([
      [T, 'chain', undefined],
      [A, 'chain', T],
      [L, 'llm', A],
      [X, 'retriever', A],
    ]);
    const [root, agent, llm, tool] = runs;
    expect(root).toMatchObject({
      name: 'support-agent',
      session_name: 'my-project',
      inputs: { question: 'hi' },
      outputs: { output: 'done' },
      tags: ['prod'],
      start_time: '2026-01-02T03:04:05.000000Z',
      end_time: '2026-01-02T03:04:05.900000Z',
      extra: { metadata: { env: 'test', ls_agent_type: 'root', session_id: 'thread-1', sextant_trace_id: T, sextant_project_id: P } },
    });
    expect(root.dotted_order).toBe(`20260102T030405000000Z${T}`);
    expect(agent.extra.metadata).toMatchObject({ ls_agent_type: 'subagent', sextant_span_id: A, session_id: 'thread-1' });
    const usage = {
      input_tokens: 10,
      output_tokens: 5,
      total_tokens: 15,
      input_token_details: { cache_read: 4 },
      output_token_details: { reasoning: 2 },
      input_cost: 0.001,
      output_cost: 0.002,
      total_cost: 0.003,
    };
    expect(llm.inputs).toEqual({ messages: [{ role: 'user', content: 'hi' }] });
    expect(llm.outputs).toEqual({ messages: [{ role: 'assistant', content: 'hello' }], usage_metadata: usage });
    expect(llm.extra.metadata).toMatchObject({ ls_provider: 'openai', ls_model_name: 'gpt-4o', usage_metadata: usage });
    expect(tool.inputs).toEqual({ input: 'q' });
  });

  it('names a span sent without a name as the API does: an LLM call after its model, others after their run type', () => {
    const runs = mapTraceToRuns(
      {
        trace: trace(),
        spans: [
          span({ id: A, name: null }),
          span({ id: L, kind: 'llm', runType: 'llm', parentId: A, name: null, model: 'gpt-4o-mini', startTime: at(20) }),
          span({ id: X, kind: 'llm', runType: 'llm', parentId: A, name: null, model: null, startTime: at(30) }),
        ],
        errors: [],
      },
      'p',
    );
    expect(runs.slice(1).map((r) => r.name)).toEqual(['agent', 'gpt-4o-mini', 'llm']);
  });

  it('uses the span that carries the trace id as the root (traces ingested from LangSmith)', () => {
    const runs = mapTraceToRuns(
      {
        trace: trace(),
        spans: [span({ id: T, runType: 'chain', name: 'root' }), span({ id: L, kind: 'tool', runType: 'tool', parentId: T, startTime: at(20) })],
        errors: [],
      },
      'p',
    );
    expectValidTree(runs);
    expect(runs.map((r) => [r.id, r.parent_run_id])).toEqual([
      [T, undefined],
      [L, T],
    ]);
    expect(runs[0].extra.metadata.ls_agent_type).toBeUndefined();
  });

  it('moves children that start before their parent to the parent start, and attaches orphans and cycles to the root', () => {
    const runs = mapTraceToRuns(
      {
        trace: trace({ startTime: at(100) }),
        spans: [
          span({ id: A, startTime: at(200) }),
          span({ id: L, kind: 'tool', runType: 'tool', parentId: A, startTime: at(150), endTime: at(160) }),
          span({ id: X, kind: 'tool', runType: 'tool', parentId: '0193a000-0000-7000-8000-000000000999', startTime: at(50) }),
          span({ id: O, parentId: O, startTime: at(300) }),
        ],
        errors: [],
      },
      'p',
    );
    expectValidTree(runs);
    const byId = new Map(runs.map((r) => [r.id, r]));
    expect(byId.get(L)!.start_time).toBe(byId.get(A)!.start_time);
    expect(byId.get(L)!.end_time).toBe(byId.get(A)!.start_time);
    expect(byId.get(X)!.parent_run_id).toBe(T);
    expect(byId.get(X)!.start_time).toBe('2026-01-02T03:04:05.100000Z');
    expect(byId.get(O)!.parent_run_id).toBe(T);
  });

  it('forwards errors as strings: from the span, from error rows, and on the root from the trace', () => {
    const runs = mapTraceToRuns(
      {
        trace: trace({ status: 'error', errorFlag: true, errorType: 'ValueError', errorMessage: 'bad input' }),
        spans: [
          span({ id: A, status: 'error', error: 'boom', errorType: 'Error' }),
          span({ id: X, kind: 'tool', runType: 'tool', parentId: A, status: 'error' }),
        ],
        errors: [{ id: O, traceId: T, toolCallId: X, errorType: 'Timeout', errorMessage: 'took too long' } as ErrorEntity],
      },
      'p',
    );
    expectValidTree(runs);
    expect(runs.map((r) => r.error)).toEqual(['ValueError: bad input', 'Error: boom', 'Timeout: took too long']);
  });

  it('derives a stable UUIDv5 for ids that are not UUIDs, and lowercases UUIDs', () => {
    expect(forwardRunId(T.toUpperCase())).toBe(T);
    expect(forwardRunId('span-42')).toBe(forwardRunId('span-42'));
    expect(forwardRunId('span-42')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('tells siblings that started in the same millisecond apart in the microseconds, in the order they reached us', () => {
    const first = '0193a000-0000-7000-8000-0000000000f1';
    const second = '0193a000-0000-7000-8000-0000000000a2';
    const later = '0193a000-0000-7000-8000-0000000000b3';
    const runs = mapTraceToRuns(
      {
        trace: trace(),
        spans: [
          span({ id: second, startTime: at(20), createdAt: new Date(2000) }),
          span({ id: first, startTime: at(20), createdAt: new Date(1000) }),
          span({ id: later, startTime: at(21), createdAt: new Date(500) }),
        ],
        errors: [],
      },
      'p',
    );
    expectValidTree(runs);
    const start = (id: string) => runs.find((r) => r.id === id)!.start_time;
    // The UUIDs sort the other way: without the microseconds LangSmith would show `second` first.
    expect([start(first), start(second), start(later)]).toEqual(['2026-01-02T03:04:05.020000Z', '2026-01-02T03:04:05.020001Z', '2026-01-02T03:04:05.021000Z']);
  });

  it("keeps the microseconds of a run's own dotted_order (runs the SDK sent), so a forwarded tree orders as it came", () => {
    const dotted = `20260102T030405000007Z${T}.20260102T030405010042Z${A}`;
    const runs = mapTraceToRuns(
      {
        trace: trace({ startTime: at(0) }),
        spans: [
          span({ id: T, startTime: at(0), parentId: null, dottedOrder: `20260102T030405000007Z${T}` }),
          span({ id: A, parentId: T, dottedOrder: dotted }),
        ],
        errors: [],
      },
      'p',
    );
    expectValidTree(runs);
    expect(runs.map((r) => r.dotted_order)).toEqual([`20260102T030405000007Z${T}`, dotted]);
  });

  it('makes patches of the fields RunUpdate carries only', () => {
    const [root] = mapTraceToRuns({ trace: trace(), spans: [], errors: [] }, 'p');
    const patch = toPatch(root);
    expect(Object.keys(patch).sort()).toEqual(['dotted_order', 'end_time', 'extra', 'id', 'inputs', 'outputs', 'session_name', 'tags', 'trace_id']);
    expect(patch).toMatchObject({ id: T, end_time: root.end_time, outputs: root.outputs });
  });
});
