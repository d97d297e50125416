import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import { AppError } from '../common/app.errors';
import type { ErrorEntity } from '../traces/error.entity';
import { TraceError } from '../traces/error.type';
import { Span } from '../spans/span.type';
import { TraceFilter } from '../traces/trace.type';
import { Lagged } from './live.stream';
import { Metric } from '../traces/metric.type';
import { toMetric, toTrace, toTraceError } from '../traces/trace.mapper';
import { Trace } from '../traces/trace.type';
import { MetricsComputed, TraceUpdate } from './live.type';
import type { MetricsEvent, TraceEvent } from './project.feed';
import { type LiveContext, tailSpans, watchErrors, watchMetrics, watchTraces } from './live.service';
import { traceLoaders } from '../traces/trace.loaders';

type SubscribeData<A> = { args: A; context: LiveContext };

/** Ends a subscription whose connection fell behind with SUBSCRIBER_LAGGED and where to resume. */
function unwrap<T>(payload: T | Lagged): T {
  if (payload instanceof Lagged) {
    throw new AppError('SUBSCRIBER_LAGGED', 'This subscription fell too far behind and was ended; subscribe again with since: resumeFrom', {
      resumeFrom: payload.resumeFrom,
    });
  }
  return payload;
}

const SINCE_SPANS =
  'Resume point: a span sequence number (Span.sequence) to receive what came after it, or an ISO-8601 time to receive spans ingested since then; the backlog comes first, then live spans, without duplicates';

@Resolver()
export class LiveResolver {
  @Subscription(() => Span, {
    description: "The live tail of a trace: each agent, LLM and tool call as it is ingested or updated, in the trace's ingestion order",
    subscribe: ({ args, context }: SubscribeData<{ traceId: string; since?: string | null }>) => tailSpans(context, args.traceId, args.since),
  })
  spanAdded(
    @Root() payload: Span | Lagged,
    @Arg('traceId', () => ID) _traceId: string,
    @Arg('since', () => String, { nullable: true, description: SINCE_SPANS }) _since?: string,
  ): Span {
    return unwrap(payload);
  }

  @Subscription(() => TraceUpdate, {
    description: "A project's traces as they are created, updated or completed, with their current totals",
    subscribe: ({ args, context }: SubscribeData<{ projectId: string; filter?: TraceFilter | null; since?: string | null }>) =>
      watchTraces(context, args.projectId, args.filter, args.since),
  })
  traceUpdated(
    @Root() payload: TraceEvent | Lagged,
    @Arg('projectId', () => ID) _projectId: string,
    @Arg('filter', () => TraceFilter, { nullable: true, description: 'The fields of the traces query filter, applied to each update' }) _filter?: TraceFilter,
    @Arg('since', () => String, { nullable: true, description: 'ISO-8601 time: first the traces changed since then, in their current state' }) _since?: string,
  ): TraceUpdate {
    const { change, trace } = unwrap(payload);
    return Object.assign(new TraceUpdate(), { change, trace: toTrace(trace), cursor: trace.updatedAt.toISOString() });
  }

  @Subscription(() => TraceError, {
    description: 'Errors recorded in a project, as they are ingested',
    subscribe: ({ args, context }: SubscribeData<{ projectId: string; since?: string | null }>) => watchErrors(context, args.projectId, args.since),
  })
  errorRaised(
    @Root() payload: ErrorEntity | Lagged,
    @Arg('projectId', () => ID) _projectId: string,
    @Arg('since', () => String, { nullable: true, description: 'ISO-8601 time: first the errors stored since then' }) _since?: string,
  ): TraceError {
    return toTraceError(unwrap(payload));
  }

  @Subscription(() => MetricsComputed, {
    description: "The worker stored a trace's metrics (operational, agent and judged); select trace and metrics for their values",
    subscribe: ({ args, context }: SubscribeData<{ projectId: string }>) => watchMetrics(context, args.projectId),
  })
  metricComputed(@Root() payload: MetricsEvent | Lagged, @Arg('projectId', () => ID) _projectId: string): MetricsComputed {
    const e = unwrap(payload);
    return Object.assign(new MetricsComputed(), { projectId: e.projectId, traceId: e.traceId, metricNames: e.names, computedAt: e.computedAt });
  }
}

// The event carries ids only; these read the current rows, through the per-event loaders.
@Resolver(() => MetricsComputed)
export class MetricsComputedResolver {
  @FieldResolver(() => Trace, { nullable: true, description: 'Null when the trace was deleted meanwhile' })
  async trace(@Ctx() ctx: LiveContext, @Root() e: MetricsComputed) {
    const row = await traceLoaders(ctx).traceById.load(e.traceId);
    return row && row.projectId === e.projectId ? toTrace(row) : null;
  }

  @FieldResolver(() => [Metric], { description: "All the trace's metrics now" })
  async metrics(@Ctx() ctx: LiveContext, @Root() e: MetricsComputed) {
    return (await traceLoaders(ctx).metricsByTrace.load(e.traceId)).filter((m) => m.projectId === e.projectId).map(toMetric);
  }
}
