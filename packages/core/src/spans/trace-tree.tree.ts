import type { DataSource } from 'typeorm';
import { type PlacedTree, placeTree, type TreeInput } from './span.tree';

/**
 * A trace's whole tree as the span pages read it: ids in depth-first order beside flat arrays
 * (see PlacedTree), about 90 bytes a span, so a client paging through a 100,000-span trace finds it
 * placed once instead of once per page.
 */
export type TraceTree = Omit<PlacedTree, 'order'> & {
  /** Span ids in tree order: position p is ids[p]. */
  ids: string[];
  /** Kinds by position: 0 agent, 1 LLM call, 2 tool call. */
  kinds: Uint8Array;
};

const KIND_CODES: Record<string, number> = { agent: 0, llm: 1, tool: 2 };

/** Places a trace's skeleton (the rows of all its spans, a few columns each). */
export function toTraceTree(spans: readonly TreeInput[]): TraceTree {
  const { order, ...placed } = placeTree(spans);
  const ids = new Array<string>(order.length);
  const kinds = new Uint8Array(order.length);
  for (let p = 0; p < order.length; p++) {
    const s = spans[order[p]];
    ids[p] = s.id;
    kinds[p] = KIND_CODES[s.kind] ?? 0;
  }
  return { ...placed, ids, kinds };
}

/**
 * How many spans the placed trees of one process hold at most, all traces together: about 45 MB.
 * Enough for the traces being paged through at any moment; the least recently read go first.
 */
const MAX_CACHED_SPANS = 500_000;

/**
 * Placed trees kept between requests, each under the version of its trace it was read at: the
 * trace's span sequence, which every write of a span moves on (ingestion, LangSmith runs and
 * their re-kinding alike), and its creation time, since a trace deleted and sent again counts
 * its sequence from zero. The version is read before the spans, so a tree is never older than
 * its version says; a request that finds its trace's version moved on places the tree again, so
 * a client paging through a changing trace sees what a fresh read would give.
 */
export class TraceTreeCache {
  // A Map iterates in insertion order: re-inserting on each hit makes the first entry the least recently used.
  private readonly entries = new Map<string, { version: string; tree: TraceTree }>();
  // Concurrent requests for the same trace and version (a client fetching pages in parallel) share one read.
  private readonly reading = new Map<string, Promise<TraceTree>>();
  private spans = 0;

  constructor(private readonly maxSpans = MAX_CACHED_SPANS) {}

  /** The tree of `traceId` at `version`, from the cache or placed from what `read` returns. */
  async get(traceId: string, version: string, read: () => Promise<readonly TreeInput[]>): Promise<TraceTree> {
    const hit = this.entries.get(traceId);
    if (hit?.version === version) {
      this.entries.delete(traceId);
      this.entries.set(traceId, hit);
      return hit.tree;
    }
    const key = `${traceId} ${version}`;
    let pending = this.reading.get(key);
    if (!pending) {
      pending = read()
        .then((rows) => {
          const tree = toTraceTree(rows);
          this.put(traceId, version, tree);
          return tree;
        })
        .finally(() => this.reading.delete(key));
      this.reading.set(key, pending);
    }
    return pending;
  }

  private put(traceId: string, version: string, tree: TraceTree) {
    const old = this.entries.get(traceId);
    if (old) {
      this.entries.delete(traceId);
      this.spans -= old.tree.ids.length;
    }
    if (tree.ids.length > this.maxSpans) return;
    this.entries.set(traceId, { version, tree });
    this.spans += tree.ids.length;
    for (const [id, e] of this.entries) {
      if (this.spans <= this.maxSpans) break;
      this.entries.delete(id);
      this.spans -= e.tree.ids.length;
    }
  }
}

// One cache per data source: test servers sharing a process each have their own database.
const caches = new WeakMap<DataSource, TraceTreeCache>();

/** The placed-tree cache of the process for this database. */
export function traceTreeCache(ds: DataSource): TraceTreeCache {
  let cache = caches.get(ds);
  if (!cache) caches.set(ds, (cache = new TraceTreeCache()));
  return cache;
}
