/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: any; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, any>; }
  /** A Boolean. Ingest only: a value that does not fit rejects just its item (with list, index and field), never the request. */
  LenientBoolean: { input: boolean; output: boolean; }
  /** A time: an ISO 8601 date-time string (2026-11-22T10:00:00Z; one without an offset is UTC) or epoch milliseconds. Ingest only: a value that does not fit rejects just its item (with list, index and field), never the request. */
  LenientDateTime: { input: string | number; output: string | number; }
  /** A Float. Ingest only: a value that does not fit rejects just its item (with list, index and field), never the request. */
  LenientFloat: { input: number; output: number; }
  /** An ID (string or integer). Ingest only: a value that does not fit rejects just its item (with list, index and field), never the request. */
  LenientID: { input: string; output: string; }
  /** A 32-bit Int. Ingest only: a value that does not fit rejects just its item (with list, index and field), never the request. */
  LenientInt: { input: number; output: number; }
  /** A JSON object. Ingest only: a value that does not fit rejects just its item (with list, index and field), never the request. */
  LenientJSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A RunType. One of AGENT, CHAIN, PROMPT, PARSER, LLM, EMBEDDING, TOOL, RETRIEVER. Ingest only: a value that does not fit rejects just its item (with list, index and field), never the request. */
  LenientRunType: { input: string; output: string; }
  /** A SpanStatus. One of RUNNING, SUCCESS, ERROR. Ingest only: a value that does not fit rejects just its item (with list, index and field), never the request. */
  LenientSpanStatus: { input: string; output: string; }
  /** A String. Ingest only: a value that does not fit rejects just its item (with list, index and field), never the request. */
  LenientString: { input: string; output: string; }
  /** A TraceStatus. One of RUNNING, SUCCESS, ERROR. Ingest only: a value that does not fit rejects just its item (with list, index and field), never the request. */
  LenientTraceStatus: { input: string; output: string; }
};

/** An agent step (runType agent, chain, prompt or parser; default agent) */
export type AgentCallInput = {
  attachments?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  dottedOrder?: InputMaybe<Scalars['LenientString']['input']>;
  endTime?: InputMaybe<Scalars['LenientDateTime']['input']>;
  error?: InputMaybe<Scalars['LenientString']['input']>;
  errorType?: InputMaybe<Scalars['LenientString']['input']>;
  events?: InputMaybe<Scalars['JSON']['input']>;
  extra?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  /** UUID (v7 preferred); generated when absent */
  id?: InputMaybe<Scalars['LenientID']['input']>;
  inDataset?: InputMaybe<Scalars['LenientBoolean']['input']>;
  inputs?: InputMaybe<Scalars['JSON']['input']>;
  inputsS3Urls?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  /** Sets endTime = startTime + latency when endTime is absent */
  latencyMs?: InputMaybe<Scalars['LenientFloat']['input']>;
  manifestId?: InputMaybe<Scalars['LenientString']['input']>;
  /** Bytes */
  memoryUsed?: InputMaybe<Scalars['LenientFloat']['input']>;
  metadata?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  name?: InputMaybe<Scalars['LenientString']['input']>;
  outputs?: InputMaybe<Scalars['JSON']['input']>;
  outputsS3Urls?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  /** The parent span, of any kind; it may arrive later */
  parentId?: InputMaybe<Scalars['LenientID']['input']>;
  referenceExampleId?: InputMaybe<Scalars['LenientID']['input']>;
  runType?: InputMaybe<Scalars['LenientRunType']['input']>;
  serialized?: InputMaybe<Scalars['JSON']['input']>;
  /** Required on the first send of a span */
  startTime?: InputMaybe<Scalars['LenientDateTime']['input']>;
  /** Derived from error and endTime when absent */
  status?: InputMaybe<Scalars['LenientSpanStatus']['input']>;
  stepIndex?: InputMaybe<Scalars['LenientInt']['input']>;
  tags?: InputMaybe<Array<Scalars['LenientString']['input']>>;
  /** Required. The trace is created if it does not exist yet. */
  traceId?: InputMaybe<Scalars['LenientID']['input']>;
};

export type AnnotationItemStatus =
  | 'DONE'
  | 'PENDING';

/** One score of a submission, checked against the queue's rubric */
export type AnnotationScoreInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  correction?: InputMaybe<Scalars['JSON']['input']>;
  key: Scalars['String']['input'];
  /** CATEGORICAL, or BOOLEAN as true or false */
  label?: InputMaybe<Scalars['String']['input']>;
  /** NUMERIC, or BOOLEAN as 1 or 0 */
  score?: InputMaybe<Scalars['Float']['input']>;
};

/** A trace, or one of its spans, to annotate */
export type AnnotationTargetInput = {
  spanId?: InputMaybe<Scalars['ID']['input']>;
  traceId: Scalars['ID']['input'];
};

/** ingest: send traces; read: query; admin: both, plus keys, project settings and deletion */
export type ApiKeyRole =
  | 'ADMIN'
  | 'INGEST'
  | 'READ';

/** QUEUED: waiting for the worker; RUNNING: batches under way (a retried job resumes where it stopped); DONE; FAILED: see error */
export type CostRecomputeStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type CreateAnnotationQueueInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** What annotators should look for */
  instructions?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  rubric: Array<RubricItemInput>;
};

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  role: ApiKeyRole;
};

export type CreateDatasetInput = {
  dataType?: InputMaybe<DatasetDataType>;
  description?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

export type CreateExperimentInput = {
  /** Runs in flight at once, 1 to 16 (default 4) */
  concurrency?: InputMaybe<Scalars['Int']['input']>;
  datasetId: Scalars['ID']['input'];
  /** Default: the dataset's latest version */
  datasetVersion?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  evaluators?: Array<EvaluatorInput>;
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Default: the prompt version's model, then the endpoint's default model */
  model?: InputMaybe<Scalars['String']['input']>;
  /** Unique in the project; generated when omitted */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Model parameters, merged over the prompt version's */
  parameters?: InputMaybe<Scalars['JSONObject']['input']>;
  prompt?: InputMaybe<PromptByLabelInput>;
  /** The prompt version to run; or give prompt, or only a model */
  promptVersionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the examples of these splits */
  splits?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A score on a trace or one of its spans: a number, a categorical label, or both */
export type CreateFeedbackInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** What the output should have been */
  correction?: InputMaybe<Scalars['JSON']['input']>;
  /** What is scored, e.g. correctness */
  key: Scalars['String']['input'];
  /** A categorical value */
  label?: InputMaybe<Scalars['String']['input']>;
  score?: InputMaybe<Scalars['Float']['input']>;
  source?: FeedbackSource;
  /** The span it scores; the trace itself when left out */
  spanId?: InputMaybe<Scalars['ID']['input']>;
  traceId: Scalars['ID']['input'];
};

export type CreateProjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  name: Scalars['String']['input'];
  referenceDatasetId?: InputMaybe<Scalars['ID']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreatePromptInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new version: give promptId, or projectId and promptName (the prompt is created on first use) */
export type CreatePromptVersionInput = {
  commitMessage?: InputMaybe<Scalars['String']['input']>;
  /** Labels to point at the new version (moved from where they were) */
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The messages of a CHAT template */
  messages?: InputMaybe<Array<PromptMessageInput>>;
  model?: InputMaybe<Scalars['String']['input']>;
  parameters?: InputMaybe<Scalars['JSONObject']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  promptId?: InputMaybe<Scalars['ID']['input']>;
  promptName?: InputMaybe<Scalars['String']['input']>;
  templateFormat: PromptTemplateFormat;
  /** The text of a TEXT template */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Which CSV columns make the inputs, outputs and metadata, and which names the split. Without it: columns prefixed input., output. and metadata. go there (prefix dropped); a column named split holds the splits (separated by |); any other column is an input, except output, outputs, expected, answer and reference, which are outputs */
export type CsvColumnsInput = {
  inputs?: InputMaybe<Array<Scalars['String']['input']>>;
  metadata?: InputMaybe<Array<Scalars['String']['input']>>;
  outputs?: InputMaybe<Array<Scalars['String']['input']>>;
  split?: InputMaybe<Scalars['String']['input']>;
};

/** KV: any keys; LLM: a prompt and its completion; CHAT: messages */
export type DatasetDataType =
  | 'CHAT'
  | 'KV'
  | 'LLM';

export type ErrorInput = {
  agentId?: InputMaybe<Scalars['LenientID']['input']>;
  /** Required */
  errorMessage?: InputMaybe<Scalars['LenientString']['input']>;
  errorType?: InputMaybe<Scalars['LenientString']['input']>;
  id?: InputMaybe<Scalars['LenientID']['input']>;
  llmCallId?: InputMaybe<Scalars['LenientID']['input']>;
  metadata?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  stackTrace?: InputMaybe<Scalars['LenientString']['input']>;
  /** Defaults to now */
  timestamp?: InputMaybe<Scalars['LenientDateTime']['input']>;
  toolCallId?: InputMaybe<Scalars['LenientID']['input']>;
  /** Required */
  traceId?: InputMaybe<Scalars['LenientID']['input']>;
};

/** An evaluator scoring each run; its scores are metrics named by its key on the run trace */
export type EvaluatorInput = {
  /** The metric name of its scores; defaults per kind (exact_match, contains, …, correctness for the judge) */
  key?: InputMaybe<Scalars['String']['input']>;
  kind: EvaluatorKind;
  /** Per kind: referenceKey, caseSensitive, trim, value (EXACT_MATCH, CONTAINS, NUMERIC_CLOSENESS); pattern, flags (REGEX); requiredKeys (JSON_VALID); tolerance, relative (NUMERIC_CLOSENESS); maxMs (LATENCY); maxUsd (COST); criterion "correctness", rubric {criteria, scale: PASS_FAIL|ONE_TO_FIVE|ZERO_TO_TEN}, model (LLM_JUDGE) */
  options?: InputMaybe<Scalars['JSONObject']['input']>;
};

/** Deterministic checks of a run (match, contains, regex, JSON, number, latency, cost) or the LLM judge */
export type EvaluatorKind =
  | 'CONTAINS'
  | 'COST'
  | 'EXACT_MATCH'
  | 'JSON_VALID'
  | 'LATENCY'
  | 'LLM_JUDGE'
  | 'NUMERIC_CLOSENESS'
  | 'REGEX';

export type ExampleFormat =
  | 'CSV'
  | 'JSONL';

/** An example written by hand */
export type ExampleInput = {
  /** A JSON object */
  inputs: Scalars['JSON']['input'];
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Reference outputs: a JSON object */
  outputs?: InputMaybe<Scalars['JSON']['input']>;
  splits?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The fields of an example to change; the others stay */
export type ExamplePatchInput = {
  inputs?: InputMaybe<Scalars['JSON']['input']>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  outputs?: InputMaybe<Scalars['JSON']['input']>;
  splits?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** SEXTANT: run by Sextant's worker; CLIENT: run by a client (LangSmith evaluate()) that traced its own runs */
export type ExperimentKind =
  | 'CLIENT'
  | 'SEXTANT';

export type ExperimentRunStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING';

export type ExperimentStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type FeedbackFilter = {
  authorKeyId?: InputMaybe<Scalars['ID']['input']>;
  /** Recorded at or after */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  maxScore?: InputMaybe<Scalars['Float']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
  /** client, langsmith, api, human, worker, judge; all when left out */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  spanId?: InputMaybe<Scalars['ID']['input']>;
  /** Recorded before */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  traceId?: InputMaybe<Scalars['ID']['input']>;
};

/** API: a program sent it; HUMAN: a person (the UI, annotation queues) */
export type FeedbackSource =
  | 'API'
  | 'HUMAN';

/** Where forwarding a trace to LangSmith stands */
export type ForwardingStatus =
  /** The last send failed (see lastError); retryForwarding queues it again */
  | 'FAILED'
  /** Changes are queued and not yet sent */
  | 'PENDING'
  /** LangSmith holds everything Sextant held when it was last sent (a running trace goes out in parts) */
  | 'SENT'
  /** Forwarding was switched off for the trace's project before it was sent */
  | 'SKIPPED';

export type IngestBatchInput = {
  agentCalls?: InputMaybe<Array<InputMaybe<AgentCallInput>>>;
  errors?: InputMaybe<Array<InputMaybe<ErrorInput>>>;
  llmCalls?: InputMaybe<Array<InputMaybe<LlmCallInput>>>;
  metrics?: InputMaybe<Array<InputMaybe<MetricInput>>>;
  /** Defaults to the API key's project; required with the admin key */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  systemInfos?: InputMaybe<Array<InputMaybe<SystemInfoInput>>>;
  toolCalls?: InputMaybe<Array<InputMaybe<ToolCallInput>>>;
  traces?: InputMaybe<Array<InputMaybe<TraceInput>>>;
  userInteractions?: InputMaybe<Array<InputMaybe<UserInteractionInput>>>;
};

export type IngestList =
  | 'AGENT_CALLS'
  | 'ERRORS'
  | 'LLM_CALLS'
  | 'METRICS'
  | 'SYSTEM_INFOS'
  | 'TOOL_CALLS'
  | 'TRACES'
  | 'USER_INTERACTIONS';

/** The background queues: trace metrics, hourly rollups, periodic maintenance, forwarding to LangSmith, experiment runs */
export type JobQueueName =
  | 'EXPERIMENTS'
  | 'LANGSMITH'
  | 'MAINTENANCE'
  | 'METRICS'
  | 'ROLLUPS';

/** An LLM call (runType llm or embedding; default llm). Cost is computed from the model when not sent. */
export type LlmCallInput = {
  attachments?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  cacheCreationTokens?: InputMaybe<Scalars['LenientInt']['input']>;
  cacheReadTokens?: InputMaybe<Scalars['LenientInt']['input']>;
  completionCost?: InputMaybe<Scalars['LenientFloat']['input']>;
  completionCostDetails?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  completionTokenDetails?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  /** All output tokens, reasoning included */
  completionTokens?: InputMaybe<Scalars['LenientInt']['input']>;
  contextHash?: InputMaybe<Scalars['LenientString']['input']>;
  contextRefs?: InputMaybe<Array<Scalars['LenientString']['input']>>;
  decisionId?: InputMaybe<Scalars['LenientString']['input']>;
  dottedOrder?: InputMaybe<Scalars['LenientString']['input']>;
  endTime?: InputMaybe<Scalars['LenientDateTime']['input']>;
  error?: InputMaybe<Scalars['LenientString']['input']>;
  errorType?: InputMaybe<Scalars['LenientString']['input']>;
  events?: InputMaybe<Scalars['JSON']['input']>;
  extra?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  firstTokenTime?: InputMaybe<Scalars['LenientDateTime']['input']>;
  hiddenStateHash?: InputMaybe<Scalars['LenientString']['input']>;
  /** UUID (v7 preferred); generated when absent */
  id?: InputMaybe<Scalars['LenientID']['input']>;
  inDataset?: InputMaybe<Scalars['LenientBoolean']['input']>;
  inputs?: InputMaybe<Scalars['JSON']['input']>;
  inputsS3Urls?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  invocationParams?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  /** Sets endTime = startTime + latency when endTime is absent */
  latencyMs?: InputMaybe<Scalars['LenientFloat']['input']>;
  manifestId?: InputMaybe<Scalars['LenientString']['input']>;
  maxTokens?: InputMaybe<Scalars['LenientInt']['input']>;
  /** Bytes */
  memoryUsed?: InputMaybe<Scalars['LenientFloat']['input']>;
  metadata?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  model?: InputMaybe<Scalars['LenientString']['input']>;
  name?: InputMaybe<Scalars['LenientString']['input']>;
  outputs?: InputMaybe<Scalars['JSON']['input']>;
  outputsS3Urls?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  /** The parent span, of any kind; it may arrive later */
  parentId?: InputMaybe<Scalars['LenientID']['input']>;
  /** The prompt version by name when promptVersionId is not given: { name, version?, label? }, neither version nor label meaning the latest (metadata 'sextant.prompt': name, name:3 or name@label) */
  prompt?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  promptCost?: InputMaybe<Scalars['LenientFloat']['input']>;
  promptCostDetails?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  promptDiffFromPrevious?: InputMaybe<Scalars['LenientString']['input']>;
  promptTokenDetails?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  /** All input tokens, cached ones included */
  promptTokens?: InputMaybe<Scalars['LenientInt']['input']>;
  /** The prompt version the call rendered; one of another project or unknown is stored as none (metadata 'sextant.prompt_version_id' does the same) */
  promptVersionId?: InputMaybe<Scalars['LenientID']['input']>;
  provider?: InputMaybe<Scalars['LenientString']['input']>;
  reasoningTokens?: InputMaybe<Scalars['LenientInt']['input']>;
  referenceExampleId?: InputMaybe<Scalars['LenientID']['input']>;
  retryCount?: InputMaybe<Scalars['LenientInt']['input']>;
  runType?: InputMaybe<Scalars['LenientRunType']['input']>;
  serialized?: InputMaybe<Scalars['JSON']['input']>;
  /** Required on the first send of a span */
  startTime?: InputMaybe<Scalars['LenientDateTime']['input']>;
  /** Derived from error and endTime when absent */
  status?: InputMaybe<Scalars['LenientSpanStatus']['input']>;
  stepIndex?: InputMaybe<Scalars['LenientInt']['input']>;
  stopTokens?: InputMaybe<Array<Scalars['LenientString']['input']>>;
  streaming?: InputMaybe<Scalars['LenientBoolean']['input']>;
  tags?: InputMaybe<Array<Scalars['LenientString']['input']>>;
  temperature?: InputMaybe<Scalars['LenientFloat']['input']>;
  toolCalls?: InputMaybe<Scalars['JSON']['input']>;
  topP?: InputMaybe<Scalars['LenientFloat']['input']>;
  /** cost_usd; defaults to prompt + completion cost when both are sent */
  totalCost?: InputMaybe<Scalars['LenientFloat']['input']>;
  /** Defaults to prompt + completion */
  totalTokens?: InputMaybe<Scalars['LenientInt']['input']>;
  /** Required. The trace is created if it does not exist yet. */
  traceId?: InputMaybe<Scalars['LenientID']['input']>;
};

export type LlmEndpointInput = {
  /** Omitted: the stored key is kept; an empty string removes it */
  apiKey?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) URL, e.g. https://api.openai.com/v1 */
  baseUrl: Scalars['String']['input'];
  defaultModel?: InputMaybe<Scalars['String']['input']>;
};

/** Matches traces whose metadata has this key with exactly this JSON value */
export type MetadataFilter = {
  key: Scalars['String']['input'];
  value: Scalars['JSON']['input'];
};

/** A metric or evaluation computed by the client */
export type MetricInput = {
  config?: InputMaybe<Scalars['JSON']['input']>;
  durationMs?: InputMaybe<Scalars['LenientFloat']['input']>;
  endTime?: InputMaybe<Scalars['LenientDateTime']['input']>;
  id?: InputMaybe<Scalars['LenientID']['input']>;
  /** Required */
  name?: InputMaybe<Scalars['LenientString']['input']>;
  reason?: InputMaybe<Scalars['LenientString']['input']>;
  resultDetail?: InputMaybe<Scalars['JSON']['input']>;
  /** In [0, 1] */
  score?: InputMaybe<Scalars['LenientFloat']['input']>;
  spanId?: InputMaybe<Scalars['LenientID']['input']>;
  startTime?: InputMaybe<Scalars['LenientDateTime']['input']>;
  /** Defaults to now */
  timestamp?: InputMaybe<Scalars['LenientDateTime']['input']>;
  /** Required */
  traceId?: InputMaybe<Scalars['LenientID']['input']>;
  value?: InputMaybe<Scalars['LenientFloat']['input']>;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Fields left out keep their values */
export type ProjectForwardingInput = {
  /** true or false; null follows the server's default (LANGSMITH_TRACING) */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The LangSmith project to send to; null: LANGSMITH_PROJECT */
  langsmithProject?: InputMaybe<Scalars['String']['input']>;
};

/** A prompt by label (production, staging, …) instead of a version id */
export type PromptByLabelInput = {
  label: Scalars['String']['input'];
  promptId: Scalars['ID']['input'];
};

export type PromptLineOp =
  | 'ADD'
  | 'KEEP'
  | 'REMOVE';

export type PromptMessageChange =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED'
  | 'SAME';

export type PromptMessageInput = {
  content: Scalars['String']['input'];
  role: Scalars['String']['input'];
};

/** CHAT: a list of messages; TEXT: one string */
export type PromptTemplateFormat =
  | 'CHAT'
  | 'TEXT';

/** One thing annotators score */
export type RubricItemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  kind: RubricKind;
  /** NUMERIC: highest score */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** NUMERIC: lowest score */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** Every submission must score it */
  required?: Scalars['Boolean']['input'];
  /** CATEGORICAL: the allowed values */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** NUMERIC: a score in min..max; CATEGORICAL: one of values; BOOLEAN: yes or no */
export type RubricKind =
  | 'BOOLEAN'
  | 'CATEGORICAL'
  | 'NUMERIC';

/** LangSmith's run types (plus agent): agent/chain/prompt/parser are AgentCalls, llm/embedding LLMCalls, tool/retriever ToolCalls */
export type RunType =
  | 'AGENT'
  | 'CHAIN'
  | 'EMBEDDING'
  | 'LLM'
  | 'PARSER'
  | 'PROMPT'
  | 'RETRIEVER'
  | 'TOOL';

/** Matches traces with a score of this key (on the trace or any of its spans) in min..max, or with one of the labels */
export type ScoreFilter = {
  key: Scalars['String']['input'];
  /** Any of these categorical values */
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Highest score, inclusive */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** Lowest score, inclusive */
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** running until an end time arrives; error when an error was reported */
export type SpanStatus =
  | 'ERROR'
  | 'RUNNING'
  | 'SUCCESS';

/** The system a trace ran on; one per trace, updated in place */
export type SystemInfoInput = {
  cpuInfo?: InputMaybe<Scalars['JSON']['input']>;
  diskInfo?: InputMaybe<Scalars['JSON']['input']>;
  gpuInfo?: InputMaybe<Scalars['JSON']['input']>;
  hostname?: InputMaybe<Scalars['LenientString']['input']>;
  id?: InputMaybe<Scalars['LenientID']['input']>;
  installedPackages?: InputMaybe<Scalars['JSON']['input']>;
  /** Bytes */
  memoryTotal?: InputMaybe<Scalars['LenientFloat']['input']>;
  metadata?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  osName?: InputMaybe<Scalars['LenientString']['input']>;
  osVersion?: InputMaybe<Scalars['LenientString']['input']>;
  pythonVersion?: InputMaybe<Scalars['LenientString']['input']>;
  runtimeName?: InputMaybe<Scalars['LenientString']['input']>;
  runtimeVersion?: InputMaybe<Scalars['LenientString']['input']>;
  /** Required */
  traceId?: InputMaybe<Scalars['LenientID']['input']>;
};

/** NONE: one series over the project's traces; MODEL: one series per LLM model, over that model's LLM calls */
export type TimeseriesGroupBy =
  | 'MODEL'
  | 'NONE';

/** Width of a timeseries point; DAY points are UTC days */
export type TimeseriesInterval =
  | 'DAY'
  | 'HOUR';

/** A tool call (runType tool or retriever; default tool) */
export type ToolCallInput = {
  attachments?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  docSimilarityScores?: InputMaybe<Scalars['JSON']['input']>;
  dottedOrder?: InputMaybe<Scalars['LenientString']['input']>;
  endTime?: InputMaybe<Scalars['LenientDateTime']['input']>;
  error?: InputMaybe<Scalars['LenientString']['input']>;
  errorType?: InputMaybe<Scalars['LenientString']['input']>;
  events?: InputMaybe<Scalars['JSON']['input']>;
  extra?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  /** UUID (v7 preferred); generated when absent */
  id?: InputMaybe<Scalars['LenientID']['input']>;
  inDataset?: InputMaybe<Scalars['LenientBoolean']['input']>;
  inputs?: InputMaybe<Scalars['JSON']['input']>;
  inputsS3Urls?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  intermediateState?: InputMaybe<Scalars['JSON']['input']>;
  /** Sets endTime = startTime + latency when endTime is absent */
  latencyMs?: InputMaybe<Scalars['LenientFloat']['input']>;
  llmCallId?: InputMaybe<Scalars['LenientID']['input']>;
  manifestId?: InputMaybe<Scalars['LenientString']['input']>;
  /** Bytes */
  memoryUsed?: InputMaybe<Scalars['LenientFloat']['input']>;
  metadata?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  name?: InputMaybe<Scalars['LenientString']['input']>;
  networkCalls?: InputMaybe<Scalars['JSON']['input']>;
  outputs?: InputMaybe<Scalars['JSON']['input']>;
  outputsS3Urls?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  /** The parent span, of any kind; it may arrive later */
  parentId?: InputMaybe<Scalars['LenientID']['input']>;
  referenceExampleId?: InputMaybe<Scalars['LenientID']['input']>;
  retrievedDocs?: InputMaybe<Scalars['JSON']['input']>;
  runType?: InputMaybe<Scalars['LenientRunType']['input']>;
  serialized?: InputMaybe<Scalars['JSON']['input']>;
  /** Required on the first send of a span */
  startTime?: InputMaybe<Scalars['LenientDateTime']['input']>;
  /** Derived from error and endTime when absent */
  status?: InputMaybe<Scalars['LenientSpanStatus']['input']>;
  stepIndex?: InputMaybe<Scalars['LenientInt']['input']>;
  tags?: InputMaybe<Array<Scalars['LenientString']['input']>>;
  /** cost_estimate in USD */
  totalCost?: InputMaybe<Scalars['LenientFloat']['input']>;
  /** Required. The trace is created if it does not exist yet. */
  traceId?: InputMaybe<Scalars['LenientID']['input']>;
};

/** CREATED: first seen in this ingestion; COMPLETED: stopped running (end time or final status); UPDATED: anything else */
export type TraceChange =
  | 'COMPLETED'
  | 'CREATED'
  | 'UPDATED';

export type TraceFilter = {
  /** Traces starting at or after this time */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  hasError?: InputMaybe<Scalars['Boolean']['input']>;
  /** All must match */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Minimum total cost in USD (a trace of unknown cost never matches) */
  minCost?: InputMaybe<Scalars['Float']['input']>;
  /** Minimum duration in milliseconds */
  minLatencyMs?: InputMaybe<Scalars['Float']['input']>;
  /** Traces with at least one LLM call of this model */
  model?: InputMaybe<Scalars['String']['input']>;
  /** All must match (not available on the live feed) */
  scores?: InputMaybe<Array<ScoreFilter>>;
  sessionId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<TraceStatus>>;
  /** Traces carrying all of these tags */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Case-insensitive text in the name, inputs or outputs */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Traces starting before this time */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};

/** A trace (agent run). Sent again with the same id, it updates only the fields given. */
export type TraceInput = {
  agentVersion?: InputMaybe<Scalars['LenientString']['input']>;
  /** Setting it completes the trace */
  endTime?: InputMaybe<Scalars['LenientDateTime']['input']>;
  errorFlag?: InputMaybe<Scalars['LenientBoolean']['input']>;
  errorMessage?: InputMaybe<Scalars['LenientString']['input']>;
  errorType?: InputMaybe<Scalars['LenientString']['input']>;
  /** UUID (v7 preferred); generated when absent */
  id?: InputMaybe<Scalars['LenientID']['input']>;
  inputs?: InputMaybe<Scalars['JSON']['input']>;
  /** Merged into the stored metadata, key by key */
  metadata?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  modelName?: InputMaybe<Scalars['LenientString']['input']>;
  name?: InputMaybe<Scalars['LenientString']['input']>;
  outputs?: InputMaybe<Scalars['JSON']['input']>;
  promptTemplateVersion?: InputMaybe<Scalars['LenientString']['input']>;
  sessionId?: InputMaybe<Scalars['LenientString']['input']>;
  /** Defaults to the earliest span of the batch, else now */
  startTime?: InputMaybe<Scalars['LenientDateTime']['input']>;
  /** ERROR flags the trace; otherwise status follows endTime */
  status?: InputMaybe<Scalars['LenientTraceStatus']['input']>;
  /** Replaces the tags */
  tags?: InputMaybe<Array<Scalars['LenientString']['input']>>;
  userId?: InputMaybe<Scalars['LenientString']['input']>;
};

/** A trace (its root inputs and outputs) or one of its spans (the span's own) to make an example of */
export type TraceItemInput = {
  spanId?: InputMaybe<Scalars['ID']['input']>;
  splits?: InputMaybe<Array<Scalars['String']['input']>>;
  traceId: Scalars['ID']['input'];
};

export type TraceOrder = {
  direction?: OrderDirection;
  field?: TraceOrderField;
};

export type TraceOrderField =
  | 'DURATION'
  | 'START_TIME'
  | 'TOTAL_COST'
  | 'TOTAL_TOKENS';

export type TraceStatus =
  | 'ERROR'
  | 'RUNNING'
  | 'SUCCESS';

export type TrendBucket =
  | 'DAY'
  | 'HOUR';

/** A field left out is kept */
export type UpdateAnnotationQueueInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  instructions?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  rubric?: InputMaybe<Array<RubricItemInput>>;
};

export type UpdateDatasetInput = {
  dataType?: InputMaybe<DatasetDataType>;
  description?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a feedback; a field left out is kept, null clears it */
export type UpdateFeedbackInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  correction?: InputMaybe<Scalars['JSON']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  score?: InputMaybe<Scalars['Float']['input']>;
};

export type UpdateProjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Marks the project as ended */
  endTime?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Replaces the metadata */
  metadata?: InputMaybe<Scalars['JSONObject']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  referenceDatasetId?: InputMaybe<Scalars['ID']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdatePromptInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the tags */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A custom price. With id: that price is changed. Without: the price of the same modelPattern, provider and effectiveFrom is replaced, or a new one is added. */
export type UpsertModelPriceInput = {
  /** USD per token; null bills cache reads at inputPrice */
  cacheReadPrice?: InputMaybe<Scalars['Float']['input']>;
  /** USD per token; null bills cache writes at inputPrice */
  cacheWritePrice?: InputMaybe<Scalars['Float']['input']>;
  /** Calls that start at or after this time get the price; null: every call */
  effectiveFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  /** USD per token */
  inputPrice: Scalars['Float']['input'];
  modelPattern: Scalars['String']['input'];
  /** USD per token */
  outputPrice: Scalars['Float']['input'];
  projectId: Scalars['ID']['input'];
  provider?: InputMaybe<Scalars['String']['input']>;
  /** USD per token; null bills reasoning at outputPrice */
  reasoningPrice?: InputMaybe<Scalars['Float']['input']>;
};

export type UserInteractionInput = {
  agentId?: InputMaybe<Scalars['LenientID']['input']>;
  /** Required */
  content?: InputMaybe<Scalars['LenientString']['input']>;
  id?: InputMaybe<Scalars['LenientID']['input']>;
  /** Required: input, output, or another kind */
  interactionType?: InputMaybe<Scalars['LenientString']['input']>;
  metadata?: InputMaybe<Scalars['LenientJSONObject']['input']>;
  /** Defaults to now */
  timestamp?: InputMaybe<Scalars['LenientDateTime']['input']>;
  /** Required */
  traceId?: InputMaybe<Scalars['LenientID']['input']>;
  userId?: InputMaybe<Scalars['LenientString']['input']>;
};

export type WebQueueChoicesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebQueueChoicesQuery = { __typename?: 'Query', annotationQueues: Array<{ __typename?: 'AnnotationQueue', id: string, name: string }> };

export type WebAddToQueueMutationVariables = Exact<{
  q: Scalars['ID']['input'];
  items: Array<AnnotationTargetInput> | AnnotationTargetInput;
}>;


export type WebAddToQueueMutation = { __typename?: 'Mutation', addToAnnotationQueue: { __typename?: 'AddToAnnotationQueueResult', added: number, alreadyQueued: number, rejected: Array<{ __typename?: 'AnnotationRejection', message: string }> } };

export type WebAddMatchingToQueueMutationVariables = Exact<{
  q: Scalars['ID']['input'];
  filter?: InputMaybe<TraceFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WebAddMatchingToQueueMutation = { __typename?: 'Mutation', addTracesToAnnotationQueue: { __typename?: 'AddToAnnotationQueueResult', added: number, alreadyQueued: number, rejected: Array<{ __typename?: 'AnnotationRejection', message: string }> } };

export type WebAnnotationQueuesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebAnnotationQueuesQuery = { __typename?: 'Query', annotationQueues: Array<{ __typename?: 'AnnotationQueue', id: string, name: string, description: string | null, progress: { __typename?: 'AnnotationProgress', total: number, done: number, pending: number } }> };

export type WebCreateAnnotationQueueMutationVariables = Exact<{
  input: CreateAnnotationQueueInput;
}>;


export type WebCreateAnnotationQueueMutation = { __typename?: 'Mutation', createAnnotationQueue: { __typename?: 'AnnotationQueue', id: string, name: string } };

export type WebAnnotationQueueQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebAnnotationQueueQuery = { __typename?: 'Query', annotationQueue: { __typename?: 'AnnotationQueue', id: string, name: string, instructions: string | null, rubric: Array<{ __typename?: 'RubricItem', key: string, description: string | null, kind: RubricKind, min: number | null, max: number | null, values: Array<string> | null, required: boolean }>, progress: { __typename?: 'AnnotationProgress', total: number, pending: number, claimed: number, done: number, skippedByMe: number }, annotators: Array<{ __typename?: 'Annotator', name: string, done: number }> } };

export type WebNextAnnotationItemMutationVariables = Exact<{
  q: Scalars['ID']['input'];
}>;


export type WebNextAnnotationItemMutation = { __typename?: 'Mutation', nextAnnotationItem: { __typename?: 'AnnotationItem', id: string, spanId: string | null, trace: { __typename?: 'Trace', id: string, name: string | null, inputs: any | null, outputs: any | null } } | null };

export type WebSubmitAnnotationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  scores: Array<AnnotationScoreInput> | AnnotationScoreInput;
}>;


export type WebSubmitAnnotationMutation = { __typename?: 'Mutation', submitAnnotation: { __typename?: 'AnnotationItem', id: string, status: AnnotationItemStatus } };

export type WebSkipAnnotationItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebSkipAnnotationItemMutation = { __typename?: 'Mutation', skipAnnotationItem: { __typename?: 'AnnotationItem', id: string } };

export type WebViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type WebViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', role: ApiKeyRole, bootstrapAdmin: boolean, projectId: string | null } };

export type WebDashboardPointFragment = { __typename?: 'TimeseriesPoint', time: string, traceCount: number, errorRate: number, latencyP50: number | null, latencyP95: number | null, latencyP99: number | null, totalTokens: number, totalCost: number };

export type WebDashboardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
  interval: TimeseriesInterval;
}>;


export type WebDashboardQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, stats: { __typename?: 'ProjectStats', traceCount: number, errorCount: number, errorRate: number, latencyP50: number | null, latencyP95: number | null, latencyP99: number | null, firstTokenP50: number | null, firstTokenP99: number | null, promptTokens: number, completionTokens: number, totalTokens: number, promptCost: number, completionCost: number, totalCost: number, spanCount: number, streamingRate: number | null, unpricedCallCount: number }, timeseries: Array<{ __typename?: 'TimeseriesSeries', key: string | null, points: Array<{ __typename?: 'TimeseriesPoint', time: string, traceCount: number, errorRate: number, latencyP50: number | null, latencyP95: number | null, latencyP99: number | null, totalTokens: number, totalCost: number }> }>, byModel: Array<{ __typename?: 'TimeseriesSeries', key: string | null, points: Array<{ __typename?: 'TimeseriesPoint', time: string, traceCount: number, errorRate: number, latencyP50: number | null, latencyP95: number | null, latencyP99: number | null, totalTokens: number, totalCost: number }> }> } };

export type WebDashboardTraceUpdatedSubscriptionVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type WebDashboardTraceUpdatedSubscription = { __typename?: 'Subscription', traceUpdated: { __typename?: 'TraceUpdate', cursor: string } };

export type WebDatasetChoicesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebDatasetChoicesQuery = { __typename?: 'Query', datasets: { __typename?: 'DatasetConnection', edges: Array<{ __typename?: 'DatasetEdge', node: { __typename?: 'Dataset', id: string, name: string } }> } };

export type WebAddFromTracesMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  items: Array<TraceItemInput> | TraceItemInput;
}>;


export type WebAddFromTracesMutation = { __typename?: 'Mutation', addExamplesFromTraces: { __typename?: 'ExampleBatchResult', version: number | null, errors: Array<{ __typename?: 'DatasetItemError', message: string }> } };

export type WebDatasetsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  q?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebDatasetsQuery = { __typename?: 'Query', datasets: { __typename?: 'DatasetConnection', edges: Array<{ __typename?: 'DatasetEdge', node: { __typename?: 'Dataset', id: string, name: string, description: string | null, dataType: DatasetDataType, version: number, exampleCount: number, updatedAt: string } }> } };

export type WebCreateDatasetMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type WebCreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'Dataset', id: string, name: string } };

export type WebDatasetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  v?: InputMaybe<Scalars['Int']['input']>;
  s?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type WebDatasetQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, description: string | null, version: number, exampleCount: number, splits: Array<string>, versions: Array<{ __typename?: 'DatasetVersion', version: number, description: string | null, tags: Array<string>, createdAt: string, exampleCount: number }>, examples: { __typename?: 'DatasetExampleConnection', totalCount: number, edges: Array<{ __typename?: 'DatasetExampleEdge', node: { __typename?: 'DatasetExample', id: string, inputs: Record<string, any>, outputs: Record<string, any> | null, metadata: Record<string, any>, splits: Array<string>, revision: number, sourceTraceId: string | null, sourceSpanId: string | null, createdAt: string } }> } } };

export type WebAddExamplesMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  e: Array<ExampleInput> | ExampleInput;
}>;


export type WebAddExamplesMutation = { __typename?: 'Mutation', addExamples: { __typename?: 'ExampleBatchResult', version: number | null, errors: Array<{ __typename?: 'DatasetItemError', message: string }> } };

export type WebUpdateExampleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  p: ExamplePatchInput;
}>;


export type WebUpdateExampleMutation = { __typename?: 'Mutation', updateExample: { __typename?: 'DatasetExample', id: string, revision: number } };

export type WebDeleteExamplesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type WebDeleteExamplesMutation = { __typename?: 'Mutation', deleteExamples: { __typename?: 'DeleteExamplesResult', deletedIds: Array<string> } };

export type WebImportExamplesMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  f: ExampleFormat;
  c: Scalars['String']['input'];
}>;


export type WebImportExamplesMutation = { __typename?: 'Mutation', importExamples: { __typename?: 'ImportExamplesResult', version: number | null, imported: number, errors: Array<{ __typename?: 'ImportLineError', line: number, message: string }> } };

export type WebDatasetLeaderboardQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  key?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebDatasetLeaderboardQuery = { __typename?: 'Query', datasetLeaderboard: Array<{ __typename?: 'LeaderboardEntry', rank: number, score: number | null, experiment: { __typename?: 'Experiment', id: string, name: string, model: string | null, promptVersionId: string | null, datasetVersion: number }, summary: { __typename?: 'ExperimentSummary', latencyP50: number | null, latencyP95: number | null, totalCost: number, totalTokens: number, evaluators: Array<{ __typename?: 'EvaluatorSummary', key: string, mean: number | null, count: number, histogram: Array<{ __typename?: 'HistogramBin', lower: number, upper: number, count: number }> }> } }> };

export type WebDatasetExperimentsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  datasetId: Scalars['ID']['input'];
}>;


export type WebDatasetExperimentsQuery = { __typename?: 'Query', experiments: { __typename?: 'ExperimentConnection', edges: Array<{ __typename?: 'ExperimentEdge', node: { __typename?: 'Experiment', id: string, name: string, status: ExperimentStatus, model: string | null, promptVersionId: string | null, datasetVersion: number, exampleCount: number, completedCount: number, failedCount: number, createdAt: string, summary: { __typename?: 'ExperimentSummary', totalCost: number, evaluators: Array<{ __typename?: 'EvaluatorSummary', key: string, mean: number | null }> } } }> }, prompts: { __typename?: 'PromptConnection', edges: Array<{ __typename?: 'PromptEdge', node: { __typename?: 'Prompt', id: string, name: string, labels: Array<{ __typename?: 'PromptLabel', label: string, version: number }>, versions: { __typename?: 'PromptVersionConnection', edges: Array<{ __typename?: 'PromptVersionEdge', node: { __typename?: 'PromptVersion', id: string, version: number, model: string | null } }> } } }> } };

export type WebExperimentUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebExperimentUpdatedSubscription = { __typename?: 'Subscription', experimentUpdated: { __typename?: 'ExperimentUpdate', experiment: { __typename?: 'Experiment', id: string, status: ExperimentStatus, exampleCount: number, completedCount: number, failedCount: number, error: string | null } } };

export type WebExperimentProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebExperimentProgressQuery = { __typename?: 'Query', experiment: { __typename?: 'Experiment', id: string, status: ExperimentStatus, exampleCount: number, completedCount: number, failedCount: number, error: string | null } };

export type WebCompareExperimentChoicesQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type WebCompareExperimentChoicesQuery = { __typename?: 'Query', experiments: { __typename?: 'ExperimentConnection', edges: Array<{ __typename?: 'ExperimentEdge', node: { __typename?: 'Experiment', id: string, name: string, status: ExperimentStatus, dataset: { __typename?: 'ExperimentDataset', id: string, name: string } } }> } };

export type WebCompareExperimentsQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type WebCompareExperimentsQuery = { __typename?: 'Query', compareExperiments: { __typename?: 'ExperimentComparison', a: { __typename?: 'Experiment', id: string, name: string }, b: { __typename?: 'Experiment', id: string, name: string }, summary: Array<{ __typename?: 'ScoreDelta', key: string, a: number | null, b: number | null, delta: number | null }>, examples: Array<{ __typename?: 'ExampleComparison', exampleId: string, outputChanged: boolean, latencyDelta: number | null, costDelta: number | null, example: { __typename?: 'ExperimentExample', inputs: Record<string, any>, outputs: Record<string, any> | null } | null, runA: { __typename?: 'ExperimentRun', id: string, output: any | null, error: string | null, traceId: string | null } | null, runB: { __typename?: 'ExperimentRun', id: string, output: any | null, error: string | null, traceId: string | null } | null, scoreDeltas: Array<{ __typename?: 'ScoreDelta', key: string, a: number | null, b: number | null, delta: number | null }> }> } };

export type WebExperimentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebExperimentQuery = { __typename?: 'Query', experiment: { __typename?: 'Experiment', id: string, name: string, description: string | null, status: ExperimentStatus, kind: ExperimentKind, model: string | null, promptVersionId: string | null, datasetVersion: number, exampleCount: number, completedCount: number, failedCount: number, error: string | null, concurrency: number, parameters: Record<string, any>, createdAt: string, startedAt: string | null, finishedAt: string | null, dataset: { __typename?: 'ExperimentDataset', id: string, name: string }, evaluators: Array<{ __typename?: 'ExperimentEvaluator', key: string, kind: string }>, summary: { __typename?: 'ExperimentSummary', latencyP50: number | null, latencyP95: number | null, totalCost: number, meanCost: number | null, totalTokens: number, evaluators: Array<{ __typename?: 'EvaluatorSummary', key: string, count: number, mean: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBin', lower: number, upper: number, count: number }> }> }, runs: { __typename?: 'ExperimentRunConnection', edges: Array<{ __typename?: 'ExperimentRunEdge', node: { __typename?: 'ExperimentRun', id: string, status: ExperimentRunStatus, output: any | null, error: string | null, latencyMs: number | null, totalCost: number | null, totalTokens: number | null, attempts: number, traceId: string | null, example: { __typename?: 'ExperimentExample', id: string, inputs: Record<string, any>, outputs: Record<string, any> | null } | null, scores: Array<{ __typename?: 'Metric', id: string, name: string, score: number | null, label: string | null, reason: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } };

export type WebCancelExperimentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebCancelExperimentMutation = { __typename?: 'Mutation', cancelExperiment: { __typename?: 'Experiment', id: string, status: ExperimentStatus } };

export type WebCreateExperimentMutationVariables = Exact<{
  input: CreateExperimentInput;
}>;


export type WebCreateExperimentMutation = { __typename?: 'Mutation', createExperiment: { __typename?: 'Experiment', id: string, name: string, status: ExperimentStatus } };

export type WebProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, name: string, description: string | null, totals: { __typename?: 'ProjectTotals', traceCount: number, totalTokens: number, totalCost: number, lastTraceTime: string | null } } }> } };

export type WebCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type WebCreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string } };

export type WebComparePromptVersionsQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type WebComparePromptVersionsQuery = { __typename?: 'Query', comparePromptVersions: { __typename?: 'PromptVersionComparison', variablesAdded: Array<string>, variablesRemoved: Array<string>, a: { __typename?: 'PromptVersion', version: number }, b: { __typename?: 'PromptVersion', version: number }, messages: Array<{ __typename?: 'PromptMessageDiff', index: number, roleA: string | null, roleB: string | null, change: PromptMessageChange, lines: Array<{ __typename?: 'PromptDiffLine', op: PromptLineOp, text: string }> }>, model: { __typename?: 'PromptModelDiff', a: string | null, b: string | null, changed: boolean }, parameters: Array<{ __typename?: 'PromptParameterDiff', key: string, a: any | null, b: any | null }> } };

export type WebPromptsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebPromptsQuery = { __typename?: 'Query', prompts: { __typename?: 'PromptConnection', totalCount: number, edges: Array<{ __typename?: 'PromptEdge', node: { __typename?: 'Prompt', id: string, name: string, description: string | null, tags: Array<string>, latestVersion: number, updatedAt: string, labels: Array<{ __typename?: 'PromptLabel', label: string, version: number }> } }> } };

export type WebCreatePromptMutationVariables = Exact<{
  input: CreatePromptInput;
}>;


export type WebCreatePromptMutation = { __typename?: 'Mutation', createPrompt: { __typename?: 'Prompt', id: string } };

export type WebPromptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebPromptQuery = { __typename?: 'Query', prompt: { __typename?: 'Prompt', id: string, name: string, description: string | null, tags: Array<string>, latestVersion: number, labels: Array<{ __typename?: 'PromptLabel', label: string, version: number }>, labelHistory: Array<{ __typename?: 'PromptLabelEvent', label: string, version: number | null, previousVersion: number | null, author: string | null, createdAt: string }>, versions: { __typename?: 'PromptVersionConnection', edges: Array<{ __typename?: 'PromptVersionEdge', node: { __typename?: 'PromptVersion', id: string, version: number, templateFormat: PromptTemplateFormat, text: string | null, variables: Array<string>, model: string | null, parameters: Record<string, any>, commitMessage: string | null, createdAt: string, labels: Array<string>, messages: Array<{ __typename?: 'PromptMessageType', role: string, content: string }> | null, usage: { __typename?: 'PromptVersionUsage', llmCalls: number, lastUsedAt: string | null } } }> } } };

export type WebSetPromptLabelMutationVariables = Exact<{
  promptId: Scalars['ID']['input'];
  label: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type WebSetPromptLabelMutation = { __typename?: 'Mutation', setPromptLabel: { __typename?: 'Prompt', id: string } };

export type WebRollbackPromptLabelMutationVariables = Exact<{
  promptId: Scalars['ID']['input'];
  label: Scalars['String']['input'];
}>;


export type WebRollbackPromptLabelMutation = { __typename?: 'Mutation', rollbackPromptLabel: { __typename?: 'Prompt', id: string } };

export type WebCreatePromptVersionMutationVariables = Exact<{
  input: CreatePromptVersionInput;
}>;


export type WebCreatePromptVersionMutation = { __typename?: 'Mutation', createPromptVersion: { __typename?: 'PromptVersion', id: string, version: number } };

export type WebSessionRowFragment = { __typename?: 'Session', id: string, userIds: Array<string>, traceCount: number, startTime: string, lastTraceStartTime: string, endTime: string | null, totalTokens: number, totalCost: number | null, unpricedCallCount: number, errorFlag: boolean };

export type WebSessionsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebSessionsQuery = { __typename?: 'Query', sessions: { __typename?: 'SessionConnection', totalCount: number, totalCountIsEstimate: boolean, edges: Array<{ __typename?: 'SessionEdge', node: { __typename?: 'Session', id: string, userIds: Array<string>, traceCount: number, startTime: string, lastTraceStartTime: string, endTime: string | null, totalTokens: number, totalCost: number | null, unpricedCallCount: number, errorFlag: boolean } }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type WebSessionRowRefreshQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  id: Scalars['String']['input'];
}>;


export type WebSessionRowRefreshQuery = { __typename?: 'Query', session: { __typename?: 'Session', id: string, userIds: Array<string>, traceCount: number, startTime: string, lastTraceStartTime: string, endTime: string | null, totalTokens: number, totalCost: number | null, unpricedCallCount: number, errorFlag: boolean } };

export type WebSessionListTraceUpdatedSubscriptionVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type WebSessionListTraceUpdatedSubscription = { __typename?: 'Subscription', traceUpdated: { __typename?: 'TraceUpdate', trace: { __typename?: 'Trace', id: string, sessionId: string | null } } };

export type WebSessionTurnFragment = { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, startTime: string, durationMs: number, totalTokens: number, totalCost: number | null, errorCount: number, errorMessage: string | null, userId: string | null, inputs: any | null, outputs: any | null };

export type WebSessionHeaderQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  id: Scalars['String']['input'];
}>;


export type WebSessionHeaderQuery = { __typename?: 'Query', session: { __typename?: 'Session', id: string, userIds: Array<string>, traceCount: number, startTime: string, lastTraceStartTime: string, endTime: string | null, totalTokens: number, totalCost: number | null, unpricedCallCount: number, errorFlag: boolean } };

export type WebSessionTurnsQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  id: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebSessionTurnsQuery = { __typename?: 'Query', session: { __typename?: 'Session', id: string, traces: { __typename?: 'TraceConnection', totalCount: number, edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, startTime: string, durationMs: number, totalTokens: number, totalCost: number | null, errorCount: number, errorMessage: string | null, userId: string | null, inputs: any | null, outputs: any | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } } };

export type WebSessionTraceUpdatedSubscriptionVariables = Exact<{
  projectId: Scalars['ID']['input'];
  filter?: InputMaybe<TraceFilter>;
}>;


export type WebSessionTraceUpdatedSubscription = { __typename?: 'Subscription', traceUpdated: { __typename?: 'TraceUpdate', trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, startTime: string, durationMs: number, totalTokens: number, totalCost: number | null, errorCount: number, errorMessage: string | null, userId: string | null, inputs: any | null, outputs: any | null } } };

export type WebSessionTraceSpansQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebSessionTraceSpansQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, spanCount: number, spans: Array<
      | { __typename: 'AgentCall', id: string, name: string | null, depth: number, status: SpanStatus, durationMs: number | null }
      | { __typename: 'LLMCall', model: string | null, totalTokens: number | null, id: string, name: string | null, depth: number, status: SpanStatus, durationMs: number | null }
      | { __typename: 'ToolCall', id: string, name: string | null, depth: number, status: SpanStatus, durationMs: number | null }
    > } };

export type WebApiKeysQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebApiKeysQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, role: ApiKeyRole, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } };

export type WebCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type WebCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string } } };

export type WebRevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebRevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt: string | null } };

export type WebUpdateForwardingMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  input: ProjectForwardingInput;
}>;


export type WebUpdateForwardingMutation = { __typename?: 'Mutation', updateProjectForwarding: { __typename?: 'Project', id: string, forwarding: { __typename?: 'ProjectForwarding', enabled: boolean, setting: boolean | null, langsmithProject: string } } };

export type WebRetryForwardingMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type WebRetryForwardingMutation = { __typename?: 'Mutation', retryForwarding: number };

export type WebSetLlmEndpointMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  input: LlmEndpointInput;
}>;


export type WebSetLlmEndpointMutation = { __typename?: 'Mutation', setLlmEndpoint: { __typename?: 'LlmEndpoint', baseUrl: string, defaultModel: string | null, hasApiKey: boolean, apiKeyHint: string | null, updatedAt: string } };

export type WebRemoveLlmEndpointMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type WebRemoveLlmEndpointMutation = { __typename?: 'Mutation', removeLlmEndpoint: boolean };

export type WebModelPricesQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type WebModelPricesQuery = { __typename?: 'Query', modelPrices: Array<{ __typename?: 'ModelPrice', id: string, modelPattern: string, provider: string | null, inputPrice: number, outputPrice: number, cacheReadPrice: number | null, cacheWritePrice: number | null, reasoningPrice: number | null, effectiveFrom: string | null }>, project: { __typename?: 'Project', id: string, costRecomputes: Array<{ __typename?: 'CostRecompute', id: string, status: CostRecomputeStatus, from: string, to: string, callsSeen: number, callsChanged: number, error: string | null, createdAt: string, finishedAt: string | null }> } };

export type WebUpsertModelPriceMutationVariables = Exact<{
  input: UpsertModelPriceInput;
}>;


export type WebUpsertModelPriceMutation = { __typename?: 'Mutation', upsertModelPrice: { __typename?: 'ModelPrice', id: string } };

export type WebDeleteModelPriceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebDeleteModelPriceMutation = { __typename?: 'Mutation', deleteModelPrice: { __typename?: 'DeletePayload', id: string, deleted: boolean } };

export type WebRecomputeCostsMutationVariables = Exact<{
  projectId: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type WebRecomputeCostsMutation = { __typename?: 'Mutation', recomputeCosts: { __typename?: 'CostRecompute', id: string, status: CostRecomputeStatus } };

export type WebUpdateProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProjectInput;
}>;


export type WebUpdateProjectMutation = { __typename?: 'Mutation', updateProject: { __typename?: 'Project', id: string, name: string, description: string | null, tags: Array<string>, metadata: Record<string, any> } };

export type WebSettingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebSettingsQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, name: string, description: string | null, tags: Array<string>, metadata: Record<string, any>, forwarding: { __typename?: 'ProjectForwarding', available: boolean, enabled: boolean, setting: boolean | null, langsmithProject: string, pending: number, failed: number }, llmEndpoint: { __typename?: 'LlmEndpoint', baseUrl: string, defaultModel: string | null, hasApiKey: boolean, apiKeyHint: string | null, updatedAt: string } | null } };

export type WebCreateFeedbackMutationVariables = Exact<{
  input: CreateFeedbackInput;
}>;


export type WebCreateFeedbackMutation = { __typename?: 'Mutation', createFeedback: { __typename?: 'Metric', id: string, name: string, score: number | null, label: string | null, comment: string | null, source: string, authorName: string | null } };

export type WebCompareTracesQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type WebCompareTracesQuery = { __typename?: 'Query', compareTraces: { __typename?: 'TraceComparison', matched: number, changed: number, onlyInA: number, onlyInB: number, a: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, durationMs: number, totalTokens: number, totalCost: number | null }, b: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, durationMs: number, totalTokens: number, totalCost: number | null }, spans: Array<{ __typename?: 'SpanComparison', path: Array<string>, depth: number, differences: Array<string>, durationMsDelta: number | null, totalCostDelta: number | null, totalTokensDelta: number | null, a:
        | { __typename: 'AgentCall', id: string, name: string | null, status: SpanStatus, durationMs: number | null, totalCost: number | null, error: string | null, inputs: any | null, outputs: any | null }
        | { __typename: 'LLMCall', model: string | null, totalTokens: number | null, id: string, name: string | null, status: SpanStatus, durationMs: number | null, totalCost: number | null, error: string | null, inputs: any | null, outputs: any | null }
        | { __typename: 'ToolCall', id: string, name: string | null, status: SpanStatus, durationMs: number | null, totalCost: number | null, error: string | null, inputs: any | null, outputs: any | null }
       | null, b:
        | { __typename: 'AgentCall', id: string, name: string | null, status: SpanStatus, durationMs: number | null, totalCost: number | null, error: string | null, inputs: any | null, outputs: any | null }
        | { __typename: 'LLMCall', model: string | null, totalTokens: number | null, id: string, name: string | null, status: SpanStatus, durationMs: number | null, totalCost: number | null, error: string | null, inputs: any | null, outputs: any | null }
        | { __typename: 'ToolCall', id: string, name: string | null, status: SpanStatus, durationMs: number | null, totalCost: number | null, error: string | null, inputs: any | null, outputs: any | null }
       | null }> } };

export type WebCompareTraceFieldsFragment = { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, durationMs: number, totalTokens: number, totalCost: number | null };

type WebCompareSpanFields_AgentCall_Fragment = { __typename: 'AgentCall', id: string, name: string | null, status: SpanStatus, durationMs: number | null, totalCost: number | null, error: string | null, inputs: any | null, outputs: any | null };

type WebCompareSpanFields_LlmCall_Fragment = { __typename: 'LLMCall', model: string | null, totalTokens: number | null, id: string, name: string | null, status: SpanStatus, durationMs: number | null, totalCost: number | null, error: string | null, inputs: any | null, outputs: any | null };

type WebCompareSpanFields_ToolCall_Fragment = { __typename: 'ToolCall', id: string, name: string | null, status: SpanStatus, durationMs: number | null, totalCost: number | null, error: string | null, inputs: any | null, outputs: any | null };

export type WebCompareSpanFieldsFragment =
  | WebCompareSpanFields_AgentCall_Fragment
  | WebCompareSpanFields_LlmCall_Fragment
  | WebCompareSpanFields_ToolCall_Fragment
;

export type WebTraceHeaderFieldsFragment = { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, startTime: string, endTime: string | null, updatedAt: string, durationMs: number, totalTokens: number, promptTokens: number, completionTokens: number, cacheReadTokens: number, cacheCreationTokens: number, reasoningTokens: number, totalCost: number | null, promptCost: number | null, completionCost: number | null, unpricedCallCount: number, spanCount: number, agentCallCount: number, llmCallCount: number, toolCallCount: number, errorCount: number, errorType: string | null, errorMessage: string | null, models: Array<string>, userId: string | null, sessionId: string | null, tags: Array<string>, errors: Array<{ __typename?: 'TraceError', id: string, errorType: string | null, errorMessage: string, stackTrace: string | null, timestamp: string, agentId: string | null, llmCallId: string | null, toolCallId: string | null }>, metrics: Array<{ __typename?: 'Metric', id: string, name: string, score: number | null, value: number | null, reason: string | null, label: string | null, source: string, authorName: string | null, spanId: string | null, timestamp: string }> };

export type WebTraceHeaderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebTraceHeaderQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, startTime: string, endTime: string | null, updatedAt: string, durationMs: number, totalTokens: number, promptTokens: number, completionTokens: number, cacheReadTokens: number, cacheCreationTokens: number, reasoningTokens: number, totalCost: number | null, promptCost: number | null, completionCost: number | null, unpricedCallCount: number, spanCount: number, agentCallCount: number, llmCallCount: number, toolCallCount: number, errorCount: number, errorType: string | null, errorMessage: string | null, models: Array<string>, userId: string | null, sessionId: string | null, tags: Array<string>, errors: Array<{ __typename?: 'TraceError', id: string, errorType: string | null, errorMessage: string, stackTrace: string | null, timestamp: string, agentId: string | null, llmCallId: string | null, toolCallId: string | null }>, metrics: Array<{ __typename?: 'Metric', id: string, name: string, score: number | null, value: number | null, reason: string | null, label: string | null, source: string, authorName: string | null, spanId: string | null, timestamp: string }> } };

export type WebTraceHeaderUpdatedSubscriptionVariables = Exact<{
  projectId: Scalars['ID']['input'];
  filter?: InputMaybe<TraceFilter>;
}>;


export type WebTraceHeaderUpdatedSubscription = { __typename?: 'Subscription', traceUpdated: { __typename?: 'TraceUpdate', trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, startTime: string, endTime: string | null, updatedAt: string, durationMs: number, totalTokens: number, promptTokens: number, completionTokens: number, cacheReadTokens: number, cacheCreationTokens: number, reasoningTokens: number, totalCost: number | null, promptCost: number | null, completionCost: number | null, unpricedCallCount: number, spanCount: number, agentCallCount: number, llmCallCount: number, toolCallCount: number, errorCount: number, errorType: string | null, errorMessage: string | null, models: Array<string>, userId: string | null, sessionId: string | null, tags: Array<string>, errors: Array<{ __typename?: 'TraceError', id: string, errorType: string | null, errorMessage: string, stackTrace: string | null, timestamp: string, agentId: string | null, llmCallId: string | null, toolCallId: string | null }>, metrics: Array<{ __typename?: 'Metric', id: string, name: string, score: number | null, value: number | null, reason: string | null, label: string | null, source: string, authorName: string | null, spanId: string | null, timestamp: string }> } } };

export type WebTraceMetricComputedSubscriptionVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type WebTraceMetricComputedSubscription = { __typename?: 'Subscription', metricComputed: { __typename?: 'MetricsComputed', traceId: string } };

export type WebTraceErrorRaisedSubscriptionVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type WebTraceErrorRaisedSubscription = { __typename?: 'Subscription', errorRaised: { __typename?: 'TraceError', traceId: string } };

type SpanFields_AgentCall_Fragment = { __typename: 'AgentCall', id: string, parentId: string | null, depth: number, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null, sequence: number, tags: Array<string>, metadata: Record<string, any>, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> };

type SpanFields_LlmCall_Fragment = { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, reasoningTokens: number | null, cacheReadTokens: number | null, cacheCreationTokens: number | null, tokensEstimated: boolean, promptCost: number | null, completionCost: number | null, costSource: string | null, unpriced: boolean, temperature: number | null, topP: number | null, maxTokens: number | null, stopTokens: Array<string> | null, streaming: boolean | null, invocationParams: Record<string, any> | null, timeToFirstTokenMs: number | null, toolCalls: any | null, retryCount: number | null, id: string, parentId: string | null, depth: number, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null, sequence: number, tags: Array<string>, metadata: Record<string, any>, promptVersion: { __typename?: 'PromptVersion', id: string, version: number, prompt: { __typename?: 'Prompt', id: string, name: string } } | null, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> };

type SpanFields_ToolCall_Fragment = { __typename: 'ToolCall', llmCallId: string | null, id: string, parentId: string | null, depth: number, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null, sequence: number, tags: Array<string>, metadata: Record<string, any>, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> };

export type SpanFieldsFragment =
  | SpanFields_AgentCall_Fragment
  | SpanFields_LlmCall_Fragment
  | SpanFields_ToolCall_Fragment
;

export type WebTraceSpansQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type WebTraceSpansQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, spans: Array<
      | { __typename: 'AgentCall', id: string, parentId: string | null, depth: number, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null, sequence: number, tags: Array<string>, metadata: Record<string, any>, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> }
      | { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, reasoningTokens: number | null, cacheReadTokens: number | null, cacheCreationTokens: number | null, tokensEstimated: boolean, promptCost: number | null, completionCost: number | null, costSource: string | null, unpriced: boolean, temperature: number | null, topP: number | null, maxTokens: number | null, stopTokens: Array<string> | null, streaming: boolean | null, invocationParams: Record<string, any> | null, timeToFirstTokenMs: number | null, toolCalls: any | null, retryCount: number | null, id: string, parentId: string | null, depth: number, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null, sequence: number, tags: Array<string>, metadata: Record<string, any>, promptVersion: { __typename?: 'PromptVersion', id: string, version: number, prompt: { __typename?: 'Prompt', id: string, name: string } } | null, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> }
      | { __typename: 'ToolCall', llmCallId: string | null, id: string, parentId: string | null, depth: number, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null, sequence: number, tags: Array<string>, metadata: Record<string, any>, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> }
    > } };

export type WebSpanAddedSubscriptionVariables = Exact<{
  traceId: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebSpanAddedSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename: 'AgentCall', id: string, parentId: string | null, depth: number, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null, sequence: number, tags: Array<string>, metadata: Record<string, any>, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> }
    | { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, reasoningTokens: number | null, cacheReadTokens: number | null, cacheCreationTokens: number | null, tokensEstimated: boolean, promptCost: number | null, completionCost: number | null, costSource: string | null, unpriced: boolean, temperature: number | null, topP: number | null, maxTokens: number | null, stopTokens: Array<string> | null, streaming: boolean | null, invocationParams: Record<string, any> | null, timeToFirstTokenMs: number | null, toolCalls: any | null, retryCount: number | null, id: string, parentId: string | null, depth: number, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null, sequence: number, tags: Array<string>, metadata: Record<string, any>, promptVersion: { __typename?: 'PromptVersion', id: string, version: number, prompt: { __typename?: 'Prompt', id: string, name: string } } | null, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> }
    | { __typename: 'ToolCall', llmCallId: string | null, id: string, parentId: string | null, depth: number, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null, sequence: number, tags: Array<string>, metadata: Record<string, any>, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> }
   };

export type TraceRowFragment = { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, startTime: string, durationMs: number, totalTokens: number, totalCost: number | null, models: Array<string>, tags: Array<string>, userId: string | null, sessionId: string | null, errorCount: number };

export type WebTracesQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TraceFilter>;
  orderBy?: InputMaybe<TraceOrder>;
}>;


export type WebTracesQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', totalCount: number, totalCountIsEstimate: boolean, edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, startTime: string, durationMs: number, totalTokens: number, totalCost: number | null, models: Array<string>, tags: Array<string>, userId: string | null, sessionId: string | null, errorCount: number } }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null, hasNextPage: boolean } } };

export type WebTraceUpdatedSubscriptionVariables = Exact<{
  projectId: Scalars['ID']['input'];
  filter?: InputMaybe<TraceFilter>;
}>;


export type WebTraceUpdatedSubscription = { __typename?: 'Subscription', traceUpdated: { __typename?: 'TraceUpdate', change: TraceChange, trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, startTime: string, durationMs: number, totalTokens: number, totalCost: number | null, models: Array<string>, tags: Array<string>, userId: string | null, sessionId: string | null, errorCount: number } } };

export const WebDashboardPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebDashboardPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeseriesPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"traceCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP99"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}}]}}]} as unknown as DocumentNode<WebDashboardPointFragment, unknown>;
export const WebSessionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebSessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"traceCount"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastTraceStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorFlag"}}]}}]} as unknown as DocumentNode<WebSessionRowFragment, unknown>;
export const WebSessionTurnFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebSessionTurn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}}]}}]} as unknown as DocumentNode<WebSessionTurnFragment, unknown>;
export const WebCompareTraceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebCompareTraceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}}]}}]} as unknown as DocumentNode<WebCompareTraceFieldsFragment, unknown>;
export const WebCompareSpanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebCompareSpanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Span"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LLMCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}}]}}]} as unknown as DocumentNode<WebCompareSpanFieldsFragment, unknown>;
export const WebTraceHeaderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebTraceHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"promptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheReadTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheCreationTokens"}},{"kind":"Field","name":{"kind":"Name","value":"reasoningTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"promptCost"}},{"kind":"Field","name":{"kind":"Name","value":"completionCost"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"spanCount"}},{"kind":"Field","name":{"kind":"Name","value":"agentCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"llmCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"toolCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errorType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"stackTrace"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"llmCallId"}},{"kind":"Field","name":{"kind":"Name","value":"toolCallId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"spanId"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<WebTraceHeaderFieldsFragment, unknown>;
export const SpanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Span"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"errorType"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"meanValue"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LLMCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"reasoningTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheReadTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheCreationTokens"}},{"kind":"Field","name":{"kind":"Name","value":"tokensEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"promptCost"}},{"kind":"Field","name":{"kind":"Name","value":"completionCost"}},{"kind":"Field","name":{"kind":"Name","value":"costSource"}},{"kind":"Field","name":{"kind":"Name","value":"unpriced"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"topP"}},{"kind":"Field","name":{"kind":"Name","value":"maxTokens"}},{"kind":"Field","name":{"kind":"Name","value":"stopTokens"}},{"kind":"Field","name":{"kind":"Name","value":"streaming"}},{"kind":"Field","name":{"kind":"Name","value":"invocationParams"}},{"kind":"Field","name":{"kind":"Name","value":"timeToFirstTokenMs"}},{"kind":"Field","name":{"kind":"Name","value":"toolCalls"}},{"kind":"Field","name":{"kind":"Name","value":"retryCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"llmCallId"}}]}}]}}]} as unknown as DocumentNode<SpanFieldsFragment, unknown>;
export const TraceRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TraceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}}]}}]} as unknown as DocumentNode<TraceRowFragment, unknown>;
export const WebQueueChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebQueueChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotationQueues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebQueueChoicesQuery, WebQueueChoicesQueryVariables>;
export const WebAddToQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebAddToQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotationTargetInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToAnnotationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyQueued"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebAddToQueueMutation, WebAddToQueueMutationVariables>;
export const WebAddMatchingToQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebAddMatchingToQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TraceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTracesToAnnotationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyQueued"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebAddMatchingToQueueMutation, WebAddMatchingToQueueMutationVariables>;
export const WebAnnotationQueuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAnnotationQueues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotationQueues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}}]}}]} as unknown as DocumentNode<WebAnnotationQueuesQuery, WebAnnotationQueuesQueryVariables>;
export const WebCreateAnnotationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateAnnotationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnotationQueueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnotationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebCreateAnnotationQueueMutation, WebCreateAnnotationQueueMutationVariables>;
export const WebAnnotationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAnnotationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"skippedByMe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annotators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<WebAnnotationQueueQuery, WebAnnotationQueueQueryVariables>;
export const WebNextAnnotationItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebNextAnnotationItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextAnnotationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spanId"}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}}]}}]}}]}}]} as unknown as DocumentNode<WebNextAnnotationItemMutation, WebNextAnnotationItemMutationVariables>;
export const WebSubmitAnnotationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSubmitAnnotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotationScoreInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAnnotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebSubmitAnnotationMutation, WebSubmitAnnotationMutationVariables>;
export const WebSkipAnnotationItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSkipAnnotationItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skipAnnotationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebSkipAnnotationItemMutation, WebSkipAnnotationItemMutationVariables>;
export const WebViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bootstrapAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<WebViewerQuery, WebViewerQueryVariables>;
export const WebDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeseriesInterval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP99"}},{"kind":"Field","name":{"kind":"Name","value":"firstTokenP50"}},{"kind":"Field","name":{"kind":"Name","value":"firstTokenP99"}},{"kind":"Field","name":{"kind":"Name","value":"promptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"promptCost"}},{"kind":"Field","name":{"kind":"Name","value":"completionCost"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"spanCount"}},{"kind":"Field","name":{"kind":"Name","value":"streamingRate"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedCallCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeseries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebDashboardPoint"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byModel"},"name":{"kind":"Name","value":"timeseries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MODEL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebDashboardPoint"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebDashboardPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeseriesPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"traceCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP99"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}}]}}]} as unknown as DocumentNode<WebDashboardQuery, WebDashboardQueryVariables>;
export const WebDashboardTraceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebDashboardTraceUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<WebDashboardTraceUpdatedSubscription, WebDashboardTraceUpdatedSubscriptionVariables>;
export const WebDatasetChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDatasetChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebDatasetChoicesQuery, WebDatasetChoicesQueryVariables>;
export const WebAddFromTracesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebAddFromTraces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TraceItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addExamplesFromTraces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebAddFromTracesMutation, WebAddFromTracesMutationVariables>;
export const WebDatasetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDatasets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"exampleCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebDatasetsQuery, WebDatasetsQueryVariables>;
export const WebCreateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebCreateDatasetMutation, WebCreateDatasetMutationVariables>;
export const WebDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"exampleCount"}},{"kind":"Field","name":{"kind":"Name","value":"splits"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"exampleCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"splits"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"splits"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTraceId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSpanId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebDatasetQuery, WebDatasetQueryVariables>;
export const WebAddExamplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebAddExamples"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExampleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addExamples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"examples"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebAddExamplesMutation, WebAddExamplesMutationVariables>;
export const WebUpdateExampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUpdateExample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExamplePatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<WebUpdateExampleMutation, WebUpdateExampleMutationVariables>;
export const WebDeleteExamplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebDeleteExamples"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteExamples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedIds"}}]}}]}}]} as unknown as DocumentNode<WebDeleteExamplesMutation, WebDeleteExamplesMutationVariables>;
export const WebImportExamplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebImportExamples"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExampleFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importExamples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebImportExamplesMutation, WebImportExamplesMutationVariables>;
export const WebDatasetLeaderboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDatasetLeaderboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetLeaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}}]}}]}}]} as unknown as DocumentNode<WebDatasetLeaderboardQuery, WebDatasetLeaderboardQueryVariables>;
export const WebDatasetExperimentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebDatasetExperiments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"exampleCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prompts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebDatasetExperimentsQuery, WebDatasetExperimentsQueryVariables>;
export const WebExperimentUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebExperimentUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experimentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"experimentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exampleCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<WebExperimentUpdatedSubscription, WebExperimentUpdatedSubscriptionVariables>;
export const WebExperimentProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebExperimentProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exampleCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<WebExperimentProgressQuery, WebExperimentProgressQueryVariables>;
export const WebCompareExperimentChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebCompareExperimentChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebCompareExperimentChoicesQuery, WebCompareExperimentChoicesQueryVariables>;
export const WebCompareExperimentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebCompareExperiments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareExperiments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exampleId"}},{"kind":"Field","name":{"kind":"Name","value":"outputChanged"}},{"kind":"Field","name":{"kind":"Name","value":"latencyDelta"}},{"kind":"Field","name":{"kind":"Name","value":"costDelta"}},{"kind":"Field","name":{"kind":"Name","value":"example"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runA"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runB"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreDeltas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebCompareExperimentsQuery, WebCompareExperimentsQueryVariables>;
export const WebExperimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebExperiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exampleCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"histogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"meanCost"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"Field","name":{"kind":"Name","value":"example"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebExperimentQuery, WebExperimentQueryVariables>;
export const WebCancelExperimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCancelExperiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExperiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebCancelExperimentMutation, WebCancelExperimentMutationVariables>;
export const WebCreateExperimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateExperiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExperimentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExperiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebCreateExperimentMutation, WebCreateExperimentMutationVariables>;
export const WebProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"lastTraceTime"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebProjectsQuery, WebProjectsQueryVariables>;
export const WebCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebCreateProjectMutation, WebCreateProjectMutationVariables>;
export const WebComparePromptVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebComparePromptVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparePromptVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"roleA"}},{"kind":"Field","name":{"kind":"Name","value":"roleB"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variablesAdded"}},{"kind":"Field","name":{"kind":"Name","value":"variablesRemoved"}}]}}]}}]} as unknown as DocumentNode<WebComparePromptVersionsQuery, WebComparePromptVersionsQueryVariables>;
export const WebPromptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebPrompts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebPromptsQuery, WebPromptsQueryVariables>;
export const WebCreatePromptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreatePrompt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPrompt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebCreatePromptMutation, WebCreatePromptMutationVariables>;
export const WebPromptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebPrompt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labelHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersion"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"templateFormat"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"commitMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"llmCalls"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebPromptQuery, WebPromptQueryVariables>;
export const WebSetPromptLabelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSetPromptLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promptId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPromptLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promptId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promptId"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebSetPromptLabelMutation, WebSetPromptLabelMutationVariables>;
export const WebRollbackPromptLabelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRollbackPromptLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promptId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackPromptLabel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"promptId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promptId"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebRollbackPromptLabelMutation, WebRollbackPromptLabelMutationVariables>;
export const WebCreatePromptVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreatePromptVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePromptVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPromptVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WebCreatePromptVersionMutation, WebCreatePromptVersionMutationVariables>;
export const WebSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebSessionRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebSessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"traceCount"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastTraceStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorFlag"}}]}}]} as unknown as DocumentNode<WebSessionsQuery, WebSessionsQueryVariables>;
export const WebSessionRowRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSessionRowRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebSessionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebSessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"traceCount"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastTraceStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorFlag"}}]}}]} as unknown as DocumentNode<WebSessionRowRefreshQuery, WebSessionRowRefreshQueryVariables>;
export const WebSessionListTraceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebSessionListTraceUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]} as unknown as DocumentNode<WebSessionListTraceUpdatedSubscription, WebSessionListTraceUpdatedSubscriptionVariables>;
export const WebSessionHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSessionHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebSessionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebSessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"traceCount"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"lastTraceStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorFlag"}}]}}]} as unknown as DocumentNode<WebSessionHeaderQuery, WebSessionHeaderQueryVariables>;
export const WebSessionTurnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSessionTurns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"traces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebSessionTurn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebSessionTurn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}}]}}]} as unknown as DocumentNode<WebSessionTurnsQuery, WebSessionTurnsQueryVariables>;
export const WebSessionTraceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebSessionTraceUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TraceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebSessionTurn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebSessionTurn"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}}]}}]} as unknown as DocumentNode<WebSessionTraceUpdatedSubscription, WebSessionTraceUpdatedSubscriptionVariables>;
export const WebSessionTraceSpansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSessionTraceSpans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spanCount"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LLMCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebSessionTraceSpansQuery, WebSessionTraceSpansQueryVariables>;
export const WebApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebApiKeysQuery, WebApiKeysQueryVariables>;
export const WebCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WebCreateApiKeyMutation, WebCreateApiKeyMutationVariables>;
export const WebRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<WebRevokeApiKeyMutation, WebRevokeApiKeyMutationVariables>;
export const WebUpdateForwardingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUpdateForwarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectForwardingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProjectForwarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forwarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"langsmithProject"}}]}}]}}]}}]} as unknown as DocumentNode<WebUpdateForwardingMutation, WebUpdateForwardingMutationVariables>;
export const WebRetryForwardingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRetryForwarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryForwarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}]}]}}]} as unknown as DocumentNode<WebRetryForwardingMutation, WebRetryForwardingMutationVariables>;
export const WebSetLlmEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebSetLlmEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LlmEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLlmEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"defaultModel"}},{"kind":"Field","name":{"kind":"Name","value":"hasApiKey"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyHint"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<WebSetLlmEndpointMutation, WebSetLlmEndpointMutationVariables>;
export const WebRemoveLlmEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRemoveLlmEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeLlmEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}]}]}}]} as unknown as DocumentNode<WebRemoveLlmEndpointMutation, WebRemoveLlmEndpointMutationVariables>;
export const WebModelPricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebModelPrices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelPrices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelPattern"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"inputPrice"}},{"kind":"Field","name":{"kind":"Name","value":"outputPrice"}},{"kind":"Field","name":{"kind":"Name","value":"cacheReadPrice"}},{"kind":"Field","name":{"kind":"Name","value":"cacheWritePrice"}},{"kind":"Field","name":{"kind":"Name","value":"reasoningPrice"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costRecomputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"callsSeen"}},{"kind":"Field","name":{"kind":"Name","value":"callsChanged"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebModelPricesQuery, WebModelPricesQueryVariables>;
export const WebUpsertModelPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUpsertModelPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertModelPriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertModelPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebUpsertModelPriceMutation, WebUpsertModelPriceMutationVariables>;
export const WebDeleteModelPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebDeleteModelPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteModelPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<WebDeleteModelPriceMutation, WebDeleteModelPriceMutationVariables>;
export const WebRecomputeCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRecomputeCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputeCosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WebRecomputeCostsMutation, WebRecomputeCostsMutationVariables>;
export const WebUpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}}]}}]} as unknown as DocumentNode<WebUpdateProjectMutation, WebUpdateProjectMutationVariables>;
export const WebSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"forwarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"langsmithProject"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"llmEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"defaultModel"}},{"kind":"Field","name":{"kind":"Name","value":"hasApiKey"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyHint"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebSettingsQuery, WebSettingsQueryVariables>;
export const WebCreateFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]}}]} as unknown as DocumentNode<WebCreateFeedbackMutation, WebCreateFeedbackMutationVariables>;
export const WebCompareTracesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebCompareTraces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareTraces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebCompareTraceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebCompareTraceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"onlyInA"}},{"kind":"Field","name":{"kind":"Name","value":"onlyInB"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"differences"}},{"kind":"Field","name":{"kind":"Name","value":"durationMsDelta"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostDelta"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokensDelta"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebCompareSpanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebCompareSpanFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebCompareTraceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebCompareSpanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Span"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LLMCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}}]}}]}}]} as unknown as DocumentNode<WebCompareTracesQuery, WebCompareTracesQueryVariables>;
export const WebTraceHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebTraceHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebTraceHeaderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebTraceHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"promptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheReadTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheCreationTokens"}},{"kind":"Field","name":{"kind":"Name","value":"reasoningTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"promptCost"}},{"kind":"Field","name":{"kind":"Name","value":"completionCost"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"spanCount"}},{"kind":"Field","name":{"kind":"Name","value":"agentCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"llmCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"toolCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errorType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"stackTrace"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"llmCallId"}},{"kind":"Field","name":{"kind":"Name","value":"toolCallId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"spanId"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<WebTraceHeaderQuery, WebTraceHeaderQueryVariables>;
export const WebTraceHeaderUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebTraceHeaderUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TraceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebTraceHeaderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebTraceHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"promptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheReadTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheCreationTokens"}},{"kind":"Field","name":{"kind":"Name","value":"reasoningTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"promptCost"}},{"kind":"Field","name":{"kind":"Name","value":"completionCost"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"spanCount"}},{"kind":"Field","name":{"kind":"Name","value":"agentCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"llmCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"toolCallCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errorType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"stackTrace"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"llmCallId"}},{"kind":"Field","name":{"kind":"Name","value":"toolCallId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"spanId"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<WebTraceHeaderUpdatedSubscription, WebTraceHeaderUpdatedSubscriptionVariables>;
export const WebTraceMetricComputedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebTraceMetricComputed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricComputed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]} as unknown as DocumentNode<WebTraceMetricComputedSubscription, WebTraceMetricComputedSubscriptionVariables>;
export const WebTraceErrorRaisedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebTraceErrorRaised"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorRaised"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]} as unknown as DocumentNode<WebTraceErrorRaisedSubscription, WebTraceErrorRaisedSubscriptionVariables>;
export const WebTraceSpansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebTraceSpans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Span"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"errorType"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"meanValue"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LLMCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"reasoningTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheReadTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheCreationTokens"}},{"kind":"Field","name":{"kind":"Name","value":"tokensEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"promptCost"}},{"kind":"Field","name":{"kind":"Name","value":"completionCost"}},{"kind":"Field","name":{"kind":"Name","value":"costSource"}},{"kind":"Field","name":{"kind":"Name","value":"unpriced"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"topP"}},{"kind":"Field","name":{"kind":"Name","value":"maxTokens"}},{"kind":"Field","name":{"kind":"Name","value":"stopTokens"}},{"kind":"Field","name":{"kind":"Name","value":"streaming"}},{"kind":"Field","name":{"kind":"Name","value":"invocationParams"}},{"kind":"Field","name":{"kind":"Name","value":"timeToFirstTokenMs"}},{"kind":"Field","name":{"kind":"Name","value":"toolCalls"}},{"kind":"Field","name":{"kind":"Name","value":"retryCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"llmCallId"}}]}}]}}]} as unknown as DocumentNode<WebTraceSpansQuery, WebTraceSpansQueryVariables>;
export const WebSpanAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebSpanAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"traceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spanAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"traceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"traceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Span"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"errorType"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"meanValue"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LLMCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promptTokens"}},{"kind":"Field","name":{"kind":"Name","value":"completionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"reasoningTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheReadTokens"}},{"kind":"Field","name":{"kind":"Name","value":"cacheCreationTokens"}},{"kind":"Field","name":{"kind":"Name","value":"tokensEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"promptCost"}},{"kind":"Field","name":{"kind":"Name","value":"completionCost"}},{"kind":"Field","name":{"kind":"Name","value":"costSource"}},{"kind":"Field","name":{"kind":"Name","value":"unpriced"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"topP"}},{"kind":"Field","name":{"kind":"Name","value":"maxTokens"}},{"kind":"Field","name":{"kind":"Name","value":"stopTokens"}},{"kind":"Field","name":{"kind":"Name","value":"streaming"}},{"kind":"Field","name":{"kind":"Name","value":"invocationParams"}},{"kind":"Field","name":{"kind":"Name","value":"timeToFirstTokenMs"}},{"kind":"Field","name":{"kind":"Name","value":"toolCalls"}},{"kind":"Field","name":{"kind":"Name","value":"retryCount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"llmCallId"}}]}}]}}]} as unknown as DocumentNode<WebSpanAddedSubscription, WebSpanAddedSubscriptionVariables>;
export const WebTracesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebTraces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TraceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TraceOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TraceRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TraceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}}]}}]} as unknown as DocumentNode<WebTracesQuery, WebTracesQueryVariables>;
export const WebTraceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebTraceUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TraceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TraceRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TraceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"totalTokens"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}}]}}]} as unknown as DocumentNode<WebTraceUpdatedSubscription, WebTraceUpdatedSubscriptionVariables>;