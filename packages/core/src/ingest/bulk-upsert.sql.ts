import type { EntityManager } from 'typeorm';

/**
 * One column of a bulk upsert. `type` is the Postgres type its values are sent as (one array
 * parameter per column, expanded with unnest, so a batch is one statement whatever its size).
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

/** One array per column, filled in a single pass over the rows (absent fields sent as null). */
function columnArrays(cols: UpsertColumn[], rows: Record<string, unknown>[]): unknown[][] {
  const names = cols.map((c) => c.name);
  const params: unknown[][] = names.map(() => new Array<unknown>(rows.length));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let j = 0; j < names.length; j++) params[j][i] = r[names[j]] ?? null;
  }
  return params;
}

const quoted = (s: string) => `"${s.replace(/[\\"]/g, '\\$&')}"`;

/**
 * A column of strings and times as a Postgres array literal, the text node-postgres would send for
 * it (same quoting), built with one pass and one regular expression per value instead of its
 * generic per-element conversion: the JSON columns of a batch are megabytes. Other columns as they are.
 */
function asArrayParam(values: unknown[]): unknown {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) parts[i] = 'NULL';
    else if (typeof v === 'string') parts[i] = quoted(v);
    else if (v instanceof Date && v.getUTCFullYear() >= 1 && v.getUTCFullYear() <= 9999) parts[i] = `"${v.toISOString()}"`;
    // Anything else (numbers, BC or five-digit years, which toISOString writes in a form Postgres reads otherwise) is left to node-postgres.
    else return values;
  }
  return `{${parts.join(',')}}`;
}

/**
 * Inserts new rows and merges existing ones in two multi-row statements. Returns the stored rows
 * (after merge) keyed by match value; a row that exists but fails the guard is left out, which is
 * how callers find items that collide with another project's ids.
 */
export async function bulkUpsert<R extends Record<string, unknown>>(
  m: EntityManager,
  spec: UpsertSpec,
  rows: Record<string, unknown>[],
): Promise<UpsertResult<R>> {
  const out = new UpsertResult<R>();
  if (rows.length === 0) return out;
  const cols = spec.columns;
  const columns = columnArrays(cols, rows);
  const params = columns.map(asArrayParam);
  const unnest = `unnest(${cols.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')}) AS u(${cols.map((c) => c.name).join(', ')})`;
  const stored = cols.filter((c) => !c.virtual);

  const inserted: R[] = await m.query(
    `INSERT INTO ${spec.table} (${stored.map((c) => c.name).join(', ')})
     SELECT ${stored.map((c) => c.insert ?? `u.${c.name}`).join(', ')} FROM ${unnest}
     ON CONFLICT DO NOTHING
     RETURNING ${spec.returning.join(', ')}`,
    params,
  );
  for (const r of inserted) {
    out.set(r[spec.match] as string, r);
    out.inserted.add(r[spec.match] as string);
  }
  if (inserted.length === rows.length) return out;

  const matchIndex = cols.findIndex((c) => c.name === spec.match);
  const pending = rows.map((_, i) => i).filter((i) => !out.has(columns[matchIndex][i] as string));
  const pendingParams = columns.map((values) => asArrayParam(pending.map((i) => values[i])));
  const sets = stored
    .filter((c) => c.update !== null && c.name !== spec.match)
    .map((c) => `${c.name} = ${c.update ?? keep(c.name)}`)
    .concat(spec.touch ?? []);
  // TypeORM answers an UPDATE with [rows, rowCount].
  const [updated]: [R[], number] = await m.query(
    `UPDATE ${spec.table} t SET ${sets.join(', ')}
       FROM ${unnest}
      WHERE t.${spec.match} = u.${spec.match} AND ${spec.guard}
     RETURNING ${spec.returning.map((r) => `t.${r}`).join(', ')}`,
    pendingParams,
  );
  for (const r of updated) out.set(r[spec.match] as string, r);
  return out;
}
