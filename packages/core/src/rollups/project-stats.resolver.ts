import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { QUERY_COST } from '../common/query-cost.util';
import type { RequestContext } from '../common/service.context';
import { Project } from '../projects/project.type';
import { projectStats } from './project-stats.service';
import { ProjectStats } from './project-stats.type';
import { projectTimeseries } from './timeseries.service';
import { TimeseriesGroupBy, TimeseriesInterval, TimeseriesSeries } from './timeseries.type';

/** A project's figures over time, read from the rollups. */
@Resolver(() => Project)
export class ProjectStatsResolver {
  @FieldResolver(() => ProjectStats, { complexity: QUERY_COST.rangeAggregate })
  stats(
    @Ctx() ctx: RequestContext,
    @Root() project: Project,
    @Arg('from', () => Date, { nullable: true, description: "Default: the project's first trace (all time)" }) from?: Date,
    @Arg('to', () => Date, { nullable: true, description: 'Default: now, or the last trace if a client clock put it later' }) to?: Date,
  ) {
    return projectStats(ctx, project.id, from, to);
  }

  @FieldResolver(() => [TimeseriesSeries], {
    // The series are one per model at most, few in any range: counted once, not as a page of series.
    complexity: ({ childComplexity }) => QUERY_COST.rangeAggregate + childComplexity,
    description: 'Figures per hour or UTC day of the traces that started in from..to, for charts (at most 2,000 points)',
  })
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
}
