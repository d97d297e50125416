import { mulberry32 } from '../../../../test/support/random';
import { Sketch, SKETCH_MIN_VALUE, SKETCH_RELATIVE_ACCURACY, sketchBin } from './sketch.util';

/** Postgres percentile_cont (linear interpolation between the ranks around q * (n - 1)), and the larger magnitude of those ranks. */
function percentileCont(values: number[], q: number): { exact: number; magnitude: number } {
  const s = [...values].sort((a, b) => a - b);
  const r = q * (s.length - 1);
  const lo = Math.floor(r);
  const hi = Math.ceil(r);
  return { exact: lo === r ? s[lo] : s[lo] + (s[hi] - s[lo]) * (r - lo), magnitude: Math.max(Math.abs(s[lo]), Math.abs(s[hi])) };
}

const QS = [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

function expectWithinAccuracy(sketch: Sketch, values: number[]) {
  const got = sketch.quantiles(QS);
  QS.forEach((q, i) => {
    const { exact, magnitude } = percentileCont(values, q);
    // Relative to the ranks interpolated (for values of one sign, to |exact| itself), plus the
    // width of the zero bin; a hair of slack covers float rounding at bin edges.
    const tolerance = SKETCH_RELATIVE_ACCURACY * magnitude * (1 + 1e-9) + SKETCH_MIN_VALUE;
    if (exact > 0 && values.every((v) => v > SKETCH_MIN_VALUE))
      expect(Math.abs(got[i]! - exact) / exact).toBeLessThanOrEqual(SKETCH_RELATIVE_ACCURACY * (1 + 1e-9));
    if (Math.abs(got[i]! - exact) > tolerance) throw new Error(`q=${q}: sketch ${got[i]} vs exact ${exact} (tolerance ${tolerance})`);
  });
}

const rnd = mulberry32(42);
const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
const DISTRIBUTIONS: [string, () => number][] = [
  ['log-normal latencies (ms)', () => Math.exp(7 + 1.2 * normal())],
  ['uniform 0..10 s', () => rnd() * 10_000],
  ['heavy tail (Pareto)', () => 50 / Math.pow(1 - rnd(), 1 / 1.2)],
  ['sub-millisecond', () => rnd() * 0.5],
  ['integers with ties', () => Math.floor(rnd() * 20) * 100],
];

describe('Sketch', () => {
  it.each(DISTRIBUTIONS)('reads every quantile of %s within the relative accuracy of percentile_cont', (_, gen) => {
    for (const n of [1, 2, 3, 10, 101, 5000]) {
      const values = Array.from({ length: n }, gen);
      const s = new Sketch();
      values.forEach((v) => s.add(v));
      expectWithinAccuracy(s, values);
    }
  });

  it('keeps one repeated value exact (min and max clamp every rank)', () => {
    const s = new Sketch().add(200, 50);
    expect(s.quantiles([0, 0.5, 0.99, 1])).toEqual([200, 200, 200, 200]);
  });

  it('handles zeros and negative values (a clock skew can make a time to first token negative)', () => {
    const values = [-120, -3, 0, 0, 0, 1e-9, 2, 40, 40, 900];
    const s = new Sketch();
    values.forEach((v) => s.add(v));
    expect(s.zero).toBe(4);
    expectWithinAccuracy(s, values);
  });

  it('ignores non-finite values and answers null when empty', () => {
    const s = new Sketch().add(NaN).add(Infinity).add(-Infinity);
    expect(s.count).toBe(0);
    expect(s.quantiles([0.5, 0.99])).toEqual([null, null]);
    expect(Sketch.from(null).quantiles([0.5])).toEqual([null]);
  });

  it('merges by adding counts: the merge of parts equals the sketch of the whole, in any order', () => {
    const values = Array.from({ length: 3000 }, DISTRIBUTIONS[0][1]);
    const whole = new Sketch();
    values.forEach((v) => whole.add(v));
    const parts = [0, 1, 2].map((p) => {
      const s = new Sketch();
      values.filter((_, i) => i % 3 === p).forEach((v) => s.add(v));
      return s;
    });
    const forward = new Sketch().merge(parts[0]).merge(parts[1]).merge(parts[2]);
    const backward = new Sketch().merge(parts[2].toJSON()).merge(parts[1].toJSON()).merge(parts[0]);
    for (const merged of [forward, backward]) {
      expect(merged.toJSON()).toEqual(whole.toJSON());
      expectWithinAccuracy(merged, values);
    }
    // Merging an empty sketch changes nothing.
    expect(new Sketch().merge(whole).merge(new Sketch()).merge(null).toJSON()).toEqual(whole.toJSON());
  });

  it('stores bins from the first non-empty one, runs of empty bins as negative numbers, and round-trips through JSON', () => {
    const gamma = (1 + SKETCH_RELATIVE_ACCURACY) / (1 - SKETCH_RELATIVE_ACCURACY);
    const a = new Sketch()
      .add(1)
      .add(gamma ** 2 * 0.999, 3)
      .add(gamma ** 3 * 0.999)
      .add(gamma ** 7 * 0.999, 2)
      .add(-1)
      .add(0);
    expect(a.toJSON()).toEqual({ count: 9, min: -1, max: gamma ** 7 * 0.999, zero: 1, posOffset: 0, pos: [1, -1, 3, 1, -3, 2], negOffset: 0, neg: [1] });
    // Merging stored forms whose bins interleave fills the gaps.
    const other = new Sketch().add(gamma * 0.999).add(gamma ** 5 * 0.999, 4);
    expect(Sketch.from(a.toJSON()).merge(other.toJSON()).toJSON()).toMatchObject({ posOffset: 0, pos: [1, 1, 3, 1, -1, 4, -1, 2] });
    expect(new Sketch().toJSON()).toEqual({ count: 0, min: null, max: null, zero: 0, posOffset: 0, pos: [], negOffset: 0, neg: [] });
    const s = new Sketch();
    [0.3, 5, 5, 1234.5, -7, 0].forEach((v) => s.add(v));
    const stored = JSON.parse(JSON.stringify(s.toJSON()));
    expect(Sketch.from(stored).toJSON()).toEqual(s.toJSON());
    expect(Sketch.from(stored).quantiles(QS)).toEqual(s.quantiles(QS));
  });

  it('maps values to log bins of ratio (1 + a) / (1 - a), the DDSketch logarithmic mapping', () => {
    const gamma = (1 + SKETCH_RELATIVE_ACCURACY) / (1 - SKETCH_RELATIVE_ACCURACY);
    expect(sketchBin(1)).toBe(0);
    expect(sketchBin(gamma * 1.0000001)).toBe(2);
    expect(sketchBin(gamma ** 10 / 1.0000001)).toBe(10);
    expect(sketchBin(0.5)).toBeLessThan(0);
    // About 115 bins per decade, so an hour of latencies spanning 10 ms to 10 min needs at most ~550.
    expect(sketchBin(600_000) - sketchBin(10)).toBeLessThan(560);
  });
});
