import { Field, ID, InputType } from 'type-graphql';
import { JSONScalar } from '../common/scalars.type';
import type { RunTypeEnum, SpanStatusEnum } from '../spans/span.type';
import type { TraceStatusEnum } from '../traces/trace.type';
import {
  LenientBoolean,
  LenientDateTime,
  LenientFloat,
  LenientID,
  LenientInt,
  LenientJSONObject,
  LenientRunType,
  LenientSpanStatus,
  LenientString,
  LenientTraceStatus,
} from './lenient-scalars.type';

// Fields a valid item needs (traceId, errorMessage...) are nullable here on purpose, and values take
// lenient scalars (lenient-scalars.type.ts): GraphQL would reject the whole request for one item missing
// a field or holding a value of the wrong type, while the ingest validator rejects only that item. The
// TypeScript types are those of valid values: validateBatch refuses an item holding an InvalidValue first.

@InputType({ description: 'A trace (agent run). Sent again with the same id, it updates only the fields given.' })
export class TraceInput {
  @Field(() => LenientID, { nullable: true, description: 'UUID (v7 preferred); generated when absent' }) id?: string;
  @Field(() => LenientString, { nullable: true }) name?: string;
  @Field(() => LenientDateTime, { nullable: true, description: 'Defaults to the earliest span of the batch, else now' }) startTime?: Date;
  @Field(() => LenientDateTime, { nullable: true, description: 'Setting it completes the trace' }) endTime?: Date;
  @Field(() => LenientTraceStatus, { nullable: true, description: 'ERROR flags the trace; otherwise status follows endTime' }) status?: TraceStatusEnum;
  @Field(() => LenientString, { nullable: true }) userId?: string;
  @Field(() => LenientString, { nullable: true }) sessionId?: string;
  @Field(() => LenientString, { nullable: true }) agentVersion?: string;
  @Field(() => LenientString, { nullable: true }) promptTemplateVersion?: string;
  @Field(() => LenientString, { nullable: true }) modelName?: string;
  @Field(() => JSONScalar, { nullable: true }) inputs?: unknown;
  @Field(() => JSONScalar, { nullable: true }) outputs?: unknown;
  @Field(() => LenientBoolean, { nullable: true }) errorFlag?: boolean;
  @Field(() => LenientString, { nullable: true }) errorType?: string;
  @Field(() => LenientString, { nullable: true }) errorMessage?: string;
  @Field(() => [LenientString], { nullable: true, description: 'Replaces the tags' }) tags?: string[];
  @Field(() => LenientJSONObject, { nullable: true, description: 'Merged into the stored metadata, key by key' }) metadata?: Record<string, unknown>;
}

@InputType()
export class SpanInputBase {
  @Field(() => LenientID, { nullable: true, description: 'UUID (v7 preferred); generated when absent' }) id?: string;
  @Field(() => LenientID, { nullable: true, description: 'Required. The trace is created if it does not exist yet.' }) traceId?: string;
  @Field(() => LenientID, { nullable: true, description: 'The parent span, of any kind; it may arrive later' }) parentId?: string;
  @Field(() => LenientRunType, { nullable: true }) runType?: RunTypeEnum;
  @Field(() => LenientString, { nullable: true }) name?: string;
  @Field(() => LenientSpanStatus, { nullable: true, description: 'Derived from error and endTime when absent' }) status?: SpanStatusEnum;
  @Field(() => LenientDateTime, { nullable: true, description: 'Required on the first send of a span' }) startTime?: Date;
  @Field(() => LenientDateTime, { nullable: true }) endTime?: Date;
  @Field(() => LenientFloat, { nullable: true, description: 'Sets endTime = startTime + latency when endTime is absent' }) latencyMs?: number;
  @Field(() => LenientInt, { nullable: true }) stepIndex?: number;
  @Field(() => LenientString, { nullable: true }) dottedOrder?: string;
  @Field(() => JSONScalar, { nullable: true }) inputs?: unknown;
  @Field(() => JSONScalar, { nullable: true }) outputs?: unknown;
  @Field(() => LenientString, { nullable: true }) error?: string;
  @Field(() => LenientString, { nullable: true }) errorType?: string;
  @Field(() => LenientJSONObject, { nullable: true }) metadata?: Record<string, unknown>;
  @Field(() => [LenientString], { nullable: true }) tags?: string[];
  @Field(() => JSONScalar, { nullable: true }) events?: unknown;
  @Field(() => JSONScalar, { nullable: true }) serialized?: unknown;
  @Field(() => LenientJSONObject, { nullable: true }) extra?: Record<string, unknown>;
  @Field(() => LenientJSONObject, { nullable: true }) attachments?: Record<string, unknown>;
  @Field(() => LenientJSONObject, { nullable: true }) inputsS3Urls?: Record<string, unknown>;
  @Field(() => LenientJSONObject, { nullable: true }) outputsS3Urls?: Record<string, unknown>;
  @Field(() => LenientID, { nullable: true }) referenceExampleId?: string;
  @Field(() => LenientString, { nullable: true }) manifestId?: string;
  @Field(() => LenientBoolean, { nullable: true }) inDataset?: boolean;
  @Field(() => LenientFloat, { nullable: true, description: 'Bytes' }) memoryUsed?: number;
}

@InputType({ description: 'An agent step (runType agent, chain, prompt or parser; default agent)' })
export class AgentCallInput extends SpanInputBase {}

@InputType({ description: 'An LLM call (runType llm or embedding; default llm). Cost is computed from the model when not sent.' })
export class LLMCallInput extends SpanInputBase {
  @Field(() => LenientString, { nullable: true }) provider?: string;
  @Field(() => LenientString, { nullable: true }) model?: string;
  @Field(() => LenientInt, { nullable: true, description: 'All input tokens, cached ones included' }) promptTokens?: number;
  @Field(() => LenientInt, { nullable: true, description: 'All output tokens, reasoning included' }) completionTokens?: number;
  @Field(() => LenientInt, { nullable: true, description: 'Defaults to prompt + completion' }) totalTokens?: number;
  @Field(() => LenientInt, { nullable: true }) cacheReadTokens?: number;
  @Field(() => LenientInt, { nullable: true }) cacheCreationTokens?: number;
  @Field(() => LenientInt, { nullable: true }) reasoningTokens?: number;
  @Field(() => LenientJSONObject, { nullable: true }) promptTokenDetails?: Record<string, number>;
  @Field(() => LenientJSONObject, { nullable: true }) completionTokenDetails?: Record<string, number>;
  @Field(() => LenientFloat, { nullable: true }) promptCost?: number;
  @Field(() => LenientFloat, { nullable: true }) completionCost?: number;
  @Field(() => LenientFloat, { nullable: true, description: 'cost_usd; defaults to prompt + completion cost when both are sent' }) totalCost?: number;
  @Field(() => LenientJSONObject, { nullable: true }) promptCostDetails?: Record<string, number>;
  @Field(() => LenientJSONObject, { nullable: true }) completionCostDetails?: Record<string, number>;
  @Field(() => LenientDateTime, { nullable: true }) firstTokenTime?: Date;
  @Field(() => LenientFloat, { nullable: true }) temperature?: number;
  @Field(() => LenientFloat, { nullable: true }) topP?: number;
  @Field(() => LenientInt, { nullable: true }) maxTokens?: number;
  @Field(() => [LenientString], { nullable: true }) stopTokens?: string[];
  @Field(() => LenientJSONObject, { nullable: true }) invocationParams?: Record<string, unknown>;
  @Field(() => JSONScalar, { nullable: true }) toolCalls?: unknown;
  @Field(() => LenientBoolean, { nullable: true }) streaming?: boolean;
  @Field(() => LenientInt, { nullable: true }) retryCount?: number;
  @Field(() => LenientString, { nullable: true }) contextHash?: string;
  @Field(() => [LenientString], { nullable: true }) contextRefs?: string[];
  @Field(() => LenientString, { nullable: true }) hiddenStateHash?: string;
  @Field(() => LenientString, { nullable: true }) promptDiffFromPrevious?: string;
  @Field(() => LenientString, { nullable: true }) decisionId?: string;
  @Field(() => LenientID, {
    nullable: true,
    description:
      "The prompt version the call rendered; one of another project or unknown is stored as none (metadata 'sextant.prompt_version_id' does the same)",
  })
  promptVersionId?: string;
  @Field(() => LenientJSONObject, {
    nullable: true,
    description:
      "The prompt version by name when promptVersionId is not given: { name, version?, label? }, neither version nor label meaning the latest (metadata 'sextant.prompt': name, name:3 or name@label)",
  })
  prompt?: { name?: unknown; version?: unknown; label?: unknown };
}

@InputType({ description: 'A tool call (runType tool or retriever; default tool)' })
export class ToolCallInput extends SpanInputBase {
  @Field(() => LenientID, { nullable: true }) llmCallId?: string;
  @Field(() => LenientFloat, { nullable: true, description: 'cost_estimate in USD' }) totalCost?: number;
  @Field(() => JSONScalar, { nullable: true }) networkCalls?: unknown;
  @Field(() => JSONScalar, { nullable: true }) retrievedDocs?: unknown;
  @Field(() => JSONScalar, { nullable: true }) docSimilarityScores?: unknown;
  @Field(() => JSONScalar, { nullable: true }) intermediateState?: unknown;
}

@InputType()
export class ErrorInput {
  @Field(() => LenientID, { nullable: true }) id?: string;
  @Field(() => LenientID, { nullable: true, description: 'Required' }) traceId?: string;
  @Field(() => LenientID, { nullable: true }) agentId?: string;
  @Field(() => LenientID, { nullable: true }) llmCallId?: string;
  @Field(() => LenientID, { nullable: true }) toolCallId?: string;
  @Field(() => LenientString, { nullable: true }) errorType?: string;
  @Field(() => LenientString, { nullable: true, description: 'Required' }) errorMessage?: string;
  @Field(() => LenientString, { nullable: true }) stackTrace?: string;
  @Field(() => LenientDateTime, { nullable: true, description: 'Defaults to now' }) timestamp?: Date;
  @Field(() => LenientJSONObject, { nullable: true }) metadata?: Record<string, unknown>;
}

@InputType()
export class UserInteractionInput {
  @Field(() => LenientID, { nullable: true }) id?: string;
  @Field(() => LenientID, { nullable: true, description: 'Required' }) traceId?: string;
  @Field(() => LenientID, { nullable: true }) agentId?: string;
  @Field(() => LenientString, { nullable: true, description: 'Required: input, output, or another kind' }) interactionType?: string;
  @Field(() => LenientString, { nullable: true, description: 'Required' }) content?: string;
  @Field(() => LenientString, { nullable: true }) userId?: string;
  @Field(() => LenientDateTime, { nullable: true, description: 'Defaults to now' }) timestamp?: Date;
  @Field(() => LenientJSONObject, { nullable: true }) metadata?: Record<string, unknown>;
}

@InputType({ description: 'The system a trace ran on; one per trace, updated in place' })
export class SystemInfoInput {
  @Field(() => LenientID, { nullable: true }) id?: string;
  @Field(() => LenientID, { nullable: true, description: 'Required' }) traceId?: string;
  @Field(() => LenientString, { nullable: true }) osName?: string;
  @Field(() => LenientString, { nullable: true }) osVersion?: string;
  @Field(() => LenientString, { nullable: true }) pythonVersion?: string;
  @Field(() => LenientString, { nullable: true }) runtimeName?: string;
  @Field(() => LenientString, { nullable: true }) runtimeVersion?: string;
  @Field(() => LenientString, { nullable: true }) hostname?: string;
  @Field(() => JSONScalar, { nullable: true }) cpuInfo?: unknown;
  @Field(() => JSONScalar, { nullable: true }) gpuInfo?: unknown;
  @Field(() => JSONScalar, { nullable: true }) diskInfo?: unknown;
  @Field(() => LenientFloat, { nullable: true, description: 'Bytes' }) memoryTotal?: number;
  @Field(() => JSONScalar, { nullable: true }) installedPackages?: unknown;
  @Field(() => LenientJSONObject, { nullable: true }) metadata?: Record<string, unknown>;
}

@InputType({ description: 'A metric or evaluation computed by the client' })
export class MetricInput {
  @Field(() => LenientID, { nullable: true }) id?: string;
  @Field(() => LenientID, { nullable: true, description: 'Required' }) traceId?: string;
  @Field(() => LenientID, { nullable: true }) spanId?: string;
  @Field(() => LenientString, { nullable: true, description: 'Required' }) name?: string;
  @Field(() => LenientFloat, { nullable: true, description: 'In [0, 1]' }) score?: number;
  @Field(() => LenientFloat, { nullable: true }) value?: number;
  @Field(() => LenientString, { nullable: true }) reason?: string;
  @Field(() => JSONScalar, { nullable: true }) resultDetail?: unknown;
  @Field(() => JSONScalar, { nullable: true }) config?: unknown;
  @Field(() => LenientDateTime, { nullable: true }) startTime?: Date;
  @Field(() => LenientDateTime, { nullable: true }) endTime?: Date;
  @Field(() => LenientFloat, { nullable: true }) durationMs?: number;
  @Field(() => LenientDateTime, { nullable: true, description: 'Defaults to now' }) timestamp?: Date;
  // Set by adapters (LangSmith's feedback), never by GraphQL clients: those record 'client' metrics.
  source?: 'client' | 'langsmith';
  label?: string;
  correction?: unknown;
}

@InputType()
export class IngestBatchInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the API key's project; required with the admin key" }) projectId?: string;
  @Field(() => [TraceInput], { nullable: 'itemsAndList' }) traces?: (TraceInput | null)[];
  @Field(() => [AgentCallInput], { nullable: 'itemsAndList' }) agentCalls?: (AgentCallInput | null)[];
  @Field(() => [LLMCallInput], { nullable: 'itemsAndList' }) llmCalls?: (LLMCallInput | null)[];
  @Field(() => [ToolCallInput], { nullable: 'itemsAndList' }) toolCalls?: (ToolCallInput | null)[];
  @Field(() => [ErrorInput], { nullable: 'itemsAndList' }) errors?: (ErrorInput | null)[];
  @Field(() => [UserInteractionInput], { nullable: 'itemsAndList' }) userInteractions?: (UserInteractionInput | null)[];
  @Field(() => [SystemInfoInput], { nullable: 'itemsAndList' }) systemInfos?: (SystemInfoInput | null)[];
  @Field(() => [MetricInput], { nullable: 'itemsAndList' }) metrics?: (MetricInput | null)[];
}
