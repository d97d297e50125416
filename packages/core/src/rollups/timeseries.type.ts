import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum TimeseriesInterval {
  HOUR = 'HOUR',
  DAY = 'DAY',
}
registerEnumType(TimeseriesInterval, { name: 'TimeseriesInterval', description: 'Width of a timeseries point; DAY points are UTC days' });

export enum TimeseriesGroupBy {
  NONE = 'NONE',
  MODEL = 'MODEL',
}
registerEnumType(TimeseriesGroupBy, {
  name: 'TimeseriesGroupBy',
  description: "NONE: one series over the project's traces; MODEL: one series per LLM model, over that model's LLM calls",
});

// simpleResolvers: a 30-day chart by model is thousands of points, tens of thousands of fields, each
// of which type-graphql would otherwise run through its middleware wrapper (the schema has none).
@ObjectType({ description: 'The figures of one interval. Intervals with nothing in them are points too: zeros and null percentiles', simpleResolvers: true })
export class TimeseriesPoint {
  @Field({ description: 'Start of the interval (UTC); the first and last points only cover the part of it inside from..to' }) time: Date;
  @Field(() => Int, { description: 'Traces that started in the interval; for a MODEL series, LLM calls of the model in those traces' }) traceCount: number;
  @Field(() => Int, { description: 'Of those, the ones with an error' }) errorCount: number;
  @Field(() => Float, { description: 'errorCount / traceCount, 0 when there are none' }) errorRate: number;
  @Field(() => Float) totalTokens: number;
  @Field(() => Float, { description: 'Sum of the known costs in USD; unpricedCallCount tells how many LLM calls it leaves out' }) totalCost: number;
  @Field(() => Int, { description: 'LLM calls in the interval (of the model, for a MODEL series) without a cost: unknown model or no token counts' })
  unpricedCallCount: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Trace duration (MODEL: LLM call latency) percentiles in ms: exact (percentile_cont) for HOUR points, from merged sketches within 1 % for DAY points',
  })
  latencyP50: number | null;
  @Field(() => Float, { nullable: true }) latencyP95: number | null;
  @Field(() => Float, { nullable: true }) latencyP99: number | null;
}

@ObjectType({ description: 'One line of a timeseries chart', simpleResolvers: true })
export class TimeseriesSeries {
  @Field(() => String, { nullable: true, description: 'null for groupBy NONE, the model name for MODEL' }) key: string | null;
  @Field(() => [TimeseriesPoint], { description: 'One point per interval from `from` to `to`, oldest first, with no gaps' }) points: TimeseriesPoint[];
}
