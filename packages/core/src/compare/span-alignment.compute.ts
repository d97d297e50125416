import { isDeepStrictEqual } from 'node:util';

/** What alignment reads of a span: its place, its kind and name, and the values compared. */
export type AlignableSpan = {
  id: string;
  parentId: string | null;
  kind: string;
  name: string | null;
  model?: string | null;
} & Record<string, unknown>;

/** Two spans at the same place in two traces, or one span with no counterpart. */
export type AlignedPair<S extends AlignableSpan> = {
  /** Kind and name of each span from the root down to this one, e.g. ["agent:planner", "llm:gpt-4o"]. */
  path: string[];
  depth: number;
  a: S | null;
  b: S | null;
  /** Fields whose values differ, of COMPARED_FIELDS; empty when one side is missing. */
  differences: string[];
};

/**
 * The fields compared between aligned spans. Timings are left out: two runs never take the same
 * milliseconds, so durations are given as deltas rather than flagged.
 */
export const COMPARED_FIELDS = ['status', 'model', 'inputs', 'outputs', 'error', 'promptTokens', 'completionTokens', 'totalTokens', 'totalCost'] as const;

const keyOf = (s: AlignableSpan) => `${s.kind}:${s.name ?? s.model ?? ''}`;

/** Children by parent id (null: roots), in the order given (the API's: siblings by start time). */
function childrenOf<S extends AlignableSpan>(spans: readonly S[]): Map<string | null, S[]> {
  const ids = new Set(spans.map((s) => s.id));
  const out = new Map<string | null, S[]>();
  for (const s of spans) {
    // A span whose parent is not in the trace is placed as a root, as the tree view places it.
    const parent = s.parentId !== null && ids.has(s.parentId) ? s.parentId : null;
    const list = out.get(parent);
    if (list) list.push(s);
    else out.set(parent, [s]);
  }
  return out;
}

/** Each sibling's key with its occurrence among the siblings of the same key: "llm:gpt-4o#1" is the second. */
function occurrenceKeys<S extends AlignableSpan>(siblings: readonly S[]): string[] {
  const seen = new Map<string, number>();
  return siblings.map((s) => {
    const k = keyOf(s);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return `${k}#${n}`;
  });
}

function differences(a: AlignableSpan, b: AlignableSpan): string[] {
  // Values as the API gives them: JSON documents, numbers, strings; undefined and null are the same absence.
  return COMPARED_FIELDS.filter((f) => !isDeepStrictEqual(a[f] ?? null, b[f] ?? null));
}

/**
 * Aligns two span trees by path: siblings pair up when they have the same kind and name (or model)
 * and the same rank among the siblings that share them, recursively under each pair. Unpaired spans
 * keep their subtrees unpaired. The result is depth-first: A's order, with B's unpaired siblings
 * after A's.
 */
export function alignSpanTrees<S extends AlignableSpan>(a: readonly S[], b: readonly S[]): AlignedPair<S>[] {
  const aChildren = childrenOf(a);
  const bChildren = childrenOf(b);
  const out: AlignedPair<S>[] = [];

  const alone = (s: S, side: 'a' | 'b', path: string[], depth: number, children: Map<string | null, S[]>) => {
    const p = [...path, keyOf(s)];
    out.push({ path: p, depth, a: side === 'a' ? s : null, b: side === 'b' ? s : null, differences: [] });
    for (const c of children.get(s.id) ?? []) alone(c, side, p, depth + 1, children);
  };

  const visit = (aParent: string | null, bParent: string | null, path: string[], depth: number) => {
    const as = aChildren.get(aParent) ?? [];
    const bs = bChildren.get(bParent) ?? [];
    const bByKey = new Map(occurrenceKeys(bs).map((k, i) => [k, bs[i]]));
    const paired = new Set<S>();
    occurrenceKeys(as).forEach((k, i) => {
      const sa = as[i];
      const sb = bByKey.get(k);
      if (!sb) return alone(sa, 'a', path, depth, aChildren);
      paired.add(sb);
      const p = [...path, keyOf(sa)];
      out.push({ path: p, depth, a: sa, b: sb, differences: differences(sa, sb) });
      visit(sa.id, sb.id, p, depth + 1);
    });
    for (const sb of bs) if (!paired.has(sb)) alone(sb, 'b', path, depth, bChildren);
  };

  visit(null, null, [], 0);
  return out;
}
