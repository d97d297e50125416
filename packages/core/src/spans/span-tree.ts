/** The minimum a span needs to be placed in a tree. */
export type TreeInput = { id: string; parentId: string | null; kind: string; startTime: Date; stepIndex?: number | null };

export type TreePlacement = {
  depth: number;
  ancestorIds: string[];
  childIds: string[];
  /** The nearest enclosing span of kind 'agent', if any. */
  agentId: string | null;
};

/** Siblings by start time, then step index, then id. */
export const bySiblingOrder = (a: TreeInput, b: TreeInput) =>
  a.startTime.getTime() - b.startTime.getTime() ||
  (a.stepIndex ?? Number.MAX_SAFE_INTEGER) - (b.stepIndex ?? Number.MAX_SAFE_INTEGER) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Orders spans depth-first, siblings by start time. A span whose parent is absent (not sent yet,
 * or in another trace) is shown as a root rather than hidden; a parent cycle is broken where it
 * is first met, so every span appears exactly once.
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
    const stack: { span: T; ancestors: string[]; agentId: string | null }[] = [{ span: root, ancestors: [], agentId: null }];
    while (stack.length) {
      const { span, ancestors, agentId } = stack.pop()!;
      if (visited.has(span.id)) continue;
      visited.add(span.id);
      const kids = (children.get(span.id) ?? []).filter((c) => !visited.has(c.id));
      out.push({ span, placement: { depth: ancestors.length, ancestorIds: ancestors, childIds: kids.map((k) => k.id), agentId } });
      const nextAncestors = [...ancestors, span.id];
      const nextAgent = span.kind === 'agent' ? span.id : agentId;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ span: kids[i], ancestors: nextAncestors, agentId: nextAgent });
    }
  };
  for (const r of roots) walk(r);
  // Whatever is left sits on a parent cycle with no way in from a root.
  for (const s of [...spans].sort(bySiblingOrder)) if (!visited.has(s.id)) walk(s);
  return out;
}
