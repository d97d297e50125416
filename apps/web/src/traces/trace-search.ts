/** What search reads of a span: its name, kind, status, model, error, inputs and outputs. */
export type SearchableSpan = {
  __typename?: string;
  id: string;
  name?: string | null;
  runType?: string;
  status?: string;
  model?: string | null;
  provider?: string | null;
  error?: string | null;
  errorType?: string | null;
  inputs?: unknown;
  outputs?: unknown;
};

const KINDS: Record<string, string> = { AgentCall: 'agent', LLMCall: 'llm', ToolCall: 'tool' };

// A span's text is built once per version of it (a live update is a new object), not on every keystroke:
// stringifying the inputs of 10,000 spans each time would stall typing.
const texts = new WeakMap<object, string>();

/** The lowercase text search matches a span against. */
export function searchText(span: SearchableSpan): string {
  let text = texts.get(span);
  if (text === undefined) {
    const payload = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
    text = [
      span.name,
      span.__typename && KINDS[span.__typename],
      span.runType,
      span.status,
      span.provider,
      span.model,
      span.errorType,
      span.error,
      payload(span.inputs),
      payload(span.outputs),
    ]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    texts.set(span, text);
  }
  return text;
}

/** The ids of the spans matching a query, in row order; every word of the query must occur (any case). */
export function findMatches(rows: readonly SearchableSpan[], query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return rows
    .filter((s) => {
      const text = searchText(s);
      return words.every((w) => text.includes(w));
    })
    .map((s) => s.id);
}

/** The match to go to from `current` (an index into `matches`, -1 for none yet), one step forward or back, wrapping. */
export function stepMatch(count: number, current: number, back: boolean): number {
  if (count === 0) return -1;
  if (current < 0) return back ? count - 1 : 0;
  return (current + (back ? count - 1 : 1)) % count;
}

/**
 * The rows kept when showing only matches: each match with its ancestors, so it stays in its place in
 * the tree. Rows are depth-first: the ancestors of a row are the open path above it.
 */
export function matchesInTree<S extends { id: string; depth: number }>(rows: readonly S[], matchIds: ReadonlySet<string>): S[] {
  const keep = new Set<number>();
  const path: number[] = [];
  rows.forEach((row, i) => {
    while (path.length && rows[path[path.length - 1]].depth >= row.depth) path.pop();
    if (matchIds.has(row.id)) {
      for (const p of path) keep.add(p);
      keep.add(i);
    }
    path.push(i);
  });
  return rows.filter((_, i) => keep.has(i));
}
