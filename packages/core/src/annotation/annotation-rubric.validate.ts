import { badInput } from '../common/app.errors';
import type { RubricItem } from './annotation-queue.entity';
import { type AnnotationScoreInput, RubricKind, type RubricItemInput } from './annotation.input';

const MAX_RUBRIC_ITEMS = 50;
const MAX_VALUES = 100;
const MAX_TEXT = 200;

/** Checks a rubric and returns it as stored; fails with BAD_USER_INPUT naming the offending item. */
export function validateRubric(items: RubricItemInput[]): RubricItem[] {
  if (!items.length) throw badInput('rubric must have at least one item');
  if (items.length > MAX_RUBRIC_ITEMS) throw badInput(`rubric must have at most ${MAX_RUBRIC_ITEMS} items`);
  const seen = new Set<string>();
  return items.map((it, i) => {
    const at = `rubric[${i}]`;
    const key = it.key.trim();
    if (!key) throw badInput(`${at}.key must not be empty`);
    if (key.length > MAX_TEXT) throw badInput(`${at}.key must be at most ${MAX_TEXT} characters`);
    if (seen.has(key)) throw badInput(`${at}.key ${key} appears twice in the rubric`);
    seen.add(key);
    const has = (v: unknown) => v !== undefined && v !== null;
    let min: number | null = null;
    let max: number | null = null;
    let values: string[] | null = null;
    if (it.kind === RubricKind.NUMERIC) {
      if (!has(it.min) || !has(it.max)) throw badInput(`${at} (${key}): a NUMERIC item needs min and max`);
      if (!Number.isFinite(it.min) || !Number.isFinite(it.max) || it.min! >= it.max!) throw badInput(`${at} (${key}): min must be below max`);
      if (it.values?.length) throw badInput(`${at} (${key}): values are for CATEGORICAL items`);
      [min, max] = [it.min!, it.max!];
    } else if (it.kind === RubricKind.CATEGORICAL) {
      if (!it.values?.length) throw badInput(`${at} (${key}): a CATEGORICAL item needs values`);
      if (it.values.length > MAX_VALUES) throw badInput(`${at} (${key}): at most ${MAX_VALUES} values`);
      values = it.values.map((v) => v.trim());
      if (values.some((v) => !v || v.length > MAX_TEXT)) throw badInput(`${at} (${key}): values must be 1 to ${MAX_TEXT} characters`);
      if (new Set(values).size !== values.length) throw badInput(`${at} (${key}): values must be distinct`);
      if (has(it.min) || has(it.max)) throw badInput(`${at} (${key}): min and max are for NUMERIC items`);
    } else if (has(it.min) || has(it.max) || it.values?.length) {
      throw badInput(`${at} (${key}): a BOOLEAN item takes neither min, max nor values`);
    }
    return { key, description: it.description?.trim() || null, kind: it.kind, min, max, values, required: it.required ?? false };
  });
}

/** A submitted score as it will be stored. */
export type RubricScore = { key: string; score: number | null; label: string | null; comment: string | null; correction: unknown };

/**
 * Checks a submission against the rubric: every key known and scored once, numbers in range,
 * values allowed, required keys present. Booleans are stored as score 1 or 0 with label true or false.
 */
export function scoresAgainstRubric(rubric: RubricItem[], scores: AnnotationScoreInput[]): RubricScore[] {
  if (!scores.length) throw badInput('scores must not be empty');
  const byKey = new Map(rubric.map((r) => [r.key, r]));
  const seen = new Set<string>();
  const out = scores.map((s, i) => {
    const at = `scores[${i}]`;
    const item = byKey.get(s.key);
    if (!item) throw badInput(`${at}: ${s.key} is not in the rubric (${rubric.map((r) => r.key).join(', ')})`);
    if (seen.has(s.key)) throw badInput(`${at}: ${s.key} is scored twice`);
    seen.add(s.key);
    const base = { key: s.key, comment: s.comment?.trim() || null, correction: s.correction ?? null };
    const score = s.score ?? null;
    const label = s.label ?? null;
    if (item.kind === RubricKind.NUMERIC) {
      if (score === null || !Number.isFinite(score)) throw badInput(`${at}: ${s.key} needs a numeric score`);
      if (score < item.min! || score > item.max!) throw badInput(`${at}: ${s.key} must be between ${item.min} and ${item.max}, not ${score}`);
      if (label !== null) throw badInput(`${at}: ${s.key} is NUMERIC and takes no label`);
      return { ...base, score, label: null };
    }
    if (item.kind === RubricKind.CATEGORICAL) {
      if (label === null) throw badInput(`${at}: ${s.key} needs a label, one of ${item.values!.join(', ')}`);
      if (!item.values!.includes(label)) throw badInput(`${at}: ${label} is not allowed for ${s.key} (${item.values!.join(', ')})`);
      if (score !== null) throw badInput(`${at}: ${s.key} is CATEGORICAL and takes no score`);
      return { ...base, score: null, label };
    }
    const yes = score === 1 || label === 'true' ? true : score === 0 || label === 'false' ? false : null;
    const contradicts = score !== null && label !== null && (score === 1) !== (label === 'true');
    if (yes === null || contradicts) throw badInput(`${at}: ${s.key} is BOOLEAN: score 1 or 0, or label true or false`);
    return { ...base, score: yes ? 1 : 0, label: String(yes) };
  });
  const missing = rubric.filter((r) => r.required && !seen.has(r.key)).map((r) => r.key);
  if (missing.length) throw badInput(`missing required score${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  return out;
}
