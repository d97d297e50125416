import type { OtlpAnyValue, OtlpKeyValue } from './otlp.types';

/** Attributes as a flat record keyed by the attribute name, values converted to plain JSON. */
export type Attrs = Record<string, unknown>;

export class OtlpShapeError extends Error {}

/**
 * An AnyValue as plain JSON: ints become numbers (decimal strings beyond 2^53 stay strings, to keep
 * every digit), arrays arrays, kvlists objects, bytes their base64 text. Throws OtlpShapeError for a
 * value that is no AnyValue.
 */
function anyValueToJson(v: OtlpAnyValue | undefined, depth = 0): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v)) throw new OtlpShapeError('an attribute value must be an AnyValue object');
  if (depth > 32) throw new OtlpShapeError('attribute values nest deeper than 32 levels');
  if (v.stringValue !== undefined) return expect('stringValue', v.stringValue, 'string');
  if (v.boolValue !== undefined) return expect('boolValue', v.boolValue, 'boolean');
  if (v.intValue !== undefined) return intOf(v.intValue);
  if (v.doubleValue !== undefined) return doubleOf(v.doubleValue);
  if (v.bytesValue !== undefined) return expect('bytesValue', v.bytesValue, 'string');
  if (v.arrayValue !== undefined) {
    const values = v.arrayValue?.values ?? [];
    if (!Array.isArray(values)) throw new OtlpShapeError('arrayValue.values must be an array');
    return values.map((x) => anyValueToJson(x, depth + 1));
  }
  if (v.kvlistValue !== undefined) return attributesToJson(v.kvlistValue?.values, depth + 1);
  return null;
}

/** Key-value pairs as a record, keys kept as sent (dots included); a repeated key keeps its last value. */
export function attributesToJson(kvs: OtlpKeyValue[] | undefined, depth = 0): Attrs {
  if (kvs === undefined || kvs === null) return {};
  if (!Array.isArray(kvs)) throw new OtlpShapeError('attributes must be an array of {key, value}');
  const out: Attrs = {};
  for (const kv of kvs) {
    if (!kv || typeof kv !== 'object' || typeof kv.key !== 'string') throw new OtlpShapeError('each attribute needs a string key');
    out[kv.key] = anyValueToJson(kv.value, depth);
  }
  return out;
}

function expect(field: string, v: unknown, type: 'string' | 'boolean'): unknown {
  if (typeof v !== type) throw new OtlpShapeError(`${field} must be a ${type}`);
  return v;
}

function intOf(v: unknown): number | string {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) {
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : v;
  }
  throw new OtlpShapeError('intValue must be an integer or a decimal string');
}

function doubleOf(v: unknown): number | string {
  if (typeof v === 'number') return v;
  // OTLP/JSON writes NaN and the infinities as strings.
  if (typeof v === 'string' && ['NaN', 'Infinity', '-Infinity'].includes(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw new OtlpShapeError('doubleValue must be a number');
}

/**
 * A unix time in nanoseconds (decimal string or number) as a Date, truncated to the millisecond.
 * Undefined for an absent or zero time (OTLP's "unset"); throws for anything else that is no time.
 */
export function nanosToDate(v: string | number | undefined, field: string): Date | undefined {
  if (v === undefined || v === null || v === '' || v === 0 || v === '0') return undefined;
  let ms: number;
  if (typeof v === 'string' && /^\d+$/.test(v)) ms = Number(BigInt(v) / 1_000_000n);
  else if (typeof v === 'number' && Number.isFinite(v) && v >= 0) ms = Math.floor(v / 1_000_000);
  else throw new OtlpShapeError(`${field} must be a non-negative integer of nanoseconds`);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) throw new OtlpShapeError(`${field} is out of range`);
  return d;
}

/** The nanoseconds as a decimal string, kept beside the millisecond Date. */
export function nanosText(v: string | number | undefined): string | undefined {
  if (v === undefined || v === null || v === '' || v === 0 || v === '0') return undefined;
  return typeof v === 'number' ? BigInt(Math.floor(v)).toString() : v;
}

// Readers over an attribute record: the first key present with a value of the right type.

export function str(a: Attrs, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = a[k];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

export function num(a: Attrs, ...keys: string[]): number | undefined {
  for (const k of keys) {
    const v = a[k];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  }
  return undefined;
}

/** A token count: a non-negative integer that fits our int columns. */
export function count(a: Attrs, ...keys: string[]): number | undefined {
  for (const k of keys) {
    const n = num(a, k);
    if (n !== undefined && n >= 0 && n <= 2_147_483_647) return Math.round(n);
  }
  return undefined;
}

/** A cost in USD: a non-negative number. */
export function nonNegative(a: Attrs, ...keys: string[]): number | undefined {
  for (const k of keys) {
    const n = num(a, k);
    if (n !== undefined && n >= 0) return n;
  }
  return undefined;
}

/** Parses JSON text; returns the text itself when it is no JSON (or is no string at all: the value as is). */
export function parseMaybeJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (!(t.startsWith('{') || t.startsWith('[') || t.startsWith('"'))) return v;
  try {
    return JSON.parse(t);
  } catch {
    return v;
  }
}

export const asObject = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** The attributes under a prefix, the prefix cut off (`ai.telemetry.metadata.x` → `x`); undefined when none. */
export function withPrefix(a: Attrs, prefix: string): Attrs | undefined {
  let out: Attrs | undefined;
  for (const [k, v] of Object.entries(a)) if (k.startsWith(prefix) && k.length > prefix.length) (out ??= {})[k.slice(prefix.length)] = v;
  return out;
}

/**
 * Rebuilds flattened attributes (`llm.input_messages.0.message.role`) under a prefix into nested
 * values: numeric segments become array indexes. Returns undefined when no key has the prefix.
 */
export function unflatten(a: Attrs, prefix: string): unknown {
  const flat = withPrefix(a, prefix);
  if (!flat) return undefined;
  const root: Record<string, unknown> = {};
  for (const key of Object.keys(flat).sort(naturalOrder)) {
    const parts = key.split('.');
    let node: Record<string, unknown> = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = node[parts[i]];
      node = asObject(next) ?? (node[parts[i]] = {});
    }
    node[parts[parts.length - 1]] = flat[key];
  }
  return toArrays(root);
}

/** Objects whose keys are all indexes become arrays, in index order. */
function toArrays(v: unknown): unknown {
  const o = asObject(v);
  if (!o) return v;
  const keys = Object.keys(o);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((x, y) => Number(x) - Number(y)).map((k) => toArrays(o[k]));
  }
  return Object.fromEntries(keys.map((k) => [k, toArrays(o[k])]));
}

function naturalOrder(x: string, y: string): number {
  return x.localeCompare(y, 'en', { numeric: true });
}
