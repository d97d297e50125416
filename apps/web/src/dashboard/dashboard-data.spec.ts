import { chartRows, pivotByModel } from './dashboard-data';

const point = (time: string, traceCount: number, totalCost = 0) => ({
  time,
  traceCount,
  errorRate: 0.25,
  latencyP50: null,
  latencyP95: null,
  latencyP99: null,
  totalTokens: traceCount * 10,
  totalCost,
});

describe('chartRows', () => {
  it('keeps the figures and gives the error rate in percent', () => {
    expect(chartRows([point('t1', 4)])).toEqual([
      { time: 't1', traceCount: 4, errorPct: 25, latencyP50: null, latencyP95: null, latencyP99: null, totalTokens: 40, totalCost: 0 },
    ]);
  });
});

describe('pivotByModel', () => {
  it('gives one row per interval with a key per model, largest first, leaving out models with nothing', () => {
    const series = [
      { key: 'small', points: [point('t1', 1), point('t2', 0)] },
      { key: 'big', points: [point('t1', 2), point('t2', 5)] },
      { key: 'idle', points: [point('t1', 0), point('t2', 0)] },
    ];
    expect(pivotByModel(series, 'traceCount')).toEqual({
      models: ['big', 'small'],
      rows: [
        { time: 't1', big: 2, small: 1 },
        { time: 't2', big: 5, small: 0 },
      ],
    });
    expect(pivotByModel(series, 'totalTokens').rows[1]).toEqual({ time: 't2', big: 50, small: 0 });
  });

  it('sums the models past the eighth as "other"', () => {
    const series = Array.from({ length: 10 }, (_, i) => ({ key: `m${i}`, points: [point('t1', 10 - i)] }));
    const { models, rows } = pivotByModel(series, 'traceCount');
    expect(models).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'other']);
    expect(rows[0].other).toBe(3 + 2 + 1);
  });

  it('draws nothing without series', () => {
    expect(pivotByModel([], 'totalCost')).toEqual({ rows: [], models: [] });
  });
});
