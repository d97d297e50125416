import type { EntityManager } from 'typeorm';

/**
 * One column of a bulk upsert. `type` is the Postgres type json_to_recordset reads its values as
 * (the rows travel as one JSON parameter, so a batch is one statement whatever its size); `json`
 * marks a column whose row values are JSON text (by default the jsonb ones).
 * `insert` and `update` are SQL expressions over `u` (the incoming row) and `t` (the stored row);
 * a column with `update: null` is never changed after insert. Columns with `virtual` only feed
 * other expressions and are not stored.
 */
export type UpsertColumn = {
  name: string;
  type: string;
  insert?: string;
  update?: string | null;
  virtual?: boolean;
  json?: boolean;
};

export type UpsertSpec = {
  table: string;
  columns: UpsertColumn[];
  /** The unique column that identifies a row for the update. */
  match: string;
  /** Extra condition a stored row must meet to be updated (same project, same kind...). */
  guard: string;
  returning: string[];
  /** Assignments added to every update, e.g. `updated_at = now()`. */
  touch?: string[];
};

/** COALESCE(u.x, t.x): an absent field never wipes a stored one. */
const keep = (name: string) => `COALESCE(u.${name}, t.${name})`;

/** The stored rows keyed by match value, and which of those keys were inserted (not merged). */
export class UpsertResult<R> extends Map<string, R> {
  readonly inserted = new Set<string>();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A time as Postgres reads it. toISOString writes years past 9999 as +010000 and years before 1 as
 * negative, which Postgres reads otherwise (or not at all); those are written out with BC instead.
 */
function timeText(d: Date): string {
  const year = d.getUTCFullYear();
  if (year >= 1 && year <= 9999) return d.toISOString();
  const rest = `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+00`;
  return year >= 1 ? `${year}-${rest}` : `${pad(1 - year, 4)}-${rest} BC`;
}

/**
 * The rows as one JSON array of objects, read back by json_to_recordset. Values of JSON columns are
 * already JSON text (validated, sanitised and measured as text) and go in as they are, unescaped and
 * uncopied: the JSON columns of a batch are megabytes, and this is one string build and one
 * parameter where a column of quoted array literals cost a pass and a copy per value.
 */
function rowsJson(cols: UpsertColumn[], rows: Record<string, unknown>[]): string {
  const keys = cols.map((c) => JSON.stringify(c.name) + ':');
  const raw = cols.map((c) => c.json ?? c.type === 'jsonb');
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    let out = '';
    for (let j = 0; j < cols.length; j++) {
      const v = r[cols[j].name];
      if (v === null || v === undefined) continue;
      const text = raw[j] && typeof v === 'string' ? v : v instanceof Date ? `"${timeText(v)}"` : JSON.stringify(v);
      out += (out ? ',' : '') + keys[j] + text;
    }
    parts[i] = `{${out}}`;
  }
  return `[${parts.join(',')}]`;
}

/**
 * Inserts new rows and merges existing ones in two multi-row statements; `beforeMerge` gets the rows
 * that were not inserted, before they are merged (to drop what only an insert should write). Returns the stored rows
 * (after merge) keyed by match value; a row that exists but fails the guard is left out, which is
 * how callers find items that collide with another project's ids.
 */
export async function bulkUpsert<R extends Record<string, unknown>>(
  m: EntityManager,
  spec: UpsertSpec,
  rows: Record<string, unknown>[],
  beforeMerge?: (rows: Record<string, unknown>[]) => void,
): Promise<UpsertResult<R>> {
  const out = new UpsertResult<R>();
  if (rows.length === 0) return out;
  const cols = spec.columns;
  const source = `json_to_recordset($1::json) AS u(${cols.map((c) => `"${c.name}" ${c.type}`).join(', ')})`;
  const stored = cols.filter((c) => !c.virtual);

  const inserted: R[] = await m.query(
    `INSERT INTO ${spec.table} (${stored.map((c) => c.name).join(', ')})
     SELECT ${stored.map((c) => c.insert ?? `u.${c.name}`).join(', ')} FROM ${source}
     ON CONFLICT DO NOTHING
     RETURNING ${spec.returning.join(', ')}`,
    [rowsJson(cols, rows)],
  );
  for (const r of inserted) {
    out.set(r[spec.match] as string, r);
    out.inserted.add(r[spec.match] as string);
  }
  if (inserted.length === rows.length) return out;

  const pending = rows.filter((r) => !out.has(r[spec.match] as string));
  beforeMerge?.(pending);
  const sets = stored
    .filter((c) => c.update !== null && c.name !== spec.match)
    .map((c) => `${c.name} = ${c.update ?? keep(c.name)}`)
    .concat(spec.touch ?? []);
  // TypeORM answers an UPDATE with [rows, rowCount].
  const [updated]: [R[], number] = await m.query(
    `UPDATE ${spec.table} t SET ${sets.join(', ')}
       FROM ${source}
      WHERE t.${spec.match} = u.${spec.match} AND ${spec.guard}
     RETURNING ${spec.returning.map((r) => `t.${r}`).join(', ')}`,
    [rowsJson(cols, pending)],
  );
  for (const r of updated) out.set(r[spec.match] as string, r);
  return out;
}
