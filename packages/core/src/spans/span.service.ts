import { badInput } from '../common/app.errors';
import type { RequestContext } from '../common/service.context';
import { traceLoaders } from '../traces/trace.loaders';
import { spanColumns, spanLoaders } from './span.loaders';
import { type SpanRow, spanPropertiesFor, toSpanPage } from './span.mapper';
import type { Span } from './span.type';
import { type TraceTree, toTraceTree, traceTreeCache } from './trace-tree.tree';

/** A trace's whole tree, placed once per version of the trace and process (see TraceTreeCache). */
async function traceTree(ctx: RequestContext, traceId: string): Promise<TraceTree> {
  const version = await spanLoaders(ctx).treeVersionByTrace.load(traceId);
  // A trace deleted since it was loaded has no spans left.
  if (version === null) return toTraceTree([]);
  return traceTreeCache(ctx.ds).get(traceId, version, () => spanLoaders(ctx).skeletonByTrace.load(traceId));
}

/**
 * One page of a trace's spans in depth-first order, starting after the span `after`. The whole
 * trace is placed from its skeleton (a few columns per span); the page's spans are read with the
 * columns `fields` (the span fields the query selects) need, and nothing else.
 */
export async function traceSpanPage(
  ctx: RequestContext,
  traceId: string,
  args: { first?: number | null; after?: string | null },
  fields: ReadonlySet<string>,
): Promise<Span[]> {
  const max = ctx.config.limits.maxSpansPerPage;
  const first = args.first ?? max;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw badInput(`\`first\` must be 0 to ${max} (MAX_SPANS_PER_PAGE)`, { argumentName: 'first', maxPageSize: max });
  }
  const tree = await traceTree(ctx, traceId);
  let start = 0;
  if (args.after != null) {
    start = tree.ids.indexOf(args.after) + 1;
    if (start === 0) throw badInput(`\`after\` must be the id of a span of trace ${traceId}`, { argumentName: 'after' });
  }
  const end = Math.min(tree.ids.length, start + first);
  const properties = spanPropertiesFor(fields, spanColumns(ctx.ds));
  const [rows, metrics, interactions] = await Promise.all([
    spanLoaders(ctx).spanRows(properties).loadMany(tree.ids.slice(start, end)),
    fields.has('feedbackStats') ? traceLoaders(ctx).metricsByTrace.load(traceId) : undefined,
    fields.has('userInteractionIds') ? traceLoaders(ctx).userInteractionsByTrace.load(traceId) : undefined,
  ]);
  const byId = new Map<string, SpanRow>();
  for (const r of rows) {
    if (r instanceof Error) throw r;
    // A row of another trace would be a span moved since the tree was read: it belongs to that trace's pages now.
    if (r && r.traceId === traceId) byId.set(r.id, r);
  }
  return toSpanPage(tree, { start, end }, byId, fields, { metrics, interactions });
}
