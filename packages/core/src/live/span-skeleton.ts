import { bySiblingOrder, type TreeInput, type TreePlacement } from '../spans/span-tree';

/**
 * The shape of one trace's span tree (ids, parents, kinds, start times), kept by a live feed so
 * each event is placed in its tree without reading the whole trace again.
 */
export class SpanSkeleton {
  private readonly nodes = new Map<string, TreeInput>();
  private readonly children = new Map<string, Set<string>>();

  upsert(n: TreeInput) {
    const node: TreeInput = { id: n.id, parentId: n.parentId, kind: n.kind, startTime: n.startTime, stepIndex: n.stepIndex ?? null };
    const old = this.nodes.get(n.id);
    if (old?.parentId && old.parentId !== n.parentId) this.children.get(old.parentId)?.delete(n.id);
    this.nodes.set(n.id, node);
    if (n.parentId && n.parentId !== n.id) {
      const set = this.children.get(n.parentId);
      if (set) set.add(n.id);
      else this.children.set(n.parentId, new Set([n.id]));
    }
  }

  private kids(id: string): TreeInput[] {
    const set = this.children.get(id);
    if (!set) return [];
    return [...set].map((k) => this.nodes.get(k)!).sort(bySiblingOrder);
  }

  /** Where a span sits now, as the trace query would place it (a span whose parent has not arrived is a root). */
  placement(id: string): TreePlacement {
    const ancestors: string[] = [];
    const seen = new Set([id]);
    let agentId: string | null = null;
    let parent = this.nodes.get(id)?.parentId;
    while (parent && !seen.has(parent) && this.nodes.has(parent)) {
      seen.add(parent);
      ancestors.push(parent);
      if (!agentId && this.nodes.get(parent)!.kind === 'agent') agentId = parent;
      parent = this.nodes.get(parent)!.parentId;
    }
    ancestors.reverse();
    return { depth: ancestors.length, ancestorIds: ancestors, childIds: this.kids(id).filter((k) => !seen.has(k.id)).map((k) => k.id), agentId };
  }

  /** The LLM and tool calls whose nearest agent is this one, in tree order. */
  agentChildren(agentId: string): { llmCallIds: string[]; toolCallIds: string[] } {
    const out = { llmCallIds: [] as string[], toolCallIds: [] as string[] };
    const seen = new Set([agentId]);
    const stack = this.kids(agentId).reverse();
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      if (n.kind === 'llm') out.llmCallIds.push(n.id);
      else if (n.kind === 'tool') out.toolCallIds.push(n.id);
      // A nested agent is the nearest agent of everything under it.
      if (n.kind !== 'agent') stack.push(...this.kids(n.id).reverse());
    }
    return out;
  }
}
