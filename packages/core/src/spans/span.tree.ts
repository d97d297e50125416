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
 * Orders spans depth-first, siblings by start time. A span whose parent is absent (not sent yet,
 * or in another trace) is shown as a root rather than hidden; a parent cycle is broken where it
 * is first met, so every span appears exactly once. Linear apart from sorting siblings.
 */
export function orderSpanTree<T extends TreeInput>(spans: readonly T[]): { span: T; placement: TreePlacement }[] {
  const byId = new Map(spans.map((s) => [s.id, s]));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const s of spans) {
    if (s.parentId && s.parentId !== s.id && byId.has(s.parentId)) {
      const list = children.get(s.parentId);
      if (list) list.push(s);
      else children.set(s.parentId, [s]);
    } else {
      roots.push(s);
    }
  }
  for (const list of children.values()) list.sort(bySiblingOrder);
  roots.sort(bySiblingOrder);

  const out: { span: T; placement: TreePlacement }[] = [];
  const visited = new Set<string>();
  const walk = (root: T) => {
    // An explicit stack: agent trees can be deep enough to overflow recursion.
    const stack: { span: T; depth: number; lineage: Lineage; agentId: string | null }[] = [{ span: root, depth: 0, lineage: null, agentId: null }];
    while (stack.length) {
      const { span, depth, lineage, agentId } = stack.pop()!;
      if (visited.has(span.id)) continue;
      visited.add(span.id);
      const kids = (children.get(span.id) ?? []).filter((c) => !visited.has(c.id));
      out.push({
        span,
        placement: treePlacement(
          depth,
          lineage,
          kids.map((k) => k.id),
          agentId,
        ),
      });
      const next = { depth: depth + 1, lineage: { id: span.id, up: lineage }, agentId: span.kind === 'agent' ? span.id : agentId };
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ span: kids[i], ...next });
    }
  };
  for (const r of roots) walk(r);
  // Whatever is left sits on a parent cycle with no way in from a root.
  for (const s of [...spans].sort(bySiblingOrder)) if (!visited.has(s.id)) walk(s);
  return out;
}
