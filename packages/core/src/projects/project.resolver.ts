import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { ApiKey } from '../auth/api-key.type';
import { listApiKeys } from '../auth/api-key.service';
import { toApiKey } from '../auth/api-key.resolver';
import { createProject, getProject, listProjects, projectStats, updateProject } from './project.service';
import { CreateProjectInput, Project, ProjectConnection, ProjectStats, ProjectTotals, UpdateProjectInput } from './project.type';
import { projectTimeseries } from '../rollups/timeseries.service';
import { TimeseriesGroupBy, TimeseriesInterval, TimeseriesSeries } from '../rollups/timeseries.type';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'The projects the key can see, by name' })
  projects(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listProjects(ctx, first, after);
  }

  @Query(() => Project)
  project(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return getProject(ctx, id);
  }

  @Mutation(() => Project, { description: 'Bootstrap admin only' })
  createProject(@Ctx() ctx: RequestContext, @Arg('input', () => CreateProjectInput) input: CreateProjectInput) {
    return createProject(ctx, input);
  }

  @Mutation(() => Project)
  updateProject(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput) {
    return updateProject(ctx, id, input);
  }

  @FieldResolver(() => ProjectStats)
  stats(
    @Ctx() ctx: RequestContext,
    @Root() project: Project,
    @Arg('from', () => Date, { nullable: true, description: 'Default: 24 hours before `to`' }) from?: Date,
    @Arg('to', () => Date, { nullable: true, description: 'Default: now' }) to?: Date,
  ) {
    return projectStats(ctx, project.id, from, to);
  }

  @FieldResolver(() => [TimeseriesSeries], { description: 'Figures per hour or UTC day of the traces that started in from..to, for charts (at most 2,000 points)' })
  timeseries(
    @Ctx() ctx: RequestContext,
    @Root() project: Project,
    @Arg('interval', () => TimeseriesInterval) interval: TimeseriesInterval,
    @Arg('from', () => Date, { nullable: true, description: 'Default: 24 hours before `to`' }) from?: Date,
    @Arg('to', () => Date, { nullable: true, description: 'Default: now' }) to?: Date,
    @Arg('groupBy', () => TimeseriesGroupBy, { defaultValue: TimeseriesGroupBy.NONE }) groupBy?: TimeseriesGroupBy,
  ) {
    return projectTimeseries(ctx, project.id, { from, to, interval, groupBy });
  }

  @FieldResolver(() => ProjectTotals, { description: 'All-time totals (AgentNeo ProjectInfo total_cost, total_tokens, duration)' })
  totals(@Ctx() ctx: RequestContext, @Root() project: Project) {
    return ctx.loaders.projectTotals.load(project.id);
  }

  @FieldResolver(() => [ApiKey], { description: 'Admin keys only' })
  async apiKeys(@Ctx() ctx: RequestContext, @Root() project: Project) {
    return (await listApiKeys(ctx, project.id)).map(toApiKey);
  }
}
