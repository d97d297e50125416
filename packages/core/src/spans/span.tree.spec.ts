import { orderSpanTree } from './span.tree';

const s = (id: string, parentId: string | null, sec: number, kind = 'agent') => ({ id, parentId, kind, startTime: new Date(sec * 1000) });
const order = (spans: ReturnType<typeof s>[]) => orderSpanTree(spans).map(({ span, placement }) => `${span.id}:${placement.depth}`);

describe('orderSpanTree', () => {
  it('orders depth-first with siblings by start time, whatever the input order', () => {
    const spans = [s('c', 'a', 3), s('b', 'a', 1), s('a', null, 0), s('d', 'b', 2), s('e', null, 5)];
    expect(order(spans)).toEqual(['a:0', 'b:1', 'd:2', 'c:1', 'e:0']);
  });

  it('fills ancestry, children and the nearest enclosing agent across kinds', () => {
    const out = orderSpanTree([s('a', null, 0), s('t', 'a', 1, 'tool'), s('a2', 't', 2), s('l', 'a2', 3, 'llm')]);
    const l = out.find((x) => x.span.id === 'l')!.placement;
    expect(l).toEqual({ depth: 3, ancestorIds: ['a', 't', 'a2'], childIds: [], agentId: 'a2' });
    expect(out.find((x) => x.span.id === 't')!.placement).toMatchObject({ agentId: 'a', childIds: ['a2'] });
  });

  it('shows a span whose parent is missing as a root', () => {
    expect(order([s('x', 'missing', 1), s('a', null, 0)])).toEqual(['a:0', 'x:0']);
  });

  it('breaks parent cycles so every span appears exactly once', () => {
    expect(order([s('a', 'b', 0), s('b', 'a', 1), s('self', 'self', 2)])).toEqual(['self:0', 'a:0', 'b:1']);
  });

  it('handles trees deeper than the call stack allows recursion', () => {
    const deep = Array.from({ length: 20_000 }, (_, i) => s(`n${i}`, i ? `n${i - 1}` : null, i));
    const out = orderSpanTree(deep);
    expect(out.at(-1)!.placement.depth).toBe(19_999);
    const ancestors = out.at(-1)!.placement.ancestorIds;
    expect([ancestors.length, ancestors[0], ancestors.at(-1)]).toEqual([19_999, 'n0', 'n19998']);
    expect(out[1].placement).toEqual({ depth: 1, ancestorIds: ['n0'], childIds: ['n2'], agentId: 'n0' });
  });

  it('places a deep chain', () => {
    // No timing asserted (speed is for benchmarks): copying an ancestor array per span would take most of
    // a minute here, near the suite's time-out, where a linear placement takes milliseconds.
    const deep = Array.from({ length: 50_000 }, (_, i) => s(`n${i}`, i ? `n${i - 1}` : null, i, i % 2 ? 'tool' : 'agent'));
    const out = orderSpanTree(deep);
    expect(out.map((x) => x.placement.depth).join()).toBe(deep.map((_, i) => i).join());
    expect(out.at(-1)!.placement.agentId).toBe('n49998');
  });
});
