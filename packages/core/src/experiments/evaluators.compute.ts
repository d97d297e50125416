import { parseVerdict } from '../metrics/judge/judge-metrics.service';

/** The kinds of evaluator (EvaluatorKind in the API). */
export type EvaluatorKind = 'EXACT_MATCH' | 'CONTAINS' | 'REGEX' | 'JSON_VALID' | 'NUMERIC_CLOSENESS' | 'LATENCY' | 'COST' | 'LLM_JUDGE';
export type RubricScale = 'PASS_FAIL' | 'ONE_TO_FIVE' | 'ZERO_TO_TEN';

/** The options an evaluator runs with, after validation (see evaluators.validate.ts); unused ones are absent. */
export type EvaluatorOptions = {
  referenceKey?: string;
  caseSensitive?: boolean;
  trim?: boolean;
  pattern?: string;
  flags?: string;
  value?: unknown;
  requiredKeys?: string[];
  tolerance?: number;
  relative?: boolean;
  maxMs?: number;
  maxUsd?: number;
  criterion?: 'correctness';
  rubric?: { criteria: string; scale: RubricScale };
  model?: string;
};

/** One evaluator of an experiment, as stored in experiments.evaluators. */
export type EvaluatorSpec = { kind: EvaluatorKind; key: string; options: EvaluatorOptions };

/** A run's result as the evaluators see it. */
export type EvaluatedRun = {
  /** The completion's text. */
  text: string;
  /** The text parsed as JSON, when it is JSON; undefined otherwise. */
  json: unknown;
  /** The example's reference outputs. */
  reference: Record<string, unknown> | null;
  inputs: Record<string, unknown>;
  latencyMs: number | null;
  cost: number | null;
};

/** What an evaluator gives: a score in [0, 1] (null when it cannot judge), the raw measure when it has one, and why. */
export type EvaluatorScore = { score: number | null; value: number | null; reason: string };

/** The default key of each kind: the metric name its scores are stored under. */
export const DEFAULT_EVALUATOR_KEYS: Record<EvaluatorKind, string> = {
  EXACT_MATCH: 'exact_match',
  CONTAINS: 'contains',
  REGEX: 'regex',
  JSON_VALID: 'json_valid',
  NUMERIC_CLOSENESS: 'numeric_closeness',
  LATENCY: 'latency',
  COST: 'cost',
  LLM_JUDGE: 'correctness',
};

/** The reference value an evaluator compares with: the named field, else the only field, else `output`. */
export function referenceValue(reference: Record<string, unknown> | null, key: string | undefined): { found: boolean; value: unknown } {
  if (!reference) return { found: false, value: undefined };
  if (key !== undefined) return { found: key in reference, value: reference[key] };
  const keys = Object.keys(reference);
  if (keys.length === 1) return { found: true, value: reference[keys[0]] };
  return { found: 'output' in reference, value: reference.output };
}

/** Parses a completion as JSON, allowing a ```json fence around it; undefined when it is not JSON. */
export function parseOutputJson(text: string): unknown {
  const t = text.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/i.exec(t);
  try {
    return JSON.parse(fenced ? fenced[1] : t);
  } catch {
    return undefined;
  }
}

/** JSON text with sorted keys, so that equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function normalise(s: string, o: { trim: boolean; caseSensitive: boolean }) {
  const t = o.trim ? s.trim() : s;
  return o.caseSensitive ? t : t.toLowerCase();
}

const FIRST_NUMBER = /-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/;

/** The number an answer states: a JSON number, else the first number in its text. */
export function numberIn(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v !== 'string') return null;
  const m = FIRST_NUMBER.exec(v.replace(/,(?=\d{3}\b)/g, ''));
  return m ? Number(m[0]) : null;
}

/** A score for staying under a limit: 1 at or below it, else limit / measure (0.5 at twice the limit). */
const underLimit = (measure: number, limit: number) => (measure <= limit ? 1 : limit <= 0 ? 0 : limit / measure);

/** Runs one deterministic evaluator (every kind but LLM_JUDGE) on a run's result. */
export function evaluateDeterministic(spec: EvaluatorSpec, run: EvaluatedRun): EvaluatorScore {
  const o = spec.options;
  switch (spec.kind) {
    case 'EXACT_MATCH': {
      const ref = o.value !== undefined ? { found: true, value: o.value } : referenceValue(run.reference, o.referenceKey);
      if (!ref.found) return { score: null, value: null, reason: 'The example has no reference output to compare with' };
      if (typeof ref.value !== 'string') {
        const same = run.json !== undefined && canonical(run.json) === canonical(ref.value);
        return { score: same ? 1 : 0, value: null, reason: same ? 'The output equals the reference (as JSON)' : 'The output differs from the reference' };
      }
      const opts = { trim: o.trim ?? true, caseSensitive: o.caseSensitive ?? true };
      const same = normalise(run.text, opts) === normalise(ref.value, opts);
      return { score: same ? 1 : 0, value: null, reason: same ? 'The output equals the reference' : 'The output differs from the reference' };
    }
    case 'CONTAINS': {
      const ref = o.value !== undefined ? { found: true, value: o.value } : referenceValue(run.reference, o.referenceKey);
      if (!ref.found || ref.value === null || ref.value === undefined) {
        return { score: null, value: null, reason: 'No value to look for: set options.value or give the example a reference output' };
      }
      const wanted = Array.isArray(ref.value) ? ref.value.map(asText) : [asText(ref.value)];
      const opts = { trim: o.trim ?? true, caseSensitive: o.caseSensitive ?? false };
      const hay = normalise(run.text, opts);
      const missing = wanted.filter((w) => !hay.includes(normalise(w, opts)));
      return {
        score: missing.length ? 0 : 1,
        value: wanted.length - missing.length,
        reason: missing.length ? `The output lacks ${missing.map((m) => JSON.stringify(m)).join(', ')}` : 'The output contains every expected value',
      };
    }
    case 'REGEX': {
      const re = new RegExp(o.pattern!, o.flags ?? '');
      const hit = re.test(run.text);
      return { score: hit ? 1 : 0, value: null, reason: hit ? `The output matches /${o.pattern}/` : `The output does not match /${o.pattern}/` };
    }
    case 'JSON_VALID': {
      if (run.json === undefined) return { score: 0, value: null, reason: 'The output is not valid JSON' };
      const required = o.requiredKeys ?? [];
      if (!required.length) return { score: 1, value: null, reason: 'The output is valid JSON' };
      if (!run.json || typeof run.json !== 'object' || Array.isArray(run.json)) {
        return { score: 0, value: null, reason: 'The output is JSON but not an object with the required keys' };
      }
      const missing = required.filter((k) => !(k in (run.json as Record<string, unknown>)));
      return {
        score: missing.length ? 0 : 1,
        value: null,
        reason: missing.length ? `The output JSON lacks ${missing.join(', ')}` : 'The output is a JSON object with every required key',
      };
    }
    case 'NUMERIC_CLOSENESS': {
      const ref = o.value !== undefined ? { found: true, value: o.value } : referenceValue(run.reference, o.referenceKey);
      const expected = ref.found ? numberIn(ref.value) : null;
      if (expected === null) return { score: null, value: null, reason: 'No reference number to compare with' };
      const actual = numberIn(run.json !== undefined && typeof run.json === 'number' ? run.json : run.text);
      if (actual === null) return { score: 0, value: null, reason: 'The output states no number' };
      const diff = Math.abs(actual - expected);
      const allowed = o.relative ? (o.tolerance ?? 0) * Math.abs(expected) : (o.tolerance ?? 0);
      const close = diff <= allowed + Number.EPSILON * Math.max(1, Math.abs(expected));
      return {
        score: close ? 1 : 0,
        value: diff,
        reason: close ? `${actual} is within ${allowed} of ${expected}` : `${actual} is ${diff} away from ${expected} (tolerance ${allowed})`,
      };
    }
    case 'LATENCY': {
      if (run.latencyMs === null) return { score: null, value: null, reason: 'The latency is unknown' };
      return {
        score: underLimit(run.latencyMs, o.maxMs!),
        value: run.latencyMs,
        reason: run.latencyMs <= o.maxMs! ? `${Math.round(run.latencyMs)} ms, within ${o.maxMs} ms` : `${Math.round(run.latencyMs)} ms, over ${o.maxMs} ms`,
      };
    }
    case 'COST': {
      if (run.cost === null) return { score: null, value: null, reason: 'The cost is unknown (the model has no price)' };
      return {
        score: underLimit(run.cost, o.maxUsd!),
        value: run.cost,
        reason: run.cost <= o.maxUsd! ? `$${run.cost}, within $${o.maxUsd}` : `$${run.cost}, over $${o.maxUsd}`,
      };
    }
    case 'LLM_JUDGE':
      throw new Error('LLM_JUDGE is not deterministic: it asks the judge');
  }
}

const SCALES: Record<RubricScale, { instruction: string; normalise: (raw: number) => number }> = {
  PASS_FAIL: { instruction: '"score": 1 when the answer passes, 0 when it fails', normalise: (r) => (r >= 1 ? 1 : 0) },
  ONE_TO_FIVE: { instruction: '"score": an integer from 1 (worst) to 5 (best)', normalise: (r) => (Math.min(5, Math.max(1, r)) - 1) / 4 },
  ZERO_TO_TEN: { instruction: '"score": an integer from 0 (worst) to 10 (best)', normalise: (r) => Math.min(10, Math.max(0, r)) / 10 },
};

/** The prompt the judge gets for one run: the built-in correctness criterion against the reference, or a rubric's criteria. */
export function judgePrompt(spec: EvaluatorSpec, run: EvaluatedRun): string {
  const rubric = spec.options.rubric;
  const criteria = rubric
    ? rubric.criteria
    : 'Is the answer correct? It is correct when it gives the same answer as the reference output (wording may differ); anything that contradicts the reference is incorrect.';
  const scale = SCALES[rubric?.scale ?? 'PASS_FAIL'];
  return [
    'You are grading the answer of an AI system. Judge only by the criteria.',
    `Criteria:\n${criteria}`,
    `Inputs:\n${JSON.stringify(run.inputs, null, 2)}`,
    run.reference ? `Reference output:\n${JSON.stringify(run.reference, null, 2)}` : 'Reference output: none',
    `Answer:\n${run.text}`,
    `Reply with a JSON object only: {${scale.instruction}, "reason": "one or two sentences"}.`,
  ].join('\n\n');
}

/** Reads the judge's answer into a score in [0, 1] on the evaluator's scale; a malformed verdict scores 0 with the error as the reason. */
export function judgeScore(spec: EvaluatorSpec, content: string): EvaluatorScore {
  const v = parseVerdict(content);
  if (!v.ok) return { score: 0, value: null, reason: v.error };
  const raw = Number(v.json.score);
  const reason = typeof v.json.reason === 'string' ? v.json.reason : typeof v.json.explanation === 'string' ? v.json.explanation : '';
  return { score: SCALES[spec.options.rubric?.scale ?? 'PASS_FAIL'].normalise(raw), value: raw, reason };
}
