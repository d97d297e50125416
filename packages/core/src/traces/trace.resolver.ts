import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/service.context';
import { TraceError } from './error.type';
import { Metric } from './metric.type';
import { toProject } from '../projects/project.service';
import { Project } from '../projects/project.type';
import { SystemInfo } from './system-info.type';
import { UserInteraction } from './user-interaction.type';
import { toMetric, toSystemInfo, toTraceError, toUserInteraction } from './trace.mapper';
import { deleteTrace, getTrace, listTraces } from './trace.service';
import { DeletePayload, Trace, TraceConnection, TraceFilter, TraceOrder } from './trace.type';
import { traceLoaders } from './trace.loaders';
import { projectLoaders } from '../projects/project.loaders';

// Field resolvers below run only for traces the caller was already allowed to load, so they
// need no access check of their own; each goes through a per-request loader.
@Resolver(() => Trace)
export class TraceResolver {
  @Query(() => TraceConnection, { description: "A project's traces, newest first unless ordered otherwise" })
  traces(
    @Ctx() ctx: RequestContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('filter', () => TraceFilter, { nullable: true }) filter?: TraceFilter,
    @Arg('orderBy', () => TraceOrder, { nullable: true }) orderBy?: TraceOrder,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listTraces(ctx, projectId, filter, orderBy, first, after);
  }

  @Query(() => Trace, { description: 'One trace, by its id or, for a trace sent over OTLP, its OpenTelemetry trace id (32 hex characters)' })
  trace(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return getTrace(ctx, id);
  }

  @Mutation(() => DeletePayload, { description: 'Deletes a trace and everything recorded under it (admin keys)' })
  deleteTrace(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return deleteTrace(ctx, id);
  }

  @FieldResolver(() => Project)
  async project(@Ctx() ctx: RequestContext, @Root() trace: Trace) {
    return toProject((await projectLoaders(ctx).projectById.load(trace.projectId))!);
  }

  @FieldResolver(() => [TraceError])
  async errors(@Ctx() ctx: RequestContext, @Root() trace: Trace) {
    return (await traceLoaders(ctx).errorsByTrace.load(trace.id)).map(toTraceError);
  }

  @FieldResolver(() => [Metric])
  async metrics(@Ctx() ctx: RequestContext, @Root() trace: Trace) {
    return (await traceLoaders(ctx).metricsByTrace.load(trace.id)).map(toMetric);
  }

  @FieldResolver(() => [UserInteraction])
  async userInteractions(@Ctx() ctx: RequestContext, @Root() trace: Trace) {
    return (await traceLoaders(ctx).userInteractionsByTrace.load(trace.id)).map(toUserInteraction);
  }

  @FieldResolver(() => SystemInfo, { nullable: true })
  async systemInfo(@Ctx() ctx: RequestContext, @Root() trace: Trace) {
    const row = await traceLoaders(ctx).systemInfoByTrace.load(trace.id);
    return row ? toSystemInfo(row) : null;
  }
}
