import { decodeCursor, encodeCursor, pageSize, withTotalCount } from './pagination.util';

describe('cursors', () => {
  it('round-trip the keyset values of their ordering', () => {
    const c = encodeCursor('traces:startTime:DESC', ['2026-11-22T10:00:00.000Z', 'id-1']);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, 'traces:startTime:DESC', 2)).toEqual(['2026-11-22T10:00:00.000Z', 'id-1']);
  });

  it('refuse garbage, another ordering, or the wrong arity with BAD_USER_INPUT', () => {
    const c = encodeCursor('traces:startTime:DESC', ['x', 'y']);
    for (const [cursor, kind, arity] of [
      ['%%%', 'traces:startTime:DESC', 2],
      [c, 'traces:totalCost:DESC', 2],
      [c, 'traces:startTime:DESC', 3],
    ] as const) {
      expect(() => decodeCursor(cursor, kind, arity)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });

  it('bound page sizes', () => {
    const limits = { defaultPageSize: 20, maxPageSize: 100 };
    expect(pageSize(undefined, limits)).toBe(20);
    expect(pageSize(100, limits)).toBe(100);
    expect(() => pageSize(101, limits)).toThrow(/at most 100/);
    expect(() => pageSize(-1, limits)).toThrow(/non-negative/);
  });
});

describe('withTotalCount', () => {
  it('counts only when totalCount or totalCountIsEstimate is read, once for both', async () => {
    const count = jest.fn(async () => ({ value: 10_001, estimated: true }));
    const connection = withTotalCount({ edges: [], pageInfo: null }, count);
    // What a query that selects neither does: read the page, copy the connection.
    expect({ ...connection }).toEqual({ edges: [], pageInfo: null });
    expect(JSON.stringify(connection)).toBe('{"edges":[],"pageInfo":null}');
    expect(count).not.toHaveBeenCalled();
    expect(await connection.totalCount).toBe(10_001);
    expect(await connection.totalCountIsEstimate).toBe(true);
    expect(count).toHaveBeenCalledTimes(1);
  });
});
