import { isUuid } from '../common/uuid.util';
import { v7 as uuidv7 } from 'uuid';
import { sanitizeString, toStorableJson } from '../common/sanitize.util';
import { RUN_TYPES_BY_KIND, type SpanKind } from '../spans/span.entity';

/** Why an item whose id another item holds (in any trace or project, or as another kind) is refused. */
export const ID_TAKEN = (id: string) => `${id} is already the id of another item`;

/** An item the validator refused; its message names the field, which `field` gives on its own where there is one. */
export class ItemError extends Error {
  constructor(
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

const MAX_STRING = 1_000_000;
const INT4_MAX = 2_147_483_647;

// Bounds of the numbers an item may carry: far above any real value, and low enough that sums over
// a project (stats, rollups) stay finite. Documented in the README's "Limits".
/** The most one call may cost, in USD. */
export const MAX_COST_USD = 1_000_000;
/** The longest a span or a metric may take, in milliseconds (a year). */
export const MAX_DURATION_MS = 365 * 24 * 3_600_000;
/** The highest sampling temperature (providers use 0 to 2). */
export const MAX_TEMPERATURE = 100;
/** The largest magnitude of a metric's value. */
export const MAX_METRIC_VALUE = 1e15;
/** How deeply one JSON field (inputs, metadata...) may nest; Postgres refuses much deeper values outright. */
const MAX_JSON_DEPTH = 100;
/** The largest one JSON field may be, as JSON text (inputs and outputs carry whole documents; 8 MiB). */
const MAX_JSON_CHARS = 8 * 1024 * 1024;

/** How deeply a JSON value nests, counted without recursion (a hostile value may nest thousands deep); stops past `limit`. */
function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Field readers that validate, sanitise and report the offending field by name. */
export const read = {
  uuid(field: string, v: string | null | undefined, required = false): string | null {
    if (v === undefined || v === null || v === '') {
      if (required) throw new ItemError(`${field} is required`, field);
      return null;
    }
    if (!isUuid(v)) throw new ItemError(`${field} must be a UUID, got ${JSON.stringify(v.slice(0, 60))}`, field);
    return v.toLowerCase();
  },
  id(v: string | null | undefined): string {
    return read.uuid('id', v) ?? uuidv7();
  },
  text(field: string, v: string | null | undefined, required = false): string | null {
    if (v === undefined || v === null) {
      if (required) throw new ItemError(`${field} is required`, field);
      return null;
    }
    if (required && v.trim() === '') throw new ItemError(`${field} must not be empty`, field);
    if (v.length > MAX_STRING) throw new ItemError(`${field} is longer than ${MAX_STRING} characters`, field);
    return sanitizeString(v);
  },
  texts(field: string, v: string[] | null | undefined): string | null {
    if (v === undefined || v === null) return null;
    return JSON.stringify(v.map((s, i) => read.text(`${field}[${i}]`, s)));
  },
  json(field: string, v: unknown): string | null {
    if (v === undefined || v === null) return null;
    if (jsonDepth(v, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new ItemError(`${field} nests deeper than ${MAX_JSON_DEPTH} levels`, field);
    const text = toStorableJson(v);
    if (text.length > MAX_JSON_CHARS) throw new ItemError(`${field} is larger than ${MAX_JSON_CHARS} characters of JSON`, field);
    return text;
  },
  count(field: string, v: number | null | undefined): number | null {
    if (v === undefined || v === null) return null;
    if (!Number.isInteger(v) || v < 0 || v > INT4_MAX) throw new ItemError(`${field} must be a whole number from 0 to ${INT4_MAX}`, field);
    return v;
  },
  /** A number from 0 to `max`. */
  amount(field: string, v: number | null | undefined, max: number): number | null {
    if (v === undefined || v === null) return null;
    if (!Number.isFinite(v) || v < 0 || v > max) throw new ItemError(`${field} must be a number from 0 to ${max}`, field);
    return v;
  },
  /** A finite number from -`max` to `max`. */
  finite(field: string, v: number | null | undefined, max: number): number | null {
    if (v === undefined || v === null) return null;
    if (!Number.isFinite(v) || Math.abs(v) > max) throw new ItemError(`${field} must be a finite number from -${max} to ${max}`, field);
    return v;
  },
  bytes(field: string, v: number | null | undefined): number | null {
    if (v === undefined || v === null) return null;
    if (!Number.isSafeInteger(v) || v < 0) throw new ItemError(`${field} must be a whole number of bytes`, field);
    return v;
  },
  score(field: string, v: number | null | undefined): number | null {
    if (v === undefined || v === null) return null;
    if (!(v >= 0 && v <= 1)) throw new ItemError(`${field} must be between 0 and 1`, field);
    return v;
  },
  time(field: string, v: Date | null | undefined): Date | null {
    if (v === undefined || v === null) return null;
    if (Number.isNaN(v.getTime())) throw new ItemError(`${field} is not a valid time`, field);
    return v;
  },
  span(start: Date | null, end: Date | null, startField = 'startTime', endField = 'endTime') {
    if (start && end && end.getTime() < start.getTime()) throw new ItemError(`${endField} must not be before ${startField}`, endField);
  },
  runType(kind: SpanKind, v: string | null | undefined): string | null {
    if (v === undefined || v === null) return null;
    const allowed: readonly string[] = RUN_TYPES_BY_KIND[kind];
    if (!allowed.includes(v)) throw new ItemError(`runType ${v} is not allowed here; use one of ${allowed.join(', ')}`, 'runType');
    return v;
  },
};

/** Merges items sent twice with the same key in one batch: later fields win, absent ones keep earlier values. */
export function mergeDuplicates<T extends { row: Record<string, unknown> }>(items: T[], key: string): { items: T[]; row: Record<string, unknown> }[] {
  const byKey = new Map<unknown, { items: T[]; row: Record<string, unknown> }>();
  for (const item of items) {
    const prev = byKey.get(item.row[key]);
    if (!prev) {
      byKey.set(item.row[key], { items: [item], row: { ...item.row } });
      continue;
    }
    prev.items.push(item);
    for (const [k, v] of Object.entries(item.row)) if (v !== null && v !== undefined) prev.row[k] = v;
  }
  return [...byKey.values()];
}
