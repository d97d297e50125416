import { bySiblingOrder, type Lineage, type TreeInput, type TreePlacement, treePlacement } from '../spans/span.tree';

/** Where a span sits, kept between calls so placing a batch walks each parent chain once. */
type Placed = { depth: number; lineage: Lineage; agentId: string | null; onCycle: boolean };

const ROOT: Placed = { depth: 0, lineage: null, agentId: null, onCycle: false };

/**
 * The shape of one trace's span tree (ids, parents, kinds, start times), kept by a live feed so
 * each event is placed in its tree without reading the whole trace again.
 */
export class SpanSkeleton {
  private readonly nodes = new Map<string, TreeInput>();
  private readonly children = new Map<string, Set<string>>();
  // Both caches are cleared only by upserts that change what they hold. Placements stay valid
  // while spans only finish or new leaves arrive under known parents, the usual live traffic.
  private readonly sortedKids = new Map<string, string[]>();
  private readonly placed = new Map<string, Placed>();

  upsert(n: TreeInput) {
    const node: TreeInput = { id: n.id, parentId: n.parentId, kind: n.kind, startTime: n.startTime, stepIndex: n.stepIndex ?? null };
    const old = this.nodes.get(n.id);
    const parentOf = (x: TreeInput | undefined) => (x?.parentId && x.parentId !== x.id ? x.parentId : null);
    const [oldParent, newParent] = [parentOf(old), parentOf(node)];
    if (oldParent && oldParent !== newParent) {
      this.children.get(oldParent)?.delete(n.id);
      this.sortedKids.delete(oldParent);
    }
    this.nodes.set(n.id, node);
    if (newParent) {
      const set = this.children.get(newParent);
      if (set) set.add(n.id);
      else this.children.set(newParent, new Set([n.id]));
      const moved = oldParent !== newParent;
      const resorted = !old || old.startTime.getTime() !== node.startTime.getTime() || old.stepIndex !== node.stepIndex;
      if (moved || resorted) this.sortedKids.delete(newParent);
    }
    // A new span is a leaf unless spans that named it as parent arrived first; only a move, a
    // kind turning into or out of 'agent', or adopting waiting children changes any placement.
    // Entries are never dropped one by one: the spans of a cycle are placed together, and one
    // placed again alone would read its cycle as a chain from the others.
    const reshaped = old ? oldParent !== newParent || (old.kind === 'agent') !== (node.kind === 'agent') : (this.children.get(n.id)?.size ?? 0) > 0;
    if (reshaped) this.placed.clear();
  }

  /** Child ids in sibling order, sorted once until a child arrives, leaves or changes its start. */
  private kids(id: string): string[] {
    const hit = this.sortedKids.get(id);
    if (hit) return hit;
    const set = this.children.get(id);
    if (!set) return [];
    const sorted = [...set]
      .map((k) => this.nodes.get(k)!)
      .sort(bySiblingOrder)
      .map((k) => k.id);
    this.sortedKids.set(id, sorted);
    return sorted;
  }

  /**
   * Places a known span, walking up only to the nearest span already placed. Each span of a
   * parent cycle sees the cycle from itself: its ancestry goes round once and stops before it.
   */
  private place(id: string): Placed {
    const hit = this.placed.get(id);
    if (hit) return hit;
    // Up the parent chain until a placed span, a root, or a span seen on this walk (a cycle).
    const chain: string[] = [];
    const onChain = new Map<string, number>();
    let top: Placed = ROOT;
    let cur = id;
    let cycleFrom = -1;
    for (;;) {
      onChain.set(cur, chain.length);
      chain.push(cur);
      const p = this.nodes.get(cur)!.parentId;
      if (!p || p === cur || !this.nodes.has(p)) {
        top = ROOT;
        chain.pop();
        this.placed.set(cur, ROOT);
        break;
      }
      const placedParent = this.placed.get(p);
      if (placedParent) {
        top = placedParent;
        break;
      }
      if (onChain.has(p)) {
        cycleFrom = onChain.get(p)!;
        break;
      }
      cur = p;
    }
    if (cycleFrom >= 0) {
      const cycle = chain.splice(cycleFrom);
      this.placeCycle(cycle);
      top = this.placed.get(cycle[0])!;
    }
    // Down again: each span is its parent plus one step.
    let parent = chain.length ? this.nodes.get(chain[chain.length - 1])!.parentId! : id;
    for (let i = chain.length - 1; i >= 0; i--) {
      const parentKind = this.nodes.get(parent)!.kind;
      top = { depth: top.depth + 1, lineage: { id: parent, up: top.lineage }, agentId: parentKind === 'agent' ? parent : top.agentId, onCycle: false };
      this.placed.set(chain[i], top);
      parent = chain[i];
    }
    return this.placed.get(id)!;
  }

  /** Places the spans of one parent cycle, given in parent order (each one's parent follows it). */
  private placeCycle(cycle: string[]) {
    const n = cycle.length;
    for (let i = 0; i < n; i++) {
      // Built from the far end so the nearest ancestor is the list head.
      let lineage: Lineage = null;
      for (let k = n - 1; k >= 1; k--) lineage = { id: cycle[(i + k) % n], up: lineage };
      let agentId: string | null = null;
      for (let k = 1; k < n && !agentId; k++) if (this.nodes.get(cycle[(i + k) % n])!.kind === 'agent') agentId = cycle[(i + k) % n];
      this.placed.set(cycle[i], { depth: n - 1, lineage, agentId, onCycle: true });
    }
  }

  /** Where a span sits now, as the trace query would place it (a span whose parent has not arrived is a root). */
  placement(id: string): TreePlacement {
    if (!this.nodes.has(id)) return treePlacement(0, null, [...this.kids(id)], null);
    const p = this.place(id);
    // On a cycle, the one child that is also an ancestor is shown only as the ancestor.
    const childIds = p.onCycle ? this.kids(id).filter((k) => !this.place(k).onCycle) : [...this.kids(id)];
    return treePlacement(p.depth, p.lineage, childIds, p.agentId);
  }

  /** The LLM and tool calls whose nearest agent is this one, in tree order. */
  agentChildren(agentId: string): { llmCallIds: string[]; toolCallIds: string[] } {
    const out = { llmCallIds: [] as string[], toolCallIds: [] as string[] };
    const seen = new Set([agentId]);
    const stack: string[] = [];
    const pushKids = (id: string) => {
      const kids = this.kids(id);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    };
    pushKids(agentId);
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const kind = this.nodes.get(id)!.kind;
      if (kind === 'llm') out.llmCallIds.push(id);
      else if (kind === 'tool') out.toolCallIds.push(id);
      // A nested agent is the nearest agent of everything under it.
      if (kind !== 'agent') pushKids(id);
    }
    return out;
  }
}
