import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CountedConnection, PageInfo } from '../common/pagination.util';
import { Metric } from '../traces/metric.type';

@ObjectType()
export class FeedbackEdge {
  @Field() cursor: string;
  @Field(() => Metric) node: Metric;
}

@ObjectType()
export class FeedbackConnection extends CountedConnection {
  @Field(() => [FeedbackEdge]) edges: FeedbackEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType({ description: 'Scores in lower..upper (the last bin includes its upper bound)' })
export class ScoreHistogramBin {
  @Field(() => Float) lower: number;
  @Field(() => Float) upper: number;
  @Field(() => Int) count: number;
}

@ObjectType()
export class ScoreLabelCount {
  @Field() label: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class ScoreSourceCount {
  @Field() source: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'The scores of one key: figures over the numeric ones, counts of the labels and of the sources' })
export class ScoreSummary {
  @Field() key: string;
  @Field(() => Int, { description: 'Every score of the key, numeric or not' }) count: number;
  @Field(() => Int, { description: 'Those with a number' }) scoredCount: number;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => Float, { nullable: true }) min: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
  @Field(() => Float, { nullable: true, description: 'Population standard deviation' }) stddev: number | null;
  @Field(() => [ScoreHistogramBin], { description: '10 bins over [0, 1] when every score is in it, else over min..max; one bin when min = max' })
  histogram: ScoreHistogramBin[];
  @Field(() => [ScoreLabelCount], { description: 'Most frequent first' }) labels: ScoreLabelCount[];
  @Field(() => [ScoreSourceCount]) sources: ScoreSourceCount[];
}
