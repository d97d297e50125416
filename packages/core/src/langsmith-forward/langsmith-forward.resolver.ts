import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { QUERY_COST } from '../common/query-cost.util';
import type { RequestContext } from '../common/service.context';
import { toProject } from '../projects/project.service';
import { Project } from '../projects/project.type';
import { Trace } from '../traces/trace.type';
import { forwardingOf, projectForwardingOf, retryForwarding, updateProjectForwarding } from './langsmith-forward.service';
import { ProjectForwarding, ProjectForwardingInput, TraceForwarding } from './langsmith-forward.type';

@Resolver(() => Project)
export class ProjectForwardingResolver {
  @FieldResolver(() => ProjectForwarding, { complexity: QUERY_COST.counters, description: 'Forwarding of its traces to LangSmith' })
  forwarding(@Ctx() ctx: RequestContext, @Root() project: Project) {
    return projectForwardingOf(ctx, project.id, {
      langsmithForwarding: project.langsmithForwarding ?? null,
      langsmithProject: project.langsmithProject ?? null,
    });
  }

  @Mutation(() => Project, { description: 'Turns forwarding to LangSmith on or off for a project and names its LangSmith project (admin keys)' })
  async updateProjectForwarding(
    @Ctx() ctx: RequestContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input', () => ProjectForwardingInput) input: ProjectForwardingInput,
  ) {
    return toProject(await updateProjectForwarding(ctx, projectId, input));
  }

  @Mutation(() => Int, { description: "Queues a project's failed forwards again (all, or the given traces); returns how many (admin keys)" })
  retryForwarding(
    @Ctx() ctx: RequestContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('traceIds', () => [ID], { nullable: true }) traceIds?: string[],
  ) {
    return retryForwarding(ctx, projectId, traceIds);
  }
}

/** Where a trace stands in its forwarding to LangSmith. */
@Resolver(() => Trace)
export class TraceForwardingResolver {
  @FieldResolver(() => TraceForwarding, { nullable: true, description: 'Forwarding to LangSmith; null when the trace was never forwarded' })
  forwarding(@Ctx() ctx: RequestContext, @Root() trace: Trace) {
    return forwardingOf(ctx, trace.id);
  }
}
