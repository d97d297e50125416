import { alignSpanTrees, type AlignableSpan } from './span-alignment.compute';

const span = (id: string, parentId: string | null, kind: string, name: string | null, extra: Record<string, unknown> = {}): AlignableSpan => ({
  id,
  parentId,
  kind,
  name,
  ...extra,
});

const summary = (pairs: ReturnType<typeof alignSpanTrees>) => pairs.map((p) => [p.path.join(' > '), p.a?.id ?? null, p.b?.id ?? null, p.differences]);

describe('alignSpanTrees', () => {
  it('pairs spans by kind and name down the tree, and flags the fields that differ', () => {
    const a = [
      span('a1', null, 'agent', 'planner'),
      span('a2', 'a1', 'llm', null, { model: 'gpt-4o', totalTokens: 100, outputs: { text: 'hi' } }),
      span('a3', 'a1', 'tool', 'search', { inputs: { q: 'x' } }),
    ];
    const b = [
      span('b1', null, 'agent', 'planner'),
      span('b2', 'b1', 'llm', null, { model: 'gpt-4o', totalTokens: 120, outputs: { text: 'hi' } }),
      span('b3', 'b1', 'tool', 'search', { inputs: { q: 'y' } }),
    ];
    expect(summary(alignSpanTrees(a, b))).toEqual([
      ['agent:planner', 'a1', 'b1', []],
      ['agent:planner > llm:gpt-4o', 'a2', 'b2', ['totalTokens']],
      ['agent:planner > tool:search', 'a3', 'b3', ['inputs']],
    ]);
  });

  it('pairs repeated siblings by rank and leaves the extra ones, with their subtrees, unpaired', () => {
    const a = [span('a1', null, 'agent', 'loop'), span('a2', 'a1', 'llm', 'chat'), span('a3', 'a1', 'llm', 'chat'), span('a4', 'a3', 'tool', 'calc')];
    const b = [span('b1', null, 'agent', 'loop'), span('b2', 'b1', 'llm', 'chat'), span('b5', 'b1', 'tool', 'fetch')];
    expect(summary(alignSpanTrees(a, b))).toEqual([
      ['agent:loop', 'a1', 'b1', []],
      ['agent:loop > llm:chat', 'a2', 'b2', []],
      ['agent:loop > llm:chat', 'a3', null, []],
      ['agent:loop > llm:chat > tool:calc', 'a4', null, []],
      ['agent:loop > tool:fetch', null, 'b5', []],
    ]);
  });

  it('does not pair spans of the same name under parents that did not pair', () => {
    const a = [span('a1', null, 'agent', 'one'), span('a2', 'a1', 'tool', 'search')];
    const b = [span('b1', null, 'agent', 'two'), span('b2', 'b1', 'tool', 'search')];
    const pairs = alignSpanTrees(a, b);
    expect(pairs.filter((p) => p.a && p.b)).toEqual([]);
    expect(pairs.map((p) => p.depth)).toEqual([0, 1, 0, 1]);
  });

  it('treats a span whose parent is missing as a root, and null and absent values as equal', () => {
    const a = [span('a1', 'gone', 'llm', 'chat', { error: null })];
    const b = [span('b1', null, 'llm', 'chat')];
    expect(summary(alignSpanTrees(a, b))).toEqual([['llm:chat', 'a1', 'b1', []]]);
  });
});
