import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { QUERY_COST } from '../common/query-cost.util';
import type { RequestContext } from '../common/service.context';
import { Project } from '../projects/project.type';
import { Metric } from '../traces/metric.type';
import { DeletePayload } from '../traces/trace.type';
import { CreateFeedbackInput, FeedbackFilter, UpdateFeedbackInput } from './feedback.input';
import { feedbackLoaders } from './feedback.loaders';
import { createFeedback, deleteFeedback, listFeedback, updateFeedback } from './feedback.service';
import { FeedbackConnection, ScoreSummary } from './feedback.type';
import { scoreSummary } from './score-summary.service';

/** Scores from people and programs: written, changed, deleted and listed. */
@Resolver()
export class FeedbackResolver {
  @Query(() => FeedbackConnection, { description: "A project's scores (metrics of every source unless filtered), newest first" })
  feedback(
    @Ctx() ctx: RequestContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('filter', () => FeedbackFilter, { nullable: true }) filter?: FeedbackFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listFeedback(ctx, projectId, filter, first, after);
  }

  @Mutation(() => Metric, { description: 'Scores a trace or span (keys that may ingest into its project)' })
  createFeedback(@Ctx() ctx: RequestContext, @Arg('input', () => CreateFeedbackInput) input: CreateFeedbackInput) {
    return createFeedback(ctx, input);
  }

  @Mutation(() => Metric, { description: 'Changes feedback of source api or human: an admin key any, an ingest key its own' })
  updateFeedback(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('patch', () => UpdateFeedbackInput) patch: UpdateFeedbackInput) {
    return updateFeedback(ctx, id, patch);
  }

  @Mutation(() => DeletePayload, { description: 'Deletes feedback of source api or human: an admin key any, an ingest key its own' })
  deleteFeedback(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return deleteFeedback(ctx, id);
  }
}

// Metrics reach here only through traces, spans and queries that checked access already.
/** Who wrote a feedback, by name. */
@Resolver(() => Metric)
export class MetricAuthorResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "The name of the key that wrote this feedback ('admin' for the bootstrap admin); null for ingested and computed metrics",
  })
  async authorName(@Ctx() ctx: RequestContext, @Root() metric: Metric) {
    if (metric.authorKeyId) return (await feedbackLoaders(ctx).keyById.load(metric.authorKeyId))?.name ?? null;
    return metric.source === 'api' || metric.source === 'human' ? 'admin' : null;
  }
}

/** A project's score summary per key. */
@Resolver(() => Project)
export class ProjectScoreSummaryResolver {
  @FieldResolver(() => [ScoreSummary], { complexity: QUERY_COST.projectAggregate, description: 'Figures per score key over the scores recorded in from..to' })
  scoreSummary(
    @Ctx() ctx: RequestContext,
    @Root() project: Project,
    @Arg('from', () => Date, { nullable: true }) from?: Date,
    @Arg('to', () => Date, { nullable: true }) to?: Date,
    @Arg('keys', () => [String], { nullable: true }) keys?: string[],
    @Arg('sources', () => [String], { nullable: true, description: 'client, langsmith, api, human, worker, judge; all when left out' }) sources?: string[],
  ) {
    return scoreSummary(ctx, project.id, { from, to, keys, sources });
  }
}
