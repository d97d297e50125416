/**
 * A DDSketch-style quantile sketch (Masson, Rim, Lee, VLDB 2019): values fall into logarithmic
 * bins of ratio gamma, so any quantile is read back within SKETCH_RELATIVE_ACCURACY of the exact
 * value, and two sketches merge by adding their bin counts. The bin mapping is the one of
 * @datadog/sketches-js's LogarithmicMapping, but it is owned here because rollups compute bins in
 * SQL (see rollup.sql.ts) and store them in jsonb: the mapping is a storage format.
 *
 * Bins are stored as DDSketch's DenseStore keeps them, the first bin's index and the counts from
 * there on, with each run of empty bins written as one negative number (-n skips n bins).
 * Latencies fill runs of neighbouring bins, so this is a fraction of the bytes of a sparse
 * {bin: count} object, and far cheaper to parse and add up, which is what reading a month of
 * hourly sketches costs. */

/** Relative accuracy of every latency sketch: a percentile is within 1 % of the exact value. */
export const SKETCH_RELATIVE_ACCURACY = 0.01;
const GAMMA = (1 + SKETCH_RELATIVE_ACCURACY) / (1 - SKETCH_RELATIVE_ACCURACY);
/** ln(gamma): a value v > 0 falls into bin ceil(ln(v) / SKETCH_LN_GAMMA). */
export const SKETCH_LN_GAMMA = Math.log(GAMMA);
/** Values nearer to zero than this (milliseconds: a nanosecond) are counted as zero. */
export const SKETCH_MIN_VALUE = 1e-6;

/**
 * A sketch as stored (json): `pos` holds the counts of the bins from posOffset on, a negative entry
 * -n standing for n empty bins; `neg` the same for the magnitudes of negative values.
 */
export type SketchJson = {
  count: number;
  min: number | null;
  max: number | null;
  zero: number;
  posOffset: number;
  pos: number[];
  negOffset: number;
  neg: number[];
};

/** The bin a value's magnitude falls into (the SQL side computes the same). */
export const sketchBin = (magnitude: number): number => Math.ceil(Math.log(magnitude) / SKETCH_LN_GAMMA);
// The point of bin k that is within the relative accuracy of every value of (gamma^(k-1), gamma^k].
const binValue = (k: number): number => (Math.exp(k * SKETCH_LN_GAMMA) * 2) / (1 + GAMMA);

/** Counts of consecutive bins from `offset` on, grown at either end as bins arrive. */
class DenseBins {
  offset = 0;
  counts: number[] = [];

  add(k: number, n: number): void {
    this.cover(k, k);
    this.counts[k - this.offset] += n;
  }

  /** Adds stored counts (see SketchJson: negative entries skip empty bins). */
  addStored(offset: number, stored: readonly number[]): void {
    if (!stored.length) return;
    let last = offset - 1;
    for (const x of stored) last += x < 0 ? -x : 1;
    this.cover(offset, last);
    let i = offset - this.offset;
    for (const x of stored) {
      if (x < 0) i -= x;
      else this.counts[i++] += x;
    }
  }

  private cover(lo: number, hi: number): void {
    if (!this.counts.length) {
      this.offset = lo;
      this.counts = new Array<number>(hi - lo + 1).fill(0);
      return;
    }
    if (lo < this.offset) {
      this.counts = new Array<number>(this.offset - lo).fill(0).concat(this.counts);
      this.offset = lo;
    }
    for (let n = hi - this.offset + 1 - this.counts.length; n > 0; n--) this.counts.push(0);
  }

  /** The stored form: from the first non-empty bin, runs of empty bins as negative numbers. */
  stored(): { offset: number; counts: number[] } {
    const out: number[] = [];
    let first: number | null = null;
    let gap = 0;
    this.counts.forEach((c, i) => {
      if (!c) return void (gap += first === null ? 0 : 1);
      if (first === null) first = this.offset + i;
      if (gap) out.push(-gap);
      out.push(c);
      gap = 0;
    });
    return { offset: first ?? 0, counts: out };
  }
}

/** A mergeable quantile sketch; `min` and `max` are kept exactly, so the extreme ranks are exact. */
export class Sketch {
  count = 0;
  min = Infinity;
  max = -Infinity;
  zero = 0;
  private readonly pos = new DenseBins();
  private readonly neg = new DenseBins();

  /** A sketch read from its stored form; null or undefined reads as empty. */
  static from(json: SketchJson | null | undefined): Sketch {
    return new Sketch().merge(json);
  }

  /** Adds `n` occurrences of `v`; non-finite values are ignored, as the SQL side ignores them. */
  add(v: number, n = 1): this {
    if (!Number.isFinite(v) || n <= 0) return this;
    this.count += n;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    if (v > SKETCH_MIN_VALUE) this.pos.add(sketchBin(v), n);
    else if (v < -SKETCH_MIN_VALUE) this.neg.add(sketchBin(-v), n);
    else this.zero += n;
    return this;
  }

  /** Adds another sketch's counts to this one. */
  merge(other: Sketch | SketchJson | null | undefined): this {
    if (!other || !other.count) return this;
    const o = other instanceof Sketch ? other.toJSON() : other;
    this.count += o.count;
    if (o.min !== null && o.min < this.min) this.min = o.min;
    if (o.max !== null && o.max > this.max) this.max = o.max;
    this.zero += o.zero;
    this.pos.addStored(o.posOffset, o.pos);
    this.neg.addStored(o.negOffset, o.neg);
    return this;
  }

  /**
   * The q-quantiles, interpolated between neighbouring ranks like Postgres percentile_cont, so each
   * is within the relative accuracy of percentile_cont over the same values; null when empty.
   */
  quantiles(qs: readonly number[]): (number | null)[] {
    if (!this.count) return qs.map(() => null);
    const atRank = (r: number): number => {
      if (r <= 0) return this.min;
      if (r >= this.count - 1) return this.max;
      return Math.min(this.max, Math.max(this.min, this.binValueAtRank(r)));
    };
    return qs.map((q) => {
      const rank = Math.min(1, Math.max(0, q)) * (this.count - 1);
      const lo = Math.floor(rank);
      const a = atRank(lo);
      return lo === rank ? a : a + (atRank(lo + 1) - a) * (rank - lo);
    });
  }

  // Walks the bins in value order (negatives from the largest magnitude, zero, positives) to the
  // one holding the value of 0-based rank r.
  private binValueAtRank(r: number): number {
    let seen = 0;
    const neg = this.neg.counts;
    for (let i = neg.length - 1; i >= 0; i--) {
      seen += neg[i];
      if (seen > r) return -binValue(this.neg.offset + i);
    }
    seen += this.zero;
    if (seen > r) return 0;
    const pos = this.pos.counts;
    for (let i = 0; i < pos.length; i++) {
      seen += pos[i];
      if (seen > r) return binValue(this.pos.offset + i);
    }
    return this.max;
  }

  /** The stored form. */
  toJSON(): SketchJson {
    const pos = this.pos.stored();
    const neg = this.neg.stored();
    return {
      count: this.count,
      min: this.count ? this.min : null,
      max: this.count ? this.max : null,
      zero: this.zero,
      posOffset: pos.offset,
      pos: pos.counts,
      negOffset: neg.offset,
      neg: neg.counts,
    };
  }
}
