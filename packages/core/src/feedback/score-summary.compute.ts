/** One bin of a histogram. */
export type Bin = { lower: number; upper: number; count: number };

export const HISTOGRAM_BINS = 10;

/**
 * The range a key's histogram spans: [0, 1] when every score lies in it (the usual evaluation
 * scale, so that two summaries line up), else the scores' own min..max.
 */
export function histogramRange(min: number, max: number): { lower: number; upper: number } {
  return min >= 0 && max <= 1 ? { lower: 0, upper: 1 } : { lower: min, upper: max };
}

/**
 * Every bin of a histogram over lower..upper from the counts per bin index (0-based, as the SQL
 * counts them), empty bins included; one bin when the range is a single value.
 */
export function histogramBins(lower: number, upper: number, counts: ReadonlyMap<number, number>): Bin[] {
  if (upper <= lower) return [{ lower, upper, count: [...counts.values()].reduce((a, b) => a + b, 0) }];
  const width = (upper - lower) / HISTOGRAM_BINS;
  return Array.from({ length: HISTOGRAM_BINS }, (_, i) => ({
    lower: lower + i * width,
    upper: i === HISTOGRAM_BINS - 1 ? upper : lower + (i + 1) * width,
    count: counts.get(i) ?? 0,
  }));
}
