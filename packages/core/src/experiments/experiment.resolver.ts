import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AppError } from '../common/app.errors';
import { QUERY_COST } from '../common/query-cost.util';
import type { RequestContext } from '../common/service.context';
import { spanFieldNames } from '../compare/trace-compare.resolver';
import { compareTraces } from '../compare/trace-compare.service';
import { TraceComparison } from '../compare/trace-compare.type';
import type { LiveContext } from '../live/live.service';
import { Lagged } from '../live/live.stream';
import { toMetric, toTrace } from '../traces/trace.mapper';
import { traceLoaders } from '../traces/trace.loaders';
import { Metric } from '../traces/metric.type';
import { Trace } from '../traces/trace.type';
import { ExperimentRunEntity } from '../datasets/experiment.entity';
import { db } from '../common/transaction.util';
import { Dataset } from '../datasets/dataset.type';
import { ScoreSummary } from '../feedback/feedback.type';
import { promptLoaders } from '../prompts/prompt.loaders';
import { toPromptVersion } from '../prompts/prompt.mapper';
import { PromptVersion } from '../prompts/prompt.type';
import { datasetExperiments, datasetScoreSummary } from './dataset-experiments.service';
import { compareExperiments, pageExamples } from './experiment-compare.service';
import { datasetLeaderboard, MAX_RANKED, promptVersionTrend } from './experiment-leaderboard.service';
import { watchExperiment } from './experiment-live.service';
import type { ExperimentMessage } from './experiment.events';
import { CreateExperimentInput } from './experiment.input';
import { exampleKey, experimentLoaders } from './experiment.loaders';
import { toExperiment, toExperimentRun } from './experiment.mapper';
import { cancelExperiment, createExperiment, deleteExperiment, listExperiments, listRuns, visibleExperiment } from './experiment.service';
import {
  ExampleComparison,
  Experiment,
  ExperimentComparison,
  ExperimentConnection,
  ExperimentDataset,
  ExperimentExample,
  ExperimentRun,
  ExperimentRunConnection,
  ExperimentRunStatusEnum,
  ExperimentSummary,
  ExperimentUpdate,
  LeaderboardEntry,
  PromptVersionTrendPoint,
  TrendBucketEnum,
} from './experiment.type';

type SubscribeData<A> = { args: A; context: LiveContext };

@Resolver(() => Experiment)
export class ExperimentResolver {
  @Query(() => ExperimentConnection, { description: "A project's experiments, newest first; of one dataset with datasetId" })
  experiments(
    @Ctx() ctx: RequestContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('datasetId', () => ID, { nullable: true }) datasetId?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listExperiments(ctx, projectId, { datasetId, first, after });
  }

  @Query(() => Experiment)
  async experiment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return toExperiment(await visibleExperiment(ctx, id));
  }

  @Query(() => [LeaderboardEntry], {
    complexity: ({ childComplexity }) => QUERY_COST.projectAggregate + childComplexity * MAX_RANKED,
    description: "The experiments on a dataset ranked best first: by the mean score of key, else by the mean of each experiment's evaluator means",
  })
  datasetLeaderboard(@Ctx() ctx: RequestContext, @Arg('datasetId', () => ID) datasetId: string, @Arg('key', () => String, { nullable: true }) key?: string) {
    return datasetLeaderboard(ctx, datasetId, key);
  }

  @Query(() => [PromptVersionTrendPoint], {
    complexity: QUERY_COST.rangeAggregate,
    description: "Calls, mean scores and cost of a prompt's versions per model over time: production LLM calls and experiment runs linked to a version",
  })
  promptVersionTrend(
    @Ctx() ctx: RequestContext,
    @Arg('promptId', () => ID) promptId: string,
    @Arg('from') from: Date,
    @Arg('to') to: Date,
    @Arg('bucket', () => TrendBucketEnum, { defaultValue: TrendBucketEnum.DAY }) bucket: TrendBucketEnum,
  ) {
    return promptVersionTrend(ctx, promptId, from, to, bucket);
  }

  @Query(() => ExperimentComparison, { description: 'Two experiments on the same dataset, example by example, with score, latency and cost deltas' })
  compareExperiments(@Ctx() ctx: RequestContext, @Arg('a', () => ID) a: string, @Arg('b', () => ID) b: string) {
    return compareExperiments(ctx, a, b);
  }

  @Mutation(() => Experiment, {
    description: 'Runs a prompt version (or a model) over a dataset version through the project endpoint, scoring each run (ingest keys)',
  })
  createExperiment(@Ctx() ctx: LiveContext, @Arg('input', () => CreateExperimentInput) input: CreateExperimentInput) {
    return createExperiment(ctx, input);
  }

  @Mutation(() => Experiment, { description: 'Stops an experiment: no more runs start; those in flight are recorded (ingest keys)' })
  cancelExperiment(@Ctx() ctx: LiveContext, @Arg('id', () => ID) id: string) {
    return cancelExperiment(ctx, id);
  }

  @Mutation(() => Boolean, { description: 'Deletes an experiment and its runs; their traces stay (admin keys)' })
  deleteExperiment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return deleteExperiment(ctx, id);
  }

  @Subscription(() => ExperimentUpdate, {
    description: "An experiment's progress: its current state first, then each finished run, until it completes, fails or is cancelled",
    subscribe: ({ args, context }: SubscribeData<{ experimentId: string }>) => watchExperiment(context, args.experimentId),
  })
  async experimentUpdated(
    @Ctx() ctx: LiveContext,
    @Root() payload: ExperimentMessage | Lagged,
    @Arg('experimentId', () => ID) _experimentId: string,
  ): Promise<ExperimentUpdate> {
    if (payload instanceof Lagged) throw new AppError('SUBSCRIBER_LAGGED', 'This subscription fell too far behind and was ended; subscribe again');
    const exp = await visibleExperiment(ctx, payload.experimentId);
    const run = payload.runId ? await db(ctx).findOne(ExperimentRunEntity, { where: { id: payload.runId, experimentId: exp.id } }) : null;
    return Object.assign(new ExperimentUpdate(), { experiment: toExperiment(exp), run: run ? toExperimentRun(run, exp) : null });
  }

  @FieldResolver(() => ExperimentDataset)
  async dataset(@Ctx() ctx: RequestContext, @Root() e: Experiment) {
    const d = await experimentLoaders(ctx).datasetById.load(e.datasetId);
    return { id: e.datasetId, name: d?.name ?? '' };
  }

  @FieldResolver(() => ExperimentRunConnection, { description: 'Its runs, one per example, in a stable order; of one status with status' })
  runs(
    @Ctx() ctx: RequestContext,
    @Root() e: Experiment,
    @Arg('status', () => ExperimentRunStatusEnum, { nullable: true }) status?: ExperimentRunStatusEnum,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listRuns(ctx, e, { status, first, after });
  }

  @FieldResolver(() => ExperimentSummary, { complexity: QUERY_COST.counters })
  summary(@Ctx() ctx: RequestContext, @Root() e: Experiment) {
    return experimentLoaders(ctx).summaryByExperiment.load(e.id);
  }

  @FieldResolver(() => PromptVersion, { nullable: true, description: 'The prompt version it ran; null for a model-only or client experiment' })
  promptVersion(@Ctx() ctx: RequestContext, @Root() e: Experiment) {
    return promptVersionOf(ctx, e);
  }
}

/** The prompt version of an experiment, through the batched loader; null when it has none (or it is not of the experiment's project). */
function promptVersionOf(ctx: RequestContext, e: Pick<Experiment, 'promptVersionId' | 'projectId'>): PromptVersion | null | Promise<PromptVersion | null> {
  if (!e.promptVersionId) return null;
  return promptLoaders(ctx)
    .promptVersionById.load(e.promptVersionId)
    .then((row) => (row && row.projectId === e.projectId ? toPromptVersion(row) : null));
}

@Resolver(() => LeaderboardEntry)
export class LeaderboardEntryResolver {
  @FieldResolver(() => PromptVersion, { nullable: true, description: "The experiment's prompt version" })
  promptVersion(@Ctx() ctx: RequestContext, @Root() entry: LeaderboardEntry) {
    return promptVersionOf(ctx, entry.experiment);
  }
}

@Resolver(() => Dataset)
export class DatasetExperimentsResolver {
  @FieldResolver(() => ExperimentConnection, { description: 'The experiments run on it (by Sextant or a client), newest first' })
  experiments(
    @Ctx() ctx: RequestContext,
    @Root() dataset: Dataset,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return datasetExperiments(ctx, dataset, { first, after });
  }

  @FieldResolver(() => [ScoreSummary], {
    complexity: QUERY_COST.projectAggregate,
    description:
      "Figures per score key over its experiments' runs: their traces' scores (evaluators, judge, feedback; not the worker's own metrics); of some experiments with experimentIds",
  })
  scoreSummary(@Ctx() ctx: RequestContext, @Root() dataset: Dataset, @Arg('experimentIds', () => [ID], { nullable: true }) experimentIds?: string[]) {
    return datasetScoreSummary(ctx, dataset, experimentIds);
  }
}

/** Loads an example as it was at the dataset version of its experiment. */
async function exampleOf(ctx: RequestContext, datasetId: string, version: number, exampleId: string): Promise<ExperimentExample | null> {
  const e = await experimentLoaders(ctx).exampleAt.load(exampleKey(datasetId, version, exampleId));
  return e ? { id: e.id, inputs: e.inputs, outputs: e.outputs, metadata: e.metadata } : null;
}

@Resolver(() => ExperimentRun)
export class ExperimentRunResolver {
  @FieldResolver(() => ExperimentExample, { nullable: true, description: 'The example as it was at the dataset version the experiment ran on' })
  example(@Ctx() ctx: RequestContext, @Root() r: ExperimentRun) {
    return exampleOf(ctx, r.datasetId, r.datasetVersion, r.exampleId);
  }

  @FieldResolver(() => Trace, { nullable: true, description: 'The trace of the run; null before it ran, or once the trace was deleted' })
  async trace(@Ctx() ctx: RequestContext, @Root() r: ExperimentRun) {
    if (!r.traceId) return null;
    const t = await traceLoaders(ctx).traceById.load(r.traceId);
    return t && t.projectId === r.projectId ? toTrace(t) : null;
  }

  @FieldResolver(() => [Metric], { description: "The scores of the run: its trace's metrics" })
  async scores(@Ctx() ctx: RequestContext, @Root() r: ExperimentRun) {
    if (!r.traceId) return [];
    return (await traceLoaders(ctx).metricsByTrace.load(r.traceId))
      .filter((m) => m.projectId === r.projectId && m.source !== 'worker' && m.source !== 'judge')
      .map(toMetric);
  }
}

@Resolver(() => ExperimentComparison)
export class ExperimentComparisonResolver {
  @FieldResolver(() => [ExampleComparison], { description: 'The examples in dataset order, a page at a time (after: an exampleId); only exampleIds with it' })
  examples(
    @Ctx() ctx: RequestContext,
    @Root() c: ExperimentComparison,
    @Arg('exampleIds', () => [ID], { nullable: true }) exampleIds?: string[],
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => ID, { nullable: true }) after?: string,
  ) {
    return pageExamples(ctx, c, { exampleIds, first, after });
  }
}

@Resolver(() => ExampleComparison)
export class ExampleComparisonResolver {
  @FieldResolver(() => ExperimentExample, { nullable: true })
  example(@Ctx() ctx: RequestContext, @Root() c: ExampleComparison) {
    return exampleOf(ctx, c.datasetId, c.datasetVersion, c.exampleId);
  }

  @FieldResolver(() => TraceComparison, {
    nullable: true,
    complexity: QUERY_COST.projectAggregate,
    description: "The two runs' traces side by side (as compareTraces); null unless both runs have a trace",
  })
  traceComparison(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Root() c: ExampleComparison) {
    if (!c.runA?.traceId || !c.runB?.traceId) return null;
    return compareTraces(ctx, c.runA.traceId, c.runB.traceId, spanFieldNames(info));
  }
}
