import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Span } from '../spans/span.type';
import { Trace } from '../traces/trace.type';
import { COMPARED_FIELDS } from './span-alignment.compute';

@ObjectType({ description: 'Two spans at the same place in two traces (same path of kinds and names), or one with no counterpart' })
export class SpanComparison {
  @Field(() => [String], { description: 'kind:name of each span from the root down to this one, e.g. ["agent:planner", "llm:gpt-4o"]' })
  path: string[];
  @Field(() => Int) depth: number;
  @Field(() => Span, { nullable: true, description: 'The span in trace a; null when only b has one here' }) a: Span | null;
  @Field(() => Span, { nullable: true, description: 'The span in trace b; null when only a has one here' }) b: Span | null;
  @Field(() => [String], {
    description: `The fields whose values differ, of ${COMPARED_FIELDS.join(', ')}; durations are given as deltas`,
  })
  differences: string[];
  @Field(() => Float, { nullable: true, description: "b's durationMs minus a's" }) durationMsDelta: number | null;
  @Field(() => Float, { nullable: true, description: "b's totalCost minus a's (null when either has none)" }) totalCostDelta: number | null;
  @Field(() => Float, { nullable: true, description: "b's totalTokens minus a's (LLM calls)" }) totalTokensDelta: number | null;
}

@ObjectType({ description: 'Two traces side by side: their span trees aligned by path, with what differs' })
export class TraceComparison {
  @Field(() => Trace) a: Trace;
  @Field(() => Trace) b: Trace;
  @Field(() => [SpanComparison], { description: "Depth-first in a's order, b's unpaired spans after a's at each level" })
  spans: SpanComparison[];
  @Field(() => Int, { description: 'Spans paired with a counterpart' }) matched: number;
  @Field(() => Int) onlyInA: number;
  @Field(() => Int) onlyInB: number;
  @Field(() => Int, { description: 'Pairs with at least one difference' }) changed: number;
}
