import { addPage, ancestorsOf, emptyTree, hasChildren, placeSpan, type TreeSpan, visibleRows } from './span-tree';

const s = (id: string, parentId: string | null, depth: number, startTime: string): TreeSpan => ({ id, parentId, depth, startTime });
const ids = (rows: readonly TreeSpan[]) => rows.map((r) => r.id);

// planner ─┬─ llm (t1)
//          └─ tool (t3) ── summarizer (t4)
const page = [s('planner', null, 0, 't0'), s('llm', 'planner', 1, 't1'), s('tool', 'planner', 1, 't3'), s('summarizer', 'tool', 2, 't4')];

describe('span tree', () => {
  it('appends pages in order and replaces a span a later page repeats', () => {
    let tree = addPage(emptyTree<TreeSpan>(), page.slice(0, 3), true);
    tree = placeSpan(tree, s('llm-2', 'planner', 1, 't2'));
    expect(ids(tree.rows)).toEqual(['planner', 'llm', 'llm-2', 'tool']);
    tree = addPage(tree, [s('llm-2', 'planner', 1, 't2'), ...page.slice(3)], false);
    expect(ids(tree.rows)).toEqual(['planner', 'llm', 'llm-2', 'tool', 'summarizer']);
    expect(tree.hasMore).toBe(false);
  });

  it('places a live child among its siblings by start time, after the earlier sibling’s subtree', () => {
    const tree = addPage(emptyTree<TreeSpan>(), page, false);
    expect(ids(placeSpan(tree, s('between', 'planner', 1, 't2')).rows)).toEqual(['planner', 'llm', 'between', 'tool', 'summarizer']);
    expect(ids(placeSpan(tree, s('last', 'planner', 1, 't9')).rows)).toEqual(['planner', 'llm', 'tool', 'summarizer', 'last']);
    expect(ids(placeSpan(tree, s('deep', 'summarizer', 3, 't5')).rows)).toEqual(['planner', 'llm', 'tool', 'summarizer', 'deep']);
    expect(ids(placeSpan(tree, s('root-2', null, 0, 't8')).rows)).toEqual(['planner', 'llm', 'tool', 'summarizer', 'root-2']);
  });

  it('replaces an updated span in place', () => {
    type WithStatus = TreeSpan & { status?: string };
    const tree = addPage(emptyTree<WithStatus>(), page, false);
    const updated: WithStatus = { ...s('tool', 'planner', 1, 't3'), status: 'ERROR' };
    const next = placeSpan(tree, updated);
    expect(ids(next.rows)).toEqual(ids(page));
    expect(next.rows[2]).toMatchObject({ id: 'tool', status: 'ERROR' });
  });

  it('leaves to the paging a span whose place is past the loaded rows', () => {
    const partial = addPage(emptyTree<TreeSpan>(), page.slice(0, 3), true);
    // Its parent is not loaded yet.
    expect(placeSpan(partial, s('x', 'unloaded', 3, 't5'))).toBe(partial);
    // The parent's subtree runs on to the next page.
    expect(placeSpan(partial, s('y', 'tool', 2, 't9'))).toBe(partial);
    // Before the end: placed now, and a page repeating it later does not duplicate it.
    const placed = placeSpan(partial, s('z', 'planner', 1, 't2'));
    expect(ids(placed.rows)).toEqual(['planner', 'llm', 'z', 'tool']);
  });

  it('shows an orphan at the end once every page is loaded', () => {
    const tree = addPage(emptyTree<TreeSpan>(), page, false);
    expect(ids(placeSpan(tree, s('orphan', 'gone', 1, 't1')).rows).at(-1)).toBe('orphan');
  });
});

describe('folding the span tree', () => {
  // planner ─┬─ llm
  //          ├─ tool ── summarizer ── llm-2
  //          └─ answer
  const rows = [
    s('planner', null, 0, 't0'),
    s('llm', 'planner', 1, 't1'),
    s('tool', 'planner', 1, 't3'),
    s('summarizer', 'tool', 2, 't4'),
    s('llm-2', 'summarizer', 3, 't5'),
    s('answer', 'planner', 1, 't6'),
  ];

  it('hides the descendants of a collapsed span, and nothing else', () => {
    expect(visibleRows(rows, new Set())).toBe(rows);
    expect(ids(visibleRows(rows, new Set(['tool'])))).toEqual(['planner', 'llm', 'tool', 'answer']);
    expect(ids(visibleRows(rows, new Set(['summarizer', 'tool'])))).toEqual(['planner', 'llm', 'tool', 'answer']);
    expect(ids(visibleRows(rows, new Set(['planner'])))).toEqual(['planner']);
    expect(ids(visibleRows(rows, new Set(['llm'])))).toEqual(ids(rows));
  });

  it('tells which rows have children and which are a row’s ancestors', () => {
    expect(rows.map((_, i) => hasChildren(rows, i))).toEqual([true, false, true, true, false, false]);
    expect(ancestorsOf(rows, 4)).toEqual(['summarizer', 'tool', 'planner']);
    expect(ancestorsOf(rows, 5)).toEqual(['planner']);
    expect(ancestorsOf(rows, 0)).toEqual([]);
  });
});
