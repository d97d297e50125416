import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CountedConnection, PageInfo } from '../common/pagination.util';
import { JSONObjectScalar, JSONScalar } from '../common/scalars.type';

export enum TraceStatusEnum {
  RUNNING = 'running',
  SUCCESS = 'success',
  ERROR = 'error',
}
registerEnumType(TraceStatusEnum, { name: 'TraceStatus' });

export enum TraceOrderField {
  START_TIME = 'startTime',
  DURATION = 'durationMs',
  TOTAL_COST = 'totalCost',
  TOTAL_TOKENS = 'totalTokens',
}
registerEnumType(TraceOrderField, { name: 'TraceOrderField' });

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

/** A trace as the API shows it; projectId stays internal (resolvers reach the project through `project`). */
@ObjectType({ description: 'One agent run: its inputs and outputs, totals kept at ingestion, and its spans' })
export class Trace {
  projectId: string;
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => TraceStatusEnum) status: string;
  @Field() startTime: Date;
  @Field(() => Date, { nullable: true }) endTime: Date | null;
  @Field(() => Float, { description: 'Milliseconds from start to end, or to the latest span while running' }) durationMs: number;
  @Field(() => String, { nullable: true }) userId: string | null;
  @Field(() => String, { nullable: true }) sessionId: string | null;
  @Field(() => String, { nullable: true }) agentVersion: string | null;
  @Field(() => String, { nullable: true }) promptTemplateVersion: string | null;
  @Field(() => String, { nullable: true, description: 'The main model the client reported (agent_runs.model_name)' }) modelName: string | null;
  @Field(() => [String], { description: 'Distinct models of the LLM calls in this trace' }) models: string[];
  @Field(() => JSONScalar, { nullable: true, description: "The run's input (input_text, LangSmith's root inputs)" }) inputs: unknown;
  @Field(() => JSONScalar, { nullable: true, description: "The run's final output (final_output, LangSmith's root outputs)" }) outputs: unknown;
  @Field({ description: 'True when the trace or any of its spans reported an error' }) errorFlag: boolean;
  @Field(() => String, { nullable: true }) errorType: string | null;
  @Field(() => String, { nullable: true }) errorMessage: string | null;
  @Field(() => [String]) tags: string[];
  @Field(() => JSONObjectScalar, { description: 'extra_metadata' }) metadata: Record<string, unknown>;
  @Field(() => Float, { description: 'May exceed 2^31, hence Float' }) promptTokens: number;
  @Field(() => Float, { description: 'May exceed 2^31, hence Float' }) completionTokens: number;
  @Field(() => Float, { description: 'May exceed 2^31, hence Float' }) totalTokens: number;
  @Field(() => Float, { description: 'May exceed 2^31, hence Float' }) cacheReadTokens: number;
  @Field(() => Float, { description: 'May exceed 2^31, hence Float' }) cacheCreationTokens: number;
  @Field(() => Float, { description: 'May exceed 2^31, hence Float' }) reasoningTokens: number;
  @Field(() => Float, { nullable: true, description: 'null when totalCost is' }) promptCost: number | null;
  @Field(() => Float, { nullable: true, description: 'null when totalCost is' }) completionCost: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Sum of the known costs of its spans in USD; null when it has LLM calls and none of its spans has a cost (see unpricedCallCount)',
  })
  totalCost: number | null;
  @Field(() => Int, { description: 'LLM calls without a cost (unknown model, no token counts), which totalCost leaves out' }) unpricedCallCount: number;
  @Field(() => Int) agentCallCount: number;
  @Field(() => Int) llmCallCount: number;
  @Field(() => Int) toolCallCount: number;
  @Field(() => Int) errorCount: number;
  @Field({ description: 'True when Sextant closed the trace after TRACE_QUIET_PERIOD_MS without an end from the client' }) autoClosed: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType()
export class TraceEdge {
  @Field() cursor: string;
  @Field(() => Trace) node: Trace;
}

@ObjectType()
export class TraceConnection extends CountedConnection {
  @Field(() => [TraceEdge]) edges: TraceEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@InputType({ description: 'Matches traces whose metadata has this key with exactly this JSON value' })
export class MetadataFilter {
  @Field() key: string;
  @Field(() => JSONScalar) value: unknown;
}

@InputType({
  description: 'Matches traces with a score of this key (on the trace or any of its spans) in min..max, or with one of the labels',
})
export class ScoreFilter {
  @Field() key: string;
  @Field(() => Float, { nullable: true, description: 'Lowest score, inclusive' }) min?: number;
  @Field(() => Float, { nullable: true, description: 'Highest score, inclusive' }) max?: number;
  @Field(() => [String], { nullable: true, description: 'Any of these categorical values' }) labels?: string[];
}

@InputType()
export class TraceFilter {
  @Field(() => Date, { nullable: true, description: 'Traces starting at or after this time' }) from?: Date;
  @Field(() => Date, { nullable: true, description: 'Traces starting before this time' }) to?: Date;
  @Field(() => [TraceStatusEnum], { nullable: true }) status?: TraceStatusEnum[];
  @Field(() => [String], { nullable: true, description: 'Traces carrying all of these tags' }) tags?: string[];
  @Field(() => [MetadataFilter], { nullable: true, description: 'All must match' }) metadata?: MetadataFilter[];
  @Field(() => String, { nullable: true }) userId?: string;
  @Field(() => String, { nullable: true }) sessionId?: string;
  @Field(() => String, { nullable: true, description: 'Traces with at least one LLM call of this model' }) model?: string;
  @Field(() => Float, { nullable: true, description: 'Minimum total cost in USD (a trace of unknown cost never matches)' }) minCost?: number;
  @Field(() => Float, { nullable: true, description: 'Minimum duration in milliseconds' }) minLatencyMs?: number;
  @Field(() => String, { nullable: true, description: 'Case-insensitive text in the name, inputs or outputs' }) text?: string;
  @Field(() => Boolean, { nullable: true }) hasError?: boolean;
  @Field(() => [ScoreFilter], { nullable: true, description: 'All must match (not available on the live feed)' }) scores?: ScoreFilter[];
}

@InputType()
export class TraceOrder {
  @Field(() => TraceOrderField, { defaultValue: TraceOrderField.START_TIME }) field: TraceOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC }) direction: OrderDirection;
}

@ObjectType()
export class DeletePayload {
  @Field(() => ID) id: string;
  @Field() deleted: boolean;
}
