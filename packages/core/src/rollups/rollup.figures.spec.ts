import { bucketStarts } from './buckets.util';
import { DAY_MS, HOUR_MS } from '../common/hours.util';
import { sumProjectWide, toSeries } from './rollup.figures';
import type { HourFigures } from './rollup.service';
import { Sketch } from './sketch.util';

const base = Date.UTC(2026, 10, 1);
const H = (h: number) => new Date(base + h * HOUR_MS);
const sketchOf = (...values: number[]) => {
  const s = new Sketch();
  values.forEach((v) => s.add(v));
  return s.toJSON();
};

function row(h: number, model: string, f: Partial<HourFigures> = {}): HourFigures {
  return {
    hour: H(h),
    model,
    traceCount: 0,
    errorCount: 0,
    spanCount: 0,
    runTypeCounts: {},
    llmCallCount: 0,
    llmErrorCount: 0,
    streamedLlmCallCount: 0,
    promptTokens: 0,
    completionTokens: 0,
    totalTokens: 0,
    promptCost: 0,
    completionCost: 0,
    totalCost: 0,
    unpricedCallCount: 0,
    lastStartTime: null,
    durationPercentiles: null,
    llmLatencyPercentiles: null,
    durationSketch: null,
    firstTokenSketch: null,
    llmLatencySketch: null,
    ...f,
  };
}

describe('sumProjectWide', () => {
  it('adds up the project-wide rows only, merging sketches and run types and keeping the last start', () => {
    const t = sumProjectWide([
      row(0, '', {
        traceCount: 3,
        errorCount: 1,
        spanCount: 9,
        totalCost: 0.5,
        unpricedCallCount: 2,
        runTypeCounts: { llm: 3, tool: 2 },
        lastStartTime: H(0.5),
        durationSketch: sketchOf(100, 200, 300),
      }),
      row(0, 'gpt-4o', { traceCount: 100, totalCost: 9, unpricedCallCount: 7 }),
      row(1, '', {
        traceCount: 1,
        spanCount: 2,
        totalCost: 0.25,
        unpricedCallCount: 1,
        runTypeCounts: { llm: 1 },
        lastStartTime: H(1.2),
        durationSketch: sketchOf(400),
      }),
    ]);
    expect(t).toMatchObject({ traceCount: 4, errorCount: 1, spanCount: 11, totalCost: 0.75, unpricedCallCount: 3, lastStartTime: H(1.2) });
    expect([...t.runTypeCounts]).toEqual([
      ['llm', 4],
      ['tool', 2],
    ]);
    expect(t.duration.count).toBe(4);
    expect(t.duration.quantiles([0, 1])).toEqual([100, 400]);
  });
});

describe('toSeries', () => {
  it('fills every interval, with zeros and null percentiles where nothing happened', () => {
    const [line] = toSeries(
      [row(1, '', { traceCount: 4, errorCount: 1, durationPercentiles: [10, 20, 30] })],
      bucketStarts(H(0), H(3), HOUR_MS),
      HOUR_MS,
      false,
    );
    expect(line.key).toBeNull();
    expect(line.points.map((p) => [p.time, p.traceCount, p.errorRate, p.latencyP50])).toEqual([
      [H(0), 0, 0, null],
      [H(1), 4, 0.25, 10],
      [H(2), 0, 0, null],
    ]);
  });

  it('takes the exact percentiles of a one-row point and merges the sketches of a daily one', () => {
    const rows = [row(1, '', { traceCount: 1, durationSketch: sketchOf(100) }), row(5, '', { traceCount: 2, durationSketch: sketchOf(300, 500) })];
    const [daily] = toSeries(rows, bucketStarts(H(0), H(24), DAY_MS), DAY_MS, false);
    expect(daily.points).toHaveLength(1);
    expect(daily.points[0]).toMatchObject({ time: H(0), traceCount: 3 });
    expect(Math.abs(daily.points[0].latencyP50! - 300) / 300).toBeLessThanOrEqual(0.01);
  });

  it('groups by model: one series per model by name, counting its LLM calls and their errors', () => {
    const rows = [
      row(0, '', { traceCount: 50 }),
      row(0, 'gpt-4o', { llmCallCount: 4, llmErrorCount: 1, totalTokens: 100, llmLatencyPercentiles: [1, 2, 3] }),
      row(1, 'claude-sonnet-4-5', { llmCallCount: 2, totalCost: 0.1, unpricedCallCount: 1, llmLatencyPercentiles: [4, 5, 6] }),
    ];
    const lines = toSeries(rows, bucketStarts(H(0), H(2), HOUR_MS), HOUR_MS, true);
    expect(lines.map((l) => l.key)).toEqual(['claude-sonnet-4-5', 'gpt-4o']);
    expect(lines[1].points[0]).toMatchObject({ traceCount: 4, errorCount: 1, errorRate: 0.25, totalTokens: 100, latencyP50: 1, latencyP99: 3 });
    expect(lines[1].points[1]).toMatchObject({ traceCount: 0, latencyP50: null });
    expect(lines[0].points[1]).toMatchObject({ traceCount: 2, totalCost: 0.1, unpricedCallCount: 1, latencyP95: 5 });
    expect(lines[0].points[0]).toMatchObject({ totalCost: 0, unpricedCallCount: 0 });
    // No model rows at all: no series.
    expect(toSeries([row(0, '', { traceCount: 5 })], bucketStarts(H(0), H(1), HOUR_MS), HOUR_MS, true)).toEqual([]);
  });
});
