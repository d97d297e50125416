import { type MetricRow, metricId, planMetricSync, sameValues, storableRow } from './trace-metrics.store';

const row = (over: Partial<MetricRow> = {}): MetricRow => ({
  id: metricId('t', 'm', null),
  projectId: 'p',
  traceId: 't',
  spanId: null,
  name: 'm',
  score: null,
  value: 1,
  reason: null,
  resultDetail: { a: 1, b: [1, 2] },
  config: { method: 'deterministic', version: 1 },
  startTime: new Date(0),
  endTime: new Date(5),
  durationMs: 5,
  timestamp: new Date(5),
  source: 'worker',
  ...over,
});

describe('metricId', () => {
  it('is a stable v5 uuid of trace, name and span or label', () => {
    const id = metricId('3f0e9c1e-1111-4222-8333-444455556666', 'duration_ms', null);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(metricId('3f0e9c1e-1111-4222-8333-444455556666', 'duration_ms', null)).toBe(id);
    expect(metricId('3f0e9c1e-1111-4222-8333-444455556666', 'duration_ms', 's1')).not.toBe(id);
    expect(metricId('3f0e9c1e-1111-4222-8333-444455556667', 'duration_ms', null)).not.toBe(id);
    // The separator keeps "a"+"b\nc" and "a\nb"+"c" apart.
    expect(metricId('t', 'a', 'b\nc')).not.toBe(metricId('t', 'a\nb', 'c'));
  });
});

describe('sameValues', () => {
  it('ignores timing and JSON key order, and sees every value change', () => {
    const a = row();
    expect(sameValues(a, row({ startTime: new Date(100), timestamp: new Date(100), resultDetail: { b: [1, 2], a: 1 } }))).toBe(true);
    expect(sameValues(a, row({ value: 2 }))).toBe(false);
    expect(sameValues(a, row({ score: 0 }))).toBe(false);
    expect(sameValues(a, row({ reason: 'x' }))).toBe(false);
    expect(sameValues(a, row({ resultDetail: { a: 1, b: [2, 1] } }))).toBe(false);
    expect(sameValues(a, row({ config: { method: 'deterministic', version: 2 } }))).toBe(false);
    // undefined fields are dropped as jsonb would drop them.
    expect(sameValues(a, row({ resultDetail: { a: 1, b: [1, 2], c: undefined } }))).toBe(true);
  });
});

describe('planMetricSync', () => {
  it('writes new and changed rows, leaves equal ones, and removes the ones no longer produced', () => {
    const kept = row({ id: 'k', name: 'kept' });
    const changed = row({ id: 'c', name: 'changed', value: 1 });
    const gone = row({ id: 'g', name: 'gone' });
    const failed = row({ id: 'f', name: 'failed' });
    const computed = [row({ id: 'k', name: 'kept', timestamp: new Date(999) }), row({ id: 'c', name: 'changed', value: 2 }), row({ id: 'n', name: 'new' })];
    const plan = planMetricSync([kept, changed, gone, failed], computed, new Set(['f']));
    expect(plan.unchanged).toEqual([kept]);
    expect(plan.write.map((r) => [r.id, r.value])).toEqual([
      ['c', 2],
      ['n', 1],
    ]);
    expect(plan.remove.map((r) => r.id)).toEqual(['g']);
  });

  it('refuses two computed rows with the same id', () => {
    expect(() => planMetricSync([], [row(), row()])).toThrow(/computed twice/);
  });

  it('makes strings storable before comparing, so a NUL in a judge answer does not rewrite the row every time', () => {
    const stored = storableRow(row({ reason: 'a\u0000b', resultDetail: { t: 'x\u0000' } }));
    expect(stored.reason).toBe('a\ufffdb');
    expect(stored.resultDetail).toEqual({ t: 'x\ufffd' });
    expect(planMetricSync([stored], [row({ reason: 'a\u0000b', resultDetail: { t: 'x\u0000' } })]).unchanged).toHaveLength(1);
  });
});
