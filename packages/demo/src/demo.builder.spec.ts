import { buildDemoBatches, buildDemoTraces } from './demo.builder';
import type { DemoBatch } from './demo-batch.type';

const now = Date.parse('2025-01-01T00:00:00Z');
const spansOf = (b: DemoBatch) => [...b.agentCalls, ...b.llmCalls, ...b.toolCalls];
const idsOf = (b: DemoBatch) => Object.values(b).flatMap((list: { id: string }[]) => list.map((item) => item.id));

describe('demo builder', () => {
  it('builds the demo scenario: one batch per trace, with the counts `pnpm demo` reports', () => {
    const traces = buildDemoTraces(now);
    expect(traces).toHaveLength(30);
    expect(traces.every((t) => t.traces.length === 1)).toBe(true);
    expect(traces.reduce((n, t) => n + spansOf(t).length, 0)).toBe(146);
    expect(traces.filter((t) => t.traces[0].status === 'ERROR')).toHaveLength(1);
    expect(traces.reduce((n, t) => n + t.errors.length, 0)).toBe(4);
    expect(new Set(traces.map((t) => t.traces[0].sessionId)).size).toBe(8);
  });

  it('nests every span under a span of its own trace and ends before now', () => {
    for (const t of buildDemoTraces(now)) {
      const spans = spansOf(t);
      const ids = new Set(spans.map((s) => s.id));
      for (const s of spans) {
        expect(s.traceId).toBe(t.traces[0].id);
        if (s.parentId !== undefined) expect(ids.has(s.parentId)).toBe(true);
        expect(Date.parse(s.startTime)).toBeLessThanOrEqual(Date.parse(s.endTime));
      }
      expect(spans.filter((s) => s.parentId === undefined)).toHaveLength(1);
      expect(Date.parse(t.traces[0].endTime)).toBeLessThan(now);
    }
  });

  // A reload upserts the same rows, so only the timestamps may depend on the clock.
  it('derives the same ids and content whatever the clock, shifting only the times', () => {
    const shift = 3_600_000;
    const a = buildDemoTraces(now);
    const b = buildDemoTraces(now + shift);
    expect(b.map(idsOf)).toEqual(a.map(idsOf));
    expect(Date.parse(b[7].traces[0].startTime) - Date.parse(a[7].traces[0].startTime)).toBe(shift);
    expect(b[7].llmCalls.map((c) => c.outputs)).toEqual(a[7].llmCalls.map((c) => c.outputs));
  });

  it('merges the per-trace batches into ingest batches without losing an item', () => {
    const batches = buildDemoBatches(now, 7);
    expect(batches.map((b) => b.traces.length)).toEqual([7, 7, 7, 7, 2]);
    expect(batches.flatMap(idsOf).sort()).toEqual(buildDemoTraces(now).flatMap(idsOf).sort());
  });
});
