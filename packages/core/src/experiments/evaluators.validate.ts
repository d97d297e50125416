import { badInput } from '../common/app.errors';
import { DEFAULT_EVALUATOR_KEYS, type EvaluatorKind, type EvaluatorOptions, type EvaluatorSpec, type RubricScale } from './evaluators.compute';

/** An evaluator as a client configures it (EvaluatorInput). */
export type EvaluatorConfig = { kind: EvaluatorKind; key?: string | null; options?: Record<string, unknown> | null };

const SCALES: RubricScale[] = ['PASS_FAIL', 'ONE_TO_FIVE', 'ZERO_TO_TEN'];

/** Checks and normalises an experiment's evaluators: known options of the right types, compilable patterns, unique keys. */
export function validateEvaluators(configs: readonly EvaluatorConfig[]): EvaluatorSpec[] {
  const seen = new Set<string>();
  return configs.map((c, i) => {
    const where = `evaluators[${i}] (${c.kind})`;
    const fail = (msg: string) => badInput(`${where}: ${msg}`, { argumentName: `input.evaluators.${i}` });
    const raw = c.options ?? {};
    if (typeof raw !== 'object' || Array.isArray(raw)) throw fail('options must be a JSON object');
    const key = (c.key ?? DEFAULT_EVALUATOR_KEYS[c.kind]).trim();
    if (!/^[A-Za-z0-9_.:-]{1,100}$/.test(key)) throw fail('key must be 1-100 letters, digits or _ . : -');
    if (seen.has(key)) throw fail(`the key "${key}" is used twice; give each evaluator its own key`);
    seen.add(key);
    const o: EvaluatorOptions = {};
    const str = (name: keyof EvaluatorOptions) => {
      const v = raw[name];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string') throw fail(`options.${name} must be a string`);
      return v;
    };
    const bool = (name: keyof EvaluatorOptions) => {
      const v = raw[name];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'boolean') throw fail(`options.${name} must be true or false`);
      return v;
    };
    const positive = (name: keyof EvaluatorOptions, required: boolean) => {
      const v = raw[name];
      if (v === undefined || v === null) {
        if (required) throw fail(`options.${name} is required`);
        return undefined;
      }
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw fail(`options.${name} must be a number ≥ 0`);
      return v;
    };
    const set = <K extends keyof EvaluatorOptions>(k: K, v: EvaluatorOptions[K] | undefined) => {
      if (v !== undefined) o[k] = v;
    };
    switch (c.kind) {
      case 'EXACT_MATCH':
      case 'CONTAINS':
      case 'NUMERIC_CLOSENESS':
        set('referenceKey', str('referenceKey'));
        set('caseSensitive', bool('caseSensitive'));
        set('trim', bool('trim'));
        if (raw.value !== undefined && raw.value !== null) o.value = raw.value;
        if (c.kind === 'NUMERIC_CLOSENESS') {
          set('tolerance', positive('tolerance', false));
          set('relative', bool('relative'));
        }
        break;
      case 'REGEX': {
        const pattern = str('pattern');
        if (!pattern) throw fail('options.pattern is required');
        const flags = str('flags');
        try {
          new RegExp(pattern, flags ?? '');
        } catch (e) {
          throw fail(`options.pattern is not a valid regular expression: ${(e as Error).message}`);
        }
        o.pattern = pattern;
        set('flags', flags);
        break;
      }
      case 'JSON_VALID': {
        const req = raw.requiredKeys;
        if (req !== undefined && req !== null) {
          if (!Array.isArray(req) || !req.every((k) => typeof k === 'string')) throw fail('options.requiredKeys must be a list of strings');
          o.requiredKeys = req;
        }
        break;
      }
      case 'LATENCY':
        o.maxMs = positive('maxMs', true);
        break;
      case 'COST':
        o.maxUsd = positive('maxUsd', true);
        break;
      case 'LLM_JUDGE': {
        const criterion = str('criterion');
        if (criterion !== undefined && criterion !== 'correctness') throw fail('options.criterion must be "correctness" (or give a rubric)');
        const rubric = raw.rubric;
        if (rubric !== undefined && rubric !== null) {
          const r = rubric as Record<string, unknown>;
          if (typeof r !== 'object' || typeof r.criteria !== 'string' || !r.criteria.trim()) throw fail('options.rubric.criteria must be a non-empty string');
          const scale = r.scale ?? 'PASS_FAIL';
          if (!SCALES.includes(scale as RubricScale)) throw fail(`options.rubric.scale must be one of ${SCALES.join(', ')}`);
          o.rubric = { criteria: r.criteria, scale: scale as RubricScale };
        } else o.criterion = 'correctness';
        set('model', str('model'));
        break;
      }
    }
    return { kind: c.kind, key, options: o };
  });
}
