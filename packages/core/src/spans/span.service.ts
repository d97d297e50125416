import { badInput } from '../common/app.errors';
import type { RequestContext } from '../common/service.context';
import { traceLoaders } from '../traces/trace.loaders';
import { spanLoaders } from './span.loaders';
import type { SpanEntity } from './span.entity';
import { toSpanPage } from './span.mapper';
import { orderSpanTree } from './span.tree';
import type { Span } from './span.type';

/**
 * One page of a trace's spans in depth-first order, starting after the span `after`. The whole
 * trace is placed from its skeleton (a few columns per span); only the page's spans are read whole.
 */
export async function traceSpanPage(ctx: RequestContext, traceId: string, args: { first?: number | null; after?: string | null }): Promise<Span[]> {
  const max = ctx.config.limits.maxSpansPerPage;
  const first = args.first ?? max;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw badInput(`\`first\` must be 0 to ${max} (MAX_SPANS_PER_PAGE)`, { argumentName: 'first', maxPageSize: max });
  }
  const ordered = orderSpanTree(await spanLoaders(ctx).skeletonByTrace.load(traceId));
  let start = 0;
  if (args.after != null) {
    start = ordered.findIndex((o) => o.span.id === args.after) + 1;
    if (start === 0) throw badInput(`\`after\` must be the id of a span of trace ${traceId}`, { argumentName: 'after' });
  }
  const end = Math.min(ordered.length, start + first);
  const [rows, metrics, interactions] = await Promise.all([
    spanLoaders(ctx).spanById.loadMany(ordered.slice(start, end).map((o) => o.span.id)),
    traceLoaders(ctx).metricsByTrace.load(traceId),
    traceLoaders(ctx).userInteractionsByTrace.load(traceId),
  ]);
  const byId = new Map<string, SpanEntity>();
  for (const r of rows) if (r && !(r instanceof Error)) byId.set(r.id, r);
  return toSpanPage(ordered, { start, end }, byId, metrics, interactions);
}
