// The items of an ingest batch (the `ingest` mutation's IngestBatchInput) as the demo builder fills them.
import type { DemoHost, DemoToolName } from './demo-scenario.type';

export type Json = Record<string, unknown>;
export type Message = { role: 'system' | 'user' | 'assistant' | 'tool'; content: string | null; tool_calls?: OpenAiToolCall[]; tool_call_id?: string };
export type OpenAiToolCall = { id: string; type: 'function'; function: { name: DemoToolName; arguments: string } };

export type SpanItem = {
  id: string;
  traceId: string;
  parentId?: string;
  runType: 'AGENT' | 'LLM' | 'TOOL' | 'RETRIEVER';
  name: string;
  startTime: string;
  endTime: string;
  stepIndex: number;
  inputs?: unknown;
  outputs?: unknown;
  error?: string;
  errorType?: string;
  metadata?: Json;
};

export type LlmItem = SpanItem & {
  provider: string;
  model: string;
  promptTokens?: number;
  completionTokens?: number;
  cacheReadTokens?: number;
  cacheCreationTokens?: number;
  temperature: number;
  maxTokens: number;
  streaming: boolean;
  firstTokenTime?: string;
  toolCalls?: OpenAiToolCall[];
  retryCount?: number;
  invocationParams?: Json;
};

export type ToolItem = SpanItem & {
  llmCallId?: string;
  networkCalls?: Json[];
  retrievedDocs?: Json[];
  docSimilarityScores?: number[];
  intermediateState?: Json;
};

type TraceItem = {
  id: string;
  name: string;
  startTime: string;
  endTime: string;
  status?: 'ERROR';
  userId: string;
  sessionId: string;
  agentVersion: string;
  promptTemplateVersion: string;
  modelName: string;
  inputs: unknown;
  outputs?: unknown;
  errorType?: string;
  errorMessage?: string;
  tags: string[];
  metadata: Json;
};

type ErrorItem = {
  id: string;
  traceId: string;
  agentId: string;
  llmCallId?: string;
  toolCallId?: string;
  errorType: string;
  errorMessage: string;
  stackTrace: string;
  timestamp: string;
  metadata: Json;
};

type UserInteractionItem = {
  id: string;
  traceId: string;
  agentId: string;
  interactionType: 'input' | 'output';
  content: string;
  userId: string;
  timestamp: string;
};

type SystemInfoItem = DemoHost & { id: string; traceId: string };

type MetricItem = {
  id: string;
  traceId: string;
  spanId: string;
  name: string;
  score: number;
  value?: number;
  reason: string;
  resultDetail?: unknown;
  config?: unknown;
  startTime?: string;
  endTime?: string;
  timestamp: string;
};

/** One ingest batch: the lists of the `ingest` mutation, ready to send with a projectId. */
export type DemoBatch = {
  traces: TraceItem[];
  agentCalls: SpanItem[];
  llmCalls: LlmItem[];
  toolCalls: ToolItem[];
  errors: ErrorItem[];
  userInteractions: UserInteractionItem[];
  systemInfos: SystemInfoItem[];
  metrics: MetricItem[];
};
