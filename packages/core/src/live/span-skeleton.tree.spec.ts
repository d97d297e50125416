import { orderSpanTree, type TreeInput, type TreePlacement } from '../spans/span.tree';
import { SpanSkeleton } from './span-skeleton.tree';

const n = (id: string, parentId: string | null, sec: number, kind = 'agent', stepIndex: number | null = null): TreeInput => ({
  id,
  parentId,
  kind,
  startTime: new Date(sec * 1000),
  stepIndex,
});

const skeletonOf = (spans: TreeInput[]) => {
  const sk = new SpanSkeleton();
  for (const s of spans) sk.upsert(s);
  return sk;
};

/** A deterministic shuffle (so a failure can be reproduced). */
function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** What the trace query computes: placements and the agents' calls, from the whole set at once. */
function expected(spans: TreeInput[]) {
  const ordered = orderSpanTree(spans);
  const placements = new Map(ordered.map(({ span, placement }) => [span.id, placement]));
  const calls = (agentId: string) => ({
    llmCallIds: ordered.filter((x) => x.span.kind === 'llm' && x.placement.agentId === agentId).map((x) => x.span.id),
    toolCallIds: ordered.filter((x) => x.span.kind === 'tool' && x.placement.agentId === agentId).map((x) => x.span.id),
  });
  return { placements, calls };
}

/** Checks the skeleton against orderSpanTree for every span and every agent of `spans`. */
function expectSameAsQuery(sk: SpanSkeleton, spans: TreeInput[]) {
  const { placements, calls } = expected(spans);
  for (const s of spans) {
    expect({ id: s.id, placement: sk.placement(s.id) }).toEqual({ id: s.id, placement: placements.get(s.id) });
    if (s.kind === 'agent') expect({ id: s.id, calls: sk.agentChildren(s.id) }).toEqual({ id: s.id, calls: calls(s.id) });
  }
}

describe('SpanSkeleton.placement', () => {
  // root(agent) ─┬─ l1(llm, t1) ─── t3(tool, t2)
  //              ├─ sub(agent, t2) ─┬─ l2(llm, t3)
  //              │                  └─ t4(tool, t4)
  //              └─ t2(tool, t5)
  const tree = [
    n('root', null, 0),
    n('l1', 'root', 1, 'llm'),
    n('t3', 'l1', 2, 'tool'),
    n('sub', 'root', 2),
    n('l2', 'sub', 3, 'llm'),
    n('t4', 'sub', 4, 'tool'),
    n('t2', 'root', 5, 'tool'),
  ];

  it('gives depth, ancestors root-first, children and the nearest agent', () => {
    const sk = skeletonOf(tree);
    expect(sk.placement('root')).toEqual({ depth: 0, ancestorIds: [], childIds: ['l1', 'sub', 't2'], agentId: null });
    expect(sk.placement('t3')).toEqual({ depth: 2, ancestorIds: ['root', 'l1'], childIds: [], agentId: 'root' });
    expect(sk.placement('l2')).toEqual({ depth: 2, ancestorIds: ['root', 'sub'], childIds: [], agentId: 'sub' });
    // An agent's own agent is its parent agent, not itself.
    expect(sk.placement('sub')).toEqual({ depth: 1, ancestorIds: ['root'], childIds: ['l2', 't4'], agentId: 'root' });
  });

  it('has no agent when no ancestor is one', () => {
    const sk = skeletonOf([n('c', null, 0, 'chain'), n('l', 'c', 1, 'llm'), n('t', 'l', 2, 'tool')]);
    expect(sk.placement('t')).toEqual({ depth: 2, ancestorIds: ['c', 'l'], childIds: [], agentId: null });
  });

  it('orders children by start time, then step index (null last), then id', () => {
    const sk = skeletonOf([
      n('p', null, 0),
      n('late', 'p', 9, 'tool', 0),
      n('b', 'p', 1, 'tool', null),
      n('step2', 'p', 1, 'tool', 2),
      n('a', 'p', 1, 'tool', null),
      n('step1', 'p', 1, 'tool', 1),
      n('first', 'p', 0, 'tool', 5),
    ]);
    expect(sk.placement('p').childIds).toEqual(['first', 'step1', 'step2', 'a', 'b', 'late']);
  });

  it('places a span whose parent has not arrived as a root, then under the parent once it does', () => {
    const sk = new SpanSkeleton();
    sk.upsert(n('child', 'parent', 2, 'llm'));
    sk.upsert(n('grandchild', 'child', 3, 'tool'));
    expect(sk.placement('child')).toEqual({ depth: 0, ancestorIds: [], childIds: ['grandchild'], agentId: null });
    expect(sk.placement('grandchild')).toEqual({ depth: 1, ancestorIds: ['child'], childIds: [], agentId: null });
    sk.upsert(n('parent', null, 1));
    expect(sk.placement('parent')).toEqual({ depth: 0, ancestorIds: [], childIds: ['child'], agentId: null });
    expect(sk.placement('child')).toEqual({ depth: 1, ancestorIds: ['parent'], childIds: ['grandchild'], agentId: 'parent' });
    expect(sk.placement('grandchild')).toEqual({ depth: 2, ancestorIds: ['parent', 'child'], childIds: [], agentId: 'parent' });
  });

  it('places an unknown span as a childless root', () => {
    expect(new SpanSkeleton().placement('nope')).toEqual({ depth: 0, ancestorIds: [], childIds: [], agentId: null });
  });

  it('treats a span that is its own parent as a root without children', () => {
    const sk = skeletonOf([n('self', 'self', 0)]);
    expect(sk.placement('self')).toEqual({ depth: 0, ancestorIds: [], childIds: [], agentId: null });
  });

  it('stops at a parent cycle instead of looping', () => {
    const sk = skeletonOf([n('a', 'b', 0), n('b', 'c', 1), n('c', 'a', 2, 'llm'), n('x', 'a', 3, 'tool')]);
    // Each span's ancestry goes round the cycle once and stops before reaching itself.
    expect(sk.placement('a')).toEqual({ depth: 2, ancestorIds: ['c', 'b'], childIds: ['x'], agentId: 'b' });
    expect(sk.placement('x')).toEqual({ depth: 3, ancestorIds: ['c', 'b', 'a'], childIds: [], agentId: 'a' });
    expect(sk.placement('c')).toEqual({ depth: 2, ancestorIds: ['b', 'a'], childIds: [], agentId: 'a' });
    expect(sk.agentChildren('a')).toEqual({ llmCallIds: ['c'], toolCallIds: ['x'] });
  });

  it('moves a re-upserted span to its new parent', () => {
    const sk = skeletonOf([n('p1', null, 0), n('p2', null, 1, 'tool'), n('c', 'p1', 2, 'llm'), n('d', 'p1', 3, 'llm')]);
    expect(sk.placement('p1').childIds).toEqual(['c', 'd']);
    sk.upsert(n('c', 'p2', 2, 'llm'));
    expect(sk.placement('p1').childIds).toEqual(['d']);
    expect(sk.placement('p2').childIds).toEqual(['c']);
    expect(sk.placement('c')).toEqual({ depth: 1, ancestorIds: ['p2'], childIds: [], agentId: null });
    // Detached again: a root.
    sk.upsert(n('c', null, 2, 'llm'));
    expect(sk.placement('p2').childIds).toEqual([]);
    expect(sk.placement('c').depth).toBe(0);
  });

  it('reorders siblings when a re-upsert changes a start time', () => {
    const sk = skeletonOf([n('p', null, 0), n('a', 'p', 1, 'llm'), n('b', 'p', 2, 'llm')]);
    expect(sk.placement('p').childIds).toEqual(['a', 'b']);
    sk.upsert(n('a', 'p', 3, 'llm'));
    expect(sk.placement('p').childIds).toEqual(['b', 'a']);
  });

  it('does not list a child twice when it is upserted again under the same parent', () => {
    const sk = skeletonOf([n('p', null, 0), n('c', 'p', 1, 'llm'), n('c', 'p', 1, 'llm')]);
    expect(sk.placement('p').childIds).toEqual(['c']);
  });
});

describe('SpanSkeleton.agentChildren', () => {
  it('lists the LLM and tool calls of an agent in tree order, leaving nested agents their own', () => {
    const sk = skeletonOf([
      n('root', null, 0),
      n('t1', 'root', 5, 'tool'),
      n('l1', 'root', 1, 'llm'),
      n('t0', 'l1', 2, 'tool'),
      n('chain', 'root', 3, 'chain'),
      n('l3', 'chain', 4, 'llm'),
      n('sub', 'root', 2),
      n('l2', 'sub', 3, 'llm'),
      n('subTool', 'sub', 4, 'tool'),
      n('deep', 'l2', 5, 'tool'),
    ]);
    expect(sk.agentChildren('root')).toEqual({ llmCallIds: ['l1', 'l3'], toolCallIds: ['t0', 't1'] });
    expect(sk.agentChildren('sub')).toEqual({ llmCallIds: ['l2'], toolCallIds: ['deep', 'subTool'] });
  });

  it('is empty for an agent without calls or an unknown id', () => {
    const sk = skeletonOf([n('a', null, 0), n('b', 'a', 1)]);
    expect(sk.agentChildren('a')).toEqual({ llmCallIds: [], toolCallIds: [] });
    expect(sk.agentChildren('zzz')).toEqual({ llmCallIds: [], toolCallIds: [] });
  });
});

describe('SpanSkeleton agrees with orderSpanTree', () => {
  const trees: Record<string, TreeInput[]> = {
    'mixed agents, llm and tool calls': [
      n('root', null, 0),
      n('plan', 'root', 1, 'llm', 0),
      n('search', 'root', 1, 'tool', 1),
      n('fetch', 'search', 2, 'tool'),
      n('sub', 'root', 1, 'agent', 2),
      n('sub-llm', 'sub', 3, 'llm'),
      n('sub-tool', 'sub-llm', 4, 'tool'),
      n('subsub', 'sub', 5),
      n('subsub-llm', 'subsub', 6, 'llm'),
      n('answer', 'root', 7, 'llm'),
      n('chain', 'root', 3, 'chain'),
      n('chain-tool', 'chain', 3, 'tool'),
    ],
    'several roots and ties broken by id': [
      n('r2', null, 0, 'tool'),
      n('r1', null, 0, 'llm'),
      n('x', 'r1', 1, 'agent'),
      n('y', 'x', 1, 'llm'),
      n('z', 'x', 1, 'tool'),
      n('w', 'x', 1, 'tool', 0),
    ],
    'a parent in another trace': [n('orphan', 'elsewhere', 1), n('o-llm', 'orphan', 2, 'llm'), n('root', null, 0), n('r-tool', 'root', 3, 'tool')],
    'a deep chain': Array.from({ length: 30 }, (_, i) => n(`s${i}`, i ? `s${i - 1}` : null, i, ['agent', 'llm', 'tool'][i % 3])),
  };

  for (const [name, spans] of Object.entries(trees)) {
    it(`places every span as the trace query does: ${name}`, () => {
      expectSameAsQuery(skeletonOf(spans), spans);
    });

    it(`agrees after every arrival, in any order (parents arriving later): ${name}`, () => {
      for (const seed of [1, 2, 3, 4, 5, 42, 1234]) {
        const arrival = shuffle(spans, seed);
        const sk = new SpanSkeleton();
        for (let i = 0; i < arrival.length; i++) {
          sk.upsert(arrival[i]);
          expectSameAsQuery(sk, arrival.slice(0, i + 1));
        }
      }
    });
  }

  it('agrees children-first (every parent arrives after its children)', () => {
    const spans = trees['mixed agents, llm and tool calls'];
    const sk = new SpanSkeleton();
    const arrived: TreeInput[] = [];
    for (const s of [...spans].reverse()) {
      sk.upsert(s);
      arrived.push(s);
      expectSameAsQuery(sk, arrived);
    }
  });

  it('agrees after spans move to another parent', () => {
    const spans = [...trees['mixed agents, llm and tool calls']];
    const sk = skeletonOf(spans);
    const moves = [n('sub-tool', 'root', 4, 'tool'), n('sub', 'search', 1, 'agent', 2), n('fetch', null, 2, 'tool')];
    for (const moved of moves) {
      sk.upsert(moved);
      spans[spans.findIndex((s) => s.id === moved.id)] = moved;
      expectSameAsQuery(sk, spans);
    }
  });
});

describe('SpanSkeleton keeps no stale placement', () => {
  it('places every span as a skeleton built afresh would, through arrivals, moves (cycles too), kind and start changes', () => {
    for (const seed of [7, 99, 2024]) {
      let x = seed;
      const rand = (k: number) => {
        x = (x * 1103515245 + 12345) % 2147483648;
        // The high bits: the low bits of this generator repeat every few calls.
        return Math.floor(x / 65536) % k;
      };
      const current = new Map<string, TreeInput>();
      const sk = new SpanSkeleton();
      for (let step = 0; step < 150; step++) {
        const id = `s${rand(25)}`;
        const before = current.get(id);
        const kind = ['agent', 'llm', 'tool', 'chain'][rand(4)];
        const start = rand(4);
        const stepIndex = rand(3) ? null : rand(2);
        // Half the updates keep the parent, changing only the kind or the start, as live updates mostly do.
        const op = before ? rand(4) : 0;
        const s =
          op === 1
            ? { ...before!, kind }
            : op === 2
              ? { ...before!, startTime: new Date(start * 1000), stepIndex }
              : n(id, rand(5) === 0 ? null : `s${rand(25)}`, start, kind, stepIndex);
        sk.upsert(s);
        current.set(id, s);
        const fresh = skeletonOf([...current.values()]);
        for (const other of current.keys()) {
          expect({ step, other, placement: sk.placement(other) }).toEqual({ step, other, placement: fresh.placement(other) });
          expect({ step, other, calls: sk.agentChildren(other) }).toEqual({ step, other, calls: fresh.agentChildren(other) });
        }
      }
    }
  });
});

describe('SpanSkeleton on deep traces', () => {
  // No timing asserted (speed is for benchmarks): walking the whole parent chain for every span would
  // take minutes at this depth, past the suite's time-out, where the linear skeleton takes milliseconds.
  const DEPTH = 20_000;
  const chain = Array.from({ length: DEPTH }, (_, i) => n(`s${i}`, i ? `s${i - 1}` : null, i, ['agent', 'llm', 'tool'][i % 3]));

  it('places a 20,000-deep chain arriving in one batch, parents first,', () => {
    const sk = skeletonOf(chain);
    const placements = chain.map((s) => sk.placement(s.id));
    const calls = chain.filter((s) => s.kind === 'agent').map((s) => sk.agentChildren(s.id));
    expect(placements.map((p) => p.depth).join()).toBe(chain.map((_, i) => i).join());
    expect(placements.map((p) => p.agentId).join()).toBe(chain.map((_, i) => (i ? `s${Math.floor((i - 1) / 3) * 3}` : '')).join());
    expect(placements.at(-1)!.childIds).toEqual([]);
    expect(placements[0].childIds).toEqual(['s1']);
    expect(calls.reduce((k, c) => k + c.llmCallIds.length + c.toolCallIds.length, 0)).toBe(chain.filter((s) => s.kind !== 'agent').length);
    // Ancestors are built only when read, and then in full.
    const last = placements.at(-1)!.ancestorIds;
    expect([last.length, last[0], last.at(-1)]).toEqual([DEPTH - 1, 's0', `s${DEPTH - 2}`]);
  });

  it('places a 20,000-deep chain arriving children first, one span per batch, as orderSpanTree does at the end', () => {
    const sk = new SpanSkeleton();
    const onArrival = [...chain].reverse().map((s) => {
      sk.upsert(s);
      return sk.placement(s.id).depth;
    });
    const placements = chain.map((s) => sk.placement(s.id));
    expect(new Set(onArrival)).toEqual(new Set([0]));
    const ordered = orderSpanTree(chain);
    const shape = (p: TreePlacement) => `${p.depth} ${p.agentId} ${p.childIds.join()}`;
    expect(placements.map(shape).join('\n')).toBe(ordered.map((x) => shape(x.placement)).join('\n'));
  });

  it('places a long parent cycle without looping', () => {
    const cycle = Array.from({ length: 300 }, (_, i) => n(`c${i}`, `c${(i + 1) % 300}`, i, i % 2 ? 'llm' : 'agent'));
    const sk = skeletonOf(cycle);
    const p = sk.placement('c0');
    expect([p.depth, p.agentId, p.childIds, p.ancestorIds[0], p.ancestorIds.at(-1)]).toEqual([299, 'c2', [], 'c299', 'c1']);
  });
});
