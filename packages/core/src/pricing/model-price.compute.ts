import { normalizeModelName, type ModelPrice } from './price-table.compute';

/** A project's custom price as stored (the columns the matcher reads). */
export type CustomPriceRow = {
  id: string;
  modelPattern: string;
  provider: string | null;
  inputPrice: number;
  outputPrice: number;
  cacheReadPrice: number | null;
  cacheWritePrice: number | null;
  reasoningPrice: number | null;
  effectiveFrom: Date | null;
  updatedAt: Date;
};

/** A custom price ready to match calls. */
export type CustomPrice = {
  pattern: RegExp;
  provider: string | null;
  effectiveFrom: Date | null;
  price: Readonly<ModelPrice>;
};

const MAX_PATTERN_LENGTH = 200;
/** Model names are matched on this many characters at most: no real name is longer, and it bounds a pattern's work. */
const MAX_MATCHED_NAME = 256;
/** Unbounded quantifiers (`*`, `+`, `{n,}`) one pattern may hold: each one more multiplies the backtracking a name can cause. */
const MAX_UNBOUNDED_QUANTIFIERS = 2;

/**
 * Why a custom model pattern is refused, or null when it is fine. Patterns run on every ingested
 * LLM call of the project, in the process every project shares, so those that can backtrack
 * exponentially are refused up front: backreferences, and a repeated group that itself repeats or
 * alternates (`(a+)+`, `(a|ab)*`).
 */
export function patternProblem(pattern: string): string | null {
  if (!pattern.trim()) return 'modelPattern must not be empty';
  if (pattern.length > MAX_PATTERN_LENGTH) return `modelPattern may be at most ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(pattern, 'i');
  } catch (e) {
    return `modelPattern is not a valid regular expression: ${(e as Error).message}`;
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'modelPattern may not use backreferences';
  const groups: { risky: boolean }[] = [{ risky: false }];
  let unbounded = 0;
  const quantifierAt = (i: number): 'none' | 'bounded' | 'unbounded' => {
    const c = pattern[i];
    if (c === '*' || c === '+') return 'unbounded';
    if (c === '?') return 'bounded';
    const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (!m) return 'none';
    return m[2] && (m[3] === '' || Number(m[3]) > 16) ? 'unbounded' : 'bounded';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      // A character class is one atom whatever it holds.
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') {
      groups.push({ risky: false });
      // Skip the group's kind: (?:, (?=, (?!, (?<=, (?<!, (?<name>.
      if (pattern[i + 1] === '?') i = pattern[i + 2] === '<' && !'=!'.includes(pattern[i + 3]) ? pattern.indexOf('>', i) : i + (pattern[i + 2] === '<' ? 3 : 2);
    } else if (c === ')') {
      const inner = groups.pop()!;
      // Optional (`?`) is fine; any repetition of a risky group is not.
      if (inner.risky && quantifierAt(i + 1) !== 'none' && pattern[i + 1] !== '?') {
        return 'modelPattern may not repeat a group that itself repeats or has alternatives, like (a+)+ or (a|ab)*: it could stall ingestion';
      }
      if (inner.risky) groups[groups.length - 1].risky = true;
    } else if (c === '|') {
      groups[groups.length - 1].risky = true;
    } else {
      const q = quantifierAt(i);
      if (q === 'unbounded') unbounded++;
      if (q !== 'none') groups[groups.length - 1].risky = true;
    }
  }
  if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) return `modelPattern may hold at most ${MAX_UNBOUNDED_QUANTIFIERS} of *, + and {n,}`;
  return null;
}

const time = (d: Date | null) => d?.getTime() ?? Number.NEGATIVE_INFINITY;

/**
 * Compiles a project's custom prices in the order they are tried: the latest effective first
 * (one without a start applies from the beginning of time), then one naming a provider before
 * one for any provider, then the one updated last.
 */
export function compileCustomPrices(rows: readonly CustomPriceRow[]): CustomPrice[] {
  return [...rows]
    .sort(
      (a, b) =>
        time(b.effectiveFrom) - time(a.effectiveFrom) ||
        Number(b.provider !== null) - Number(a.provider !== null) ||
        b.updatedAt.getTime() - a.updatedAt.getTime(),
    )
    .map((r) => ({
      pattern: new RegExp(r.modelPattern, 'i'),
      provider: r.provider?.toLowerCase() ?? null,
      effectiveFrom: r.effectiveFrom,
      price: Object.freeze({
        id: r.modelPattern,
        provider: r.provider ?? 'custom',
        input: r.inputPrice,
        output: r.outputPrice,
        cacheRead: r.cacheReadPrice,
        cacheWrite: r.cacheWritePrice,
        reasoning: r.reasoningPrice,
      }),
    }));
}

/** Looks up a call's custom price; built per batch, it matches each model and provider once. */
export type CustomPriceMatcher = (call: { model: string | null; provider: string | null; startTime: Date | null }) => Readonly<ModelPrice> | null;

/**
 * The custom price of a call: the first of `prices` (compiled order) in effect at the call's start
 * whose pattern matches the reported model name, that name without its provider path (`openai/`),
 * or its normalized form (snapshot date and region removed too), and whose provider, if it names
 * one, is the call's.
 */
export function customPriceMatcher(prices: readonly CustomPrice[]): CustomPriceMatcher {
  const byName = new Map<string, CustomPrice[]>();
  return (call) => {
    if (!prices.length || !call.model?.trim()) return null;
    const raw = call.model.trim().slice(0, MAX_MATCHED_NAME);
    const provider = call.provider?.trim().toLowerCase() ?? null;
    const key = `${provider ?? ''}\u0000${raw}`;
    let matching = byName.get(key);
    if (!matching) {
      const names = [...new Set([raw, raw.slice(raw.lastIndexOf('/') + 1), normalizeModelName(raw)])];
      matching = prices.filter((p) => (p.provider === null || p.provider === provider) && names.some((n) => p.pattern.test(n)));
      byName.set(key, matching);
    }
    const at = call.startTime?.getTime() ?? Date.now();
    return matching.find((p) => !p.effectiveFrom || p.effectiveFrom.getTime() <= at)?.price ?? null;
  };
}
