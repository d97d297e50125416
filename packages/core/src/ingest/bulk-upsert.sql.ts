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
  const params = columnArrays(cols, rows);
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
  const pending = rows.map((_, i) => i).filter((i) => !out.has(params[matchIndex][i] as string));
  const pendingParams = params.map((values) => pending.map((i) => values[i]));
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
