import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { JSONObjectScalar, JSONScalar } from '../common/scalars.type';
import { RunTypeEnum, SpanStatusEnum } from '../spans/span.type';
import { TraceStatusEnum } from '../traces/trace.type';

// Fields a valid item needs (traceId, errorMessage...) are nullable here on purpose: GraphQL would
// reject the whole request for one item missing them, while the ingest validator rejects only that item.

@InputType({ description: 'A trace (agent run). Sent again with the same id, it updates only the fields given.' })
export class TraceInput {
  @Field(() => ID, { nullable: true, description: 'UUID (v7 preferred); generated when absent' }) id?: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Date, { nullable: true, description: 'Defaults to the earliest span of the batch, else now' }) startTime?: Date;
  @Field(() => Date, { nullable: true, description: 'Setting it completes the trace' }) endTime?: Date;
  @Field(() => TraceStatusEnum, { nullable: true, description: 'ERROR flags the trace; otherwise status follows endTime' }) status?: TraceStatusEnum;
  @Field(() => String, { nullable: true }) userId?: string;
  @Field(() => String, { nullable: true }) sessionId?: string;
  @Field(() => String, { nullable: true }) agentVersion?: string;
  @Field(() => String, { nullable: true }) promptTemplateVersion?: string;
  @Field(() => String, { nullable: true }) modelName?: string;
  @Field(() => JSONScalar, { nullable: true }) inputs?: unknown;
  @Field(() => JSONScalar, { nullable: true }) outputs?: unknown;
  @Field(() => Boolean, { nullable: true }) errorFlag?: boolean;
  @Field(() => String, { nullable: true }) errorType?: string;
  @Field(() => String, { nullable: true }) errorMessage?: string;
  @Field(() => [String], { nullable: true, description: 'Replaces the tags' }) tags?: string[];
  @Field(() => JSONObjectScalar, { nullable: true, description: 'Merged into the stored metadata, key by key' }) metadata?: Record<string, unknown>;
}

@InputType()
export class SpanInputBase {
  @Field(() => ID, { nullable: true, description: 'UUID (v7 preferred); generated when absent' }) id?: string;
  @Field(() => ID, { nullable: true, description: 'Required. The trace is created if it does not exist yet.' }) traceId?: string;
  @Field(() => ID, { nullable: true, description: 'The parent span, of any kind; it may arrive later' }) parentId?: string;
  @Field(() => RunTypeEnum, { nullable: true }) runType?: RunTypeEnum;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => SpanStatusEnum, { nullable: true, description: 'Derived from error and endTime when absent' }) status?: SpanStatusEnum;
  @Field(() => Date, { nullable: true, description: 'Required on the first send of a span' }) startTime?: Date;
  @Field(() => Date, { nullable: true }) endTime?: Date;
  @Field(() => Float, { nullable: true, description: 'Sets endTime = startTime + latency when endTime is absent' }) latencyMs?: number;
  @Field(() => Int, { nullable: true }) stepIndex?: number;
  @Field(() => String, { nullable: true }) dottedOrder?: string;
  @Field(() => JSONScalar, { nullable: true }) inputs?: unknown;
  @Field(() => JSONScalar, { nullable: true }) outputs?: unknown;
  @Field(() => String, { nullable: true }) error?: string;
  @Field(() => String, { nullable: true }) errorType?: string;
  @Field(() => JSONObjectScalar, { nullable: true }) metadata?: Record<string, unknown>;
  @Field(() => [String], { nullable: true }) tags?: string[];
  @Field(() => JSONScalar, { nullable: true }) events?: unknown;
  @Field(() => JSONScalar, { nullable: true }) serialized?: unknown;
  @Field(() => JSONObjectScalar, { nullable: true }) extra?: Record<string, unknown>;
  @Field(() => JSONObjectScalar, { nullable: true }) attachments?: Record<string, unknown>;
  @Field(() => JSONObjectScalar, { nullable: true }) inputsS3Urls?: Record<string, unknown>;
  @Field(() => JSONObjectScalar, { nullable: true }) outputsS3Urls?: Record<string, unknown>;
  @Field(() => ID, { nullable: true }) referenceExampleId?: string;
  @Field(() => String, { nullable: true }) manifestId?: string;
  @Field(() => Boolean, { nullable: true }) inDataset?: boolean;
  @Field(() => Float, { nullable: true, description: 'Bytes' }) memoryUsed?: number;
}

@InputType({ description: 'An agent step (runType agent, chain, prompt or parser; default agent)' })
export class AgentCallInput extends SpanInputBase {}

@InputType({ description: 'An LLM call (runType llm or embedding; default llm). Cost is computed from the model when not sent.' })
export class LLMCallInput extends SpanInputBase {
  @Field(() => String, { nullable: true }) provider?: string;
  @Field(() => String, { nullable: true }) model?: string;
  @Field(() => Int, { nullable: true, description: 'All input tokens, cached ones included' }) promptTokens?: number;
  @Field(() => Int, { nullable: true, description: 'All output tokens, reasoning included' }) completionTokens?: number;
  @Field(() => Int, { nullable: true, description: 'Defaults to prompt + completion' }) totalTokens?: number;
  @Field(() => Int, { nullable: true }) cacheReadTokens?: number;
  @Field(() => Int, { nullable: true }) cacheCreationTokens?: number;
  @Field(() => Int, { nullable: true }) reasoningTokens?: number;
  @Field(() => JSONObjectScalar, { nullable: true }) promptTokenDetails?: Record<string, number>;
  @Field(() => JSONObjectScalar, { nullable: true }) completionTokenDetails?: Record<string, number>;
  @Field(() => Float, { nullable: true }) promptCost?: number;
  @Field(() => Float, { nullable: true }) completionCost?: number;
  @Field(() => Float, { nullable: true, description: 'cost_usd; defaults to prompt + completion cost when both are sent' }) totalCost?: number;
  @Field(() => JSONObjectScalar, { nullable: true }) promptCostDetails?: Record<string, number>;
  @Field(() => JSONObjectScalar, { nullable: true }) completionCostDetails?: Record<string, number>;
  @Field(() => Date, { nullable: true }) firstTokenTime?: Date;
  @Field(() => Float, { nullable: true }) temperature?: number;
  @Field(() => Float, { nullable: true }) topP?: number;
  @Field(() => Int, { nullable: true }) maxTokens?: number;
  @Field(() => [String], { nullable: true }) stopTokens?: string[];
  @Field(() => JSONObjectScalar, { nullable: true }) invocationParams?: Record<string, unknown>;
  @Field(() => JSONScalar, { nullable: true }) toolCalls?: unknown;
  @Field(() => Boolean, { nullable: true }) streaming?: boolean;
  @Field(() => Int, { nullable: true }) retryCount?: number;
  @Field(() => String, { nullable: true }) contextHash?: string;
  @Field(() => [String], { nullable: true }) contextRefs?: string[];
  @Field(() => String, { nullable: true }) hiddenStateHash?: string;
  @Field(() => String, { nullable: true }) promptDiffFromPrevious?: string;
  @Field(() => String, { nullable: true }) decisionId?: string;
}

@InputType({ description: 'A tool call (runType tool or retriever; default tool)' })
export class ToolCallInput extends SpanInputBase {
  @Field(() => ID, { nullable: true }) llmCallId?: string;
  @Field(() => Float, { nullable: true, description: 'cost_estimate in USD' }) totalCost?: number;
  @Field(() => JSONScalar, { nullable: true }) networkCalls?: unknown;
  @Field(() => JSONScalar, { nullable: true }) retrievedDocs?: unknown;
  @Field(() => JSONScalar, { nullable: true }) docSimilarityScores?: unknown;
  @Field(() => JSONScalar, { nullable: true }) intermediateState?: unknown;
}

@InputType()
export class ErrorInput {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => ID, { nullable: true, description: 'Required' }) traceId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => ID, { nullable: true }) llmCallId?: string;
  @Field(() => ID, { nullable: true }) toolCallId?: string;
  @Field(() => String, { nullable: true }) errorType?: string;
  @Field(() => String, { nullable: true, description: 'Required' }) errorMessage?: string;
  @Field(() => String, { nullable: true }) stackTrace?: string;
  @Field(() => Date, { nullable: true, description: 'Defaults to now' }) timestamp?: Date;
  @Field(() => JSONObjectScalar, { nullable: true }) metadata?: Record<string, unknown>;
}

@InputType()
export class UserInteractionInput {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => ID, { nullable: true, description: 'Required' }) traceId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => String, { nullable: true, description: 'Required: input, output, or another kind' }) interactionType?: string;
  @Field(() => String, { nullable: true, description: 'Required' }) content?: string;
  @Field(() => String, { nullable: true }) userId?: string;
  @Field(() => Date, { nullable: true, description: 'Defaults to now' }) timestamp?: Date;
  @Field(() => JSONObjectScalar, { nullable: true }) metadata?: Record<string, unknown>;
}

@InputType({ description: 'The system a trace ran on; one per trace, updated in place' })
export class SystemInfoInput {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => ID, { nullable: true, description: 'Required' }) traceId?: string;
  @Field(() => String, { nullable: true }) osName?: string;
  @Field(() => String, { nullable: true }) osVersion?: string;
  @Field(() => String, { nullable: true }) pythonVersion?: string;
  @Field(() => String, { nullable: true }) runtimeName?: string;
  @Field(() => String, { nullable: true }) runtimeVersion?: string;
  @Field(() => String, { nullable: true }) hostname?: string;
  @Field(() => JSONScalar, { nullable: true }) cpuInfo?: unknown;
  @Field(() => JSONScalar, { nullable: true }) gpuInfo?: unknown;
  @Field(() => JSONScalar, { nullable: true }) diskInfo?: unknown;
  @Field(() => Float, { nullable: true, description: 'Bytes' }) memoryTotal?: number;
  @Field(() => JSONScalar, { nullable: true }) installedPackages?: unknown;
  @Field(() => JSONObjectScalar, { nullable: true }) metadata?: Record<string, unknown>;
}

@InputType({ description: 'A metric or evaluation computed by the client' })
export class MetricInput {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => ID, { nullable: true, description: 'Required' }) traceId?: string;
  @Field(() => ID, { nullable: true }) spanId?: string;
  @Field(() => String, { nullable: true, description: 'Required' }) name?: string;
  @Field(() => Float, { nullable: true, description: 'In [0, 1]' }) score?: number;
  @Field(() => Float, { nullable: true }) value?: number;
  @Field(() => String, { nullable: true }) reason?: string;
  @Field(() => JSONScalar, { nullable: true }) resultDetail?: unknown;
  @Field(() => JSONScalar, { nullable: true }) config?: unknown;
  @Field(() => Date, { nullable: true }) startTime?: Date;
  @Field(() => Date, { nullable: true }) endTime?: Date;
  @Field(() => Float, { nullable: true }) durationMs?: number;
  @Field(() => Date, { nullable: true, description: 'Defaults to now' }) timestamp?: Date;
}

@InputType()
export class IngestBatchInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the API key's project; required with the admin key" }) projectId?: string;
  @Field(() => [TraceInput], { nullable: true }) traces?: TraceInput[];
  @Field(() => [AgentCallInput], { nullable: true }) agentCalls?: AgentCallInput[];
  @Field(() => [LLMCallInput], { nullable: true }) llmCalls?: LLMCallInput[];
  @Field(() => [ToolCallInput], { nullable: true }) toolCalls?: ToolCallInput[];
  @Field(() => [ErrorInput], { nullable: true }) errors?: ErrorInput[];
  @Field(() => [UserInteractionInput], { nullable: true }) userInteractions?: UserInteractionInput[];
  @Field(() => [SystemInfoInput], { nullable: true }) systemInfos?: SystemInfoInput[];
  @Field(() => [MetricInput], { nullable: true }) metrics?: MetricInput[];
}
