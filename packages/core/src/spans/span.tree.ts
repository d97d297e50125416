/** The minimum a span needs to be placed in a tree. */
export type TreeInput = { id: string; parentId: string | null; kind: string; startTime: Date; stepIndex?: number | null };

export type TreePlacement = {
  depth: number;
  /** Ancestors from the root down, built on first read (see treePlacement). */
  readonly ancestorIds: string[];
  childIds: string[];
  /** The nearest enclosing span of kind 'agent', if any. */
  agentId: string | null;
};

/**
 * A span's ancestors as an immutable linked list, nearest first. A child's list is one cell on
 * top of its parent's, so placing a whole tree costs one cell per span however deep it is.
 */
export type Lineage = { readonly id: string; readonly up: Lineage } | null;

/** How many ancestors a span of an API answer lists: real agent trees are far shallower, and a deep chain would otherwise make every page quadratic. */
export const MAX_ANCESTOR_IDS = 100;

/** The ids of a lineage, root first; only the `limit` nearest when it is longer. */
function ancestorsOf(lineage: Lineage, limit = Infinity): string[] {
  const out: string[] = [];
  for (let l = lineage; l && out.length < limit; l = l.up) out.push(l.id);
  return out.reverse();
}

// Kept beside the placement rather than on it, so that a placement stays a plain record.
const lineages = new WeakMap<TreePlacement, Lineage>();

/**
 * At most `limit` of a placement's ancestors, the nearest ones, root-most first: what an API
 * answer can afford for every span of a page however deep the tree goes.
 */
export function nearestAncestorIds(p: TreePlacement, limit: number): string[] {
  const lineage = lineages.get(p);
  return lineage === undefined ? p.ancestorIds.slice(-limit) : ancestorsOf(lineage, limit);
}

/**
 * A placement whose ancestorIds are built from the lineage when first read: a caller that only
 * needs depth, children or the agent never pays for whole ancestor arrays, which would make a
 * deep chain quadratic.
 */
export function treePlacement(depth: number, lineage: Lineage, childIds: string[], agentId: string | null): TreePlacement {
  let ancestors: string[] | undefined;
  const placement: TreePlacement = {
    depth,
    get ancestorIds() {
      return (ancestors ??= ancestorsOf(lineage));
    },
    childIds,
    agentId,
  };
  lineages.set(placement, lineage);
  return placement;
}

/** Siblings by start time, then step index, then id. */
export const bySiblingOrder = (a: TreeInput, b: TreeInput) =>
  a.startTime.getTime() - b.startTime.getTime() ||
  (a.stepIndex ?? Number.MAX_SAFE_INTEGER) - (b.stepIndex ?? Number.MAX_SAFE_INTEGER) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A whole tree in depth-first order as flat arrays indexed by position: a few bytes per span
 * whatever the tree's shape, so a 100,000-span trace is placed without an object per span.
 */
export type PlacedTree = {
  /** The input index of the span at each position. */
  order: Int32Array;
  depth: Int32Array;
  /** The position of each span's parent, -1 for a root. */
  parent: Int32Array;
  /** The position of the nearest enclosing span of kind 'agent', -1 when none. */
  agent: Int32Array;
  /** The children of position p, in tree order, are childPos[childStart[p]] up to childPos[childStart[p + 1]]. */
  childStart: Int32Array;
  childPos: Int32Array;
};

/** Sibling groups up to this size are sorted by insertion, in place. */
const SMALL_SORT = 16;

/**
 * Places spans depth-first, siblings by start time (see orderSpanTree for the rules). Ids are
 * unique, as a primary key makes them. Linear apart from sorting siblings.
 */
export function placeTree(spans: readonly TreeInput[]): PlacedTree {
  const n = spans.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(spans[i].id, i);
  // Sort keys read once: comparing Dates would call getTime() n log n times.
  const startMs = new Float64Array(n);
  const step = new Float64Array(n);
  const parentIdx = new Int32Array(n).fill(-1);
  const isAgent = new Uint8Array(n);
  const kidCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const s = spans[i];
    startMs[i] = s.startTime.getTime();
    step[i] = s.stepIndex ?? Number.MAX_SAFE_INTEGER;
    isAgent[i] = s.kind === 'agent' ? 1 : 0;
    const p = s.parentId && s.parentId !== s.id ? index.get(s.parentId) : undefined;
    if (p !== undefined) {
      parentIdx[i] = p;
      kidCount[p + 1]++;
    }
  }
  const bySibling = (a: number, b: number) =>
    startMs[a] - startMs[b] || step[a] - step[b] || (spans[a].id < spans[b].id ? -1 : spans[a].id > spans[b].id ? 1 : 0);
  // Children by input index, grouped by parent (counting sort), then each group in sibling order.
  for (let i = 0; i < n; i++) kidCount[i + 1] += kidCount[i];
  const kidStart = kidCount;
  const kids = new Int32Array(kidStart[n]);
  const fill = kidStart.slice(0, n);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    if (parentIdx[i] >= 0) kids[fill[parentIdx[i]]++] = i;
    else roots.push(i);
  }
  for (let p = 0; p < n; p++) {
    const [from, to] = [kidStart[p], kidStart[p + 1]];
    if (to - from > SMALL_SORT) kids.set(Array.from(kids.subarray(from, to)).sort(bySibling), from);
    else {
      // Most spans have a handful of children: sorted in place, without an array per parent.
      for (let k = from + 1; k < to; k++) {
        const v = kids[k];
        let j = k - 1;
        for (; j >= from && bySibling(kids[j], v) > 0; j--) kids[j + 1] = kids[j];
        kids[j + 1] = v;
      }
    }
  }
  roots.sort(bySibling);

  const order = new Int32Array(n);
  const depth = new Int32Array(n);
  const parent = new Int32Array(n);
  const agent = new Int32Array(n);
  const visited = new Uint8Array(n);
  // An explicit stack of (input index, parent position): agent trees can be deep enough to overflow recursion.
  const stackIdx = new Int32Array(n);
  const stackParent = new Int32Array(n);
  let pos = 0;
  const walk = (root: number) => {
    let sp = 0;
    stackIdx[sp] = root;
    stackParent[sp++] = -1;
    while (sp) {
      const i = stackIdx[--sp];
      const pp = stackParent[sp];
      if (visited[i]) continue;
      visited[i] = 1;
      const p = pos++;
      order[p] = i;
      parent[p] = pp;
      depth[p] = pp < 0 ? 0 : depth[pp] + 1;
      agent[p] = pp < 0 ? -1 : isAgent[order[pp]] ? pp : agent[pp];
      for (let k = kidStart[i + 1] - 1; k >= kidStart[i]; k--) {
        if (visited[kids[k]]) continue;
        stackIdx[sp] = kids[k];
        stackParent[sp++] = p;
      }
    }
  };
  for (const r of roots) walk(r);
  // Whatever is left sits on a parent cycle with no way in from a root.
  if (pos < n) {
    const left = Array.from({ length: n }, (_, i) => i).filter((i) => !visited[i]);
    for (const i of left.sort(bySibling)) if (!visited[i]) walk(i);
  }

  // Children by position: a span's children are the spans placed with it as parent, already in tree order.
  const childStart = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) if (parent[p] >= 0) childStart[parent[p] + 1]++;
  for (let p = 0; p < n; p++) childStart[p + 1] += childStart[p];
  const childPos = new Int32Array(childStart[n]);
  const next = childStart.slice(0, n);
  for (let p = 0; p < n; p++) if (parent[p] >= 0) childPos[next[parent[p]]++] = p;
  return { order, depth, parent, agent, childStart, childPos };
}

/**
 * Orders spans depth-first, siblings by start time. A span whose parent is absent (not sent yet,
 * or in another trace) is shown as a root rather than hidden; a parent cycle is broken where it
 * is first met, so every span appears exactly once. Linear apart from sorting siblings.
 */
export function orderSpanTree<T extends TreeInput>(spans: readonly T[]): { span: T; placement: TreePlacement }[] {
  const { order, depth, parent, agent, childStart, childPos } = placeTree(spans);
  const idAt = (p: number) => spans[order[p]].id;
  const lineageAt: Lineage[] = new Array<Lineage>(order.length);
  const out: { span: T; placement: TreePlacement }[] = new Array(order.length);
  for (let p = 0; p < order.length; p++) {
    lineageAt[p] = parent[p] < 0 ? null : { id: idAt(parent[p]), up: lineageAt[parent[p]] };
    const childIds: string[] = [];
    for (let k = childStart[p]; k < childStart[p + 1]; k++) childIds.push(idAt(childPos[k]));
    out[p] = { span: spans[order[p]], placement: treePlacement(depth[p], lineageAt[p], childIds, agent[p] < 0 ? null : idAt(agent[p])) };
  }
  return out;
}
