import { badInput } from '../common/app.errors';
import { sanitizeString } from '../common/sanitize.util';

/** An example's content, checked: what a revision stores. */
export type ExampleContent = {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown> | null;
  metadata: Record<string, unknown>;
  splits: string[];
};

const MAX_SPLITS = 20;
const MAX_SPLIT_LENGTH = 100;
const MAX_NAME_LENGTH = 200;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A dataset's name, trimmed, or BAD_USER_INPUT. */
export function validDatasetName(name: unknown): string {
  const n = typeof name === 'string' ? sanitizeString(name).trim() : '';
  if (!n) throw badInput('A dataset needs a name', { argumentName: 'name' });
  if (n.length > MAX_NAME_LENGTH) throw badInput(`A dataset name must be at most ${MAX_NAME_LENGTH} characters`, { argumentName: 'name' });
  return n;
}

/** Split names, trimmed and deduplicated; the base split is no split at all. */
export function validSplits(splits: unknown): string[] {
  if (splits === null || splits === undefined) return [];
  const list = Array.isArray(splits) ? splits : [splits];
  const out = new Set<string>();
  for (const s of list) {
    if (typeof s !== 'string') throw badInput('Splits must be strings');
    const t = s.trim();
    if (!t || t === 'base') continue;
    if (t.length > MAX_SPLIT_LENGTH) throw badInput(`A split name must be at most ${MAX_SPLIT_LENGTH} characters`);
    out.add(t);
  }
  if (out.size > MAX_SPLITS) throw badInput(`An example may be in at most ${MAX_SPLITS} splits`);
  return [...out];
}

/** Checks a whole example: inputs a JSON object, outputs and metadata objects when given. */
export function validExample(e: { inputs?: unknown; outputs?: unknown; metadata?: unknown; splits?: unknown }): ExampleContent {
  if (!isObject(e.inputs)) throw badInput('inputs must be a JSON object');
  if (e.outputs !== null && e.outputs !== undefined && !isObject(e.outputs)) throw badInput('outputs must be a JSON object');
  if (e.metadata !== null && e.metadata !== undefined && !isObject(e.metadata)) throw badInput('metadata must be a JSON object');
  return {
    inputs: e.inputs,
    outputs: (e.outputs as Record<string, unknown> | null | undefined) ?? null,
    metadata: (e.metadata as Record<string, unknown> | null | undefined) ?? {},
    splits: validSplits(e.splits),
  };
}

/** Applies a patch to an example's content: the fields given replace the old ones. */
export function patchedExample(old: ExampleContent, patch: { inputs?: unknown; outputs?: unknown; metadata?: unknown; splits?: unknown }): ExampleContent {
  return validExample({
    inputs: patch.inputs ?? old.inputs,
    outputs: patch.outputs === undefined ? old.outputs : patch.outputs,
    metadata: patch.metadata ?? old.metadata,
    splits: patch.splits ?? old.splits,
  });
}

/** A trace's or span's recorded value as an example object: objects stay, anything else goes under `key`. */
export function asExampleObject(value: unknown, key: string): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  return isObject(value) ? value : { [key]: value };
}
