import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class RunFacet {
  @Field() runType: string;
  @Field(() => Int) count: number;
}

const LIKE_P50 = 'Within 1 % of the exact value, like latencyP50';

@ObjectType({ description: 'Aggregates over the traces that started in a time range' })
export class ProjectStats {
  @Field() from: Date;
  @Field() to: Date;
  @Field(() => Int) traceCount: number;
  @Field(() => Int, { description: 'Spans of those traces (LangSmith run_count)' }) spanCount: number;
  @Field(() => Int) errorCount: number;
  @Field(() => Float) errorRate: number;
  @Field(() => Float) promptTokens: number;
  @Field(() => Float) completionTokens: number;
  @Field(() => Float) totalTokens: number;
  @Field(() => Float) promptCost: number;
  @Field(() => Float) completionCost: number;
  @Field(() => Float, { description: 'Sum of the known costs in USD; unpricedCallCount tells how many LLM calls it leaves out' }) totalCost: number;
  @Field(() => Int, { description: 'LLM calls without a cost (unknown model, no token counts), which the costs leave out' }) unpricedCallCount: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Trace latency percentiles in ms, read from mergeable sketches: within 1 % of the exact value (percentile_cont), exact for the lowest and highest',
  })
  latencyP50: number | null;
  @Field(() => Float, { nullable: true, description: LIKE_P50 }) latencyP95: number | null;
  @Field(() => Float, { nullable: true, description: LIKE_P50 }) latencyP99: number | null;
  @Field(() => Float, { nullable: true, description: `Time to first token percentiles in ms, over the LLM calls that report a first token. ${LIKE_P50}` })
  firstTokenP50: number | null;
  @Field(() => Float, { nullable: true, description: LIKE_P50 }) firstTokenP99: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of LLM calls that streamed' }) streamingRate: number | null;
  @Field(() => [RunFacet]) runFacets: RunFacet[];
  @Field(() => Date, { nullable: true }) lastTraceStartTime: Date | null;
}
