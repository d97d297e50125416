import { totalsChange, type SpanContribution, type TraceBefore, type TraceNow } from './trace-totals.compute';

const T = 'trace-1';
const us = (sec: number) => String(sec * 1_000_000);
const span = (id: string, over: Partial<SpanContribution> = {}): SpanContribution => ({
  id,
  trace_id: T,
  kind: 'llm',
  model: 'gpt-4o',
  prompt_tokens: null,
  completion_tokens: null,
  total_tokens: null,
  cache_read_tokens: null,
  cache_creation_tokens: null,
  reasoning_tokens: null,
  prompt_cost: null,
  completion_cost: null,
  total_cost: null,
  unreported: false,
  start_text: 'start',
  start_us: us(10),
  end_text: 'end',
  end_us: us(11),
  ...over,
});
const priced = (id: string, over: Partial<SpanContribution> = {}) =>
  span(id, { prompt_tokens: 100, completion_tokens: 10, total_tokens: 110, prompt_cost: 0.1, completion_cost: 0.2, total_cost: 0.3, ...over });
const before: TraceBefore = { id: T, span_count: 5, start_us: us(0), zero_duration: false, last_end_text: 'stored end' };
const now: TraceNow = { id: T, span_count: 5, llm_call_count: 5, unpriced_call_count: 0, unknown_cost: false, open: true, start_us: us(0) };

const change = (b: SpanContribution[], a: SpanContribution[], o: { pre?: TraceBefore | null; now?: Partial<TraceNow>; errors?: number } = {}) =>
  totalsChange([T], b, a, new Map([[T, o.errors ?? 0]]), new Map(o.pre === null ? [] : [[T, o.pre ?? before]]), new Map([[T, { ...now, ...o.now }]]));

describe('totalsChange', () => {
  it('adds a new span as it is, without recomputing the trace', () => {
    const c = change([], [priced('a')]);
    expect(c.recompute).toEqual([]);
    expect(c.deltas).toEqual([
      expect.objectContaining({ tokens: [100, 10, 110, 0, 0, 0], costs: [0.1, 0.2, 0.3], llmCalls: 1, unpricedCalls: 0, unknownCost: false, errors: 0 }),
    ]);
    expect(c.deltas[0]).toMatchObject({ maxEnd: 'end', storedEnd: 'stored end', minStart: 'start', models: ['gpt-4o'] });
  });

  it('adds only the difference for a span sent again: its end, then nothing', () => {
    const started = span('a', { end_us: us(10) });
    const ended = priced('a', { end_us: us(20) });
    const c = change([started], [ended]);
    expect(c.recompute).toEqual([]);
    expect(c.deltas[0]).toMatchObject({ tokens: [100, 10, 110, 0, 0, 0], llmCalls: 0, unpricedCalls: -1 });
    expect(change([ended], [ended]).deltas[0]).toMatchObject({ tokens: [0, 0, 0, 0, 0, 0], costs: [0, 0, 0], llmCalls: 0, errors: 0 });
  });

  it('counts an error row reporting an error span already counted once', () => {
    const c = change([span('a', { unreported: true })], [span('a', { unreported: false })], { errors: 1 });
    expect(c.deltas[0].errors).toBe(0);
  });

  it('recomputes the trace when a span changes model, ends earlier, or another batch created the trace', () => {
    expect(change([priced('a')], [priced('a', { model: 'other' })]).recompute).toEqual([T]);
    expect(change([priced('a')], [priced('a', { end_us: us(5) })]).recompute).toEqual([T]);
    expect(change([], [priced('a')], { pre: null }).recompute).toEqual([T]);
    expect(change([], [priced('a')], { pre: null, now: { span_count: 0, llm_call_count: 0 } }).recompute).toEqual([]);
  });

  it('recomputes a trace moved to start later than it did', () => {
    expect(change([], [priced('a')], { now: { start_us: us(3) } }).recompute).toEqual([T]);
  });

  it('knows a cost is unknown when every call is unpriced and the cost was unknown already', () => {
    const c = change([], [span('b')], { now: { unknown_cost: true, llm_call_count: 2, unpriced_call_count: 2 } });
    expect(c.deltas[0]).toMatchObject({ unknownCost: true, unpricedCalls: 1 });
  });

  it('recomputes when the totals cannot tell whether a span outside the batch has a cost', () => {
    // A trace of agents only (a cost of 0, maybe from a costed agent) gets its first, unpriced, LLM call.
    expect(change([], [span('b')], { now: { llm_call_count: 0, unpriced_call_count: 0 } }).recompute).toEqual([T]);
    // With priced calls stored, an unpriced one leaves the cost known.
    expect(change([], [span('b')]).deltas[0]).toMatchObject({ unknownCost: false });
  });
});
