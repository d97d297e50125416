/** What the tree needs of a span: the API sends spans depth-first, siblings by start time, each with its depth. */
export type TreeSpan = { id: string; parentId: string | null; depth: number; startTime: string };

/** The spans on screen, depth-first, and whether the API holds more pages after the last one. */
export type SpanTree<S extends TreeSpan> = { rows: readonly S[]; hasMore: boolean };

export const emptyTree = <S extends TreeSpan>(): SpanTree<S> => ({ rows: [], hasMore: true });

/**
 * Appends a page of trace.spans (already depth-first). A span the page repeats (one that arrived live
 * first) is replaced where it stands rather than shown twice.
 */
export function addPage<S extends TreeSpan>(tree: SpanTree<S>, page: readonly S[], hasMore: boolean): SpanTree<S> {
  const index = new Map(tree.rows.map((s, i) => [s.id, i]));
  const rows = [...tree.rows];
  for (const span of page) {
    const at = index.get(span.id);
    if (at === undefined) {
      index.set(span.id, rows.length);
      rows.push(span);
    } else rows[at] = span;
  }
  return { rows, hasMore };
}

/**
 * Places a span that arrived live: an update replaces the stored version in place; a new span goes among
 * its parent's children by start time (after the last descendant of the sibling before it). A span that
 * would land past the last loaded row while pages remain is left to the paging, which will bring it in
 * its place: its parent is not loaded yet, or its subtree continues on the next pages.
 */
export function placeSpan<S extends TreeSpan>(tree: SpanTree<S>, span: S): SpanTree<S> {
  const rows = tree.rows;
  const existing = rows.findIndex((s) => s.id === span.id);
  if (existing >= 0) {
    const next = [...rows];
    next[existing] = span;
    return { ...tree, rows: next };
  }
  let at: number;
  if (span.parentId === null) at = insertionPoint(rows, 0, rows.length, -1, span);
  else {
    const parent = rows.findIndex((s) => s.id === span.parentId);
    if (parent < 0) {
      if (tree.hasMore) return tree;
      // Its parent is not in the trace the API gave (an orphan): shown at the end rather than lost.
      at = rows.length;
    } else at = insertionPoint(rows, parent + 1, subtreeEnd(rows, parent), rows[parent].depth, span);
  }
  if (at === rows.length && tree.hasMore) return tree;
  return { ...tree, rows: [...rows.slice(0, at), span, ...rows.slice(at)] };
}

/** The index just past the last descendant of rows[i]. */
function subtreeEnd(rows: readonly TreeSpan[], i: number): number {
  let end = i + 1;
  while (end < rows.length && rows[end].depth > rows[i].depth) end++;
  return end;
}

/** Among the children (depth parentDepth + 1) in rows[from, to): before the first one that starts later. */
function insertionPoint(rows: readonly TreeSpan[], from: number, to: number, parentDepth: number, span: TreeSpan): number {
  for (let i = from; i < to; i++) {
    if (rows[i].depth === parentDepth + 1 && rows[i].startTime > span.startTime) return i;
  }
  return to;
}

/**
 * The rows left on screen when the subtrees of `collapsed` are folded: a collapsed span stays, its
 * descendants (the rows after it that are deeper) go.
 */
export function visibleRows<S extends TreeSpan>(rows: readonly S[], collapsed: ReadonlySet<string>): readonly S[] {
  if (collapsed.size === 0) return rows;
  const out: S[] = [];
  for (let i = 0; i < rows.length; i++) {
    out.push(rows[i]);
    if (collapsed.has(rows[i].id)) i = subtreeEnd(rows, i) - 1;
  }
  return out;
}

/** Whether rows[i] has children among the loaded rows (depth-first: the next row is deeper). */
export const hasChildren = (rows: readonly TreeSpan[], i: number): boolean => i + 1 < rows.length && rows[i + 1].depth > rows[i].depth;

/** The ids of the loaded ancestors of rows[i], nearest first: the rows before it, each shallower than the last. */
export function ancestorsOf(rows: readonly TreeSpan[], i: number): string[] {
  const out: string[] = [];
  let depth = rows[i].depth;
  for (let j = i - 1; j >= 0 && depth > 0; j--) {
    if (rows[j].depth < depth) {
      out.push(rows[j].id);
      depth = rows[j].depth;
    }
  }
  return out;
}
