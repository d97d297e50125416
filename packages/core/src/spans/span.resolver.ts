import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/service.context';
import { traceLoaders } from '../traces/trace.loaders';
import { Trace } from '../traces/trace.type';
import { spanLoaders } from './span.loaders';
import { toSpanTree } from './span.mapper';
import { Span } from './span.type';

/** A trace's spans, placed in their tree. */
@Resolver(() => Trace)
export class TraceSpansResolver {
  @FieldResolver(() => [Span], { description: 'Every span, depth-first with siblings by start time' })
  async spans(@Ctx() ctx: RequestContext, @Root() trace: Trace) {
    const [rows, metrics, interactions] = await Promise.all([
      spanLoaders(ctx).spansByTrace.load(trace.id),
      traceLoaders(ctx).metricsByTrace.load(trace.id),
      traceLoaders(ctx).userInteractionsByTrace.load(trace.id),
    ]);
    return toSpanTree(rows, metrics, interactions);
  }
}
