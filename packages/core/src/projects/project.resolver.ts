import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { QUERY_COST } from '../common/query-cost.util';
import type { RequestContext } from '../common/service.context';
import { createProject, getProject, getProjectByName, listProjects, updateProject } from './project.service';
import { CreateProjectInput, Project, ProjectConnection, ProjectTotals, UpdateProjectInput } from './project.type';
import { projectLoaders } from './project.loaders';

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

  @Query(() => Project, { description: 'A project by its name (names are unique), so a script can find the project it created on an earlier run' })
  projectByName(@Ctx() ctx: RequestContext, @Arg('name', () => String) name: string) {
    return getProjectByName(ctx, name);
  }

  @Mutation(() => Project, { description: 'Bootstrap admin only' })
  createProject(@Ctx() ctx: RequestContext, @Arg('input', () => CreateProjectInput) input: CreateProjectInput) {
    return createProject(ctx, input);
  }

  @Mutation(() => Project)
  updateProject(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput) {
    return updateProject(ctx, id, input);
  }

  @FieldResolver(() => ProjectTotals, {
    complexity: QUERY_COST.projectAggregate,
    description: 'All-time totals (AgentNeo ProjectInfo total_cost, total_tokens, duration)',
  })
  totals(@Ctx() ctx: RequestContext, @Root() project: Project) {
    return projectLoaders(ctx).projectTotals.load(project.id);
  }
}
