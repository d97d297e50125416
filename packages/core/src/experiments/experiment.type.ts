import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../common/pagination.util';
import { JSONObjectScalar, JSONScalar } from '../common/scalars.type';

/** What a list of score keys counts for in the query cost: experiments have a handful of evaluators, rarely more than this. */
const EVALUATOR_KEYS_COST = 20;

export enum ExperimentStatusEnum {
  QUEUED = 'queued',
  RUNNING = 'running',
  COMPLETED = 'completed',
  FAILED = 'failed',
  CANCELLED = 'cancelled',
}
registerEnumType(ExperimentStatusEnum, { name: 'ExperimentStatus' });

export enum ExperimentRunStatusEnum {
  PENDING = 'pending',
  RUNNING = 'running',
  COMPLETED = 'completed',
  FAILED = 'failed',
}
registerEnumType(ExperimentRunStatusEnum, { name: 'ExperimentRunStatus' });

export enum ExperimentKindEnum {
  SEXTANT = 'sextant',
  CLIENT = 'client',
}
registerEnumType(ExperimentKindEnum, {
  name: 'ExperimentKind',
  description: "SEXTANT: run by Sextant's worker; CLIENT: run by a client (LangSmith evaluate()) that traced its own runs",
});

@ObjectType({ description: 'The dataset an experiment ran on' })
export class ExperimentDataset {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: 'An evaluator as configured on an experiment' })
export class ExperimentEvaluator {
  @Field() kind: string;
  @Field() key: string;
  @Field(() => JSONObjectScalar) options: Record<string, unknown>;
}

@ObjectType({ description: 'A run of a prompt version (or a model) over one version of a dataset, each example traced and scored' })
export class Experiment {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => ExperimentKindEnum) kind: ExperimentKindEnum;
  @Field(() => ID) datasetId: string;
  @Field(() => Int) datasetVersion: number;
  @Field(() => ID, { nullable: true }) promptVersionId: string | null;
  @Field(() => String, { nullable: true }) model: string | null;
  @Field(() => JSONObjectScalar) parameters: Record<string, unknown>;
  @Field(() => [ExperimentEvaluator]) evaluators: ExperimentEvaluator[];
  @Field(() => Int) concurrency: number;
  @Field(() => ExperimentStatusEnum) status: ExperimentStatusEnum;
  @Field(() => Int) exampleCount: number;
  @Field(() => Int) completedCount: number;
  @Field(() => Int) failedCount: number;
  @Field(() => JSONObjectScalar) metadata: Record<string, unknown>;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  // Not a field: for access checks of the nested fields.
  projectId: string;
}

@ObjectType({ description: 'An example as it was at the dataset version an experiment ran on' })
export class ExperimentExample {
  @Field(() => ID) id: string;
  @Field(() => JSONObjectScalar) inputs: Record<string, unknown>;
  @Field(() => JSONObjectScalar, { nullable: true, description: 'The reference outputs' }) outputs: Record<string, unknown> | null;
  @Field(() => JSONObjectScalar) metadata: Record<string, unknown>;
}

@ObjectType({ description: "One example's run in an experiment; its scores are metrics of its trace" })
export class ExperimentRun {
  @Field(() => ID) id: string;
  @Field(() => ID) experimentId: string;
  @Field(() => ID) exampleId: string;
  @Field(() => ID, { nullable: true }) traceId: string | null;
  @Field(() => ExperimentRunStatusEnum) status: ExperimentRunStatusEnum;
  @Field(() => JSONScalar, { nullable: true, description: '{text, json}: the completion, and its JSON when it is JSON' }) output: unknown;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => Float, { nullable: true }) latencyMs: number | null;
  @Field(() => Int, { nullable: true }) promptTokens: number | null;
  @Field(() => Int, { nullable: true }) completionTokens: number | null;
  @Field(() => Int, { nullable: true }) totalTokens: number | null;
  @Field(() => Float, { nullable: true }) totalCost: number | null;
  @Field(() => Int, { description: 'Requests made for it, retries included' }) attempts: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  // Not fields: where its example lives, and whose it is.
  projectId: string;
  datasetId: string;
  datasetVersion: number;
}

@ObjectType()
export class ExperimentEdge {
  @Field() cursor: string;
  @Field(() => Experiment) node: Experiment;
}

@ObjectType()
export class ExperimentConnection {
  @Field(() => [ExperimentEdge]) edges: ExperimentEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType()
export class ExperimentRunEdge {
  @Field() cursor: string;
  @Field(() => ExperimentRun) node: ExperimentRun;
}

@ObjectType()
export class ExperimentRunConnection {
  @Field(() => [ExperimentRunEdge]) edges: ExperimentRunEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType({ description: 'How many scores fell in [lower, upper) (the last bin includes 1)' })
export class HistogramBin {
  @Field(() => Float) lower: number;
  @Field(() => Float) upper: number;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "One evaluator's scores over an experiment's runs" })
export class EvaluatorSummary {
  @Field() key: string;
  @Field(() => Int) count: number;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => Float, { nullable: true }) min: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
  @Field(() => [HistogramBin], { description: '10 bins over [0, 1]', complexity: ({ childComplexity }) => 1 + childComplexity * 10 })
  histogram: HistogramBin[];
}

@ObjectType()
export class ExperimentRunCounts {
  @Field(() => Int) total: number;
  @Field(() => Int) pending: number;
  @Field(() => Int) running: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) failed: number;
}

@ObjectType({ description: "An experiment's results: scores per evaluator, latency, cost and tokens" })
export class ExperimentSummary {
  @Field(() => [EvaluatorSummary], { complexity: ({ childComplexity }) => 1 + childComplexity * EVALUATOR_KEYS_COST })
  evaluators: EvaluatorSummary[];
  @Field(() => Float, { nullable: true }) latencyP50: number | null;
  @Field(() => Float, { nullable: true }) latencyP95: number | null;
  @Field(() => Float) totalCost: number;
  @Field(() => Float, { nullable: true }) meanCost: number | null;
  @Field(() => Float) totalTokens: number;
  @Field(() => ExperimentRunCounts) runs: ExperimentRunCounts;
}

@ObjectType({ description: "An experiment's progress: its state and counts, and the run that just finished (if one did)" })
export class ExperimentUpdate {
  @Field(() => Experiment) experiment: Experiment;
  @Field(() => ExperimentRun, { nullable: true }) run: ExperimentRun | null;
}

@ObjectType({ description: 'An experiment on a leaderboard, with its results' })
export class LeaderboardEntry {
  @Field(() => Int, { description: '1 for the best' }) rank: number;
  @Field(() => Float, { nullable: true, description: 'What it is ranked by: the mean of the key asked for, else the mean of all its evaluator means' })
  score: number | null;
  @Field(() => Experiment) experiment: Experiment;
  @Field(() => ExperimentSummary) summary: ExperimentSummary;
}

export enum TrendBucketEnum {
  HOUR = 'hour',
  DAY = 'day',
}
registerEnumType(TrendBucketEnum, { name: 'TrendBucket' });

@ObjectType()
export class ScoreMean {
  @Field() key: string;
  @Field(() => Float) mean: number;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "One prompt version's (and model's) LLM calls in one time bucket: production calls and experiment runs" })
export class PromptVersionTrendPoint {
  @Field() bucket: Date;
  @Field(() => ID) promptVersionId: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) model: string | null;
  @Field(() => Int) calls: number;
  @Field(() => Float) totalCost: number;
  @Field(() => Float, { nullable: true }) meanCost: number | null;
  @Field(() => [ScoreMean], {
    description: "Mean of each score of the calls' traces",
    complexity: ({ childComplexity }) => 1 + childComplexity * EVALUATOR_KEYS_COST,
  })
  scores: ScoreMean[];
}

@ObjectType()
export class ScoreDelta {
  @Field() key: string;
  @Field(() => Float, { nullable: true }) a: number | null;
  @Field(() => Float, { nullable: true }) b: number | null;
  @Field(() => Float, { nullable: true, description: 'b - a' }) delta: number | null;
}

@ObjectType({ description: "One example's runs in two experiments, side by side" })
export class ExampleComparison {
  @Field(() => ID) exampleId: string;
  @Field(() => ExperimentRun, { nullable: true }) runA: ExperimentRun | null;
  @Field(() => ExperimentRun, { nullable: true }) runB: ExperimentRun | null;
  @Field(() => [ScoreDelta], { complexity: ({ childComplexity }) => 1 + childComplexity * EVALUATOR_KEYS_COST }) scoreDeltas: ScoreDelta[];
  @Field(() => Float, { nullable: true }) latencyDelta: number | null;
  @Field(() => Float, { nullable: true }) costDelta: number | null;
  @Field({ description: "Whether the two outputs' texts differ" }) outputChanged: boolean;
  // Not fields: where the example lives.
  datasetId: string;
  datasetVersion: number;
  projectId: string;
}

@ObjectType({ description: 'Two experiments on one dataset, example by example' })
export class ExperimentComparison {
  @Field(() => Experiment) a: Experiment;
  @Field(() => Experiment) b: Experiment;
  // Not a field: ExperimentComparisonResolver.examples pages it.
  allExamples: ExampleComparison[];
  @Field(() => [ScoreDelta], {
    description: 'Mean scores per key, and their deltas',
    complexity: ({ childComplexity }) => 1 + childComplexity * EVALUATOR_KEYS_COST,
  })
  summary: ScoreDelta[];
}
