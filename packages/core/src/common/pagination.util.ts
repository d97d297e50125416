import { Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './app.errors';
import { QUERY_COST } from './query-cost.util';
import type { TotalCount } from './total-count.sql';

/** Relay page information. */
@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/**
 * The count every connection offers besides its page. Both fields come from one count, made only
 * when the query selects one of them (see withTotalCount). Never in the schema itself (type-graphql
 * emits only the types resolvers reach): the connections extend it.
 */
@ObjectType()
export abstract class CountedConnection {
  @Field(() => Int, {
    complexity: QUERY_COST.count,
    description:
      'How many items the whole connection holds with its filters, over all pages (`after` aside). Exact up to MAX_EXACT_COUNT ' +
      "(10,000 by default); past it Postgres' estimate, never below MAX_EXACT_COUNT + 1, and totalCountIsEstimate is true",
  })
  totalCount: Promise<number>;
  @Field(() => Boolean, { complexity: QUERY_COST.count, description: 'True when totalCount is an estimate: more than MAX_EXACT_COUNT items' })
  totalCountIsEstimate: Promise<boolean>;
}

/**
 * Gives a connection its totalCount and totalCountIsEstimate, counted on their first read and
 * once for both, so a query that selects neither pays no count.
 */
export function withTotalCount<C extends object>(connection: C, count: () => Promise<TotalCount>): C & CountedConnection {
  let counted: Promise<TotalCount> | undefined;
  const total = () => (counted ??= count());
  // Getters: GraphQL reads a field only when the query selects it. Not enumerable, so that copying
  // or logging the connection does not start a count.
  return Object.defineProperties(connection, {
    totalCount: { get: () => total().then((c) => c.value) },
    totalCountIsEstimate: { get: () => total().then((c) => c.estimated) },
  }) as C & CountedConnection;
}

/** Encodes the keyset position of a row as an opaque cursor; `kind` stops a cursor from one ordering being used with another. */
export function encodeCursor(kind: string, values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify([kind, ...values]), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor for the same ordering, or fails with BAD_USER_INPUT. */
export function decodeCursor(cursor: string, kind: string, arity: number): (string | number | null)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('Invalid cursor: pass a cursor returned by this connection', { argumentName: 'after' });
  }
  if (!Array.isArray(parsed) || parsed.length !== arity + 1 || parsed[0] !== kind) {
    throw badInput('Invalid cursor: it was issued for another connection or ordering', { argumentName: 'after' });
  }
  const values = parsed.slice(1);
  if (!values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) {
    throw badInput('Invalid cursor', { argumentName: 'after' });
  }
  return values as (string | number | null)[];
}

/** Resolves the page size from `first`, enforcing the configured maximum. */
export function pageSize(first: number | null | undefined, limits: { defaultPageSize: number; maxPageSize: number }): number {
  if (first === null || first === undefined) return limits.defaultPageSize;
  if (!Number.isInteger(first) || first < 0) throw badInput('`first` must be a non-negative integer', { argumentName: 'first' });
  if (first > limits.maxPageSize) {
    throw badInput(`\`first\` must be at most ${limits.maxPageSize}`, { argumentName: 'first', maxPageSize: limits.maxPageSize });
  }
  return first;
}

/** Builds edges and PageInfo from rows fetched with one extra row beyond `size` (the look-ahead that tells whether a next page exists). */
export function toConnection<R, N>(
  rows: R[],
  size: number,
  hasPrevious: boolean,
  cursorOf: (row: R) => string,
  toNode: (row: R) => N,
): { edges: { cursor: string; node: N }[]; pageInfo: PageInfo } {
  const page = rows.slice(0, size);
  const edges = page.map((r) => ({ cursor: cursorOf(r), node: toNode(r) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
