import { jsonbText, jsonContains, traceMatches } from './trace-filter.compute';
import type { TraceEntity } from './trace.entity';
import { TraceStatusEnum, type TraceFilter } from './trace.type';

const trace = (over: Partial<TraceEntity> = {}): TraceEntity =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    projectId: '00000000-0000-4000-8000-0000000000aa',
    name: 'Support Agent',
    status: 'success',
    startTime: new Date('2026-03-01T12:00:00.000Z'),
    endTime: new Date('2026-03-01T12:00:02.000Z'),
    durationMs: 2000,
    userId: 'user-1',
    sessionId: 'session-1',
    input: { question: 'Where is my Order?' },
    output: 'It ships tomorrow',
    errorFlag: false,
    tags: ['prod', 'beta'],
    metadata: { region: 'eu', plan: { tier: 'pro', seats: 5 }, flags: ['a', 'b'], vip: true, note: null },
    models: ['gpt-4o', 'claude-sonnet'],
    totalCost: 0.25,
    ...over,
  }) as TraceEntity;

const f = (filter: TraceFilter) => filter;

describe('jsonContains', () => {
  it('compares scalars by equality, and type mismatches never match', () => {
    expect(jsonContains(1, 1)).toBe(true);
    expect(jsonContains('a', 'a')).toBe(true);
    expect(jsonContains(true, true)).toBe(true);
    expect(jsonContains(null, null)).toBe(true);
    expect(jsonContains(1, 2)).toBe(false);
    expect(jsonContains('1', 1)).toBe(false);
    expect(jsonContains(0, false)).toBe(false);
    expect(jsonContains(null, false)).toBe(false);
    expect(jsonContains(null, {})).toBe(false);
    expect(jsonContains({}, null)).toBe(false);
    expect(jsonContains([], {})).toBe(false);
    expect(jsonContains({}, [])).toBe(false);
    expect(jsonContains('a', ['a'])).toBe(false);
    expect(jsonContains({ a: 1 }, 'a')).toBe(false);
  });

  it('matches an object holding a subset of the keys, recursively', () => {
    const a = { x: 1, y: { z: 'q', w: [1, 2] }, n: null };
    expect(jsonContains(a, {})).toBe(true);
    expect(jsonContains(a, { x: 1 })).toBe(true);
    expect(jsonContains(a, { y: { z: 'q' } })).toBe(true);
    expect(jsonContains(a, { y: { w: [2] } })).toBe(true);
    expect(jsonContains(a, { n: null })).toBe(true);
    expect(jsonContains(a, a)).toBe(true);
    expect(jsonContains(a, { x: 2 })).toBe(false);
    expect(jsonContains(a, { missing: null })).toBe(false);
    expect(jsonContains(a, { y: { z: 'q', extra: 1 } })).toBe(false);
    expect(jsonContains(a, { y: 'q' })).toBe(false);
    expect(jsonContains({ x: 1 }, { x: 1, y: 2 })).toBe(false);
  });

  it('matches an array when every element of b is contained in some element of a', () => {
    expect(jsonContains([1, 2, 3], [])).toBe(true);
    expect(jsonContains([1, 2, 3], [3, 1])).toBe(true);
    expect(jsonContains([1, 2, 3], [1, 1])).toBe(true);
    expect(jsonContains([1, 2, 3], [4])).toBe(false);
    expect(jsonContains([1, 2], [1, 4])).toBe(false);
    expect(jsonContains([{ a: 1, b: 2 }, { c: 3 }], [{ a: 1 }, { c: 3 }])).toBe(true);
    expect(jsonContains([{ a: 1, b: 2 }], [{ a: 1, c: 3 }])).toBe(false);
    expect(jsonContains([[1, 2], [3]], [[2]])).toBe(true);
    // Nested arrays are not flattened: the scalar 2 is not an element of [1, [2]].
    expect(jsonContains([1, [2]], [2])).toBe(false);
    expect(jsonContains([], [1])).toBe(false);
  });
});

describe('traceMatches', () => {
  it('matches everything without a filter or with an empty one', () => {
    expect(traceMatches(trace(), undefined)).toBe(true);
    expect(traceMatches(trace(), null)).toBe(true);
    expect(traceMatches(trace(), f({}))).toBe(true);
  });

  it('from: traces starting at or after it', () => {
    const t = trace({ startTime: new Date('2026-03-01T12:00:00.000Z') });
    expect(traceMatches(t, f({ from: new Date('2026-03-01T12:00:00.000Z') }))).toBe(true);
    expect(traceMatches(t, f({ from: new Date('2026-03-01T11:59:59.999Z') }))).toBe(true);
    expect(traceMatches(t, f({ from: new Date('2026-03-01T12:00:00.001Z') }))).toBe(false);
  });

  it('to: traces starting before it (exclusive)', () => {
    const t = trace({ startTime: new Date('2026-03-01T12:00:00.000Z') });
    expect(traceMatches(t, f({ to: new Date('2026-03-01T12:00:00.001Z') }))).toBe(true);
    expect(traceMatches(t, f({ to: new Date('2026-03-01T12:00:00.000Z') }))).toBe(false);
    expect(traceMatches(t, f({ to: new Date('2026-02-01T00:00:00.000Z') }))).toBe(false);
  });

  it('status: any of the listed statuses; an empty list does not filter', () => {
    const t = trace({ status: 'running' });
    expect(traceMatches(t, f({ status: [TraceStatusEnum.ERROR, TraceStatusEnum.RUNNING] }))).toBe(true);
    expect(traceMatches(t, f({ status: [TraceStatusEnum.SUCCESS, TraceStatusEnum.ERROR] }))).toBe(false);
    expect(traceMatches(t, f({ status: [] }))).toBe(true);
  });

  it('tags: all of the listed tags', () => {
    const t = trace({ tags: ['prod', 'beta', 'eu'] });
    expect(traceMatches(t, f({ tags: ['eu', 'prod'] }))).toBe(true);
    expect(traceMatches(t, f({ tags: ['prod', 'canary'] }))).toBe(false);
    expect(traceMatches(trace({ tags: [] }), f({ tags: ['prod'] }))).toBe(false);
    expect(traceMatches(t, f({ tags: [] }))).toBe(true);
  });

  it('metadata: every entry contained in the metadata', () => {
    const t = trace();
    expect(traceMatches(t, f({ metadata: [{ key: 'region', value: 'eu' }] }))).toBe(true);
    expect(traceMatches(t, f({ metadata: [{ key: 'region', value: 'us' }] }))).toBe(false);
    expect(
      traceMatches(
        t,
        f({
          metadata: [
            { key: 'plan', value: { tier: 'pro' } },
            { key: 'flags', value: ['b'] },
          ],
        }),
      ),
    ).toBe(true);
    expect(
      traceMatches(
        t,
        f({
          metadata: [
            { key: 'region', value: 'eu' },
            { key: 'flags', value: ['c'] },
          ],
        }),
      ),
    ).toBe(false);
    expect(
      traceMatches(
        t,
        f({
          metadata: [
            { key: 'vip', value: true },
            { key: 'note', value: null },
          ],
        }),
      ),
    ).toBe(true);
    // JSON types matter: the string "true" is not the boolean, 5 is not "5".
    expect(traceMatches(t, f({ metadata: [{ key: 'vip', value: 'true' }] }))).toBe(false);
    expect(traceMatches(t, f({ metadata: [{ key: 'plan', value: { seats: '5' } }] }))).toBe(false);
    expect(traceMatches(t, f({ metadata: [{ key: 'absent', value: null }] }))).toBe(false);
  });

  it('userId: exact match', () => {
    expect(traceMatches(trace({ userId: 'user-1' }), f({ userId: 'user-1' }))).toBe(true);
    expect(traceMatches(trace({ userId: 'user-2' }), f({ userId: 'user-1' }))).toBe(false);
    expect(traceMatches(trace({ userId: null }), f({ userId: 'user-1' }))).toBe(false);
  });

  it('sessionId: exact match', () => {
    expect(traceMatches(trace({ sessionId: 'session-1' }), f({ sessionId: 'session-1' }))).toBe(true);
    expect(traceMatches(trace({ sessionId: 'Session-1' }), f({ sessionId: 'session-1' }))).toBe(false);
    expect(traceMatches(trace({ sessionId: null }), f({ sessionId: 'session-1' }))).toBe(false);
  });

  it('model: one of the trace models', () => {
    const t = trace({ models: ['gpt-4o', 'claude-sonnet'] });
    expect(traceMatches(t, f({ model: 'claude-sonnet' }))).toBe(true);
    expect(traceMatches(t, f({ model: 'gpt-4' }))).toBe(false);
    expect(traceMatches(trace({ models: [] }), f({ model: 'gpt-4o' }))).toBe(false);
  });

  it('minCost: total cost at least it', () => {
    const t = trace({ totalCost: 0.25 });
    expect(traceMatches(t, f({ minCost: 0.25 }))).toBe(true);
    expect(traceMatches(t, f({ minCost: 0.1 }))).toBe(true);
    expect(traceMatches(t, f({ minCost: 0.26 }))).toBe(false);
    // Zero is a bound, not "no filter".
    expect(traceMatches(trace({ totalCost: 0 }), f({ minCost: 0 }))).toBe(true);
    expect(traceMatches(trace({ totalCost: -1 }), f({ minCost: 0 }))).toBe(false);
  });

  it('minLatencyMs: duration at least it', () => {
    const t = trace({ durationMs: 2000 });
    expect(traceMatches(t, f({ minLatencyMs: 2000 }))).toBe(true);
    expect(traceMatches(t, f({ minLatencyMs: 2000.5 }))).toBe(false);
    expect(traceMatches(trace({ durationMs: 0 }), f({ minLatencyMs: 0 }))).toBe(true);
    expect(traceMatches(trace({ durationMs: 0 }), f({ minLatencyMs: 1 }))).toBe(false);
  });

  it('hasError: the error flag, true or false', () => {
    expect(traceMatches(trace({ errorFlag: true }), f({ hasError: true }))).toBe(true);
    expect(traceMatches(trace({ errorFlag: false }), f({ hasError: true }))).toBe(false);
    expect(traceMatches(trace({ errorFlag: false }), f({ hasError: false }))).toBe(true);
    expect(traceMatches(trace({ errorFlag: true }), f({ hasError: false }))).toBe(false);
    // The status is not what hasError looks at.
    expect(traceMatches(trace({ status: 'error', errorFlag: false }), f({ hasError: true }))).toBe(false);
  });

  it('text: case-insensitive, in the name', () => {
    const t = trace({ name: 'Support Agent', input: null, output: null });
    expect(traceMatches(t, f({ text: 'port ag' }))).toBe(true);
    expect(traceMatches(t, f({ text: 'SUPPORT' }))).toBe(true);
    expect(traceMatches(t, f({ text: 'billing' }))).toBe(false);
  });

  it('text: case-insensitive, in the JSON of the input or output', () => {
    const t = trace({ name: null, input: { question: 'Where is my Order?' }, output: 'It ships tomorrow' });
    expect(traceMatches(t, f({ text: 'my order' }))).toBe(true);
    expect(traceMatches(t, f({ text: 'QUESTION' }))).toBe(true);
    expect(traceMatches(t, f({ text: 'SHIPS' }))).toBe(true);
    expect(traceMatches(t, f({ text: 'refund' }))).toBe(false);
    expect(traceMatches(trace({ name: null, input: null, output: null }), f({ text: 'null' }))).toBe(false);
    // Literal text: % and _ are not wildcards (the SQL escapes them for LIKE).
    expect(traceMatches(t, f({ text: 'my%order' }))).toBe(false);
    expect(traceMatches(trace({ name: '100% done', input: null, output: null }), f({ text: '100%' }))).toBe(true);
  });

  it('requires every given field to match', () => {
    const t = trace();
    const all = f({
      from: new Date('2026-03-01T00:00:00.000Z'),
      to: new Date('2026-03-02T00:00:00.000Z'),
      status: [TraceStatusEnum.SUCCESS],
      tags: ['prod'],
      metadata: [{ key: 'region', value: 'eu' }],
      userId: 'user-1',
      sessionId: 'session-1',
      model: 'gpt-4o',
      minCost: 0.2,
      minLatencyMs: 1000,
      hasError: false,
      text: 'order',
    });
    expect(traceMatches(t, all)).toBe(true);
    expect(traceMatches(t, { ...all, userId: 'user-2' })).toBe(false);
    expect(traceMatches(t, { ...all, text: 'nowhere' })).toBe(false);
  });
});

describe('the text filter and containment match what Postgres does', () => {
  it('searches input and output as Postgres prints jsonb (": " and ", ", keys shortest first)', () => {
    expect(jsonbText({ bb: [1, 'x'], a: { c: null } })).toBe('{"a": {"c": null}, "bb": [1, "x"]}');
    expect(traceMatches(trace({ name: null, input: { a: 1 }, output: null }), { text: '"a": 1' })).toBe(true);
    expect(traceMatches(trace({ name: null, input: { a: 1, b: 2 }, output: null }), { text: '1,"b"' })).toBe(false);
  });

  it('only counts keys the object holds itself', () => {
    expect(jsonContains({}, JSON.parse('{"__proto__": {}}'))).toBe(false);
    expect(jsonContains({}, { toString: 'x' })).toBe(false);
  });
});
