import type { EntityManager } from 'typeorm';

/** How many rows a connection holds: exact up to MAX_EXACT_COUNT, above it Postgres' planner estimate. */
export type TotalCount = { value: number; estimated: boolean };

// GraphQL's Int; an estimate of a corrupt or huge statistic must still fit it.
const MAX_INT = 2 ** 31 - 1;

/**
 * Counts the rows `sql` selects (a connection's query with its filters, without cursor, order or
 * limit). It reads at most `bound` + 1 of them, so a count never walks a whole large project; when
 * there are more it answers the planner's estimate (EXPLAIN reads no rows), never below `bound` + 1.
 */
export async function countRows(m: EntityManager, sql: string, params: unknown[], bound: number): Promise<TotalCount> {
  const limit = Math.max(0, Math.trunc(bound)) + 1;
  const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM (${sql} LIMIT ${limit}) AS counted`, params);
  if (n < limit) return { value: n, estimated: false };
  const [explained]: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[] = await m.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  const planned = Math.round(Number(explained['QUERY PLAN'][0].Plan['Plan Rows']));
  return { value: Math.min(MAX_INT, Math.max(limit, Number.isFinite(planned) ? planned : 0)), estimated: true };
}
