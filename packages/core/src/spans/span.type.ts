import { Field, Float, ID, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectScalar, JSONScalar } from '../common/scalars.type';
import type { SpanKind } from './span.entity';
import { MAX_ANCESTOR_IDS } from './span.tree';

export enum SpanStatusEnum {
  RUNNING = 'running',
  SUCCESS = 'success',
  ERROR = 'error',
}
registerEnumType(SpanStatusEnum, { name: 'SpanStatus', description: 'running until an end time arrives; error when an error was reported' });

export enum RunTypeEnum {
  AGENT = 'agent',
  CHAIN = 'chain',
  PROMPT = 'prompt',
  PARSER = 'parser',
  LLM = 'llm',
  EMBEDDING = 'embedding',
  TOOL = 'tool',
  RETRIEVER = 'retriever',
}
registerEnumType(RunTypeEnum, {
  name: 'RunType',
  description: "LangSmith's run types (plus agent): agent/chain/prompt/parser are AgentCalls, llm/embedding LLMCalls, tool/retriever ToolCalls",
});

@ObjectType({ description: 'A metric name with the mean score or value of its results on one span (LangSmith feedback_stats)' })
export class FeedbackStat {
  @Field() name: string;
  @Field(() => Int) count: number;
  @Field(() => Float, { nullable: true }) meanScore: number | null;
  @Field(() => Float, { nullable: true }) meanValue: number | null;
}

/** Fields every span kind has. Instances are built by the span mapper inside a trace tree, which fills depth and ancestry. */
@InterfaceType({
  description: 'One step of a trace: an agent, LLM or tool call. Spans nest to any depth across kinds through parentId.',
  resolveType: (span: Span) => ({ agent: 'AgentCall', llm: 'LLMCall', tool: 'ToolCall' })[span.kind],
})
export abstract class Span {
  kind: SpanKind;
  projectId: string;
  @Field(() => ID) id: string;
  @Field(() => ID) traceId: string;
  @Field(() => ID, { nullable: true, description: 'The parent span (LangSmith parent_run_id), of any kind' }) parentId: string | null;
  @Field(() => [ID], {
    description: `Ancestors from the root down (LangSmith parent_run_ids); for a span deeper than ${MAX_ANCESTOR_IDS}, its ${MAX_ANCESTOR_IDS} nearest (depth says how deep)`,
  })
  ancestorIds: string[];
  @Field(() => [ID], { description: 'Direct children in tree order (LangSmith child_run_ids)' }) childIds: string[];
  @Field(() => Int, { description: 'Depth in the trace tree; roots are 0' }) depth: number;
  @Field(() => ID, { nullable: true, description: 'The nearest enclosing AgentCall (AgentNeo agent_id)' }) agentId: string | null;
  @Field(() => RunTypeEnum) runType: string;
  @Field(() => String, { nullable: true, description: 'The name the client sent; an LLM call sent without one is named after its model' })
  name: string | null;
  @Field(() => SpanStatusEnum) status: string;
  @Field() startTime: Date;
  @Field(() => Date, { nullable: true }) endTime: Date | null;
  @Field(() => Float, { nullable: true, description: 'end - start in milliseconds (latency_ms, execution_latency_ms, duration)' }) durationMs: number | null;
  @Field(() => Int, { nullable: true, description: 'Position among the steps of the run (step_index, LangSmith execution_order)' }) stepIndex: number | null;
  @Field(() => String, { nullable: true, description: "LangSmith's dotted_order when the client sent one" }) dottedOrder: string | null;
  @Field(() => JSONScalar, { nullable: true, description: 'Input: prompt messages, tool parameters, agent input' }) inputs: unknown;
  @Field(() => JSONScalar, { nullable: true, description: 'Output: completion, tool result, agent output' }) outputs: unknown;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => String, { nullable: true }) errorType: string | null;
  @Field(() => JSONObjectScalar) metadata: Record<string, unknown>;
  @Field(() => [String]) tags: string[];
  @Field(() => JSONScalar, { nullable: true, description: 'Timed events: streamed chunks, logs (streaming_trace, streaming_logs)' }) events: unknown;
  @Field(() => JSONScalar, { nullable: true }) serialized: unknown;
  @Field(() => JSONObjectScalar, { nullable: true, description: "LangSmith's extra, without metadata" }) extra: Record<string, unknown> | null;
  @Field(() => JSONObjectScalar, { nullable: true }) attachments: Record<string, unknown> | null;
  @Field(() => JSONObjectScalar, { nullable: true }) inputsS3Urls: Record<string, unknown> | null;
  @Field(() => JSONObjectScalar, { nullable: true }) outputsS3Urls: Record<string, unknown> | null;
  @Field(() => ID, { nullable: true }) referenceExampleId: string | null;
  @Field(() => String, { nullable: true }) manifestId: string | null;
  @Field() inDataset: boolean;
  @Field(() => Float, { nullable: true, description: 'Memory used in bytes' }) memoryUsed: number | null;
  @Field(() => Float, { nullable: true, description: 'Cost in USD (LLM price, tool cost_estimate)' }) totalCost: number | null;
  @Field(() => String, { description: 'Relative path of this span in a UI (LangSmith app_path)' }) appPath: string;
  @Field(() => [FeedbackStat], { description: 'Metrics recorded on this span, by name' }) feedbackStats: FeedbackStat[];
  @Field(() => Int, {
    name: 'sequence',
    // Read from `seq`: graphql's default resolver (see the span types' simpleResolvers) would read `sequence`.
    simple: false,
    description: "Position of this span's latest version in its trace's ingestion order; pass it to spanAdded(since:) to resume after it",
  })
  seq: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

// simpleResolvers: a page is 1,000 spans of twenty-odd fields, and type-graphql's per-field wrapper
// (for middlewares, which these fields have none of) costs more than reading the property.
@ObjectType({ implements: Span, description: 'An agent step, or a chain, prompt or parser run', simpleResolvers: true })
export class AgentCall extends Span {
  @Field(() => [ID], { description: 'LLM calls whose nearest agent is this one' }) llmCallIds: string[];
  @Field(() => [ID], { description: 'Tool calls whose nearest agent is this one' }) toolCallIds: string[];
  @Field(() => [ID], { description: 'User interactions recorded against this agent' }) userInteractionIds: string[];
}

@ObjectType({ implements: Span, description: 'A call to a language or embedding model', simpleResolvers: true })
export class LLMCall extends Span {
  @Field(() => String, { nullable: true }) provider: string | null;
  @Field(() => String, { nullable: true }) model: string | null;
  @Field(() => Int, { nullable: true, description: 'input_tokens' }) promptTokens: number | null;
  @Field(() => Int, { nullable: true, description: 'output_tokens (llm_output_tokens)' }) completionTokens: number | null;
  @Field(() => Int, { nullable: true }) totalTokens: number | null;
  @Field(() => Int, { nullable: true, description: 'Input tokens read from the cache (included in promptTokens)' }) cacheReadTokens: number | null;
  @Field(() => Int, { nullable: true, description: 'Input tokens written to the cache (included in promptTokens)' }) cacheCreationTokens: number | null;
  @Field(() => Int, { nullable: true, description: 'Reasoning tokens (included in completionTokens)' }) reasoningTokens: number | null;
  @Field(() => JSONObjectScalar, { nullable: true, description: 'input_token_details (audio, text, image...)' }) promptTokenDetails: Record<
    string,
    number
  > | null;
  @Field(() => JSONObjectScalar, { nullable: true, description: 'output_token_details' }) completionTokenDetails: Record<string, number> | null;
  @Field(() => Float, { nullable: true }) promptCost: number | null;
  @Field(() => Float, { nullable: true }) completionCost: number | null;
  @Field(() => JSONObjectScalar, { nullable: true }) promptCostDetails: Record<string, number> | null;
  @Field(() => JSONObjectScalar, { nullable: true }) completionCostDetails: Record<string, number> | null;
  @Field(() => String, { nullable: true, description: "client when the caller sent the cost, computed when priced from the project's or the bundled prices" })
  costSource: string | null;
  @Field({ description: 'True when the call has no total cost: none was sent and none could be computed (unknown model, no token counts)' })
  unpriced: boolean;
  @Field({ description: 'True when Sextant counted promptTokens and completionTokens from the inputs and outputs with a tokenizer: the client sent no counts' })
  tokensEstimated: boolean;
  @Field(() => Date, { nullable: true }) firstTokenTime: Date | null;
  @Field(() => Float, { nullable: true, description: 'Milliseconds from start to the first token' }) timeToFirstTokenMs: number | null;
  @Field(() => Float, { nullable: true }) temperature: number | null;
  @Field(() => Float, { nullable: true }) topP: number | null;
  @Field(() => Int, { nullable: true }) maxTokens: number | null;
  @Field(() => [String], { nullable: true }) stopTokens: string[] | null;
  @Field(() => JSONObjectScalar, { nullable: true }) invocationParams: Record<string, unknown> | null;
  @Field(() => JSONScalar, { nullable: true, description: 'Tool calls requested by the model' }) toolCalls: unknown;
  @Field(() => Boolean, { nullable: true }) streaming: boolean | null;
  @Field(() => Int, { nullable: true }) retryCount: number | null;
  @Field(() => String, { nullable: true }) contextHash: string | null;
  @Field(() => [String], { nullable: true }) contextRefs: string[] | null;
  @Field(() => String, { nullable: true }) hiddenStateHash: string | null;
  @Field(() => String, { nullable: true }) promptDiffFromPrevious: string | null;
  @Field(() => String, { nullable: true }) decisionId: string | null;
  @Field(() => ID, { nullable: true, description: 'The prompt registry version the call rendered, as ingested (see promptVersion)' })
  promptVersionId: string | null;
}

@ObjectType({ implements: Span, description: 'A tool or retriever invocation', simpleResolvers: true })
export class ToolCall extends Span {
  @Field(() => ID, { nullable: true, description: 'The LLM call that requested this tool call' }) llmCallId: string | null;
  @Field(() => JSONScalar, { nullable: true }) networkCalls: unknown;
  @Field(() => JSONScalar, { nullable: true }) retrievedDocs: unknown;
  @Field(() => JSONScalar, { nullable: true }) docSimilarityScores: unknown;
  @Field(() => JSONScalar, { nullable: true }) intermediateState: unknown;
}
