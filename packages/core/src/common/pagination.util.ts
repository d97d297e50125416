import { Field, ObjectType } from 'type-graphql';
import { badInput } from './app.errors';

/** Relay page information. */
@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
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
