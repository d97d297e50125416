// Postgres text and jsonb reject U+0000, and jsonb rejects lone UTF-16 surrogates (JSON.stringify
// escapes them as \udXXX); both are replaced by U+FFFD so one odd string never fails a batch.

/** Makes a string storable in Postgres text/jsonb. */
export function sanitizeString(s: string): string {
  const wellFormed = s.isWellFormed() ? s : s.toWellFormed();
  return wellFormed.includes('\u0000') ? wellFormed.replaceAll('\u0000', '\uFFFD') : wellFormed;
}

/** Makes every string (and object key) inside a JSON value storable in Postgres. */
export function sanitizeJson(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeString(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sanitizeJson);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[sanitizeString(k)] = sanitizeJson(v);
  return out;
}

// JSON.stringify writes U+0000 as \u0000 and a lone surrogate as \udXXX (paired ones stay raw),
// so a clean value is recognised from its JSON text without copying it.
const UNSTORABLE_ESCAPE = /\\u0000|\\ud[89a-f][0-9a-f]{2}/i;

/** Serialises a JSON value for a jsonb column, sanitising only when the text shows it is needed. */
export function toStorableJson(value: unknown): string {
  const text = JSON.stringify(value);
  return UNSTORABLE_ESCAPE.test(text) ? JSON.stringify(sanitizeJson(value)) : text;
}
