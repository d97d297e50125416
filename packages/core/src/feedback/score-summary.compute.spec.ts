import { histogramBins, histogramRange } from './score-summary.compute';

describe('score histograms', () => {
  it('spans [0, 1] for scores within it, else the scores own range', () => {
    expect(histogramRange(0.2, 0.9)).toEqual({ lower: 0, upper: 1 });
    expect(histogramRange(1, 5)).toEqual({ lower: 1, upper: 5 });
    expect(histogramRange(-0.5, 0.5)).toEqual({ lower: -0.5, upper: 0.5 });
  });

  it('lists every bin, empty ones included, with the last one ending exactly at the upper bound', () => {
    const bins = histogramBins(
      1,
      5,
      new Map([
        [0, 2],
        [9, 1],
      ]),
    );
    expect(bins).toHaveLength(10);
    expect(bins[0]).toEqual({ lower: 1, upper: 1.4, count: 2 });
    expect(bins[5].count).toBe(0);
    expect(bins[9]).toEqual({ lower: expect.closeTo(4.6, 9), upper: 5, count: 1 });
  });

  it('has one bin when every score is the same value', () => {
    expect(histogramBins(3, 3, new Map([[0, 4]]))).toEqual([{ lower: 3, upper: 3, count: 4 }]);
  });
});
