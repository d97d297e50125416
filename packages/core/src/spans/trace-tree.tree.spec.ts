import type { TreeInput } from './span.tree';
import { TraceTreeCache, toTraceTree } from './trace-tree.tree';

const span = (id: string, parentId: string | null, ms: number, kind = 'agent'): TreeInput => ({ id, parentId, kind, startTime: new Date(ms) });
const chain = (n: number) => Array.from({ length: n }, (_, i) => span(`s${i}`, i ? `s${i - 1}` : null, i));

describe('toTraceTree', () => {
  it('lays out ids, kinds, depth, parents, nearest agents and children by tree position', () => {
    const tree = toTraceTree([span('l', 'a2', 3, 'llm'), span('t', 'a', 1, 'tool'), span('a2', 't', 2), span('a', null, 0), span('x', 'a', 5, 'llm')]);
    expect(tree.ids).toEqual(['a', 't', 'a2', 'l', 'x']);
    expect([...tree.kinds]).toEqual([0, 2, 0, 1, 1]);
    expect([...tree.depth]).toEqual([0, 1, 2, 3, 1]);
    expect([...tree.parent]).toEqual([-1, 0, 1, 2, 0]);
    expect([...tree.agent]).toEqual([-1, 0, 0, 2, 0]);
    const children = (p: number) => [...tree.childPos.subarray(tree.childStart[p], tree.childStart[p + 1])].map((c) => tree.ids[c]);
    expect([0, 1, 2, 3, 4].map(children)).toEqual([['t', 'x'], ['a2'], ['l'], [], []]);
  });
});

describe('TraceTreeCache', () => {
  it('reads a trace once per version, and again when the version moves on', async () => {
    const cache = new TraceTreeCache();
    const read = jest.fn(async () => chain(3));
    const a = await cache.get('t', 'v1', read);
    expect(await cache.get('t', 'v1', read)).toBe(a);
    expect(read).toHaveBeenCalledTimes(1);
    expect(await cache.get('t', 'v2', read)).not.toBe(a);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('shares one read between concurrent requests, and keeps no failed one', async () => {
    const cache = new TraceTreeCache();
    let fail = true;
    const read = jest.fn(async () => {
      if (fail) throw new Error('database gone');
      return chain(2);
    });
    await expect(Promise.all([cache.get('t', 'v1', read), cache.get('t', 'v1', read)])).rejects.toThrow('database gone');
    expect(read).toHaveBeenCalledTimes(1);
    fail = false;
    expect((await cache.get('t', 'v1', read)).ids).toEqual(['s0', 's1']);
  });

  it('holds at most its number of spans, dropping the least recently read trees first', async () => {
    const cache = new TraceTreeCache(10);
    const reads: string[] = [];
    const get = (id: string, n: number) => cache.get(id, 'v', async () => (reads.push(id), chain(n)));
    await get('a', 4);
    await get('b', 4);
    await get('a', 4); // a is now the most recently read
    await get('c', 4); // 12 spans: b goes
    await get('a', 4);
    await get('b', 4);
    await get('big', 11); // larger than the whole cache: answered, not kept
    await get('big', 11);
    expect(reads).toEqual(['a', 'b', 'c', 'b', 'big', 'big']);
  });
});
