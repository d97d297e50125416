import {
  evaluateDeterministic,
  type EvaluatedRun,
  type EvaluatorSpec,
  judgePrompt,
  judgeScore,
  numberIn,
  parseOutputJson,
  referenceValue,
} from './evaluators.compute';
import { validateEvaluators } from './evaluators.validate';

const run = (text: string, over: Partial<EvaluatedRun> = {}): EvaluatedRun => ({
  text,
  json: parseOutputJson(text),
  reference: { answer: 'Paris' },
  inputs: { country: 'France' },
  latencyMs: 800,
  cost: 0.002,
  ...over,
});
const spec = (kind: EvaluatorSpec['kind'], options: Record<string, unknown> = {}): EvaluatorSpec => validateEvaluators([{ kind, options }])[0];
const score = (s: EvaluatorSpec, r: EvaluatedRun) => evaluateDeterministic(s, r).score;

describe('reference values', () => {
  it('takes the named field, else the only field, else output', () => {
    expect(referenceValue({ a: 1, b: 2 }, 'b')).toEqual({ found: true, value: 2 });
    expect(referenceValue({ answer: 'x' }, undefined)).toEqual({ found: true, value: 'x' });
    expect(referenceValue({ output: 'o', other: 1 }, undefined)).toEqual({ found: true, value: 'o' });
    expect(referenceValue({ a: 1, b: 2 }, undefined).found).toBe(false);
    expect(referenceValue(null, undefined).found).toBe(false);
  });
});

describe('EXACT_MATCH', () => {
  it('compares trimmed text, case-sensitive by default', () => {
    expect(score(spec('EXACT_MATCH'), run(' Paris\n'))).toBe(1);
    expect(score(spec('EXACT_MATCH'), run('paris'))).toBe(0);
    expect(score(spec('EXACT_MATCH', { caseSensitive: false }), run('paris'))).toBe(1);
    expect(score(spec('EXACT_MATCH', { trim: false }), run(' Paris'))).toBe(0);
  });
  it('compares JSON references as JSON, whatever the key order', () => {
    const r = run('{"b": 2, "a": [1]}', { reference: { output: { a: [1], b: 2 }, note: 'x' } });
    expect(score(spec('EXACT_MATCH'), r)).toBe(1);
    expect(score(spec('EXACT_MATCH'), run('{"a": [2]}', { reference: { output: { a: [1] } } }))).toBe(0);
  });
  it('cannot judge without a reference', () => {
    expect(evaluateDeterministic(spec('EXACT_MATCH'), run('Paris', { reference: null }))).toMatchObject({ score: null });
  });
});

describe('CONTAINS', () => {
  it('looks for the reference, or each of the values given, case-insensitively by default', () => {
    expect(score(spec('CONTAINS'), run('It is PARIS.'))).toBe(1);
    expect(score(spec('CONTAINS', { caseSensitive: true }), run('It is PARIS.'))).toBe(0);
    const both = evaluateDeterministic(spec('CONTAINS', { value: ['Paris', 'France'] }), run('Paris'));
    expect(both).toEqual({ score: 0, value: 1, reason: 'The output lacks "France"' });
  });
});

describe('REGEX', () => {
  it('matches the pattern with its flags', () => {
    expect(score(spec('REGEX', { pattern: '^par', flags: 'i' }), run('Paris'))).toBe(1);
    expect(score(spec('REGEX', { pattern: '^\\d+$' }), run('Paris'))).toBe(0);
  });
});

describe('JSON_VALID', () => {
  it('accepts JSON (fenced too) and checks required keys', () => {
    expect(score(spec('JSON_VALID'), run('```json\n{"a": 1}\n```'))).toBe(1);
    expect(score(spec('JSON_VALID'), run('{"a": 1'))).toBe(0);
    expect(score(spec('JSON_VALID', { requiredKeys: ['a', 'b'] }), run('{"a": 1}'))).toBe(0);
    expect(score(spec('JSON_VALID', { requiredKeys: ['a'] }), run('{"a": 1}'))).toBe(1);
    expect(score(spec('JSON_VALID', { requiredKeys: ['a'] }), run('[1]'))).toBe(0);
  });
});

describe('NUMERIC_CLOSENESS', () => {
  it('reads the first number and compares within an absolute or relative tolerance', () => {
    expect(numberIn('about 1,234.5 km')).toBe(1234.5);
    const r = run('The answer is 102.', { reference: { answer: 100 } });
    expect(evaluateDeterministic(spec('NUMERIC_CLOSENESS'), r)).toMatchObject({ score: 0, value: 2 });
    expect(score(spec('NUMERIC_CLOSENESS', { tolerance: 2 }), r)).toBe(1);
    expect(score(spec('NUMERIC_CLOSENESS', { tolerance: 0.01, relative: true }), r)).toBe(0);
    expect(score(spec('NUMERIC_CLOSENESS', { tolerance: 0.05, relative: true }), r)).toBe(1);
    expect(score(spec('NUMERIC_CLOSENESS'), run('no number', { reference: { answer: 1 } }))).toBe(0);
  });
});

describe('LATENCY and COST', () => {
  it('score 1 within the limit, limit / measure above it, with the measure as value', () => {
    expect(evaluateDeterministic(spec('LATENCY', { maxMs: 1000 }), run('x'))).toMatchObject({ score: 1, value: 800 });
    expect(score(spec('LATENCY', { maxMs: 400 }), run('x'))).toBe(0.5);
    expect(evaluateDeterministic(spec('COST', { maxUsd: 0.001 }), run('x'))).toMatchObject({ score: 0.5, value: 0.002 });
    expect(score(spec('COST', { maxUsd: 1 }), run('x', { cost: null }))).toBeNull();
  });
});

describe('the judge', () => {
  it('asks for correctness against the reference by default, or a rubric on its scale', () => {
    const correctness = judgePrompt(spec('LLM_JUDGE'), run('Lyon'));
    expect(correctness).toContain('Reference output:\n{\n  "answer": "Paris"\n}');
    expect(correctness).toContain('Answer:\nLyon');
    const rubric = spec('LLM_JUDGE', { rubric: { criteria: 'Is it polite?', scale: 'ONE_TO_FIVE' } });
    expect(judgePrompt(rubric, run('x'))).toContain('Is it polite?');
    expect(judgeScore(rubric, '{"score": 4, "reason": "nice"}')).toEqual({ score: 0.75, value: 4, reason: 'nice' });
    expect(judgeScore(spec('LLM_JUDGE', { rubric: { criteria: 'c', scale: 'ZERO_TO_TEN' } }), '{"score": 7}').score).toBe(0.7);
    expect(judgeScore(spec('LLM_JUDGE'), '{"score": 1, "reason": "right"}')).toEqual({ score: 1, value: 1, reason: 'right' });
    expect(judgeScore(spec('LLM_JUDGE'), 'not json').score).toBe(0);
  });
});

describe('validation', () => {
  it('refuses bad patterns, missing limits, unknown scales and duplicate keys; fills default keys', () => {
    expect(() => spec('REGEX', { pattern: '(' })).toThrow(/not a valid regular expression/);
    expect(() => spec('REGEX')).toThrow(/options.pattern is required/);
    expect(() => spec('LATENCY')).toThrow(/options.maxMs is required/);
    expect(() => spec('COST', { maxUsd: -1 })).toThrow(/maxUsd must be a number/);
    expect(() => spec('LLM_JUDGE', { rubric: { criteria: 'x', scale: 'ONE_TO_TEN' } })).toThrow(/scale must be one of/);
    expect(() => spec('JSON_VALID', { requiredKeys: 'a' })).toThrow(/requiredKeys must be a list/);
    expect(() => validateEvaluators([{ kind: 'EXACT_MATCH' }, { kind: 'EXACT_MATCH' }])).toThrow(/used twice/);
    expect(validateEvaluators([{ kind: 'EXACT_MATCH' }, { kind: 'LLM_JUDGE', key: 'judge' }]).map((s) => s.key)).toEqual(['exact_match', 'judge']);
  });
});
