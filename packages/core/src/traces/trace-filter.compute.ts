import type { TraceEntity } from './trace.entity';
import type { TraceFilter } from './trace.type';

/** Postgres' jsonb containment (`a @> b`) for JSON values. */
export function jsonContains(a: unknown, b: unknown): boolean {
  if (Array.isArray(b)) return Array.isArray(a) && b.every((x) => a.some((y) => jsonContains(y, x)));
  if (b !== null && typeof b === 'object') {
    if (a === null || typeof a !== 'object' || Array.isArray(a)) return false;
    return Object.entries(b).every(([k, v]) => Object.hasOwn(a, k) && jsonContains((a as Record<string, unknown>)[k], v));
  }
  return a === b;
}

/**
 * A JSON value as Postgres prints jsonb (`value::text`): ", " and ": " separators, object keys
 * shortest first then by bytes. The text filter matches against this form, as the SQL does.
 */
export function jsonbText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(jsonbText).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort((x, y) => x.length - y.length || Buffer.compare(Buffer.from(x), Buffer.from(y)));
    return `{${keys.map((k) => `${JSON.stringify(k)}: ${jsonbText((v as Record<string, unknown>)[k])}`).join(', ')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

const has = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

/**
 * The `traces` query filter applied to one trace in memory, for live updates; it mirrors
 * traceFilterSql (text is matched against the name, inputs and outputs as Postgres prints them).
 */
export function traceMatches(t: TraceEntity, f: TraceFilter | undefined | null): boolean {
  if (!f) return true;
  if (f.from && t.startTime < f.from) return false;
  if (f.to && t.startTime >= f.to) return false;
  if (f.status?.length && !f.status.includes(t.status as never)) return false;
  if (f.tags?.length && !f.tags.every((tag) => t.tags.includes(tag))) return false;
  for (const m of f.metadata ?? []) if (!jsonContains(t.metadata, { [m.key]: m.value })) return false;
  if (f.userId && t.userId !== f.userId) return false;
  if (f.sessionId && t.sessionId !== f.sessionId) return false;
  if (f.model && !t.models.includes(f.model)) return false;
  if (has(f.minCost) && !(t.totalCost !== null && t.totalCost >= f.minCost)) return false;
  if (has(f.minLatencyMs) && !(t.durationMs >= f.minLatencyMs)) return false;
  if (has(f.hasError) && t.errorFlag !== f.hasError) return false;
  if (f.text) {
    const needle = f.text.toLowerCase();
    const hay = [t.name ?? '', t.input == null ? '' : jsonbText(t.input), t.output == null ? '' : jsonbText(t.output)];
    if (!hay.some((h) => h.toLowerCase().includes(needle))) return false;
  }
  return true;
}
