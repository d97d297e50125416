import { badInput } from '../common/app.errors';

const MAX_KEY = 200;
const MAX_LABEL = 200;
const MAX_COMMENT = 10_000;
const MAX_CORRECTION_BYTES = 100_000;

/** A score as a person or program sends it, before it becomes a metric. */
export type ScoreValues = { key?: string; score?: number | null; label?: string | null; comment?: string | null; correction?: unknown };

/**
 * Checks one score's parts (`at` names it in the message, e.g. `scores[2]`): a key, a finite number
 * and/or a label, bounded texts; fails with BAD_USER_INPUT.
 */
export function validateScoreValues(v: ScoreValues, at: string, requireValue = true): void {
  const where = at ? `${at}.` : '';
  if (v.key !== undefined) {
    if (!v.key.trim()) throw badInput(`${where}key must not be empty`);
    if (v.key.length > MAX_KEY) throw badInput(`${where}key must be at most ${MAX_KEY} characters`);
  }
  if (v.score !== undefined && v.score !== null && !Number.isFinite(v.score)) throw badInput(`${where}score must be a finite number`);
  if (v.label !== undefined && v.label !== null) {
    if (!v.label.trim()) throw badInput(`${where}label must not be empty`);
    if (v.label.length > MAX_LABEL) throw badInput(`${where}label must be at most ${MAX_LABEL} characters`);
  }
  if (v.comment && v.comment.length > MAX_COMMENT) throw badInput(`${where}comment must be at most ${MAX_COMMENT} characters`);
  if (v.correction !== undefined && v.correction !== null && JSON.stringify(v.correction).length > MAX_CORRECTION_BYTES) {
    throw badInput(`${where}correction must be at most ${MAX_CORRECTION_BYTES} bytes of JSON`);
  }
  if (requireValue && (v.score === undefined || v.score === null) && (v.label === undefined || v.label === null)) {
    throw badInput(`${where}a score or a label is required`);
  }
}
