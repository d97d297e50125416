/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

/** A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies. */
export type __DirectiveLocation =
  /** Location adjacent to a query operation. */
  | 'QUERY'
  /** Location adjacent to a mutation operation. */
  | 'MUTATION'
  /** Location adjacent to a subscription operation. */
  | 'SUBSCRIPTION'
  /** Location adjacent to a field. */
  | 'FIELD'
  /** Location adjacent to a fragment definition. */
  | 'FRAGMENT_DEFINITION'
  /** Location adjacent to a fragment spread. */
  | 'FRAGMENT_SPREAD'
  /** Location adjacent to an inline fragment. */
  | 'INLINE_FRAGMENT'
  /** Location adjacent to a variable definition. */
  | 'VARIABLE_DEFINITION'
  /** Location adjacent to a schema definition. */
  | 'SCHEMA'
  /** Location adjacent to a scalar definition. */
  | 'SCALAR'
  /** Location adjacent to an object type definition. */
  | 'OBJECT'
  /** Location adjacent to a field definition. */
  | 'FIELD_DEFINITION'
  /** Location adjacent to an argument definition. */
  | 'ARGUMENT_DEFINITION'
  /** Location adjacent to an interface definition. */
  | 'INTERFACE'
  /** Location adjacent to a union definition. */
  | 'UNION'
  /** Location adjacent to an enum definition. */
  | 'ENUM'
  /** Location adjacent to an enum value definition. */
  | 'ENUM_VALUE'
  /** Location adjacent to an input object type definition. */
  | 'INPUT_OBJECT'
  /** Location adjacent to an input object field definition. */
  | 'INPUT_FIELD_DEFINITION'
  /** Location adjacent to a directive definition. */
  | 'DIRECTIVE_DEFINITION';

export type BenchCreateProjectMutationVariables = Exact<{
  n: Scalars['String']['input'];
}>;


export type BenchCreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string } };

export type BenchCreateApiKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type BenchCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string } };

export type HotTraceBenchIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type HotTraceBenchIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type HotTraceBenchTotalsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HotTraceBenchTotalsQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', llmCallCount: number, promptTokens: number, totalTokens: number, totalCost: number | null, models: Array<string> } };

export type IngestBenchIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type IngestBenchIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type LangsmithBenchIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type LangsmithBenchIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type ListBenchTracesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  f?: InputMaybe<TraceFilter>;
  o?: InputMaybe<TraceOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListBenchTracesQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', cursor: string, node: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, startTime: string, durationMs: number, totalTokens: number, totalCost: number | null, userId: string | null, sessionId: string | null, models: Array<string>, tags: Array<string>, errorFlag: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type LiveBenchSpanAddedSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type LiveBenchSpanAddedSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename?: 'AgentCall', id: string, sequence: number }
    | { __typename?: 'LLMCall', id: string, sequence: number }
    | { __typename?: 'ToolCall', id: string, sequence: number }
   };

export type LiveBenchIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type LiveBenchIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number } };

export type MetricsBenchIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type MetricsBenchIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type MetricsBenchMetricComputedSubscriptionVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type MetricsBenchMetricComputedSubscription = { __typename?: 'Subscription', metricComputed: { __typename?: 'MetricsComputed', traceId: string } };

export type StatsBenchStatsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type StatsBenchStatsQuery = { __typename?: 'Query', project: { __typename?: 'Project', stats: { __typename?: 'ProjectStats', from: string, to: string, traceCount: number, spanCount: number, errorCount: number, errorRate: number, promptTokens: number, completionTokens: number, totalTokens: number, promptCost: number, completionCost: number, totalCost: number, latencyP50: number | null, latencyP95: number | null, latencyP99: number | null, firstTokenP50: number | null, firstTokenP99: number | null, streamingRate: number | null, lastTraceStartTime: string | null, runFacets: Array<{ __typename?: 'RunFacet', runType: string, count: number }> } } };

export type StatsBenchSeriesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
  g: TimeseriesGroupBy;
}>;


export type StatsBenchSeriesQuery = { __typename?: 'Query', project: { __typename?: 'Project', timeseries: Array<{ __typename?: 'TimeseriesSeries', key: string | null, points: Array<{ __typename?: 'TimeseriesPoint', time: string, traceCount: number, errorCount: number, errorRate: number, totalTokens: number, totalCost: number, latencyP50: number | null, latencyP95: number | null, latencyP99: number | null }> }> } };

export type TreeBenchPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TreeBenchPageQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', spanCount: number, spans: Array<
      | { __typename: 'AgentCall', id: string, parentId: string | null, depth: number, childIds: Array<string>, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null }
      | { __typename: 'LLMCall', model: string | null, promptTokens: number | null, completionTokens: number | null, id: string, parentId: string | null, depth: number, childIds: Array<string>, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null }
      | { __typename: 'ToolCall', id: string, parentId: string | null, depth: number, childIds: Array<string>, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, totalCost: number | null }
    > } };

export type UiBenchIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type UiBenchIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type AbuseIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type AbuseIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', list: IngestList, index: number, code: string, message: string }> } };

export type AbuseTraceTotalsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AbuseTraceTotalsQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', promptTokens: number, totalTokens: number, totalCost: number | null, llmCallCount: number } };

export type AbuseSpansQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AbuseSpansQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', spans: Array<
      | { __typename?: 'AgentCall', id: string, name: string | null }
      | { __typename?: 'LLMCall', id: string, name: string | null }
      | { __typename?: 'ToolCall', id: string, name: string | null }
    > } };

export type AbuseSpanAddedSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type AbuseSpanAddedSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename?: 'AgentCall', id: string, name: string | null }
    | { __typename?: 'LLMCall', id: string, name: string | null }
    | { __typename?: 'ToolCall', id: string, name: string | null }
   };

export type AbuseSpanPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AbuseSpanPageQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', spanCount: number, spans: Array<
      | { __typename: 'AgentCall', llmCallIds: Array<string>, id: string, depth: number, ancestorIds: Array<string> }
      | { __typename: 'LLMCall', id: string, depth: number, ancestorIds: Array<string> }
      | { __typename: 'ToolCall', id: string, depth: number, ancestorIds: Array<string> }
    > } };

export type AbuseStatsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type AbuseStatsQuery = { __typename?: 'Query', project: { __typename?: 'Project', stats: { __typename?: 'ProjectStats', traceCount: number, totalTokens: number, totalCost: number } } };

export type AbusePublicSchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type AbusePublicSchemaQuery = { __typename?: 'Query', __schema: { __typename?: '__Schema', queryType: { __typename?: '__Type', name: string | null } } };

export type AbusePublicProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type AbusePublicProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string } }> } };

export type AqIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type AqIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number } };

export type AqCreateKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  r: ApiKeyRole;
  n: Scalars['String']['input'];
}>;


export type AqCreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string } } };

export type AqCreateMutationVariables = Exact<{
  i: CreateAnnotationQueueInput;
}>;


export type AqCreateMutation = { __typename?: 'Mutation', createAnnotationQueue: { __typename?: 'AnnotationQueue', id: string, name: string, instructions: string | null, rubric: Array<{ __typename?: 'RubricItem', key: string, kind: RubricKind, min: number | null, max: number | null, values: Array<string> | null, required: boolean }> } };

export type AqUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  i: UpdateAnnotationQueueInput;
}>;


export type AqUpdateMutation = { __typename?: 'Mutation', updateAnnotationQueue: { __typename?: 'AnnotationQueue', id: string, name: string, description: string | null } };

export type AqDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AqDeleteMutation = { __typename?: 'Mutation', deleteAnnotationQueue: { __typename?: 'DeletePayload', id: string, deleted: boolean } };

export type AqAddByFilterMutationVariables = Exact<{
  q: Scalars['ID']['input'];
  f?: InputMaybe<TraceFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AqAddByFilterMutation = { __typename?: 'Mutation', addTracesToAnnotationQueue: { __typename?: 'AddToAnnotationQueueResult', added: number, alreadyQueued: number, rejected: Array<{ __typename?: 'AnnotationRejection', traceId: string, message: string }> } };

export type AqAddMutationVariables = Exact<{
  q: Scalars['ID']['input'];
  items: Array<AnnotationTargetInput> | AnnotationTargetInput;
}>;


export type AqAddMutation = { __typename?: 'Mutation', addToAnnotationQueue: { __typename?: 'AddToAnnotationQueueResult', added: number, alreadyQueued: number, rejected: Array<{ __typename?: 'AnnotationRejection', traceId: string, spanId: string | null, message: string }> } };

export type AqNextMutationVariables = Exact<{
  q: Scalars['ID']['input'];
}>;


export type AqNextMutation = { __typename?: 'Mutation', nextAnnotationItem: { __typename?: 'AnnotationItem', id: string, spanId: string | null, status: AnnotationItemStatus, claimedBy: string | null, trace: { __typename?: 'Trace', id: string, name: string | null, inputs: any | null } } | null };

export type AqSubmitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  scores: Array<AnnotationScoreInput> | AnnotationScoreInput;
}>;


export type AqSubmitMutation = { __typename?: 'Mutation', submitAnnotation: { __typename?: 'AnnotationItem', id: string, status: AnnotationItemStatus, completedBy: string | null, completedAt: string | null, scores: Array<{ __typename?: 'Metric', name: string, score: number | null, label: string | null, comment: string | null, source: string, authorName: string | null }> } };

export type AqSkipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AqSkipMutation = { __typename?: 'Mutation', skipAnnotationItem: { __typename?: 'AnnotationItem', id: string, status: AnnotationItemStatus, claimedBy: string | null } };

export type AqQueueQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  status?: InputMaybe<AnnotationItemStatus>;
}>;


export type AqQueueQuery = { __typename?: 'Query', annotationQueue: { __typename?: 'AnnotationQueue', id: string, name: string, progress: { __typename?: 'AnnotationProgress', total: number, pending: number, claimed: number, done: number, skippedByMe: number }, annotators: Array<{ __typename?: 'Annotator', keyId: string | null, name: string, done: number }>, items: { __typename?: 'AnnotationItemConnection', totalCount: number, edges: Array<{ __typename?: 'AnnotationItemEdge', node: { __typename?: 'AnnotationItem', id: string, status: AnnotationItemStatus, completedBy: string | null, trace: { __typename?: 'Trace', id: string }, scores: Array<{ __typename?: 'Metric', name: string, score: number | null, label: string | null }> } }> } } };

export type AqQueuesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AqQueuesQuery = { __typename?: 'Query', annotationQueues: Array<{ __typename?: 'AnnotationQueue', id: string, name: string, progress: { __typename?: 'AnnotationProgress', total: number, done: number } }> };

export type AqTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AqTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', metrics: Array<{ __typename?: 'Metric', name: string, score: number | null, label: string | null, comment: string | null, source: string, authorKeyId: string | null, authorName: string | null }> } };

export type AqSummaryQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AqSummaryQuery = { __typename?: 'Query', project: { __typename?: 'Project', scoreSummary: Array<{ __typename?: 'ScoreSummary', key: string, count: number, mean: number | null, labels: Array<{ __typename?: 'ScoreLabelCount', label: string, count: number }>, sources: Array<{ __typename?: 'ScoreSourceCount', source: string, count: number }> }> } };

export type AuthIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type AuthIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', list: IngestList, index: number, id: string | null, code: string, message: string }> } };

export type AuthProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthProjectQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, name: string } };

export type AuthProjectByNameQueryVariables = Exact<{
  n: Scalars['String']['input'];
}>;


export type AuthProjectByNameQuery = { __typename?: 'Query', projectByName: { __typename?: 'Project', id: string, name: string } };

export type AuthProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string } }> } };

export type AuthViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', role: ApiKeyRole, bootstrapAdmin: boolean, projectId: string | null } };

export type AuthCompareQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type AuthCompareQuery = { __typename?: 'Query', compareTraces: { __typename?: 'TraceComparison', matched: number, spans: Array<{ __typename?: 'SpanComparison', path: Array<string>, a:
        | { __typename?: 'AgentCall', id: string, name: string | null, inputs: any | null }
        | { __typename?: 'LLMCall', id: string, name: string | null, inputs: any | null }
        | { __typename?: 'ToolCall', id: string, name: string | null, inputs: any | null }
       | null, b:
        | { __typename?: 'AgentCall', id: string, name: string | null, inputs: any | null }
        | { __typename?: 'LLMCall', id: string, name: string | null, inputs: any | null }
        | { __typename?: 'ToolCall', id: string, name: string | null, inputs: any | null }
       | null }> } };

export type AuthTracesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthTracesQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', id: string } }> } };

export type AuthTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, name: string | null } };

export type AuthSessionsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthSessionsQuery = { __typename?: 'Query', sessions: { __typename?: 'SessionConnection', edges: Array<{ __typename?: 'SessionEdge', node: { __typename?: 'Session', id: string } }> } };

export type AuthCreateKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  r: ApiKeyRole;
  n: Scalars['String']['input'];
}>;


export type AuthCreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, role: ApiKeyRole, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type AuthRevokeKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthRevokeKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt: string | null } };

export type AuthListKeysQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthListKeysQuery = { __typename?: 'Query', project: { __typename?: 'Project', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, role: ApiKeyRole, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> } };

export type AuthDeleteTraceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthDeleteTraceMutation = { __typename?: 'Mutation', deleteTrace: { __typename?: 'DeletePayload', id: string, deleted: boolean } };

export type AuthUpdateProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  n?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuthUpdateProjectMutation = { __typename?: 'Mutation', updateProject: { __typename?: 'Project', id: string, name: string } };

export type AuthCreateProjectMutationVariables = Exact<{
  n: Scalars['String']['input'];
}>;


export type AuthCreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string } };

export type AuthUpdateForwardingMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthUpdateForwardingMutation = { __typename?: 'Mutation', updateProjectForwarding: { __typename?: 'Project', id: string, forwarding: { __typename?: 'ProjectForwarding', enabled: boolean } } };

export type AuthRetryForwardingMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthRetryForwardingMutation = { __typename?: 'Mutation', retryForwarding: number };

export type AuthModelPricesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthModelPricesQuery = { __typename?: 'Query', modelPrices: Array<{ __typename?: 'ModelPrice', id: string, modelPattern: string, inputPrice: number }> };

export type AuthUpsertPriceMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AuthUpsertPriceMutation = { __typename?: 'Mutation', upsertModelPrice: { __typename?: 'ModelPrice', id: string, modelPattern: string } };

export type AuthDeletePriceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthDeletePriceMutation = { __typename?: 'Mutation', deleteModelPrice: { __typename?: 'DeletePayload', id: string, deleted: boolean } };

export type AuthRecomputeCostsMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthRecomputeCostsMutation = { __typename?: 'Mutation', recomputeCosts: { __typename?: 'CostRecompute', id: string, status: CostRecomputeStatus } };

export type AuthPromptsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthPromptsQuery = { __typename?: 'Query', prompts: { __typename?: 'PromptConnection', edges: Array<{ __typename?: 'PromptEdge', node: { __typename?: 'Prompt', id: string, name: string } }> } };

export type AuthPromptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthPromptQuery = { __typename?: 'Query', prompt: { __typename?: 'Prompt', id: string, name: string, labels: Array<{ __typename?: 'PromptLabel', label: string }>, versions: { __typename?: 'PromptVersionConnection', edges: Array<{ __typename?: 'PromptVersionEdge', node: { __typename?: 'PromptVersion', id: string, text: string | null } }> } } };

export type AuthPromptByNameQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  n: Scalars['String']['input'];
}>;


export type AuthPromptByNameQuery = { __typename?: 'Query', promptByName: { __typename?: 'Prompt', id: string, name: string } };

export type AuthComparePromptsQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type AuthComparePromptsQuery = { __typename?: 'Query', comparePromptVersions: { __typename?: 'PromptVersionComparison', a: { __typename?: 'PromptVersion', text: string | null }, b: { __typename?: 'PromptVersion', text: string | null } } };

export type AuthRenderPromptQueryVariables = Exact<{
  v: Scalars['ID']['input'];
}>;


export type AuthRenderPromptQuery = { __typename?: 'Query', renderPrompt: Array<{ __typename?: 'PromptMessageType', role: string, content: string }> };

export type AuthCreatePromptMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  n: Scalars['String']['input'];
}>;


export type AuthCreatePromptMutation = { __typename?: 'Mutation', createPrompt: { __typename?: 'Prompt', id: string } };

export type AuthUpdatePromptMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthUpdatePromptMutation = { __typename?: 'Mutation', updatePrompt: { __typename?: 'Prompt', id: string, name: string } };

export type AuthDeletePromptMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthDeletePromptMutation = { __typename?: 'Mutation', deletePrompt: { __typename?: 'DeletePromptPayload', id: string, deleted: boolean } };

export type AuthCreatePromptVersionMutationVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  p?: InputMaybe<Scalars['ID']['input']>;
  n?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuthCreatePromptVersionMutation = { __typename?: 'Mutation', createPromptVersion: { __typename?: 'PromptVersion', id: string, version: number } };

export type AuthSetPromptLabelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthSetPromptLabelMutation = { __typename?: 'Mutation', setPromptLabel: { __typename?: 'Prompt', id: string } };

export type AuthRemovePromptLabelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthRemovePromptLabelMutation = { __typename?: 'Mutation', removePromptLabel: { __typename?: 'Prompt', id: string } };

export type AuthRollbackPromptLabelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthRollbackPromptLabelMutation = { __typename?: 'Mutation', rollbackPromptLabel: { __typename?: 'Prompt', id: string } };

export type AuthSeedPromptMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  n: Scalars['String']['input'];
}>;


export type AuthSeedPromptMutation = { __typename?: 'Mutation', createPromptVersion: { __typename?: 'PromptVersion', id: string, prompt: { __typename?: 'Prompt', id: string } } };

export type AuthDatasetsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthDatasetsQuery = { __typename?: 'Query', datasets: { __typename?: 'DatasetConnection', edges: Array<{ __typename?: 'DatasetEdge', node: { __typename?: 'Dataset', id: string, name: string } }> } };

export type AuthDatasetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthDatasetQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, examples: { __typename?: 'DatasetExampleConnection', edges: Array<{ __typename?: 'DatasetExampleEdge', node: { __typename?: 'DatasetExample', id: string, inputs: Record<string, any> } }> } } };

export type AuthDatasetExampleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthDatasetExampleQuery = { __typename?: 'Query', datasetExample: { __typename?: 'DatasetExample', id: string, inputs: Record<string, any> } };

export type AuthCreateDatasetMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthCreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'Dataset', id: string } };

export type AuthUpdateDatasetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthUpdateDatasetMutation = { __typename?: 'Mutation', updateDataset: { __typename?: 'Dataset', id: string, name: string } };

export type AuthDeleteDatasetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthDeleteDatasetMutation = { __typename?: 'Mutation', deleteDataset: { __typename?: 'DeletePayload', id: string, deleted: boolean } };

export type AuthAddExamplesMutationVariables = Exact<{
  d: Scalars['ID']['input'];
}>;


export type AuthAddExamplesMutation = { __typename?: 'Mutation', addExamples: { __typename?: 'ExampleBatchResult', version: number | null } };

export type AuthAddFromTracesMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  t: Scalars['ID']['input'];
}>;


export type AuthAddFromTracesMutation = { __typename?: 'Mutation', addExamplesFromTraces: { __typename?: 'ExampleBatchResult', version: number | null, examples: Array<{ __typename?: 'DatasetExample', inputs: Record<string, any> }>, errors: Array<{ __typename?: 'DatasetItemError', code: string }> } };

export type AuthUpdateExampleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthUpdateExampleMutation = { __typename?: 'Mutation', updateExample: { __typename?: 'DatasetExample', id: string, inputs: Record<string, any> } };

export type AuthDeleteExamplesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AuthDeleteExamplesMutation = { __typename?: 'Mutation', deleteExamples: { __typename?: 'DeleteExamplesResult', deletedIds: Array<string>, errors: Array<{ __typename?: 'DatasetItemError', code: string }> } };

export type AuthTagVersionMutationVariables = Exact<{
  d: Scalars['ID']['input'];
}>;


export type AuthTagVersionMutation = { __typename?: 'Mutation', tagDatasetVersion: { __typename?: 'Dataset', id: string } };

export type AuthImportExamplesMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  c: Scalars['String']['input'];
}>;


export type AuthImportExamplesMutation = { __typename?: 'Mutation', importExamples: { __typename?: 'ImportExamplesResult', version: number | null, imported: number } };

export type AuthFeedbackQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  t?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AuthFeedbackQuery = { __typename?: 'Query', feedback: { __typename?: 'FeedbackConnection', edges: Array<{ __typename?: 'FeedbackEdge', node: { __typename?: 'Metric', id: string, name: string } }> } };

export type AuthCreateFeedbackMutationVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type AuthCreateFeedbackMutation = { __typename?: 'Mutation', createFeedback: { __typename?: 'Metric', id: string } };

export type AuthUpdateFeedbackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthUpdateFeedbackMutation = { __typename?: 'Mutation', updateFeedback: { __typename?: 'Metric', id: string } };

export type AuthDeleteFeedbackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthDeleteFeedbackMutation = { __typename?: 'Mutation', deleteFeedback: { __typename?: 'DeletePayload', id: string, deleted: boolean } };

export type AuthAnnotationQueuesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthAnnotationQueuesQuery = { __typename?: 'Query', annotationQueues: Array<{ __typename?: 'AnnotationQueue', id: string, name: string }> };

export type AuthAnnotationQueueQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthAnnotationQueueQuery = { __typename?: 'Query', annotationQueue: { __typename?: 'AnnotationQueue', id: string, name: string, progress: { __typename?: 'AnnotationProgress', total: number }, items: { __typename?: 'AnnotationItemConnection', edges: Array<{ __typename?: 'AnnotationItemEdge', node: { __typename?: 'AnnotationItem', id: string, trace: { __typename?: 'Trace', id: string, name: string | null } } }> } } };

export type AuthCreateQueueMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  n: Scalars['String']['input'];
}>;


export type AuthCreateQueueMutation = { __typename?: 'Mutation', createAnnotationQueue: { __typename?: 'AnnotationQueue', id: string } };

export type AuthUpdateQueueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthUpdateQueueMutation = { __typename?: 'Mutation', updateAnnotationQueue: { __typename?: 'AnnotationQueue', id: string, name: string } };

export type AuthDeleteQueueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthDeleteQueueMutation = { __typename?: 'Mutation', deleteAnnotationQueue: { __typename?: 'DeletePayload', id: string, deleted: boolean } };

export type AuthAddToQueueMutationVariables = Exact<{
  q: Scalars['ID']['input'];
  t: Scalars['ID']['input'];
}>;


export type AuthAddToQueueMutation = { __typename?: 'Mutation', addToAnnotationQueue: { __typename?: 'AddToAnnotationQueueResult', added: number, alreadyQueued: number, rejected: Array<{ __typename?: 'AnnotationRejection', traceId: string, message: string }> } };

export type AuthAddTracesToQueueMutationVariables = Exact<{
  q: Scalars['ID']['input'];
}>;


export type AuthAddTracesToQueueMutation = { __typename?: 'Mutation', addTracesToAnnotationQueue: { __typename?: 'AddToAnnotationQueueResult', added: number } };

export type AuthNextItemMutationVariables = Exact<{
  q: Scalars['ID']['input'];
}>;


export type AuthNextItemMutation = { __typename?: 'Mutation', nextAnnotationItem: { __typename?: 'AnnotationItem', id: string, trace: { __typename?: 'Trace', id: string, name: string | null } } | null };

export type AuthSubmitItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthSubmitItemMutation = { __typename?: 'Mutation', submitAnnotation: { __typename?: 'AnnotationItem', id: string } };

export type AuthSkipItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthSkipItemMutation = { __typename?: 'Mutation', skipAnnotationItem: { __typename?: 'AnnotationItem', id: string } };

export type AuthExperimentsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthExperimentsQuery = { __typename?: 'Query', experiments: { __typename?: 'ExperimentConnection', edges: Array<{ __typename?: 'ExperimentEdge', node: { __typename?: 'Experiment', id: string, name: string } }> } };

export type AuthExperimentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthExperimentQuery = { __typename?: 'Query', experiment: { __typename?: 'Experiment', id: string, name: string, runs: { __typename?: 'ExperimentRunConnection', edges: Array<{ __typename?: 'ExperimentRunEdge', node: { __typename?: 'ExperimentRun', id: string, output: any | null } }> } } };

export type AuthLeaderboardQueryVariables = Exact<{
  d: Scalars['ID']['input'];
}>;


export type AuthLeaderboardQuery = { __typename?: 'Query', datasetLeaderboard: Array<{ __typename?: 'LeaderboardEntry', rank: number, experiment: { __typename?: 'Experiment', id: string, name: string } }> };

export type AuthTrendQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthTrendQuery = { __typename?: 'Query', promptVersionTrend: Array<{ __typename?: 'PromptVersionTrendPoint', promptVersionId: string, calls: number }> };

export type AuthCompareExperimentsQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type AuthCompareExperimentsQuery = { __typename?: 'Query', compareExperiments: { __typename?: 'ExperimentComparison', examples: Array<{ __typename?: 'ExampleComparison', exampleId: string }> } };

export type AuthSetEndpointMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthSetEndpointMutation = { __typename?: 'Mutation', setLlmEndpoint: { __typename?: 'LlmEndpoint', baseUrl: string } };

export type AuthRemoveEndpointMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthRemoveEndpointMutation = { __typename?: 'Mutation', removeLlmEndpoint: boolean };

export type AuthCreateExperimentMutationVariables = Exact<{
  d: Scalars['ID']['input'];
}>;


export type AuthCreateExperimentMutation = { __typename?: 'Mutation', createExperiment: { __typename?: 'Experiment', id: string } };

export type AuthCancelExperimentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthCancelExperimentMutation = { __typename?: 'Mutation', cancelExperiment: { __typename?: 'Experiment', id: string } };

export type AuthDeleteExperimentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthDeleteExperimentMutation = { __typename?: 'Mutation', deleteExperiment: boolean };

export type AuthRootFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthRootFieldsQuery = { __typename?: 'Query', __schema: { __typename?: '__Schema', queryType: { __typename?: '__Type', fields: Array<{ __typename?: '__Field', name: string }> | null }, mutationType: { __typename?: '__Type', fields: Array<{ __typename?: '__Field', name: string }> | null } | null } };

export type AuthAnonSessionQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthAnonSessionQuery = { __typename?: 'Query', session: { __typename?: 'Session', id: string } };

export type AuthJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthJobsQuery = { __typename?: 'Query', jobs: { __typename?: 'JobsOverview', backend: string } };

export type AuthFailedJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthFailedJobsQuery = { __typename?: 'Query', failedJobs: Array<{ __typename?: 'FailedJob', id: string }> };

export type AuthRetryFailedJobsMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthRetryFailedJobsMutation = { __typename?: 'Mutation', retryFailedJobs: Array<string> };

export type AuthUnchangedQueryVariables = Exact<{
  t: Scalars['ID']['input'];
  p: Scalars['ID']['input'];
}>;


export type AuthUnchangedQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', name: string | null }, project: { __typename?: 'Project', name: string, apiKeys: Array<{ __typename?: 'ApiKey', id: string, revokedAt: string | null }> } };

export type AuthApiKeyFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthApiKeyFieldsQuery = { __typename?: 'Query', __type: { __typename?: '__Type', fields: Array<{ __typename?: '__Field', name: string }> | null } | null };

export type AuthProjectNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthProjectNamesQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', name: string } }> } };

export type AuthSessionQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  id: Scalars['String']['input'];
}>;


export type AuthSessionQuery = { __typename?: 'Query', session: { __typename?: 'Session', id: string, traceCount: number, traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', id: string } }> } } };

export type AuthProjectKeyIdsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthProjectKeyIdsQuery = { __typename?: 'Query', project: { __typename?: 'Project', apiKeys: Array<{ __typename?: 'ApiKey', id: string }> } };

export type AuthProjectsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthProjectsPageQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, name: string, totals: { __typename?: 'ProjectTotals', traceCount: number } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type AuthTracesOfSessionQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  s?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuthTracesOfSessionQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', id: string } }> } };

export type AuthTraceNestedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthTraceNestedQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, spans: Array<
      | { __typename?: 'AgentCall', id: string }
      | { __typename?: 'LLMCall', id: string }
      | { __typename?: 'ToolCall', id: string }
    >, errors: Array<{ __typename?: 'TraceError', id: string }>, metrics: Array<{ __typename?: 'Metric', id: string }>, userInteractions: Array<{ __typename?: 'UserInteraction', id: string }>, systemInfo: { __typename?: 'SystemInfo', id: string } | null, project: { __typename?: 'Project', id: string } } };

export type AuthSessionCountsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthSessionCountsQuery = { __typename?: 'Query', sessions: { __typename?: 'SessionConnection', edges: Array<{ __typename?: 'SessionEdge', node: { __typename?: 'Session', id: string, traceCount: number } }> } };

export type AuthJobQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthJobQueuesQuery = { __typename?: 'Query', jobs: { __typename?: 'JobsOverview', backend: string, queues: Array<{ __typename?: 'JobQueueStatus', name: JobQueueName, failed: number }> } };

export type AuthFailedJobDataQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthFailedJobDataQuery = { __typename?: 'Query', failedJobs: Array<{ __typename?: 'FailedJob', id: string, data: any }> };

export type AuthProjectRecomputesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthProjectRecomputesQuery = { __typename?: 'Query', project: { __typename?: 'Project', costRecomputes: Array<{ __typename?: 'CostRecompute', id: string }> } };

export type AuthIngestPromptLinkMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type AuthIngestPromptLinkMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number } };

export type AuthDatasetOfAMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthDatasetOfAMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'Dataset', id: string } };

export type AuthPriceOfBMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthPriceOfBMutation = { __typename?: 'Mutation', upsertModelPrice: { __typename?: 'ModelPrice', id: string } };

export type AuthDatasetOfBMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type AuthDatasetOfBMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'Dataset', id: string } };

export type AuthExampleOfBMutationVariables = Exact<{
  d: Scalars['ID']['input'];
}>;


export type AuthExampleOfBMutation = { __typename?: 'Mutation', addExamples: { __typename?: 'ExampleBatchResult', examples: Array<{ __typename?: 'DatasetExample', id: string }> } };

export type AuthProjectBAsAdminQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  t: Scalars['ID']['input'];
}>;


export type AuthProjectBAsAdminQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, name: string, description: string | null, tags: Array<string>, metadata: Record<string, any>, endTime: string | null, updatedAt: string, totals: { __typename?: 'ProjectTotals', traceCount: number, totalCost: number, totalTokens: number }, apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, role: ApiKeyRole, prefix: string, revokedAt: string | null }> }, trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, endTime: string | null, metadata: Record<string, any>, totalCost: number | null, totalTokens: number, errorCount: number, updatedAt: string, spans: Array<
      | { __typename?: 'AgentCall', id: string, name: string | null, status: SpanStatus, outputs: any | null, error: string | null, totalCost: number | null }
      | { __typename?: 'LLMCall', model: string | null, promptTokens: number | null, id: string, name: string | null, status: SpanStatus, outputs: any | null, error: string | null, totalCost: number | null }
      | { __typename?: 'ToolCall', id: string, name: string | null, status: SpanStatus, outputs: any | null, error: string | null, totalCost: number | null }
    >, errors: Array<{ __typename?: 'TraceError', id: string, errorMessage: string }>, metrics: Array<{ __typename?: 'Metric', id: string, name: string, score: number | null }>, userInteractions: Array<{ __typename?: 'UserInteraction', id: string, content: string }>, systemInfo: { __typename?: 'SystemInfo', id: string, osName: string | null } | null }, traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', id: string } }> }, sessions: { __typename?: 'SessionConnection', edges: Array<{ __typename?: 'SessionEdge', node: { __typename?: 'Session', id: string, traceCount: number } }> } };

export type DsIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type DsIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type DsCreateMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  n: Scalars['String']['input'];
  t?: InputMaybe<DatasetDataType>;
}>;


export type DsCreateMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'Dataset', id: string, name: string, description: string | null, dataType: DatasetDataType, metadata: Record<string, any>, version: number, createdAt: string } };

export type DsUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  n?: InputMaybe<Scalars['String']['input']>;
}>;


export type DsUpdateMutation = { __typename?: 'Mutation', updateDataset: { __typename?: 'Dataset', id: string, name: string, description: string | null, version: number } };

export type DsDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DsDeleteMutation = { __typename?: 'Mutation', deleteDataset: { __typename?: 'DeletePayload', id: string, deleted: boolean } };

export type DsAddMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  e: Array<ExampleInput> | ExampleInput;
}>;


export type DsAddMutation = { __typename?: 'Mutation', addExamples: { __typename?: 'ExampleBatchResult', version: number | null, examples: Array<{ __typename?: 'DatasetExample', id: string, inputs: Record<string, any>, outputs: Record<string, any> | null, metadata: Record<string, any>, splits: Array<string>, revision: number, sourceTraceId: string | null }>, errors: Array<{ __typename?: 'DatasetItemError', index: number, code: string, message: string }> } };

export type DsFromTracesMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  items: Array<TraceItemInput> | TraceItemInput;
}>;


export type DsFromTracesMutation = { __typename?: 'Mutation', addExamplesFromTraces: { __typename?: 'ExampleBatchResult', version: number | null, examples: Array<{ __typename?: 'DatasetExample', id: string, inputs: Record<string, any>, outputs: Record<string, any> | null, sourceTraceId: string | null, sourceSpanId: string | null, sourceTrace: { __typename?: 'Trace', id: string, name: string | null } | null }>, errors: Array<{ __typename?: 'DatasetItemError', index: number, id: string | null, code: string, message: string }> } };

export type DsEditMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  p: ExamplePatchInput;
}>;


export type DsEditMutation = { __typename?: 'Mutation', updateExample: { __typename?: 'DatasetExample', id: string, inputs: Record<string, any>, outputs: Record<string, any> | null, splits: Array<string>, revision: number } };

export type DsDeleteExamplesMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type DsDeleteExamplesMutation = { __typename?: 'Mutation', deleteExamples: { __typename?: 'DeleteExamplesResult', deletedIds: Array<string>, errors: Array<{ __typename?: 'DatasetItemError', index: number, id: string | null, code: string }> } };

export type DsTagMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
  t: Scalars['String']['input'];
}>;


export type DsTagMutation = { __typename?: 'Mutation', tagDatasetVersion: { __typename?: 'Dataset', id: string, versions: Array<{ __typename?: 'DatasetVersion', version: number, tags: Array<string> }> } };

export type DsImportMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  f: ExampleFormat;
  c: Scalars['String']['input'];
  cols?: InputMaybe<CsvColumnsInput>;
}>;


export type DsImportMutation = { __typename?: 'Mutation', importExamples: { __typename?: 'ImportExamplesResult', version: number | null, imported: number, errors: Array<{ __typename?: 'ImportLineError', line: number, message: string }> } };

export type DsDatasetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  v?: InputMaybe<Scalars['Int']['input']>;
  s?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DsDatasetQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, version: number, exampleCount: number, splits: Array<string>, versions: Array<{ __typename?: 'DatasetVersion', version: number, description: string | null, tags: Array<string>, exampleCount: number }>, examples: { __typename?: 'DatasetExampleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'DatasetExampleEdge', node: { __typename?: 'DatasetExample', id: string, inputs: Record<string, any>, outputs: Record<string, any> | null, metadata: Record<string, any>, splits: Array<string>, revision: number, sourceTraceId: string | null, sourceSpanId: string | null } }> } } };

export type DsListQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  q?: InputMaybe<Scalars['String']['input']>;
}>;


export type DsListQuery = { __typename?: 'Query', datasets: { __typename?: 'DatasetConnection', totalCount: number, edges: Array<{ __typename?: 'DatasetEdge', node: { __typename?: 'Dataset', id: string, name: string, exampleCount: number } }> } };

export type DsExampleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  v?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DsExampleQuery = { __typename?: 'Query', datasetExample: { __typename?: 'DatasetExample', id: string, inputs: Record<string, any>, revision: number } };

export type DsSpanFlagsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DsSpanFlagsQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', spans: Array<
      | { __typename?: 'AgentCall', id: string }
      | { __typename?: 'LLMCall', id: string }
      | { __typename?: 'ToolCall', id: string }
    > } };

export type DsReaderKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type DsReaderKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string } };

export type DsWriterKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type DsWriterKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string } };

export type E2eIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type E2eIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', list: IngestList, message: string }> } };

export type E2eCreateDatasetMutationVariables = Exact<{
  i: CreateDatasetInput;
}>;


export type E2eCreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'Dataset', id: string } };

export type E2eFromTracesMutationVariables = Exact<{
  d: Scalars['ID']['input'];
  items: Array<TraceItemInput> | TraceItemInput;
}>;


export type E2eFromTracesMutation = { __typename?: 'Mutation', addExamplesFromTraces: { __typename?: 'ExampleBatchResult', version: number | null, examples: Array<{ __typename?: 'DatasetExample', id: string, inputs: Record<string, any>, outputs: Record<string, any> | null, sourceTraceId: string | null }>, errors: Array<{ __typename?: 'DatasetItemError', index: number, message: string }> } };

export type E2eCreateVersionMutationVariables = Exact<{
  i: CreatePromptVersionInput;
}>;


export type E2eCreateVersionMutation = { __typename?: 'Mutation', createPromptVersion: { __typename?: 'PromptVersion', id: string, version: number, variables: Array<string>, prompt: { __typename?: 'Prompt', id: string } } };

export type E2eSetEndpointMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  i: LlmEndpointInput;
}>;


export type E2eSetEndpointMutation = { __typename?: 'Mutation', setLlmEndpoint: { __typename?: 'LlmEndpoint', hasApiKey: boolean } };

export type E2eCreateExperimentMutationVariables = Exact<{
  i: CreateExperimentInput;
}>;


export type E2eCreateExperimentMutation = { __typename?: 'Mutation', createExperiment: { __typename?: 'Experiment', id: string, name: string, status: ExperimentStatus, promptVersion: { __typename?: 'PromptVersion', id: string, version: number } | null, evaluators: Array<{ __typename?: 'ExperimentEvaluator', kind: string, key: string }> } };

export type E2eUpdatesSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type E2eUpdatesSubscription = { __typename?: 'Subscription', experimentUpdated: { __typename?: 'ExperimentUpdate', experiment: { __typename?: 'Experiment', id: string, status: ExperimentStatus, completedCount: number, failedCount: number }, run: { __typename?: 'ExperimentRun', id: string, status: ExperimentRunStatus } | null } };

export type E2eExperimentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type E2eExperimentQuery = { __typename?: 'Query', experiment: { __typename?: 'Experiment', id: string, name: string, status: ExperimentStatus, completedCount: number, failedCount: number, promptVersion: { __typename?: 'PromptVersion', id: string, version: number } | null, summary: { __typename?: 'ExperimentSummary', evaluators: Array<{ __typename?: 'EvaluatorSummary', key: string, count: number, mean: number | null }> }, runs: { __typename?: 'ExperimentRunConnection', edges: Array<{ __typename?: 'ExperimentRunEdge', node: { __typename?: 'ExperimentRun', id: string, status: ExperimentRunStatus, output: any | null, example: { __typename?: 'ExperimentExample', id: string, inputs: Record<string, any>, outputs: Record<string, any> | null } | null, trace: { __typename?: 'Trace', id: string, spans: Array<
              | { __typename: 'AgentCall', referenceExampleId: string | null, id: string, name: string | null }
              | { __typename: 'LLMCall', referenceExampleId: string | null, inputs: any | null, id: string, name: string | null, promptVersion: { __typename?: 'PromptVersion', id: string, version: number } | null }
              | { __typename: 'ToolCall', id: string, name: string | null }
            > } | null, scores: Array<{ __typename?: 'Metric', name: string, score: number | null, value: number | null, reason: string | null, source: string }> } }> } } };

export type E2eLeaderboardQueryVariables = Exact<{
  d: Scalars['ID']['input'];
}>;


export type E2eLeaderboardQuery = { __typename?: 'Query', datasetLeaderboard: Array<{ __typename?: 'LeaderboardEntry', rank: number, score: number | null, experiment: { __typename?: 'Experiment', id: string }, promptVersion: { __typename?: 'PromptVersion', id: string, version: number } | null }> };

export type E2eCompareExperimentsQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  e?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type E2eCompareExperimentsQuery = { __typename?: 'Query', compareExperiments: { __typename?: 'ExperimentComparison', examples: Array<{ __typename?: 'ExampleComparison', exampleId: string, outputChanged: boolean, runA: { __typename?: 'ExperimentRun', output: any | null } | null, runB: { __typename?: 'ExperimentRun', output: any | null } | null, scoreDeltas: Array<{ __typename?: 'ScoreDelta', key: string, a: number | null, b: number | null, delta: number | null }>, traceComparison: { __typename?: 'TraceComparison', matched: number, onlyInA: number, onlyInB: number, spans: Array<{ __typename?: 'SpanComparison', path: Array<string>, differences: Array<string>, a:
            | { __typename?: 'AgentCall', id: string }
            | { __typename?: 'LLMCall', id: string }
            | { __typename?: 'ToolCall', id: string }
           | null, b:
            | { __typename?: 'AgentCall', id: string }
            | { __typename?: 'LLMCall', id: string }
            | { __typename?: 'ToolCall', id: string }
           | null }> } | null }> } };

export type E2eComparePromptsQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type E2eComparePromptsQuery = { __typename?: 'Query', comparePromptVersions: { __typename?: 'PromptVersionComparison', variablesAdded: Array<string>, variablesRemoved: Array<string>, messages: Array<{ __typename?: 'PromptMessageDiff', index: number, change: PromptMessageChange, lines: Array<{ __typename?: 'PromptDiffLine', op: PromptLineOp, text: string }> }> } };

export type E2eDatasetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  only?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type E2eDatasetQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', experiments: { __typename?: 'ExperimentConnection', edges: Array<{ __typename?: 'ExperimentEdge', node: { __typename?: 'Experiment', id: string, promptVersion: { __typename?: 'PromptVersion', version: number } | null } }> }, scoreSummary: Array<{ __typename?: 'ScoreSummary', key: string, count: number, mean: number | null, sources: Array<{ __typename?: 'ScoreSourceCount', source: string, count: number }> }>, onlyV1: Array<{ __typename?: 'ScoreSummary', key: string, count: number, mean: number | null }> } };

export type E2eDatasetsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type E2eDatasetsQuery = { __typename?: 'Query', datasets: { __typename?: 'DatasetConnection', edges: Array<{ __typename?: 'DatasetEdge', node: { __typename?: 'Dataset', id: string, experiments: { __typename?: 'ExperimentConnection', edges: Array<{ __typename?: 'ExperimentEdge', node: { __typename?: 'Experiment', id: string, promptVersion: { __typename?: 'PromptVersion', version: number } | null } }> } } }> } };

export type E2eProjectSummaryQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type E2eProjectSummaryQuery = { __typename?: 'Query', project: { __typename?: 'Project', scoreSummary: Array<{ __typename?: 'ScoreSummary', key: string, count: number, mean: number | null }> } };

export type E2eFeedbackMutationVariables = Exact<{
  i: CreateFeedbackInput;
}>;


export type E2eFeedbackMutation = { __typename?: 'Mutation', createFeedback: { __typename?: 'Metric', id: string, name: string, score: number | null, source: string } };

export type ExpSetEndpointMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  i: LlmEndpointInput;
}>;


export type ExpSetEndpointMutation = { __typename?: 'Mutation', setLlmEndpoint: { __typename?: 'LlmEndpoint', baseUrl: string, defaultModel: string | null, hasApiKey: boolean, apiKeyHint: string | null, updatedAt: string } };

export type ExpRemoveEndpointMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type ExpRemoveEndpointMutation = { __typename?: 'Mutation', removeLlmEndpoint: boolean };

export type ExpProjectEndpointQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type ExpProjectEndpointQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, llmEndpoint: { __typename?: 'LlmEndpoint', baseUrl: string, defaultModel: string | null, hasApiKey: boolean, apiKeyHint: string | null } | null } };

export type ExpCreateMutationVariables = Exact<{
  i: CreateExperimentInput;
}>;


export type ExpCreateMutation = { __typename?: 'Mutation', createExperiment: { __typename?: 'Experiment', id: string, name: string, status: ExperimentStatus, kind: ExperimentKind, model: string | null, parameters: Record<string, any>, concurrency: number, exampleCount: number, datasetVersion: number, promptVersionId: string | null, evaluators: Array<{ __typename?: 'ExperimentEvaluator', kind: string, key: string, options: Record<string, any> }> } };

export type ExpCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExpCancelMutation = { __typename?: 'Mutation', cancelExperiment: { __typename?: 'Experiment', id: string, status: ExperimentStatus } };

export type ExpDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExpDeleteMutation = { __typename?: 'Mutation', deleteExperiment: boolean };

export type ExpGetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExpGetQuery = { __typename?: 'Query', experiment: { __typename?: 'Experiment', id: string, name: string, status: ExperimentStatus, exampleCount: number, completedCount: number, failedCount: number, error: string | null, startedAt: string | null, finishedAt: string | null, dataset: { __typename?: 'ExperimentDataset', id: string, name: string }, summary: { __typename?: 'ExperimentSummary', latencyP50: number | null, latencyP95: number | null, totalCost: number, meanCost: number | null, totalTokens: number, evaluators: Array<{ __typename?: 'EvaluatorSummary', key: string, count: number, mean: number | null, min: number | null, max: number | null, histogram: Array<{ __typename?: 'HistogramBin', lower: number, upper: number, count: number }> }>, runs: { __typename?: 'ExperimentRunCounts', total: number, pending: number, running: number, completed: number, failed: number } }, runs: { __typename?: 'ExperimentRunConnection', edges: Array<{ __typename?: 'ExperimentRunEdge', cursor: string, node: { __typename?: 'ExperimentRun', id: string, exampleId: string, status: ExperimentRunStatus, output: any | null, error: string | null, latencyMs: number | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, totalCost: number | null, attempts: number, example: { __typename?: 'ExperimentExample', id: string, inputs: Record<string, any>, outputs: Record<string, any> | null } | null, trace: { __typename?: 'Trace', id: string, name: string | null, tags: Array<string>, metadata: Record<string, any>, inputs: any | null, outputs: any | null, spans: Array<
              | { __typename: 'AgentCall', id: string, name: string | null }
              | { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, inputs: any | null, id: string, name: string | null }
              | { __typename: 'ToolCall', id: string, name: string | null }
            > } | null, scores: Array<{ __typename?: 'Metric', name: string, score: number | null, value: number | null, reason: string | null, source: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } };

export type ExpRunPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ExperimentRunStatus>;
}>;


export type ExpRunPageQuery = { __typename?: 'Query', experiment: { __typename?: 'Experiment', runs: { __typename?: 'ExperimentRunConnection', edges: Array<{ __typename?: 'ExperimentRunEdge', node: { __typename?: 'ExperimentRun', id: string, status: ExperimentRunStatus } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } };

export type ExpListQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  d?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ExpListQuery = { __typename?: 'Query', experiments: { __typename?: 'ExperimentConnection', edges: Array<{ __typename?: 'ExperimentEdge', node: { __typename?: 'Experiment', id: string, name: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type ExpUpdatesSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExpUpdatesSubscription = { __typename?: 'Subscription', experimentUpdated: { __typename?: 'ExperimentUpdate', experiment: { __typename?: 'Experiment', id: string, status: ExperimentStatus, completedCount: number, failedCount: number }, run: { __typename?: 'ExperimentRun', id: string, status: ExperimentRunStatus, exampleId: string } | null } };

export type ExpLeaderboardQueryVariables = Exact<{
  d: Scalars['ID']['input'];
  k?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExpLeaderboardQuery = { __typename?: 'Query', datasetLeaderboard: Array<{ __typename?: 'LeaderboardEntry', rank: number, score: number | null, experiment: { __typename?: 'Experiment', id: string, name: string, promptVersionId: string | null, model: string | null, datasetVersion: number }, summary: { __typename?: 'ExperimentSummary', latencyP50: number | null, latencyP95: number | null, totalCost: number, totalTokens: number, evaluators: Array<{ __typename?: 'EvaluatorSummary', key: string, mean: number | null, count: number, histogram: Array<{ __typename?: 'HistogramBin', count: number }> }> } }> };

export type ExpTrendQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type ExpTrendQuery = { __typename?: 'Query', promptVersionTrend: Array<{ __typename?: 'PromptVersionTrendPoint', bucket: string, promptVersionId: string, version: number, model: string | null, calls: number, totalCost: number, meanCost: number | null, scores: Array<{ __typename?: 'ScoreMean', key: string, mean: number, count: number }> }> };

export type ExpCompareQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type ExpCompareQuery = { __typename?: 'Query', compareExperiments: { __typename?: 'ExperimentComparison', a: { __typename?: 'Experiment', id: string }, b: { __typename?: 'Experiment', id: string }, summary: Array<{ __typename?: 'ScoreDelta', key: string, a: number | null, b: number | null, delta: number | null }>, examples: Array<{ __typename?: 'ExampleComparison', exampleId: string, outputChanged: boolean, latencyDelta: number | null, costDelta: number | null, example: { __typename?: 'ExperimentExample', inputs: Record<string, any>, outputs: Record<string, any> | null } | null, runA: { __typename?: 'ExperimentRun', id: string, output: any | null } | null, runB: { __typename?: 'ExperimentRun', id: string, output: any | null } | null, scoreDeltas: Array<{ __typename?: 'ScoreDelta', key: string, a: number | null, b: number | null, delta: number | null }>, traceComparison: { __typename?: 'TraceComparison', matched: number, changed: number, spans: Array<{ __typename?: 'SpanComparison', path: Array<string>, differences: Array<string>, a:
            | { __typename?: 'AgentCall', id: string, name: string | null }
            | { __typename?: 'LLMCall', id: string, name: string | null }
            | { __typename?: 'ToolCall', id: string, name: string | null }
           | null, b:
            | { __typename?: 'AgentCall', id: string, name: string | null }
            | { __typename?: 'LLMCall', id: string, name: string | null }
            | { __typename?: 'ToolCall', id: string, name: string | null }
           | null }> } | null }> } };

export type ExpCompareLightQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type ExpCompareLightQuery = { __typename?: 'Query', compareExperiments: { __typename?: 'ExperimentComparison', examples: Array<{ __typename?: 'ExampleComparison', exampleId: string }> } };

export type ExpCreateReadKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type ExpCreateReadKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string } };

export type ExpClientIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type ExpClientIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number } };

export type FbIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type FbIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type FbCreateKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  r: ApiKeyRole;
  n: Scalars['String']['input'];
}>;


export type FbCreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string } } };

export type FbCreateMutationVariables = Exact<{
  i: CreateFeedbackInput;
}>;


export type FbCreateMutation = { __typename?: 'Mutation', createFeedback: { __typename?: 'Metric', id: string, traceId: string, spanId: string | null, name: string, score: number | null, label: string | null, comment: string | null, reason: string | null, correction: any | null, source: string, authorKeyId: string | null, authorName: string | null } };

export type FbUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  patch: UpdateFeedbackInput;
}>;


export type FbUpdateMutation = { __typename?: 'Mutation', updateFeedback: { __typename?: 'Metric', id: string, score: number | null, label: string | null, comment: string | null } };

export type FbDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FbDeleteMutation = { __typename?: 'Mutation', deleteFeedback: { __typename?: 'DeletePayload', id: string, deleted: boolean } };

export type FbMetricsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FbMetricsQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', metrics: Array<{ __typename?: 'Metric', id: string, spanId: string | null, name: string, score: number | null, value: number | null, label: string | null, comment: string | null, correction: any | null, source: string, authorKeyId: string | null, authorName: string | null }> } };

export type FbListQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  f?: InputMaybe<FeedbackFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FbListQuery = { __typename?: 'Query', feedback: { __typename?: 'FeedbackConnection', totalCount: number, edges: Array<{ __typename?: 'FeedbackEdge', node: { __typename?: 'Metric', id: string, name: string, score: number | null, label: string | null, source: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type FbTracesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  f?: InputMaybe<TraceFilter>;
}>;


export type FbTracesQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', id: string } }> } };

export type FbSummaryQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  keys?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  sources?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type FbSummaryQuery = { __typename?: 'Query', project: { __typename?: 'Project', scoreSummary: Array<{ __typename?: 'ScoreSummary', key: string, count: number, scoredCount: number, mean: number | null, min: number | null, max: number | null, stddev: number | null, histogram: Array<{ __typename?: 'ScoreHistogramBin', lower: number, upper: number, count: number }>, labels: Array<{ __typename?: 'ScoreLabelCount', label: string, count: number }>, sources: Array<{ __typename?: 'ScoreSourceCount', source: string, count: number }> }> } };

export type FbTraceUpdatedSubscriptionVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type FbTraceUpdatedSubscription = { __typename?: 'Subscription', traceUpdated: { __typename?: 'TraceUpdate', change: TraceChange, trace: { __typename?: 'Trace', id: string, metrics: Array<{ __typename?: 'Metric', name: string, label: string | null, source: string }> } } };

export type FuzzIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type FuzzIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', list: IngestList, index: number, code: string }> } };

export type IngestIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type IngestIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', list: IngestList, index: number, id: string | null, code: string, message: string }>, ids: Array<{ __typename?: 'IngestIds', list: IngestList, ids: Array<string | null> }> } };

export type IngestTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IngestTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, status: TraceStatus, startTime: string, endTime: string | null, durationMs: number, promptTokens: number, completionTokens: number, totalTokens: number, cacheReadTokens: number, totalCost: number | null, agentCallCount: number, llmCallCount: number, toolCallCount: number, errorCount: number, errorFlag: boolean, models: Array<string>, inputs: any | null, outputs: any | null, metadata: Record<string, any>, tags: Array<string>, sessionId: string | null, spans: Array<
      | { __typename: 'AgentCall', llmCallIds: Array<string>, toolCallIds: Array<string>, id: string, depth: number, parentId: string | null, ancestorIds: Array<string>, agentId: string | null, name: string | null, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, inputs: any | null, outputs: any | null, metadata: Record<string, any>, tags: Array<string>, error: string | null }
      | { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, cacheReadTokens: number | null, promptCost: number | null, completionCost: number | null, totalCost: number | null, costSource: string | null, temperature: number | null, id: string, depth: number, parentId: string | null, ancestorIds: Array<string>, agentId: string | null, name: string | null, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, inputs: any | null, outputs: any | null, metadata: Record<string, any>, tags: Array<string>, error: string | null }
      | { __typename: 'ToolCall', totalCost: number | null, llmCallId: string | null, id: string, depth: number, parentId: string | null, ancestorIds: Array<string>, agentId: string | null, name: string | null, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, inputs: any | null, outputs: any | null, metadata: Record<string, any>, tags: Array<string>, error: string | null }
    >, errors: Array<{ __typename?: 'TraceError', errorMessage: string, toolCallId: string | null }> } };

export type IngestSequencesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IngestSequencesQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', spans: Array<
      | { __typename?: 'AgentCall', name: string | null, sequence: number }
      | { __typename?: 'LLMCall', name: string | null, sequence: number }
      | { __typename?: 'ToolCall', name: string | null, sequence: number }
    > } };

export type JobsViewQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsViewQuery = { __typename?: 'Query', jobs: { __typename?: 'JobsOverview', backend: string, queues: Array<{ __typename?: 'JobQueueStatus', name: JobQueueName, waiting: number, active: number, delayed: number, failed: number, completed: number, paused: boolean }> }, failedJobs: Array<{ __typename?: 'FailedJob', id: string, name: string, data: any, failedReason: string, attemptsMade: number }> };

export type JobsRetryFailedMutationVariables = Exact<{ [key: string]: never; }>;


export type JobsRetryFailedMutation = { __typename?: 'Mutation', retryFailedJobs: Array<string> };

export type JobsBackendQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsBackendQuery = { __typename?: 'Query', jobs: { __typename?: 'JobsOverview', backend: string } };

export type JobsIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type JobsIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number } };

export type LsDsDatasetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  v?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LsDsDatasetQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, description: string | null, dataType: DatasetDataType, metadata: Record<string, any>, version: number, exampleCount: number, splits: Array<string>, versions: Array<{ __typename?: 'DatasetVersion', version: number, description: string | null, tags: Array<string> }>, examples: { __typename?: 'DatasetExampleConnection', edges: Array<{ __typename?: 'DatasetExampleEdge', node: { __typename?: 'DatasetExample', id: string, inputs: Record<string, any>, outputs: Record<string, any> | null, metadata: Record<string, any>, splits: Array<string> } }> } } };

export type LsEvalTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsEvalTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, inputs: any | null, outputs: any | null, project: { __typename?: 'Project', id: string, name: string }, metrics: Array<{ __typename?: 'Metric', name: string, score: number | null, value: number | null, reason: string | null, resultDetail: any | null, spanId: string | null }>, spans: Array<
      | { __typename: 'AgentCall', id: string, name: string | null, parentId: string | null, referenceExampleId: string | null, inputs: any | null, outputs: any | null }
      | { __typename: 'LLMCall', id: string, name: string | null, parentId: string | null, referenceExampleId: string | null, inputs: any | null, outputs: any | null }
      | { __typename: 'ToolCall', id: string, name: string | null, parentId: string | null, referenceExampleId: string | null, inputs: any | null, outputs: any | null }
    > } };

export type LsEvalExperimentsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  d: Scalars['ID']['input'];
}>;


export type LsEvalExperimentsQuery = { __typename?: 'Query', experiments: { __typename?: 'ExperimentConnection', edges: Array<{ __typename?: 'ExperimentEdge', node: { __typename?: 'Experiment', id: string, name: string } }> } };

export type LsEvalExperimentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsEvalExperimentQuery = { __typename?: 'Query', experiment: { __typename?: 'Experiment', id: string, kind: ExperimentKind, status: ExperimentStatus, exampleCount: number, completedCount: number, failedCount: number, metadata: Record<string, any>, finishedAt: string | null, dataset: { __typename?: 'ExperimentDataset', id: string }, promptVersion: { __typename?: 'PromptVersion', id: string } | null, summary: { __typename?: 'ExperimentSummary', evaluators: Array<{ __typename?: 'EvaluatorSummary', key: string, count: number, mean: number | null }>, runs: { __typename?: 'ExperimentRunCounts', total: number, completed: number, failed: number } }, runs: { __typename?: 'ExperimentRunConnection', edges: Array<{ __typename?: 'ExperimentRunEdge', node: { __typename?: 'ExperimentRun', status: ExperimentRunStatus, output: any | null, example: { __typename?: 'ExperimentExample', id: string, inputs: Record<string, any> } | null, trace: { __typename?: 'Trace', id: string, name: string | null } | null, scores: Array<{ __typename?: 'Metric', name: string, score: number | null, source: string }> } }> } } };

export type LsEvalLeaderboardQueryVariables = Exact<{
  d: Scalars['ID']['input'];
}>;


export type LsEvalLeaderboardQuery = { __typename?: 'Query', datasetLeaderboard: Array<{ __typename?: 'LeaderboardEntry', rank: number, score: number | null, experiment: { __typename?: 'Experiment', id: string } }> };

export type LsEvalDatasetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsEvalDatasetQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', experiments: { __typename?: 'ExperimentConnection', edges: Array<{ __typename?: 'ExperimentEdge', node: { __typename?: 'Experiment', id: string } }> }, scoreSummary: Array<{ __typename?: 'ScoreSummary', key: string, count: number, scoredCount: number, labels: Array<{ __typename?: 'ScoreLabelCount', label: string, count: number }> }> } };

export type LsForwardIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type LsForwardIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type LsForwardForwardingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsForwardForwardingQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', forwarding: { __typename?: 'TraceForwarding', status: ForwardingStatus, attempts: number, lastError: string | null, sentAt: string | null, runsSent: number, requestedAt: string } | null } };

export type LsForwardProjectForwardingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsForwardProjectForwardingQuery = { __typename?: 'Query', project: { __typename?: 'Project', forwarding: { __typename?: 'ProjectForwarding', enabled: boolean, setting: boolean | null, langsmithProject: string, available: boolean } } };

export type LsForwardForwardCountsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsForwardForwardCountsQuery = { __typename?: 'Query', project: { __typename?: 'Project', forwarding: { __typename?: 'ProjectForwarding', pending: number, failed: number } } };

export type LsForwardUpdateForwardingMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  i: ProjectForwardingInput;
}>;


export type LsForwardUpdateForwardingMutation = { __typename?: 'Mutation', updateProjectForwarding: { __typename?: 'Project', id: string, forwarding: { __typename?: 'ProjectForwarding', enabled: boolean, setting: boolean | null, langsmithProject: string, available: boolean } } };

export type LsForwardRetryMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  t?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type LsForwardRetryMutation = { __typename?: 'Mutation', retryForwarding: number };

export type LsForwardMetricSourcesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsForwardMetricSourcesQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', metrics: Array<{ __typename?: 'Metric', source: string }> } };

export type LsForwardTreeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsForwardTreeQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', name: string | null, sessionId: string | null, promptTokens: number, completionTokens: number, totalTokens: number, errorCount: number, spans: Array<
      | { __typename?: 'AgentCall', name: string | null, runType: RunType, parentId: string | null, status: SpanStatus, error: string | null }
      | { __typename?: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, name: string | null, runType: RunType, parentId: string | null, status: SpanStatus, error: string | null }
      | { __typename?: 'ToolCall', name: string | null, runType: RunType, parentId: string | null, status: SpanStatus, error: string | null }
    > } };

export type LsForwardFullTreeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsForwardFullTreeQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, sessionId: string | null, promptTokens: number, completionTokens: number, totalTokens: number, totalCost: number | null, errorCount: number, errors: Array<{ __typename?: 'TraceError', errorMessage: string, errorType: string | null, agentId: string | null, llmCallId: string | null, toolCallId: string | null }>, metrics: Array<{ __typename?: 'Metric', id: string, name: string, spanId: string | null, score: number | null, value: number | null, reason: string | null, source: string }>, spans: Array<
      | { __typename?: 'AgentCall', id: string, name: string | null, runType: RunType, parentId: string | null, depth: number, status: SpanStatus, error: string | null, dottedOrder: string | null, inputs: any | null, outputs: any | null }
      | { __typename?: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, cacheReadTokens: number | null, reasoningTokens: number | null, promptCost: number | null, completionCost: number | null, totalCost: number | null, id: string, name: string | null, runType: RunType, parentId: string | null, depth: number, status: SpanStatus, error: string | null, dottedOrder: string | null, inputs: any | null, outputs: any | null }
      | { __typename?: 'ToolCall', id: string, name: string | null, runType: RunType, parentId: string | null, depth: number, status: SpanStatus, error: string | null, dottedOrder: string | null, inputs: any | null, outputs: any | null }
    > } };

export type LsForwardFilesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsForwardFilesQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', spans: Array<
      | { __typename?: 'AgentCall', id: string, attachments: Record<string, any> | null }
      | { __typename?: 'LLMCall', id: string, attachments: Record<string, any> | null }
      | { __typename?: 'ToolCall', id: string, attachments: Record<string, any> | null }
    > } };

export type LsLangchainTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsLangchainTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', name: string | null, status: TraceStatus, sessionId: string | null, errorMessage: string | null, promptTokens: number, completionTokens: number, totalTokens: number, totalCost: number | null, spans: Array<
      | { __typename: 'AgentCall', name: string | null, depth: number, runType: RunType, status: SpanStatus, error: string | null, tags: Array<string> }
      | { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, cacheReadTokens: number | null, totalCost: number | null, name: string | null, depth: number, runType: RunType, status: SpanStatus, error: string | null, tags: Array<string> }
      | { __typename: 'ToolCall', name: string | null, depth: number, runType: RunType, status: SpanStatus, error: string | null, tags: Array<string> }
    > } };

export type LsProtocolTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsProtocolTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, sessionId: string | null, inputs: any | null, outputs: any | null, startTime: string, endTime: string | null, errorCount: number, spans: Array<
      | { __typename: 'AgentCall', id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, inputs: any | null, outputs: any | null, error: string | null, metadata: Record<string, any>, extra: Record<string, any> | null, events: any | null, attachments: Record<string, any> | null, dottedOrder: string | null }
      | { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalCost: number | null, firstTokenTime: string | null, streaming: boolean | null, id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, inputs: any | null, outputs: any | null, error: string | null, metadata: Record<string, any>, extra: Record<string, any> | null, events: any | null, attachments: Record<string, any> | null, dottedOrder: string | null }
      | { __typename: 'ToolCall', id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, startTime: string, endTime: string | null, inputs: any | null, outputs: any | null, error: string | null, metadata: Record<string, any>, extra: Record<string, any> | null, events: any | null, attachments: Record<string, any> | null, dottedOrder: string | null }
    >, errors: Array<{ __typename?: 'TraceError', errorMessage: string }>, metrics: Array<{ __typename?: 'Metric', id: string, spanId: string | null, name: string, score: number | null, reason: string | null }> } };

export type LsPythonTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsPythonTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, sessionId: string | null, inputs: any | null, outputs: any | null, errorMessage: string | null, errorCount: number, promptTokens: number, completionTokens: number, totalTokens: number, cacheReadTokens: number, reasoningTokens: number, totalCost: number | null, spans: Array<
      | { __typename: 'AgentCall', id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null }
      | { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, cacheReadTokens: number | null, reasoningTokens: number | null, totalCost: number | null, costSource: string | null, id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null }
      | { __typename: 'ToolCall', id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, error: string | null, errorType: string | null, inputs: any | null, outputs: any | null }
    >, errors: Array<{ __typename?: 'TraceError', errorMessage: string, errorType: string | null, agentId: string | null, toolCallId: string | null }> } };

export type LsPythonSessionsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type LsPythonSessionsQuery = { __typename?: 'Query', sessions: { __typename?: 'SessionConnection', edges: Array<{ __typename?: 'SessionEdge', node: { __typename?: 'Session', id: string, traceCount: number, totalTokens: number } }> } };

export type LsReplicasTracesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type LsReplicasTracesQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, promptTokens: number, completionTokens: number, totalTokens: number, totalCost: number | null, project: { __typename?: 'Project', name: string }, spans: Array<
          | { __typename: 'AgentCall', id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, inputs: any | null, outputs: any | null }
          | { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, totalCost: number | null, costSource: string | null, id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, inputs: any | null, outputs: any | null }
          | { __typename: 'ToolCall', id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, inputs: any | null, outputs: any | null }
        > } }> } };

export type LsReplicasReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsReplicasReadQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', name: string | null, project: { __typename?: 'Project', name: string }, spans: Array<
      | { __typename?: 'AgentCall', name: string | null, depth: number }
      | { __typename?: 'LLMCall', name: string | null, depth: number }
      | { __typename?: 'ToolCall', name: string | null, depth: number }
    > } };

export type LsSdkTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsSdkTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, sessionId: string | null, inputs: any | null, outputs: any | null, errorMessage: string | null, errorCount: number, promptTokens: number, completionTokens: number, totalTokens: number, cacheReadTokens: number, reasoningTokens: number, totalCost: number | null, spans: Array<
      | { __typename: 'AgentCall', id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, error: string | null, errorType: string | null, dottedOrder: string | null, stepIndex: number | null, inputs: any | null, outputs: any | null, metadata: Record<string, any> }
      | { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, cacheReadTokens: number | null, reasoningTokens: number | null, promptCost: number | null, completionCost: number | null, totalCost: number | null, costSource: string | null, id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, error: string | null, errorType: string | null, dottedOrder: string | null, stepIndex: number | null, inputs: any | null, outputs: any | null, metadata: Record<string, any> }
      | { __typename: 'ToolCall', totalCost: number | null, id: string, depth: number, parentId: string | null, name: string | null, runType: RunType, status: SpanStatus, error: string | null, errorType: string | null, dottedOrder: string | null, stepIndex: number | null, inputs: any | null, outputs: any | null, metadata: Record<string, any> }
    >, errors: Array<{ __typename?: 'TraceError', errorMessage: string, errorType: string | null, agentId: string | null, llmCallId: string | null, toolCallId: string | null }> } };

export type LsSdkProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type LsSdkProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, name: string } }> } };

export type LsSdkSessionsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type LsSdkSessionsQuery = { __typename?: 'Query', sessions: { __typename?: 'SessionConnection', edges: Array<{ __typename?: 'SessionEdge', node: { __typename?: 'Session', id: string, traceCount: number, totalTokens: number } }> } };

export type LsSdkMetricsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LsSdkMetricsQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', metrics: Array<{ __typename?: 'Metric', id: string, name: string, spanId: string | null, score: number | null, value: number | null, reason: string | null, resultDetail: any | null, source: string }>, spans: Array<
      | { __typename?: 'AgentCall', name: string | null, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null }> }
      | { __typename?: 'LLMCall', name: string | null, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null }> }
      | { __typename?: 'ToolCall', name: string | null, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null }> }
    > } };

export type LiveResilienceIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type LiveResilienceIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number } };

export type LiveResilienceSpanAddedSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type LiveResilienceSpanAddedSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename?: 'AgentCall', id: string, name: string | null, sequence: number }
    | { __typename?: 'LLMCall', id: string, name: string | null, sequence: number }
    | { __typename?: 'ToolCall', id: string, name: string | null, sequence: number }
   };

export type LiveResilienceSpanAddedWithInputsSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type LiveResilienceSpanAddedWithInputsSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename?: 'AgentCall', id: string, name: string | null, sequence: number, inputs: any | null }
    | { __typename?: 'LLMCall', id: string, name: string | null, sequence: number, inputs: any | null }
    | { __typename?: 'ToolCall', id: string, name: string | null, sequence: number, inputs: any | null }
   };

export type LiveIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type LiveIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type LiveSpanAddedSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type LiveSpanAddedSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename: 'AgentCall', llmCallIds: Array<string>, toolCallIds: Array<string>, id: string, traceId: string, parentId: string | null, depth: number, ancestorIds: Array<string>, agentId: string | null, name: string | null, status: SpanStatus, sequence: number, startTime: string, endTime: string | null, inputs: any | null, outputs: any | null }
    | { __typename: 'LLMCall', model: string | null, promptTokens: number | null, completionTokens: number | null, totalCost: number | null, costSource: string | null, id: string, traceId: string, parentId: string | null, depth: number, ancestorIds: Array<string>, agentId: string | null, name: string | null, status: SpanStatus, sequence: number, startTime: string, endTime: string | null, inputs: any | null, outputs: any | null }
    | { __typename: 'ToolCall', id: string, traceId: string, parentId: string | null, depth: number, ancestorIds: Array<string>, agentId: string | null, name: string | null, status: SpanStatus, sequence: number, startTime: string, endTime: string | null, inputs: any | null, outputs: any | null }
   };

export type LiveTraceUpdatedSubscriptionVariables = Exact<{
  p: Scalars['ID']['input'];
  f?: InputMaybe<TraceFilter>;
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type LiveTraceUpdatedSubscription = { __typename?: 'Subscription', traceUpdated: { __typename?: 'TraceUpdate', change: TraceChange, cursor: string, trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, tags: Array<string>, totalTokens: number, totalCost: number | null, llmCallCount: number, agentCallCount: number, errorCount: number, endTime: string | null } } };

export type LiveErrorRaisedSubscriptionVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type LiveErrorRaisedSubscription = { __typename?: 'Subscription', errorRaised: { __typename?: 'TraceError', id: string, traceId: string, errorMessage: string, timestamp: string, toolCallId: string | null } };

export type LiveErrorRaisedSinceSubscriptionVariables = Exact<{
  p: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type LiveErrorRaisedSinceSubscription = { __typename?: 'Subscription', errorRaised: { __typename?: 'TraceError', id: string, traceId: string, errorMessage: string, timestamp: string, toolCallId: string | null } };

export type LiveSpanIdsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveSpanIdsQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', spans: Array<
      | { __typename?: 'AgentCall', id: string }
      | { __typename?: 'LLMCall', id: string }
      | { __typename?: 'ToolCall', id: string }
    > } };

export type LiveCreateReadKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type LiveCreateReadKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string } } };

export type LiveRevokeKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LiveRevokeKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string } };

export type OtlpClientTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OtlpClientTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, name: string | null, sessionId: string | null, userId: string | null, status: TraceStatus, totalTokens: number, promptTokens: number, completionTokens: number, totalCost: number | null, llmCallCount: number, toolCallCount: number, agentCallCount: number, errorCount: number, errors: Array<{ __typename?: 'TraceError', errorType: string | null, errorMessage: string, llmCallId: string | null }>, spans: Array<
      | { __typename: 'AgentCall', id: string, name: string | null, parentId: string | null, status: SpanStatus, error: string | null, inputs: any | null, outputs: any | null }
      | { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, cacheReadTokens: number | null, totalCost: number | null, streaming: boolean | null, tokensEstimated: boolean, id: string, name: string | null, parentId: string | null, status: SpanStatus, error: string | null, inputs: any | null, outputs: any | null }
      | { __typename: 'ToolCall', id: string, name: string | null, parentId: string | null, status: SpanStatus, error: string | null, inputs: any | null, outputs: any | null }
    > } };

export type OtlpTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OtlpTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, name: string | null, sessionId: string | null, userId: string | null, status: TraceStatus, totalTokens: number, promptTokens: number, completionTokens: number, totalCost: number | null, llmCallCount: number, toolCallCount: number, agentCallCount: number, errorCount: number, errors: Array<{ __typename?: 'TraceError', errorType: string | null, errorMessage: string, stackTrace: string | null, llmCallId: string | null, toolCallId: string | null, agentId: string | null }>, spans: Array<
      | { __typename: 'AgentCall', id: string, name: string | null, parentId: string | null, runType: RunType, status: SpanStatus, error: string | null, inputs: any | null, outputs: any | null, metadata: Record<string, any> }
      | { __typename: 'LLMCall', model: string | null, provider: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, cacheReadTokens: number | null, reasoningTokens: number | null, totalCost: number | null, costSource: string | null, id: string, name: string | null, parentId: string | null, runType: RunType, status: SpanStatus, error: string | null, inputs: any | null, outputs: any | null, metadata: Record<string, any> }
      | { __typename: 'ToolCall', id: string, name: string | null, parentId: string | null, runType: RunType, status: SpanStatus, error: string | null, inputs: any | null, outputs: any | null, metadata: Record<string, any> }
    > } };

export type OtlpSpanAddedSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type OtlpSpanAddedSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename: 'AgentCall', id: string, name: string | null, parentId: string | null }
    | { __typename: 'LLMCall', model: string | null, promptTokens: number | null, id: string, name: string | null, parentId: string | null }
    | { __typename: 'ToolCall', id: string, name: string | null, parentId: string | null }
   };

export type OtlpProjectByNameQueryVariables = Exact<{
  n: Scalars['String']['input'];
}>;


export type OtlpProjectByNameQuery = { __typename?: 'Query', projectByName: { __typename?: 'Project', id: string, name: string } };

export type PricesIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type PricesIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', list: IngestList, index: number, message: string }> } };

export type PricesUpsertMutationVariables = Exact<{
  i: UpsertModelPriceInput;
}>;


export type PricesUpsertMutation = { __typename?: 'Mutation', upsertModelPrice: { __typename?: 'ModelPrice', id: string, modelPattern: string, provider: string | null, inputPrice: number, outputPrice: number, cacheReadPrice: number | null, cacheWritePrice: number | null, reasoningPrice: number | null, effectiveFrom: string | null, createdAt: string, updatedAt: string } };

export type PricesDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PricesDeleteMutation = { __typename?: 'Mutation', deleteModelPrice: { __typename?: 'DeletePayload', id: string, deleted: boolean } };

export type PricesListQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type PricesListQuery = { __typename?: 'Query', modelPrices: Array<{ __typename?: 'ModelPrice', id: string, modelPattern: string, provider: string | null, inputPrice: number, outputPrice: number, effectiveFrom: string | null }> };

export type PricesRecomputeMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type PricesRecomputeMutation = { __typename?: 'Mutation', recomputeCosts: { __typename?: 'CostRecompute', id: string, from: string, to: string, status: CostRecomputeStatus, callsSeen: number, callsChanged: number, error: string | null, finishedAt: string | null } };

export type PricesRecomputesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type PricesRecomputesQuery = { __typename?: 'Query', project: { __typename?: 'Project', costRecomputes: Array<{ __typename?: 'CostRecompute', id: string, status: CostRecomputeStatus, callsSeen: number, callsChanged: number, error: string | null, finishedAt: string | null }> } };

export type PricesTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PricesTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string, promptCost: number | null, completionCost: number | null, totalCost: number | null, unpricedCallCount: number, llmCallCount: number, promptTokens: number, completionTokens: number, totalTokens: number, spans: Array<
      | { __typename: 'AgentCall', id: string }
      | { __typename: 'LLMCall', model: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, promptCost: number | null, completionCost: number | null, totalCost: number | null, costSource: string | null, unpriced: boolean, tokensEstimated: boolean, id: string }
      | { __typename: 'ToolCall', totalCost: number | null, id: string }
    > } };

export type PricesTracesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  o?: InputMaybe<TraceOrder>;
  f?: InputMaybe<TraceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PricesTracesQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', cursor: string, node: { __typename?: 'Trace', id: string, totalCost: number | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PricesStatsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type PricesStatsQuery = { __typename?: 'Query', project: { __typename?: 'Project', stats: { __typename?: 'ProjectStats', totalCost: number, unpricedCallCount: number, traceCount: number }, totals: { __typename?: 'ProjectTotals', totalCost: number, unpricedCallCount: number }, timeseries: Array<{ __typename?: 'TimeseriesSeries', key: string | null, points: Array<{ __typename?: 'TimeseriesPoint', totalCost: number, unpricedCallCount: number }> }> }, sessions: { __typename?: 'SessionConnection', edges: Array<{ __typename?: 'SessionEdge', node: { __typename?: 'Session', id: string, totalCost: number | null, unpricedCallCount: number } }> } };

export type PromptsCreateMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  n: Scalars['String']['input'];
}>;


export type PromptsCreateMutation = { __typename?: 'Mutation', createPrompt: { __typename?: 'Prompt', id: string, name: string, description: string | null, tags: Array<string>, latestVersion: number } };

export type PromptsCreateVersionMutationVariables = Exact<{
  input: CreatePromptVersionInput;
}>;


export type PromptsCreateVersionMutation = { __typename?: 'Mutation', createPromptVersion: { __typename?: 'PromptVersion', id: string, version: number, templateFormat: PromptTemplateFormat, text: string | null, variables: Array<string>, model: string | null, parameters: Record<string, any>, commitMessage: string | null, labels: Array<string>, messages: Array<{ __typename?: 'PromptMessageType', role: string, content: string }> | null, prompt: { __typename?: 'Prompt', id: string, name: string, latestVersion: number } } };

export type PromptsSetLabelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  l: Scalars['String']['input'];
  v: Scalars['Int']['input'];
}>;


export type PromptsSetLabelMutation = { __typename?: 'Mutation', setPromptLabel: { __typename?: 'Prompt', id: string, labels: Array<{ __typename?: 'PromptLabel', label: string, version: number }> } };

export type PromptsRollbackMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  l: Scalars['String']['input'];
}>;


export type PromptsRollbackMutation = { __typename?: 'Mutation', rollbackPromptLabel: { __typename?: 'Prompt', id: string, labels: Array<{ __typename?: 'PromptLabel', label: string, version: number, versionId: string }> } };

export type PromptsRemoveLabelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  l: Scalars['String']['input'];
}>;


export type PromptsRemoveLabelMutation = { __typename?: 'Mutation', removePromptLabel: { __typename?: 'Prompt', labels: Array<{ __typename?: 'PromptLabel', label: string }> } };

export type PromptsPromptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
}>;


export type PromptsPromptQuery = { __typename?: 'Query', prompt: { __typename?: 'Prompt', id: string, name: string, latestVersion: number, versions: { __typename?: 'PromptVersionConnection', totalCount: number, edges: Array<{ __typename?: 'PromptVersionEdge', node: { __typename?: 'PromptVersion', version: number, labels: Array<string> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } }, latest: { __typename?: 'PromptVersion', version: number } | null, v1: { __typename?: 'PromptVersion', id: string, version: number } | null, byLabel: { __typename?: 'PromptVersion', version: number } | null, labels: Array<{ __typename?: 'PromptLabel', label: string, version: number, versionId: string, updatedAt: string }>, labelHistory: Array<{ __typename?: 'PromptLabelEvent', label: string, version: number | null, previousVersion: number | null, author: string | null, createdAt: string }> } };

export type PromptsListQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PromptsListQuery = { __typename?: 'Query', prompts: { __typename?: 'PromptConnection', totalCount: number, edges: Array<{ __typename?: 'PromptEdge', cursor: string, node: { __typename?: 'Prompt', name: string, latestVersion: number, labels: Array<{ __typename?: 'PromptLabel', label: string, version: number }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PromptsByNameQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  n: Scalars['String']['input'];
}>;


export type PromptsByNameQuery = { __typename?: 'Query', promptByName: { __typename?: 'Prompt', id: string, name: string } };

export type PromptsCompareQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type PromptsCompareQuery = { __typename?: 'Query', comparePromptVersions: { __typename?: 'PromptVersionComparison', variablesAdded: Array<string>, variablesRemoved: Array<string>, a: { __typename?: 'PromptVersion', version: number }, b: { __typename?: 'PromptVersion', version: number }, messages: Array<{ __typename?: 'PromptMessageDiff', index: number, roleA: string | null, roleB: string | null, change: PromptMessageChange, lines: Array<{ __typename?: 'PromptDiffLine', op: PromptLineOp, text: string }> }>, model: { __typename?: 'PromptModelDiff', a: string | null, b: string | null, changed: boolean }, parameters: Array<{ __typename?: 'PromptParameterDiff', key: string, a: any | null, b: any | null }> } };

export type PromptsRenderQueryVariables = Exact<{
  v: Scalars['ID']['input'];
  vars?: InputMaybe<Scalars['JSONObject']['input']>;
}>;


export type PromptsRenderQuery = { __typename?: 'Query', renderPrompt: Array<{ __typename?: 'PromptMessageType', role: string, content: string }> };

export type PromptsUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  n?: InputMaybe<Scalars['String']['input']>;
}>;


export type PromptsUpdateMutation = { __typename?: 'Mutation', updatePrompt: { __typename?: 'Prompt', id: string, name: string, tags: Array<string> } };

export type PromptsDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PromptsDeleteMutation = { __typename?: 'Mutation', deletePrompt: { __typename?: 'DeletePromptPayload', id: string, deleted: boolean } };

export type PromptsIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type PromptsIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type PromptsTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PromptsTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', spans: Array<
      | { __typename: 'AgentCall', id: string }
      | { __typename: 'LLMCall', promptVersionId: string | null, metadata: Record<string, any>, id: string, promptVersion: { __typename?: 'PromptVersion', id: string, version: number, prompt: { __typename?: 'Prompt', name: string }, usage: { __typename?: 'PromptVersionUsage', llmCalls: number, lastUsedAt: string | null } } | null }
      | { __typename: 'ToolCall', id: string }
    > } };

export type PromptsUsageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PromptsUsageQuery = { __typename?: 'Query', prompt: { __typename?: 'Prompt', versions: { __typename?: 'PromptVersionConnection', edges: Array<{ __typename?: 'PromptVersionEdge', node: { __typename?: 'PromptVersion', version: number, usage: { __typename?: 'PromptVersionUsage', llmCalls: number, lastUsedAt: string | null } } }> } } };

export type PromptsReadKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type PromptsReadKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string } };

export type PromptsIngestKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type PromptsIngestKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string } };

export type ProxySpanAddedSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type ProxySpanAddedSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename?: 'AgentCall', id: string, name: string | null }
    | { __typename?: 'LLMCall', id: string, name: string | null }
    | { __typename?: 'ToolCall', id: string, name: string | null }
   };

export type QueriesIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type QueriesIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type QueriesListQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  f?: InputMaybe<TraceFilter>;
  o?: InputMaybe<TraceOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QueriesListQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', cursor: string, node: { __typename?: 'Trace', id: string, name: string | null, totalCost: number | null, durationMs: number } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type QueriesCountedQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  f?: InputMaybe<TraceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QueriesCountedQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', totalCount: number, totalCountIsEstimate: boolean, edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', id: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor: string | null } } };

export type QueriesCountedSessionsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type QueriesCountedSessionsQuery = { __typename?: 'Query', sessions: { __typename?: 'SessionConnection', totalCount: number, totalCountIsEstimate: boolean, edges: Array<{ __typename?: 'SessionEdge', node: { __typename?: 'Session', traceCount: number, traces: { __typename?: 'TraceConnection', totalCount: number, totalCountIsEstimate: boolean } } }> } };

export type QueriesCountedProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesCountedProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, totalCountIsEstimate: boolean, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string } }> } };

export type QueriesSessionsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type QueriesSessionsQuery = { __typename?: 'Query', sessions: { __typename?: 'SessionConnection', edges: Array<{ __typename?: 'SessionEdge', node: { __typename?: 'Session', id: string, traceCount: number, userIds: Array<string> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type QueriesSessionPlaybackQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type QueriesSessionPlaybackQuery = { __typename?: 'Query', session: { __typename?: 'Session', traceCount: number, userIds: Array<string>, traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', name: string | null } }> } } };

export type QueriesMissingSessionQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type QueriesMissingSessionQuery = { __typename?: 'Query', session: { __typename?: 'Session', traceCount: number } };

export type QueriesStatsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type QueriesStatsQuery = { __typename?: 'Query', project: { __typename?: 'Project', totals: { __typename?: 'ProjectTotals', traceCount: number, totalTokens: number }, stats: { __typename?: 'ProjectStats', traceCount: number, spanCount: number, errorCount: number, errorRate: number, totalTokens: number, latencyP50: number | null, latencyP99: number | null, firstTokenP50: number | null, streamingRate: number | null, runFacets: Array<{ __typename?: 'RunFacet', runType: string, count: number }> } } };

export type QueriesDeleteTraceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QueriesDeleteTraceMutation = { __typename?: 'Mutation', deleteTrace: { __typename?: 'DeletePayload', id: string, deleted: boolean } };

export type QueriesDeletedTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QueriesDeletedTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string } };

export type QueriesNestedPageQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type QueriesNestedPageQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', id: string, project: { __typename?: 'Project', name: string }, spans: Array<
          | { __typename?: 'AgentCall', llmCallIds: Array<string>, id: string, depth: number }
          | { __typename?: 'LLMCall', model: string | null, totalCost: number | null, id: string, depth: number }
          | { __typename?: 'ToolCall', id: string, depth: number }
        >, errors: Array<{ __typename?: 'TraceError', errorMessage: string }>, metrics: Array<{ __typename?: 'Metric', name: string }>, userInteractions: Array<{ __typename?: 'UserInteraction', content: string }>, systemInfo: { __typename?: 'SystemInfo', osName: string | null } | null } }> } };

export type QueriesStatsAllTimeQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type QueriesStatsAllTimeQuery = { __typename?: 'Query', project: { __typename?: 'Project', stats: { __typename?: 'ProjectStats', traceCount: number, from: string, to: string }, totals: { __typename?: 'ProjectTotals', traceCount: number, firstTraceTime: string | null } } };

export type QueriesStatsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesStatsPageQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', stats: { __typename?: 'ProjectStats', traceCount: number } } }> } };

export type QueriesProjectByNameQueryVariables = Exact<{
  n: Scalars['String']['input'];
}>;


export type QueriesProjectByNameQuery = { __typename?: 'Query', projectByName: { __typename?: 'Project', id: string, name: string } };

export type QueriesMalformedTraceQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesMalformedTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', id: string } };

export type QueriesMalformedProjectQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesMalformedProjectQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string } };

export type QueriesMalformedTracesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueriesMalformedTracesQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', cursor: string }> } };

export type QueriesMalformedDeleteMutationVariables = Exact<{ [key: string]: never; }>;


export type QueriesMalformedDeleteMutation = { __typename?: 'Mutation', deleteTrace: { __typename?: 'DeletePayload', id: string } };

export type LimitsCheapQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LimitsCheapQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, name: string } };

export type LimitsTimeoutTracesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type LimitsTimeoutTracesQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', id: string } }> } };

export type ReadmeTailIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type ReadmeTailIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number } };

export type ReadmeTailProjectQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadmeTailProjectQuery = { __typename?: 'Query', projectByName: { __typename?: 'Project', id: string } };

export type RefColumnsEverythingQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  t: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type RefColumnsEverythingQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, name: string, description: string | null, tags: Array<string>, metadata: Record<string, any>, referenceDatasetId: string | null, startTime: string, endTime: string | null, createdAt: string, updatedAt: string, totals: { __typename?: 'ProjectTotals', traceCount: number, totalCost: number, totalTokens: number, firstTraceTime: string | null, lastTraceTime: string | null, durationSeconds: number }, stats: { __typename?: 'ProjectStats', from: string, to: string, traceCount: number, spanCount: number, errorCount: number, errorRate: number, promptTokens: number, completionTokens: number, totalTokens: number, promptCost: number, completionCost: number, totalCost: number, latencyP50: number | null, latencyP95: number | null, latencyP99: number | null, firstTokenP50: number | null, firstTokenP99: number | null, streamingRate: number | null, lastTraceStartTime: string | null, runFacets: Array<{ __typename?: 'RunFacet', runType: string, count: number }> } }, trace: { __typename?: 'Trace', id: string, name: string | null, status: TraceStatus, startTime: string, endTime: string | null, durationMs: number, userId: string | null, sessionId: string | null, agentVersion: string | null, promptTemplateVersion: string | null, modelName: string | null, models: Array<string>, inputs: any | null, outputs: any | null, errorFlag: boolean, errorType: string | null, errorMessage: string | null, tags: Array<string>, metadata: Record<string, any>, promptTokens: number, completionTokens: number, totalTokens: number, cacheReadTokens: number, cacheCreationTokens: number, reasoningTokens: number, promptCost: number | null, completionCost: number | null, totalCost: number | null, agentCallCount: number, llmCallCount: number, toolCallCount: number, errorCount: number, createdAt: string, updatedAt: string, project: { __typename?: 'Project', id: string, name: string }, spans: Array<
      | { __typename: 'AgentCall', llmCallIds: Array<string>, toolCallIds: Array<string>, userInteractionIds: Array<string>, id: string, traceId: string, parentId: string | null, ancestorIds: Array<string>, childIds: Array<string>, depth: number, agentId: string | null, runType: RunType, name: string | null, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, stepIndex: number | null, dottedOrder: string | null, inputs: any | null, outputs: any | null, error: string | null, errorType: string | null, metadata: Record<string, any>, tags: Array<string>, events: any | null, serialized: any | null, extra: Record<string, any> | null, attachments: Record<string, any> | null, inputsS3Urls: Record<string, any> | null, outputsS3Urls: Record<string, any> | null, referenceExampleId: string | null, manifestId: string | null, inDataset: boolean, memoryUsed: number | null, totalCost: number | null, appPath: string, createdAt: string, updatedAt: string, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> }
      | { __typename: 'LLMCall', provider: string | null, model: string | null, promptTokens: number | null, completionTokens: number | null, totalTokens: number | null, cacheReadTokens: number | null, cacheCreationTokens: number | null, reasoningTokens: number | null, promptTokenDetails: Record<string, any> | null, completionTokenDetails: Record<string, any> | null, promptCost: number | null, completionCost: number | null, promptCostDetails: Record<string, any> | null, completionCostDetails: Record<string, any> | null, costSource: string | null, firstTokenTime: string | null, timeToFirstTokenMs: number | null, temperature: number | null, topP: number | null, maxTokens: number | null, stopTokens: Array<string> | null, invocationParams: Record<string, any> | null, toolCalls: any | null, streaming: boolean | null, retryCount: number | null, contextHash: string | null, contextRefs: Array<string> | null, hiddenStateHash: string | null, promptDiffFromPrevious: string | null, decisionId: string | null, id: string, traceId: string, parentId: string | null, ancestorIds: Array<string>, childIds: Array<string>, depth: number, agentId: string | null, runType: RunType, name: string | null, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, stepIndex: number | null, dottedOrder: string | null, inputs: any | null, outputs: any | null, error: string | null, errorType: string | null, metadata: Record<string, any>, tags: Array<string>, events: any | null, serialized: any | null, extra: Record<string, any> | null, attachments: Record<string, any> | null, inputsS3Urls: Record<string, any> | null, outputsS3Urls: Record<string, any> | null, referenceExampleId: string | null, manifestId: string | null, inDataset: boolean, memoryUsed: number | null, totalCost: number | null, appPath: string, createdAt: string, updatedAt: string, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> }
      | { __typename: 'ToolCall', llmCallId: string | null, networkCalls: any | null, retrievedDocs: any | null, docSimilarityScores: any | null, intermediateState: any | null, id: string, traceId: string, parentId: string | null, ancestorIds: Array<string>, childIds: Array<string>, depth: number, agentId: string | null, runType: RunType, name: string | null, status: SpanStatus, startTime: string, endTime: string | null, durationMs: number | null, stepIndex: number | null, dottedOrder: string | null, inputs: any | null, outputs: any | null, error: string | null, errorType: string | null, metadata: Record<string, any>, tags: Array<string>, events: any | null, serialized: any | null, extra: Record<string, any> | null, attachments: Record<string, any> | null, inputsS3Urls: Record<string, any> | null, outputsS3Urls: Record<string, any> | null, referenceExampleId: string | null, manifestId: string | null, inDataset: boolean, memoryUsed: number | null, totalCost: number | null, appPath: string, createdAt: string, updatedAt: string, feedbackStats: Array<{ __typename?: 'FeedbackStat', name: string, count: number, meanScore: number | null, meanValue: number | null }> }
    >, errors: Array<{ __typename?: 'TraceError', id: string, traceId: string, agentId: string | null, llmCallId: string | null, toolCallId: string | null, errorType: string | null, errorMessage: string, stackTrace: string | null, timestamp: string, metadata: Record<string, any> }>, metrics: Array<{ __typename?: 'Metric', id: string, traceId: string, spanId: string | null, name: string, score: number | null, value: number | null, reason: string | null, resultDetail: any | null, config: any | null, startTime: string | null, endTime: string | null, durationMs: number | null, timestamp: string, source: string }>, userInteractions: Array<{ __typename?: 'UserInteraction', id: string, traceId: string, agentId: string | null, interactionType: string, content: string, userId: string | null, timestamp: string, metadata: Record<string, any> }>, systemInfo: { __typename?: 'SystemInfo', id: string, traceId: string, osName: string | null, osVersion: string | null, pythonVersion: string | null, runtimeName: string | null, runtimeVersion: string | null, hostname: string | null, cpuInfo: any | null, gpuInfo: any | null, diskInfo: any | null, memoryTotal: number | null, installedPackages: any | null, metadata: Record<string, any>, createdAt: string } | null } };

export type RefColumnsCreateProjectMutationVariables = Exact<{
  i: CreateProjectInput;
}>;


export type RefColumnsCreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string, startTime: string } };

export type RefColumnsEndProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  e?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type RefColumnsEndProjectMutation = { __typename?: 'Mutation', updateProject: { __typename?: 'Project', endTime: string | null } };

export type RefColumnsIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type RefColumnsIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', list: IngestList, index: number, message: string }> } };

export type RollupsIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type RollupsIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type RollupsStatsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type RollupsStatsQuery = { __typename?: 'Query', project: { __typename?: 'Project', stats: { __typename?: 'ProjectStats', from: string, to: string, traceCount: number, spanCount: number, errorCount: number, errorRate: number, promptTokens: number, completionTokens: number, totalTokens: number, promptCost: number, completionCost: number, totalCost: number, latencyP50: number | null, latencyP95: number | null, latencyP99: number | null, firstTokenP50: number | null, firstTokenP99: number | null, streamingRate: number | null, lastTraceStartTime: string | null, runFacets: Array<{ __typename?: 'RunFacet', runType: string, count: number }> } } };

export type RollupsSeriesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  i: TimeseriesInterval;
  g?: InputMaybe<TimeseriesGroupBy>;
}>;


export type RollupsSeriesQuery = { __typename?: 'Query', project: { __typename?: 'Project', timeseries: Array<{ __typename?: 'TimeseriesSeries', key: string | null, points: Array<{ __typename?: 'TimeseriesPoint', time: string, traceCount: number, errorCount: number, errorRate: number, totalTokens: number, totalCost: number, latencyP50: number | null, latencyP95: number | null, latencyP99: number | null }> }> } };

export type RollupsSeriesDefaultsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type RollupsSeriesDefaultsQuery = { __typename?: 'Query', project: { __typename?: 'Project', timeseries: Array<{ __typename?: 'TimeseriesSeries', key: string | null, points: Array<{ __typename?: 'TimeseriesPoint', time: string }> }> } };

export type RollupsIngestKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type RollupsIngestKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string } };

export type SpanTreeIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type SpanTreeIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type SpanTreeDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SpanTreeDeleteMutation = { __typename?: 'Mutation', deleteTrace: { __typename?: 'DeletePayload', deleted: boolean } };

export type SpanTreeLightPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SpanTreeLightPageQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', spans: Array<
      | { __typename: 'AgentCall', id: string, name: string | null, depth: number, childIds: Array<string> }
      | { __typename: 'LLMCall', model: string | null, totalTokens: number | null, id: string, name: string | null, depth: number, childIds: Array<string> }
      | { __typename: 'ToolCall', id: string, name: string | null, depth: number, childIds: Array<string> }
    > } };

export type SpanTreeInputsPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SpanTreeInputsPageQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', spans: Array<
      | { __typename?: 'AgentCall', id: string, inputs: any | null }
      | { __typename?: 'LLMCall', id: string, inputs: any | null }
      | { __typename?: 'ToolCall', id: string, inputs: any | null }
    > } };

export type CompareIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type CompareIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type CompareTracesQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type CompareTracesQuery = { __typename?: 'Query', compareTraces: { __typename?: 'TraceComparison', matched: number, onlyInA: number, onlyInB: number, changed: number, a: { __typename?: 'Trace', id: string, name: string | null, totalTokens: number }, b: { __typename?: 'Trace', id: string, name: string | null, totalTokens: number }, spans: Array<{ __typename?: 'SpanComparison', path: Array<string>, depth: number, differences: Array<string>, durationMsDelta: number | null, totalCostDelta: number | null, totalTokensDelta: number | null, a:
        | { __typename: 'AgentCall', id: string, name: string | null }
        | { __typename: 'LLMCall', model: string | null, totalTokens: number | null, outputs: any | null, id: string, name: string | null }
        | { __typename: 'ToolCall', id: string, name: string | null }
       | null, b:
        | { __typename: 'AgentCall', id: string, name: string | null }
        | { __typename: 'LLMCall', model: string | null, totalTokens: number | null, outputs: any | null, id: string, name: string | null }
        | { __typename: 'ToolCall', inputs: any | null, id: string, name: string | null }
       | null }> } };

export type TraceListIndexesIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type TraceListIndexesIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number } };

export type TraceListIndexesListQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  f?: InputMaybe<TraceFilter>;
}>;


export type TraceListIndexesListQuery = { __typename?: 'Query', traces: { __typename?: 'TraceConnection', edges: Array<{ __typename?: 'TraceEdge', node: { __typename?: 'Trace', name: string | null } }> } };

export type TraceMetricsIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type TraceMetricsIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', list: IngestList, index: number, message: string }> } };

export type TraceTotalsIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type TraceTotalsIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', list: IngestList, index: number, message: string }> } };

export type TraceTotalsTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TraceTotalsTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', status: TraceStatus, startTime: string, durationMs: number, promptTokens: number, completionTokens: number, totalTokens: number, totalCost: number | null, unpricedCallCount: number, agentCallCount: number, llmCallCount: number, toolCallCount: number, errorCount: number, errorFlag: boolean, models: Array<string> } };

export type WebUiAddCreateQueueMutationVariables = Exact<{
  input: CreateAnnotationQueueInput;
}>;


export type WebUiAddCreateQueueMutation = { __typename?: 'Mutation', createAnnotationQueue: { __typename?: 'AnnotationQueue', id: string } };

export type WebUiAddFeedbackMutationVariables = Exact<{
  input: CreateFeedbackInput;
}>;


export type WebUiAddFeedbackMutation = { __typename?: 'Mutation', createFeedback: { __typename?: 'Metric', id: string } };

export type WebUiAddCreateKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebUiAddCreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string } };

export type WebUiAddQueueItemsQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebUiAddQueueItemsQuery = { __typename?: 'Query', annotationQueues: Array<{ __typename?: 'AnnotationQueue', progress: { __typename?: 'AnnotationProgress', total: number } }> };

export type WebUiAnnotationQueuesQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebUiAnnotationQueuesQuery = { __typename?: 'Query', annotationQueues: Array<{ __typename?: 'AnnotationQueue', id: string, rubric: Array<{ __typename?: 'RubricItem', key: string, kind: RubricKind, min: number | null, max: number | null, values: Array<string> | null, required: boolean }> }> };

export type WebUiAnnotationAddMutationVariables = Exact<{
  q: Scalars['ID']['input'];
}>;


export type WebUiAnnotationAddMutation = { __typename?: 'Mutation', addTracesToAnnotationQueue: { __typename?: 'AddToAnnotationQueueResult', added: number } };

export type WebUiAnnotationScoresQueryVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type WebUiAnnotationScoresQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', metrics: Array<{ __typename?: 'Metric', name: string, score: number | null, label: string | null, comment: string | null, source: string, authorName: string | null, spanId: string | null }> } };

export type WebCompareProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type WebCompareProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string } };

export type WebUiDatasetsOfQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebUiDatasetsOfQuery = { __typename?: 'Query', datasets: { __typename?: 'DatasetConnection', edges: Array<{ __typename?: 'DatasetEdge', node: { __typename?: 'Dataset', name: string, version: number, examples: { __typename?: 'DatasetExampleConnection', edges: Array<{ __typename?: 'DatasetExampleEdge', node: { __typename?: 'DatasetExample', inputs: Record<string, any>, outputs: Record<string, any> | null, sourceTraceId: string | null, sourceSpanId: string | null } }> } } }> } };

export type WebUiExperimentsReadKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebUiExperimentsReadKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string } };

export type WebUiPromptStateQueryVariables = Exact<{
  p: Scalars['ID']['input'];
  n: Scalars['String']['input'];
}>;


export type WebUiPromptStateQuery = { __typename?: 'Query', promptByName: { __typename?: 'Prompt', id: string, latestVersion: number, labels: Array<{ __typename?: 'PromptLabel', label: string, version: number }>, labelHistory: Array<{ __typename?: 'PromptLabelEvent', version: number | null, previousVersion: number | null }>, versions: { __typename?: 'PromptVersionConnection', edges: Array<{ __typename?: 'PromptVersionEdge', node: { __typename?: 'PromptVersion', version: number, model: string | null, parameters: Record<string, any>, commitMessage: string | null, messages: Array<{ __typename?: 'PromptMessageType', role: string, content: string }> | null } }> } } };

export type WebSdProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type WebSdProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string } };

export type WebSdCostQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebSdCostQuery = { __typename?: 'Query', project: { __typename?: 'Project', stats: { __typename?: 'ProjectStats', totalCost: number } } };

export type WebUiSettingsProjectQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebUiSettingsProjectQuery = { __typename?: 'Query', project: { __typename?: 'Project', name: string, description: string | null, tags: Array<string>, metadata: Record<string, any>, forwarding: { __typename?: 'ProjectForwarding', enabled: boolean, setting: boolean | null, langsmithProject: string }, costRecomputes: Array<{ __typename?: 'CostRecompute', status: CostRecomputeStatus, from: string, to: string }> }, modelPrices: Array<{ __typename?: 'ModelPrice', modelPattern: string, provider: string | null, inputPrice: number, outputPrice: number, cacheReadPrice: number | null, cacheWritePrice: number | null, reasoningPrice: number | null, effectiveFrom: string | null }> };

export type WebUiSettingsReadQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebUiSettingsReadQuery = { __typename?: 'Query', project: { __typename?: 'Project', name: string } };

export type WebUiSettingsByNameQueryVariables = Exact<{
  n: Scalars['String']['input'];
}>;


export type WebUiSettingsByNameQuery = { __typename?: 'Query', projectByName: { __typename?: 'Project', id: string, description: string | null } };

export type WebTraceViewProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type WebTraceViewProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string } };

export type WebUiKeysQueryVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WebUiKeysQuery = { __typename?: 'Query', project: { __typename?: 'Project', apiKeys: Array<{ __typename?: 'ApiKey', id: string }> } };

export type WebUiProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type WebUiProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string } };

export type WebUiNoBuildQueryVariables = Exact<{ [key: string]: never; }>;


export type WebUiNoBuildQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number } };

export type WebUiRevokeMutationVariables = Exact<{
  k: Scalars['ID']['input'];
}>;


export type WebUiRevokeMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string } };

export type WorkerIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type WorkerIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type WorkerMetricComputedSubscriptionVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type WorkerMetricComputedSubscription = { __typename?: 'Subscription', metricComputed: { __typename?: 'MetricsComputed', traceId: string, metricNames: Array<string>, metrics: Array<{ __typename?: 'Metric', name: string }> } };

export type WorkerClosedTraceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkerClosedTraceQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', status: TraceStatus, endTime: string | null, autoClosed: boolean, durationMs: number, metrics: Array<{ __typename?: 'Metric', name: string }> } };

export type ZeroConfigCreateProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type ZeroConfigCreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string } };

export type ZeroConfigIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type ZeroConfigIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number } };

export type ZeroConfigSpanAddedSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type ZeroConfigSpanAddedSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename?: 'AgentCall', id: string, name: string | null }
    | { __typename?: 'LLMCall', id: string, name: string | null }
    | { __typename?: 'ToolCall', id: string, name: string | null }
   };

export type ZeroConfigMetricNamesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ZeroConfigMetricNamesQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', metrics: Array<{ __typename?: 'Metric', name: string }> } };

export type ZeroConfigTraceNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ZeroConfigTraceNameQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', name: string | null } };

export type DeepTraceIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type DeepTraceIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number } };

export type DeepTracePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DeepTracePageQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', spanCount: number, spans: Array<
      | { __typename?: 'AgentCall', id: string, depth: number, ancestorIds: Array<string> }
      | { __typename?: 'LLMCall', id: string, depth: number, ancestorIds: Array<string> }
      | { __typename?: 'ToolCall', id: string, depth: number, ancestorIds: Array<string> }
    > } };

export type DeepTraceMetricsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeepTraceMetricsQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', metrics: Array<{ __typename?: 'Metric', name: string, value: number | null }> } };

export type DeepTraceSpanAddedSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type DeepTraceSpanAddedSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename?: 'AgentCall', id: string, depth: number }
    | { __typename?: 'LLMCall', id: string, depth: number }
    | { __typename?: 'ToolCall', id: string, depth: number }
   };

export type DeepTraceProjectMutationVariables = Exact<{ [key: string]: never; }>;


export type DeepTraceProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string } };

export type PoisonIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type PoisonIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number } };

export type RedisClusterIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type RedisClusterIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number } };

export type ClusterTraceMetricsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClusterTraceMetricsQuery = { __typename?: 'Query', trace: { __typename?: 'Trace', metrics: Array<{ __typename?: 'Metric', name: string, value: number | null }> } };

export type ClusterSpanAddedSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type ClusterSpanAddedSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename?: 'AgentCall', id: string, name: string | null }
    | { __typename?: 'LLMCall', id: string, name: string | null }
    | { __typename?: 'ToolCall', id: string, name: string | null }
   };

export type ClusterSpanSequenceSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
}>;


export type ClusterSpanSequenceSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename?: 'AgentCall', id: string, sequence: number }
    | { __typename?: 'LLMCall', id: string, sequence: number }
    | { __typename?: 'ToolCall', id: string, sequence: number }
   };

export type ClusterJobsViewQueryVariables = Exact<{ [key: string]: never; }>;


export type ClusterJobsViewQuery = { __typename?: 'Query', jobs: { __typename?: 'JobsOverview', backend: string, queues: Array<{ __typename?: 'JobQueueStatus', name: JobQueueName, waiting: number, active: number, delayed: number, failed: number, completed: number }> }, failedJobs: Array<{ __typename?: 'FailedJob', id: string, name: string, failedReason: string, attemptsMade: number, data: any }> };

export type ClusterRetryFailedMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type ClusterRetryFailedMutation = { __typename?: 'Mutation', retryFailedJobs: Array<string> };

export type BrowserIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type BrowserIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type ClusterIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type ClusterIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number, rejected: number, rejections: Array<{ __typename?: 'IngestRejection', message: string }> } };

export type ClusterQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type ClusterQueuesQuery = { __typename?: 'Query', jobs: { __typename?: 'JobsOverview', queues: Array<{ __typename?: 'JobQueueStatus', name: JobQueueName, waiting: number, active: number, delayed: number, prioritized: number, failed: number }> } };

export type ClusterCreateProjectMutationVariables = Exact<{
  n: Scalars['String']['input'];
}>;


export type ClusterCreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string } };

export type ClusterCreateKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
}>;


export type ClusterCreateKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string } };

export type ClusterTailSubscriptionVariables = Exact<{
  t: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClusterTailSubscription = { __typename?: 'Subscription', spanAdded:
    | { __typename?: 'AgentCall', id: string, sequence: number, name: string | null, endTime: string | null }
    | { __typename?: 'LLMCall', id: string, sequence: number, name: string | null, endTime: string | null }
    | { __typename?: 'ToolCall', id: string, sequence: number, name: string | null, endTime: string | null }
   };

export type TestServerCreateProjectMutationVariables = Exact<{
  n: Scalars['String']['input'];
}>;


export type TestServerCreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string } };

export type TestServerCreateApiKeyMutationVariables = Exact<{
  p: Scalars['ID']['input'];
  r: ApiKeyRole;
}>;


export type TestServerCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreatedApiKey', secret: string } };

export type WorkerCrashIngestMutationVariables = Exact<{
  b: IngestBatchInput;
}>;


export type WorkerCrashIngestMutation = { __typename?: 'Mutation', ingest: { __typename?: 'IngestResult', accepted: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const BenchCreateProjectDocument = new TypedDocumentString(`
    mutation BenchCreateProject($n: String!) {
  createProject(input: {name: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchCreateProjectMutation, BenchCreateProjectMutationVariables>;
export const BenchCreateApiKeyDocument = new TypedDocumentString(`
    mutation BenchCreateApiKey($p: ID!) {
  createApiKey(input: {projectId: $p, name: "bench", role: ADMIN}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<BenchCreateApiKeyMutation, BenchCreateApiKeyMutationVariables>;
export const HotTraceBenchIngestDocument = new TypedDocumentString(`
    mutation HotTraceBenchIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HotTraceBenchIngestMutation, HotTraceBenchIngestMutationVariables>;
export const HotTraceBenchTotalsDocument = new TypedDocumentString(`
    query HotTraceBenchTotals($id: ID!) {
  trace(id: $id) {
    llmCallCount
    promptTokens
    totalTokens
    totalCost
    models
  }
}
    `) as unknown as TypedDocumentString<HotTraceBenchTotalsQuery, HotTraceBenchTotalsQueryVariables>;
export const IngestBenchIngestDocument = new TypedDocumentString(`
    mutation IngestBenchIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IngestBenchIngestMutation, IngestBenchIngestMutationVariables>;
export const LangsmithBenchIngestDocument = new TypedDocumentString(`
    mutation LangsmithBenchIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LangsmithBenchIngestMutation, LangsmithBenchIngestMutationVariables>;
export const ListBenchTracesDocument = new TypedDocumentString(`
    query ListBenchTraces($p: ID!, $f: TraceFilter, $o: TraceOrder, $first: Int, $after: String) {
  traces(projectId: $p, filter: $f, orderBy: $o, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        name
        status
        startTime
        durationMs
        totalTokens
        totalCost
        userId
        sessionId
        models
        tags
        errorFlag
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ListBenchTracesQuery, ListBenchTracesQueryVariables>;
export const LiveBenchSpanAddedDocument = new TypedDocumentString(`
    subscription LiveBenchSpanAdded($t: ID!) {
  spanAdded(traceId: $t) {
    id
    sequence
  }
}
    `) as unknown as TypedDocumentString<LiveBenchSpanAddedSubscription, LiveBenchSpanAddedSubscriptionVariables>;
export const LiveBenchIngestDocument = new TypedDocumentString(`
    mutation LiveBenchIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
  }
}
    `) as unknown as TypedDocumentString<LiveBenchIngestMutation, LiveBenchIngestMutationVariables>;
export const MetricsBenchIngestDocument = new TypedDocumentString(`
    mutation MetricsBenchIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsBenchIngestMutation, MetricsBenchIngestMutationVariables>;
export const MetricsBenchMetricComputedDocument = new TypedDocumentString(`
    subscription MetricsBenchMetricComputed($p: ID!) {
  metricComputed(projectId: $p) {
    traceId
  }
}
    `) as unknown as TypedDocumentString<MetricsBenchMetricComputedSubscription, MetricsBenchMetricComputedSubscriptionVariables>;
export const StatsBenchStatsDocument = new TypedDocumentString(`
    query StatsBenchStats($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  project(id: $p) {
    stats(from: $from, to: $to) {
      from
      to
      traceCount
      spanCount
      errorCount
      errorRate
      promptTokens
      completionTokens
      totalTokens
      promptCost
      completionCost
      totalCost
      latencyP50
      latencyP95
      latencyP99
      firstTokenP50
      firstTokenP99
      streamingRate
      runFacets {
        runType
        count
      }
      lastTraceStartTime
    }
  }
}
    `) as unknown as TypedDocumentString<StatsBenchStatsQuery, StatsBenchStatsQueryVariables>;
export const StatsBenchSeriesDocument = new TypedDocumentString(`
    query StatsBenchSeries($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $g: TimeseriesGroupBy!) {
  project(id: $p) {
    timeseries(from: $from, to: $to, interval: HOUR, groupBy: $g) {
      key
      points {
        time
        traceCount
        errorCount
        errorRate
        totalTokens
        totalCost
        latencyP50
        latencyP95
        latencyP99
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatsBenchSeriesQuery, StatsBenchSeriesQueryVariables>;
export const TreeBenchPageDocument = new TypedDocumentString(`
    query TreeBenchPage($id: ID!, $first: Int, $after: ID) {
  trace(id: $id) {
    spanCount
    spans(first: $first, after: $after) {
      __typename
      id
      parentId
      depth
      childIds
      name
      runType
      status
      startTime
      endTime
      durationMs
      totalCost
      ... on LLMCall {
        model
        promptTokens
        completionTokens
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TreeBenchPageQuery, TreeBenchPageQueryVariables>;
export const UiBenchIngestDocument = new TypedDocumentString(`
    mutation UiBenchIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UiBenchIngestMutation, UiBenchIngestMutationVariables>;
export const AbuseIngestDocument = new TypedDocumentString(`
    mutation AbuseIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      list
      index
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AbuseIngestMutation, AbuseIngestMutationVariables>;
export const AbuseTraceTotalsDocument = new TypedDocumentString(`
    query AbuseTraceTotals($id: ID!) {
  trace(id: $id) {
    promptTokens
    totalTokens
    totalCost
    llmCallCount
  }
}
    `) as unknown as TypedDocumentString<AbuseTraceTotalsQuery, AbuseTraceTotalsQueryVariables>;
export const AbuseSpansDocument = new TypedDocumentString(`
    query AbuseSpans($id: ID!) {
  trace(id: $id) {
    spans {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AbuseSpansQuery, AbuseSpansQueryVariables>;
export const AbuseSpanAddedDocument = new TypedDocumentString(`
    subscription AbuseSpanAdded($t: ID!) {
  spanAdded(traceId: $t, since: "0") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AbuseSpanAddedSubscription, AbuseSpanAddedSubscriptionVariables>;
export const AbuseSpanPageDocument = new TypedDocumentString(`
    query AbuseSpanPage($id: ID!, $first: Int, $after: ID) {
  trace(id: $id) {
    spanCount
    spans(first: $first, after: $after) {
      __typename
      id
      depth
      ancestorIds
      ... on AgentCall {
        llmCallIds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AbuseSpanPageQuery, AbuseSpanPageQueryVariables>;
export const AbuseStatsDocument = new TypedDocumentString(`
    query AbuseStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) {
  project(id: $p) {
    stats(from: $from, to: $to) {
      traceCount
      totalTokens
      totalCost
    }
  }
}
    `) as unknown as TypedDocumentString<AbuseStatsQuery, AbuseStatsQueryVariables>;
export const AbusePublicSchemaDocument = new TypedDocumentString(`
    query AbusePublicSchema {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AbusePublicSchemaQuery, AbusePublicSchemaQueryVariables>;
export const AbusePublicProjectsDocument = new TypedDocumentString(`
    query AbusePublicProjects {
  projects {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AbusePublicProjectsQuery, AbusePublicProjectsQueryVariables>;
export const AqIngestDocument = new TypedDocumentString(`
    mutation AqIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
  }
}
    `) as unknown as TypedDocumentString<AqIngestMutation, AqIngestMutationVariables>;
export const AqCreateKeyDocument = new TypedDocumentString(`
    mutation AqCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {
  createApiKey(input: {projectId: $p, name: $n, role: $r}) {
    secret
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AqCreateKeyMutation, AqCreateKeyMutationVariables>;
export const AqCreateDocument = new TypedDocumentString(`
    mutation AqCreate($i: CreateAnnotationQueueInput!) {
  createAnnotationQueue(input: $i) {
    id
    name
    instructions
    rubric {
      key
      kind
      min
      max
      values
      required
    }
  }
}
    `) as unknown as TypedDocumentString<AqCreateMutation, AqCreateMutationVariables>;
export const AqUpdateDocument = new TypedDocumentString(`
    mutation AqUpdate($id: ID!, $i: UpdateAnnotationQueueInput!) {
  updateAnnotationQueue(id: $id, input: $i) {
    id
    name
    description
  }
}
    `) as unknown as TypedDocumentString<AqUpdateMutation, AqUpdateMutationVariables>;
export const AqDeleteDocument = new TypedDocumentString(`
    mutation AqDelete($id: ID!) {
  deleteAnnotationQueue(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<AqDeleteMutation, AqDeleteMutationVariables>;
export const AqAddByFilterDocument = new TypedDocumentString(`
    mutation AqAddByFilter($q: ID!, $f: TraceFilter, $limit: Int) {
  addTracesToAnnotationQueue(queueId: $q, filter: $f, limit: $limit) {
    added
    alreadyQueued
    rejected {
      traceId
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AqAddByFilterMutation, AqAddByFilterMutationVariables>;
export const AqAddDocument = new TypedDocumentString(`
    mutation AqAdd($q: ID!, $items: [AnnotationTargetInput!]!) {
  addToAnnotationQueue(queueId: $q, items: $items) {
    added
    alreadyQueued
    rejected {
      traceId
      spanId
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AqAddMutation, AqAddMutationVariables>;
export const AqNextDocument = new TypedDocumentString(`
    mutation AqNext($q: ID!) {
  nextAnnotationItem(queueId: $q) {
    id
    spanId
    status
    claimedBy
    trace {
      id
      name
      inputs
    }
  }
}
    `) as unknown as TypedDocumentString<AqNextMutation, AqNextMutationVariables>;
export const AqSubmitDocument = new TypedDocumentString(`
    mutation AqSubmit($id: ID!, $scores: [AnnotationScoreInput!]!) {
  submitAnnotation(itemId: $id, scores: $scores) {
    id
    status
    completedBy
    completedAt
    scores {
      name
      score
      label
      comment
      source
      authorName
    }
  }
}
    `) as unknown as TypedDocumentString<AqSubmitMutation, AqSubmitMutationVariables>;
export const AqSkipDocument = new TypedDocumentString(`
    mutation AqSkip($id: ID!) {
  skipAnnotationItem(itemId: $id) {
    id
    status
    claimedBy
  }
}
    `) as unknown as TypedDocumentString<AqSkipMutation, AqSkipMutationVariables>;
export const AqQueueDocument = new TypedDocumentString(`
    query AqQueue($id: ID!, $status: AnnotationItemStatus) {
  annotationQueue(id: $id) {
    id
    name
    progress {
      total
      pending
      claimed
      done
      skippedByMe
    }
    annotators {
      keyId
      name
      done
    }
    items(status: $status, first: 50) {
      totalCount
      edges {
        node {
          id
          status
          completedBy
          trace {
            id
          }
          scores {
            name
            score
            label
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AqQueueQuery, AqQueueQueryVariables>;
export const AqQueuesDocument = new TypedDocumentString(`
    query AqQueues($p: ID!) {
  annotationQueues(projectId: $p) {
    id
    name
    progress {
      total
      done
    }
  }
}
    `) as unknown as TypedDocumentString<AqQueuesQuery, AqQueuesQueryVariables>;
export const AqTraceDocument = new TypedDocumentString(`
    query AqTrace($id: ID!) {
  trace(id: $id) {
    metrics {
      name
      score
      label
      comment
      source
      authorKeyId
      authorName
    }
  }
}
    `) as unknown as TypedDocumentString<AqTraceQuery, AqTraceQueryVariables>;
export const AqSummaryDocument = new TypedDocumentString(`
    query AqSummary($p: ID!) {
  project(id: $p) {
    scoreSummary(sources: ["human"]) {
      key
      count
      mean
      labels {
        label
        count
      }
      sources {
        source
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AqSummaryQuery, AqSummaryQueryVariables>;
export const AuthIngestDocument = new TypedDocumentString(`
    mutation AuthIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      list
      index
      id
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AuthIngestMutation, AuthIngestMutationVariables>;
export const AuthProjectDocument = new TypedDocumentString(`
    query AuthProject($id: ID!) {
  project(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthProjectQuery, AuthProjectQueryVariables>;
export const AuthProjectByNameDocument = new TypedDocumentString(`
    query AuthProjectByName($n: String!) {
  projectByName(name: $n) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthProjectByNameQuery, AuthProjectByNameQueryVariables>;
export const AuthProjectsDocument = new TypedDocumentString(`
    query AuthProjects {
  projects {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthProjectsQuery, AuthProjectsQueryVariables>;
export const AuthViewerDocument = new TypedDocumentString(`
    query AuthViewer {
  viewer {
    role
    bootstrapAdmin
    projectId
  }
}
    `) as unknown as TypedDocumentString<AuthViewerQuery, AuthViewerQueryVariables>;
export const AuthCompareDocument = new TypedDocumentString(`
    query AuthCompare($a: ID!, $b: ID!) {
  compareTraces(a: $a, b: $b) {
    matched
    spans {
      path
      a {
        id
        name
        inputs
      }
      b {
        id
        name
        inputs
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthCompareQuery, AuthCompareQueryVariables>;
export const AuthTracesDocument = new TypedDocumentString(`
    query AuthTraces($p: ID!) {
  traces(projectId: $p) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthTracesQuery, AuthTracesQueryVariables>;
export const AuthTraceDocument = new TypedDocumentString(`
    query AuthTrace($id: ID!) {
  trace(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthTraceQuery, AuthTraceQueryVariables>;
export const AuthSessionsDocument = new TypedDocumentString(`
    query AuthSessions($p: ID!) {
  sessions(projectId: $p) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthSessionsQuery, AuthSessionsQueryVariables>;
export const AuthCreateKeyDocument = new TypedDocumentString(`
    mutation AuthCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {
  createApiKey(input: {projectId: $p, name: $n, role: $r}) {
    secret
    apiKey {
      id
      name
      prefix
      role
      createdAt
      lastUsedAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuthCreateKeyMutation, AuthCreateKeyMutationVariables>;
export const AuthRevokeKeyDocument = new TypedDocumentString(`
    mutation AuthRevokeKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<AuthRevokeKeyMutation, AuthRevokeKeyMutationVariables>;
export const AuthListKeysDocument = new TypedDocumentString(`
    query AuthListKeys($id: ID!) {
  project(id: $id) {
    apiKeys {
      id
      name
      prefix
      role
      createdAt
      lastUsedAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuthListKeysQuery, AuthListKeysQueryVariables>;
export const AuthDeleteTraceDocument = new TypedDocumentString(`
    mutation AuthDeleteTrace($id: ID!) {
  deleteTrace(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<AuthDeleteTraceMutation, AuthDeleteTraceMutationVariables>;
export const AuthUpdateProjectDocument = new TypedDocumentString(`
    mutation AuthUpdateProject($id: ID!, $n: String) {
  updateProject(
    id: $id
    input: {name: $n, description: "pwned", tags: ["pwned"], metadata: {pwned: true}}
  ) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthUpdateProjectMutation, AuthUpdateProjectMutationVariables>;
export const AuthCreateProjectDocument = new TypedDocumentString(`
    mutation AuthCreateProject($n: String!) {
  createProject(input: {name: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthCreateProjectMutation, AuthCreateProjectMutationVariables>;
export const AuthUpdateForwardingDocument = new TypedDocumentString(`
    mutation AuthUpdateForwarding($p: ID!) {
  updateProjectForwarding(
    projectId: $p
    input: {enabled: false, langsmithProject: "pwned"}
  ) {
    id
    forwarding {
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<AuthUpdateForwardingMutation, AuthUpdateForwardingMutationVariables>;
export const AuthRetryForwardingDocument = new TypedDocumentString(`
    mutation AuthRetryForwarding($p: ID!) {
  retryForwarding(projectId: $p)
}
    `) as unknown as TypedDocumentString<AuthRetryForwardingMutation, AuthRetryForwardingMutationVariables>;
export const AuthModelPricesDocument = new TypedDocumentString(`
    query AuthModelPrices($p: ID!) {
  modelPrices(projectId: $p) {
    id
    modelPattern
    inputPrice
  }
}
    `) as unknown as TypedDocumentString<AuthModelPricesQuery, AuthModelPricesQueryVariables>;
export const AuthUpsertPriceDocument = new TypedDocumentString(`
    mutation AuthUpsertPrice($p: ID!, $id: ID) {
  upsertModelPrice(
    input: {projectId: $p, id: $id, modelPattern: "^pwned$", inputPrice: 0.001, outputPrice: 0.001}
  ) {
    id
    modelPattern
  }
}
    `) as unknown as TypedDocumentString<AuthUpsertPriceMutation, AuthUpsertPriceMutationVariables>;
export const AuthDeletePriceDocument = new TypedDocumentString(`
    mutation AuthDeletePrice($id: ID!) {
  deleteModelPrice(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<AuthDeletePriceMutation, AuthDeletePriceMutationVariables>;
export const AuthRecomputeCostsDocument = new TypedDocumentString(`
    mutation AuthRecomputeCosts($p: ID!) {
  recomputeCosts(
    projectId: $p
    from: "2026-01-01T00:00:00Z"
    to: "2027-01-01T00:00:00Z"
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AuthRecomputeCostsMutation, AuthRecomputeCostsMutationVariables>;
export const AuthPromptsDocument = new TypedDocumentString(`
    query AuthPrompts($p: ID!) {
  prompts(projectId: $p) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthPromptsQuery, AuthPromptsQueryVariables>;
export const AuthPromptDocument = new TypedDocumentString(`
    query AuthPrompt($id: ID!) {
  prompt(id: $id) {
    id
    name
    labels {
      label
    }
    versions {
      edges {
        node {
          id
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthPromptQuery, AuthPromptQueryVariables>;
export const AuthPromptByNameDocument = new TypedDocumentString(`
    query AuthPromptByName($p: ID!, $n: String!) {
  promptByName(projectId: $p, name: $n) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthPromptByNameQuery, AuthPromptByNameQueryVariables>;
export const AuthComparePromptsDocument = new TypedDocumentString(`
    query AuthComparePrompts($a: ID!, $b: ID!) {
  comparePromptVersions(a: $a, b: $b) {
    a {
      text
    }
    b {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<AuthComparePromptsQuery, AuthComparePromptsQueryVariables>;
export const AuthRenderPromptDocument = new TypedDocumentString(`
    query AuthRenderPrompt($v: ID!) {
  renderPrompt(versionId: $v, variables: {x: "1"}) {
    role
    content
  }
}
    `) as unknown as TypedDocumentString<AuthRenderPromptQuery, AuthRenderPromptQueryVariables>;
export const AuthCreatePromptDocument = new TypedDocumentString(`
    mutation AuthCreatePrompt($p: ID!, $n: String!) {
  createPrompt(input: {projectId: $p, name: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthCreatePromptMutation, AuthCreatePromptMutationVariables>;
export const AuthUpdatePromptDocument = new TypedDocumentString(`
    mutation AuthUpdatePrompt($id: ID!) {
  updatePrompt(id: $id, input: {name: "pwned", tags: ["pwned"]}) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthUpdatePromptMutation, AuthUpdatePromptMutationVariables>;
export const AuthDeletePromptDocument = new TypedDocumentString(`
    mutation AuthDeletePrompt($id: ID!) {
  deletePrompt(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<AuthDeletePromptMutation, AuthDeletePromptMutationVariables>;
export const AuthCreatePromptVersionDocument = new TypedDocumentString(`
    mutation AuthCreatePromptVersion($id: ID, $p: ID, $n: String) {
  createPromptVersion(
    input: {promptId: $id, projectId: $p, promptName: $n, templateFormat: TEXT, text: "pwned", labels: ["production"]}
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AuthCreatePromptVersionMutation, AuthCreatePromptVersionMutationVariables>;
export const AuthSetPromptLabelDocument = new TypedDocumentString(`
    mutation AuthSetPromptLabel($id: ID!) {
  setPromptLabel(promptId: $id, label: "production", version: 1) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthSetPromptLabelMutation, AuthSetPromptLabelMutationVariables>;
export const AuthRemovePromptLabelDocument = new TypedDocumentString(`
    mutation AuthRemovePromptLabel($id: ID!) {
  removePromptLabel(promptId: $id, label: "production") {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthRemovePromptLabelMutation, AuthRemovePromptLabelMutationVariables>;
export const AuthRollbackPromptLabelDocument = new TypedDocumentString(`
    mutation AuthRollbackPromptLabel($id: ID!) {
  rollbackPromptLabel(promptId: $id, label: "production") {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthRollbackPromptLabelMutation, AuthRollbackPromptLabelMutationVariables>;
export const AuthSeedPromptDocument = new TypedDocumentString(`
    mutation AuthSeedPrompt($p: ID!, $n: String!) {
  createPromptVersion(
    input: {projectId: $p, promptName: $n, templateFormat: TEXT, text: "secret-prompt-B {{x}}", labels: ["production"]}
  ) {
    id
    prompt {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthSeedPromptMutation, AuthSeedPromptMutationVariables>;
export const AuthDatasetsDocument = new TypedDocumentString(`
    query AuthDatasets($p: ID!) {
  datasets(projectId: $p) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthDatasetsQuery, AuthDatasetsQueryVariables>;
export const AuthDatasetDocument = new TypedDocumentString(`
    query AuthDataset($id: ID!) {
  dataset(id: $id) {
    id
    name
    examples {
      edges {
        node {
          id
          inputs
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthDatasetQuery, AuthDatasetQueryVariables>;
export const AuthDatasetExampleDocument = new TypedDocumentString(`
    query AuthDatasetExample($id: ID!) {
  datasetExample(id: $id) {
    id
    inputs
  }
}
    `) as unknown as TypedDocumentString<AuthDatasetExampleQuery, AuthDatasetExampleQueryVariables>;
export const AuthCreateDatasetDocument = new TypedDocumentString(`
    mutation AuthCreateDataset($p: ID!) {
  createDataset(input: {projectId: $p, name: "pwned"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthCreateDatasetMutation, AuthCreateDatasetMutationVariables>;
export const AuthUpdateDatasetDocument = new TypedDocumentString(`
    mutation AuthUpdateDataset($id: ID!) {
  updateDataset(id: $id, input: {name: "pwned"}) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthUpdateDatasetMutation, AuthUpdateDatasetMutationVariables>;
export const AuthDeleteDatasetDocument = new TypedDocumentString(`
    mutation AuthDeleteDataset($id: ID!) {
  deleteDataset(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<AuthDeleteDatasetMutation, AuthDeleteDatasetMutationVariables>;
export const AuthAddExamplesDocument = new TypedDocumentString(`
    mutation AuthAddExamples($d: ID!) {
  addExamples(datasetId: $d, examples: [{inputs: {pwned: true}}]) {
    version
  }
}
    `) as unknown as TypedDocumentString<AuthAddExamplesMutation, AuthAddExamplesMutationVariables>;
export const AuthAddFromTracesDocument = new TypedDocumentString(`
    mutation AuthAddFromTraces($d: ID!, $t: ID!) {
  addExamplesFromTraces(datasetId: $d, items: [{traceId: $t}]) {
    version
    examples {
      inputs
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthAddFromTracesMutation, AuthAddFromTracesMutationVariables>;
export const AuthUpdateExampleDocument = new TypedDocumentString(`
    mutation AuthUpdateExample($id: ID!) {
  updateExample(id: $id, patch: {inputs: {pwned: true}}) {
    id
    inputs
  }
}
    `) as unknown as TypedDocumentString<AuthUpdateExampleMutation, AuthUpdateExampleMutationVariables>;
export const AuthDeleteExamplesDocument = new TypedDocumentString(`
    mutation AuthDeleteExamples($ids: [ID!]!) {
  deleteExamples(ids: $ids) {
    deletedIds
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthDeleteExamplesMutation, AuthDeleteExamplesMutationVariables>;
export const AuthTagVersionDocument = new TypedDocumentString(`
    mutation AuthTagVersion($d: ID!) {
  tagDatasetVersion(datasetId: $d, version: 1, tag: "pwned") {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthTagVersionMutation, AuthTagVersionMutationVariables>;
export const AuthImportExamplesDocument = new TypedDocumentString(`
    mutation AuthImportExamples($d: ID!, $c: String!) {
  importExamples(datasetId: $d, format: JSONL, content: $c) {
    version
    imported
  }
}
    `) as unknown as TypedDocumentString<AuthImportExamplesMutation, AuthImportExamplesMutationVariables>;
export const AuthFeedbackDocument = new TypedDocumentString(`
    query AuthFeedback($p: ID!, $t: ID) {
  feedback(projectId: $p, filter: {traceId: $t}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthFeedbackQuery, AuthFeedbackQueryVariables>;
export const AuthCreateFeedbackDocument = new TypedDocumentString(`
    mutation AuthCreateFeedback($t: ID!) {
  createFeedback(input: {traceId: $t, key: "pwned", score: 0}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthCreateFeedbackMutation, AuthCreateFeedbackMutationVariables>;
export const AuthUpdateFeedbackDocument = new TypedDocumentString(`
    mutation AuthUpdateFeedback($id: ID!) {
  updateFeedback(id: $id, patch: {score: 0, comment: "pwned"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthUpdateFeedbackMutation, AuthUpdateFeedbackMutationVariables>;
export const AuthDeleteFeedbackDocument = new TypedDocumentString(`
    mutation AuthDeleteFeedback($id: ID!) {
  deleteFeedback(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<AuthDeleteFeedbackMutation, AuthDeleteFeedbackMutationVariables>;
export const AuthAnnotationQueuesDocument = new TypedDocumentString(`
    query AuthAnnotationQueues($p: ID!) {
  annotationQueues(projectId: $p) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthAnnotationQueuesQuery, AuthAnnotationQueuesQueryVariables>;
export const AuthAnnotationQueueDocument = new TypedDocumentString(`
    query AuthAnnotationQueue($id: ID!) {
  annotationQueue(id: $id) {
    id
    name
    progress {
      total
    }
    items {
      edges {
        node {
          id
          trace {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthAnnotationQueueQuery, AuthAnnotationQueueQueryVariables>;
export const AuthCreateQueueDocument = new TypedDocumentString(`
    mutation AuthCreateQueue($p: ID!, $n: String!) {
  createAnnotationQueue(
    input: {projectId: $p, name: $n, rubric: [{key: "ok", kind: BOOLEAN}]}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthCreateQueueMutation, AuthCreateQueueMutationVariables>;
export const AuthUpdateQueueDocument = new TypedDocumentString(`
    mutation AuthUpdateQueue($id: ID!) {
  updateAnnotationQueue(id: $id, input: {name: "pwned"}) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuthUpdateQueueMutation, AuthUpdateQueueMutationVariables>;
export const AuthDeleteQueueDocument = new TypedDocumentString(`
    mutation AuthDeleteQueue($id: ID!) {
  deleteAnnotationQueue(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<AuthDeleteQueueMutation, AuthDeleteQueueMutationVariables>;
export const AuthAddToQueueDocument = new TypedDocumentString(`
    mutation AuthAddToQueue($q: ID!, $t: ID!) {
  addToAnnotationQueue(queueId: $q, items: [{traceId: $t}]) {
    added
    alreadyQueued
    rejected {
      traceId
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AuthAddToQueueMutation, AuthAddToQueueMutationVariables>;
export const AuthAddTracesToQueueDocument = new TypedDocumentString(`
    mutation AuthAddTracesToQueue($q: ID!) {
  addTracesToAnnotationQueue(queueId: $q) {
    added
  }
}
    `) as unknown as TypedDocumentString<AuthAddTracesToQueueMutation, AuthAddTracesToQueueMutationVariables>;
export const AuthNextItemDocument = new TypedDocumentString(`
    mutation AuthNextItem($q: ID!) {
  nextAnnotationItem(queueId: $q) {
    id
    trace {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthNextItemMutation, AuthNextItemMutationVariables>;
export const AuthSubmitItemDocument = new TypedDocumentString(`
    mutation AuthSubmitItem($id: ID!) {
  submitAnnotation(itemId: $id, scores: [{key: "ok", score: 1}]) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthSubmitItemMutation, AuthSubmitItemMutationVariables>;
export const AuthSkipItemDocument = new TypedDocumentString(`
    mutation AuthSkipItem($id: ID!) {
  skipAnnotationItem(itemId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthSkipItemMutation, AuthSkipItemMutationVariables>;
export const AuthExperimentsDocument = new TypedDocumentString(`
    query AuthExperiments($p: ID!) {
  experiments(projectId: $p) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthExperimentsQuery, AuthExperimentsQueryVariables>;
export const AuthExperimentDocument = new TypedDocumentString(`
    query AuthExperiment($id: ID!) {
  experiment(id: $id) {
    id
    name
    runs {
      edges {
        node {
          id
          output
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthExperimentQuery, AuthExperimentQueryVariables>;
export const AuthLeaderboardDocument = new TypedDocumentString(`
    query AuthLeaderboard($d: ID!) {
  datasetLeaderboard(datasetId: $d) {
    rank
    experiment {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthLeaderboardQuery, AuthLeaderboardQueryVariables>;
export const AuthTrendDocument = new TypedDocumentString(`
    query AuthTrend($p: ID!) {
  promptVersionTrend(
    promptId: $p
    from: "2026-01-01T00:00:00Z"
    to: "2026-01-02T00:00:00Z"
  ) {
    promptVersionId
    calls
  }
}
    `) as unknown as TypedDocumentString<AuthTrendQuery, AuthTrendQueryVariables>;
export const AuthCompareExperimentsDocument = new TypedDocumentString(`
    query AuthCompareExperiments($a: ID!, $b: ID!) {
  compareExperiments(a: $a, b: $b) {
    examples {
      exampleId
    }
  }
}
    `) as unknown as TypedDocumentString<AuthCompareExperimentsQuery, AuthCompareExperimentsQueryVariables>;
export const AuthSetEndpointDocument = new TypedDocumentString(`
    mutation AuthSetEndpoint($p: ID!) {
  setLlmEndpoint(
    projectId: $p
    input: {baseUrl: "http://127.0.0.1:9/v1", apiKey: "sk-pwned"}
  ) {
    baseUrl
  }
}
    `) as unknown as TypedDocumentString<AuthSetEndpointMutation, AuthSetEndpointMutationVariables>;
export const AuthRemoveEndpointDocument = new TypedDocumentString(`
    mutation AuthRemoveEndpoint($p: ID!) {
  removeLlmEndpoint(projectId: $p)
}
    `) as unknown as TypedDocumentString<AuthRemoveEndpointMutation, AuthRemoveEndpointMutationVariables>;
export const AuthCreateExperimentDocument = new TypedDocumentString(`
    mutation AuthCreateExperiment($d: ID!) {
  createExperiment(input: {datasetId: $d, model: "m"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthCreateExperimentMutation, AuthCreateExperimentMutationVariables>;
export const AuthCancelExperimentDocument = new TypedDocumentString(`
    mutation AuthCancelExperiment($id: ID!) {
  cancelExperiment(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthCancelExperimentMutation, AuthCancelExperimentMutationVariables>;
export const AuthDeleteExperimentDocument = new TypedDocumentString(`
    mutation AuthDeleteExperiment($id: ID!) {
  deleteExperiment(id: $id)
}
    `) as unknown as TypedDocumentString<AuthDeleteExperimentMutation, AuthDeleteExperimentMutationVariables>;
export const AuthRootFieldsDocument = new TypedDocumentString(`
    query AuthRootFields {
  __schema {
    queryType {
      fields {
        name
      }
    }
    mutationType {
      fields {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthRootFieldsQuery, AuthRootFieldsQueryVariables>;
export const AuthAnonSessionDocument = new TypedDocumentString(`
    query AuthAnonSession($p: ID!) {
  session(projectId: $p, id: "anon-s") {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthAnonSessionQuery, AuthAnonSessionQueryVariables>;
export const AuthJobsDocument = new TypedDocumentString(`
    query AuthJobs {
  jobs {
    backend
  }
}
    `) as unknown as TypedDocumentString<AuthJobsQuery, AuthJobsQueryVariables>;
export const AuthFailedJobsDocument = new TypedDocumentString(`
    query AuthFailedJobs {
  failedJobs(queue: METRICS) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthFailedJobsQuery, AuthFailedJobsQueryVariables>;
export const AuthRetryFailedJobsDocument = new TypedDocumentString(`
    mutation AuthRetryFailedJobs {
  retryFailedJobs(queue: METRICS)
}
    `) as unknown as TypedDocumentString<AuthRetryFailedJobsMutation, AuthRetryFailedJobsMutationVariables>;
export const AuthUnchangedDocument = new TypedDocumentString(`
    query AuthUnchanged($t: ID!, $p: ID!) {
  trace(id: $t) {
    name
  }
  project(id: $p) {
    name
    apiKeys {
      id
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuthUnchangedQuery, AuthUnchangedQueryVariables>;
export const AuthApiKeyFieldsDocument = new TypedDocumentString(`
    query AuthApiKeyFields {
  __type(name: "ApiKey") {
    fields {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuthApiKeyFieldsQuery, AuthApiKeyFieldsQueryVariables>;
export const AuthProjectNamesDocument = new TypedDocumentString(`
    query AuthProjectNames {
  projects(first: 100) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthProjectNamesQuery, AuthProjectNamesQueryVariables>;
export const AuthSessionDocument = new TypedDocumentString(`
    query AuthSession($p: ID!, $id: String!) {
  session(projectId: $p, id: $id) {
    id
    traceCount
    traces {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthSessionQuery, AuthSessionQueryVariables>;
export const AuthProjectKeyIdsDocument = new TypedDocumentString(`
    query AuthProjectKeyIds($id: ID!) {
  project(id: $id) {
    apiKeys {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthProjectKeyIdsQuery, AuthProjectKeyIdsQueryVariables>;
export const AuthProjectsPageDocument = new TypedDocumentString(`
    query AuthProjectsPage {
  projects(first: 100) {
    edges {
      node {
        id
        name
        totals {
          traceCount
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<AuthProjectsPageQuery, AuthProjectsPageQueryVariables>;
export const AuthTracesOfSessionDocument = new TypedDocumentString(`
    query AuthTracesOfSession($p: ID!, $s: String) {
  traces(projectId: $p, filter: {sessionId: $s}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthTracesOfSessionQuery, AuthTracesOfSessionQueryVariables>;
export const AuthTraceNestedDocument = new TypedDocumentString(`
    query AuthTraceNested($id: ID!) {
  trace(id: $id) {
    id
    spans {
      id
    }
    errors {
      id
    }
    metrics {
      id
    }
    userInteractions {
      id
    }
    systemInfo {
      id
    }
    project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthTraceNestedQuery, AuthTraceNestedQueryVariables>;
export const AuthSessionCountsDocument = new TypedDocumentString(`
    query AuthSessionCounts($p: ID!) {
  sessions(projectId: $p) {
    edges {
      node {
        id
        traceCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthSessionCountsQuery, AuthSessionCountsQueryVariables>;
export const AuthJobQueuesDocument = new TypedDocumentString(`
    query AuthJobQueues {
  jobs {
    backend
    queues {
      name
      failed
    }
  }
}
    `) as unknown as TypedDocumentString<AuthJobQueuesQuery, AuthJobQueuesQueryVariables>;
export const AuthFailedJobDataDocument = new TypedDocumentString(`
    query AuthFailedJobData {
  failedJobs(queue: METRICS) {
    id
    data
  }
}
    `) as unknown as TypedDocumentString<AuthFailedJobDataQuery, AuthFailedJobDataQueryVariables>;
export const AuthProjectRecomputesDocument = new TypedDocumentString(`
    query AuthProjectRecomputes($id: ID!) {
  project(id: $id) {
    costRecomputes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthProjectRecomputesQuery, AuthProjectRecomputesQueryVariables>;
export const AuthIngestPromptLinkDocument = new TypedDocumentString(`
    mutation AuthIngestPromptLink($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
  }
}
    `) as unknown as TypedDocumentString<AuthIngestPromptLinkMutation, AuthIngestPromptLinkMutationVariables>;
export const AuthDatasetOfADocument = new TypedDocumentString(`
    mutation AuthDatasetOfA($p: ID!) {
  createDataset(input: {projectId: $p, name: "dataset-A"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthDatasetOfAMutation, AuthDatasetOfAMutationVariables>;
export const AuthPriceOfBDocument = new TypedDocumentString(`
    mutation AuthPriceOfB($p: ID!) {
  upsertModelPrice(
    input: {projectId: $p, modelPattern: "^b-model$", inputPrice: 1e-6, outputPrice: 2e-6}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthPriceOfBMutation, AuthPriceOfBMutationVariables>;
export const AuthDatasetOfBDocument = new TypedDocumentString(`
    mutation AuthDatasetOfB($p: ID!) {
  createDataset(input: {projectId: $p, name: "dataset-B"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthDatasetOfBMutation, AuthDatasetOfBMutationVariables>;
export const AuthExampleOfBDocument = new TypedDocumentString(`
    mutation AuthExampleOfB($d: ID!) {
  addExamples(datasetId: $d, examples: [{inputs: {q: "B-only input"}}]) {
    examples {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthExampleOfBMutation, AuthExampleOfBMutationVariables>;
export const AuthProjectBAsAdminDocument = new TypedDocumentString(`
    query AuthProjectBAsAdmin($p: ID!, $t: ID!) {
  project(id: $p) {
    id
    name
    description
    tags
    metadata
    endTime
    updatedAt
    totals {
      traceCount
      totalCost
      totalTokens
    }
    apiKeys {
      id
      name
      role
      prefix
      revokedAt
    }
  }
  trace(id: $t) {
    id
    name
    status
    endTime
    metadata
    totalCost
    totalTokens
    errorCount
    updatedAt
    spans {
      id
      name
      status
      outputs
      error
      totalCost
      ... on LLMCall {
        model
        promptTokens
      }
    }
    errors {
      id
      errorMessage
    }
    metrics {
      id
      name
      score
    }
    userInteractions {
      id
      content
    }
    systemInfo {
      id
      osName
    }
  }
  traces(projectId: $p) {
    edges {
      node {
        id
      }
    }
  }
  sessions(projectId: $p) {
    edges {
      node {
        id
        traceCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthProjectBAsAdminQuery, AuthProjectBAsAdminQueryVariables>;
export const DsIngestDocument = new TypedDocumentString(`
    mutation DsIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DsIngestMutation, DsIngestMutationVariables>;
export const DsCreateDocument = new TypedDocumentString(`
    mutation DsCreate($p: ID!, $n: String!, $t: DatasetDataType) {
  createDataset(
    input: {projectId: $p, name: $n, description: "qa pairs", dataType: $t, metadata: {team: "eval"}}
  ) {
    id
    name
    description
    dataType
    metadata
    version
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DsCreateMutation, DsCreateMutationVariables>;
export const DsUpdateDocument = new TypedDocumentString(`
    mutation DsUpdate($id: ID!, $n: String) {
  updateDataset(id: $id, input: {name: $n, description: "renamed"}) {
    id
    name
    description
    version
  }
}
    `) as unknown as TypedDocumentString<DsUpdateMutation, DsUpdateMutationVariables>;
export const DsDeleteDocument = new TypedDocumentString(`
    mutation DsDelete($id: ID!) {
  deleteDataset(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DsDeleteMutation, DsDeleteMutationVariables>;
export const DsAddDocument = new TypedDocumentString(`
    mutation DsAdd($d: ID!, $e: [ExampleInput!]!) {
  addExamples(datasetId: $d, examples: $e) {
    version
    examples {
      id
      inputs
      outputs
      metadata
      splits
      revision
      sourceTraceId
    }
    errors {
      index
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DsAddMutation, DsAddMutationVariables>;
export const DsFromTracesDocument = new TypedDocumentString(`
    mutation DsFromTraces($d: ID!, $items: [TraceItemInput!]!) {
  addExamplesFromTraces(datasetId: $d, items: $items) {
    version
    examples {
      id
      inputs
      outputs
      sourceTraceId
      sourceSpanId
      sourceTrace {
        id
        name
      }
    }
    errors {
      index
      id
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DsFromTracesMutation, DsFromTracesMutationVariables>;
export const DsEditDocument = new TypedDocumentString(`
    mutation DsEdit($id: ID!, $p: ExamplePatchInput!) {
  updateExample(id: $id, patch: $p) {
    id
    inputs
    outputs
    splits
    revision
  }
}
    `) as unknown as TypedDocumentString<DsEditMutation, DsEditMutationVariables>;
export const DsDeleteExamplesDocument = new TypedDocumentString(`
    mutation DsDeleteExamples($ids: [ID!]!) {
  deleteExamples(ids: $ids) {
    deletedIds
    errors {
      index
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DsDeleteExamplesMutation, DsDeleteExamplesMutationVariables>;
export const DsTagDocument = new TypedDocumentString(`
    mutation DsTag($d: ID!, $v: Int!, $t: String!) {
  tagDatasetVersion(datasetId: $d, version: $v, tag: $t) {
    id
    versions {
      version
      tags
    }
  }
}
    `) as unknown as TypedDocumentString<DsTagMutation, DsTagMutationVariables>;
export const DsImportDocument = new TypedDocumentString(`
    mutation DsImport($d: ID!, $f: ExampleFormat!, $c: String!, $cols: CsvColumnsInput) {
  importExamples(datasetId: $d, format: $f, content: $c, columns: $cols) {
    version
    imported
    errors {
      line
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DsImportMutation, DsImportMutationVariables>;
export const DsDatasetDocument = new TypedDocumentString(`
    query DsDataset($id: ID!, $v: Int, $s: [String!], $first: Int, $after: String) {
  dataset(id: $id) {
    id
    name
    version
    exampleCount
    splits
    versions {
      version
      description
      tags
      exampleCount
    }
    examples(version: $v, splits: $s, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          inputs
          outputs
          metadata
          splits
          revision
          sourceTraceId
          sourceSpanId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DsDatasetQuery, DsDatasetQueryVariables>;
export const DsListDocument = new TypedDocumentString(`
    query DsList($p: ID!, $q: String) {
  datasets(projectId: $p, search: $q) {
    totalCount
    edges {
      node {
        id
        name
        exampleCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DsListQuery, DsListQueryVariables>;
export const DsExampleDocument = new TypedDocumentString(`
    query DsExample($id: ID!, $v: Int) {
  datasetExample(id: $id, version: $v) {
    id
    inputs
    revision
  }
}
    `) as unknown as TypedDocumentString<DsExampleQuery, DsExampleQueryVariables>;
export const DsSpanFlagsDocument = new TypedDocumentString(`
    query DsSpanFlags($id: ID!) {
  trace(id: $id) {
    spans {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DsSpanFlagsQuery, DsSpanFlagsQueryVariables>;
export const DsReaderKeyDocument = new TypedDocumentString(`
    mutation DsReaderKey($p: ID!) {
  createApiKey(input: {projectId: $p, name: "reader", role: READ}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<DsReaderKeyMutation, DsReaderKeyMutationVariables>;
export const DsWriterKeyDocument = new TypedDocumentString(`
    mutation DsWriterKey($p: ID!) {
  createApiKey(input: {projectId: $p, name: "writer", role: INGEST}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<DsWriterKeyMutation, DsWriterKeyMutationVariables>;
export const E2eIngestDocument = new TypedDocumentString(`
    mutation E2eIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      list
      message
    }
  }
}
    `) as unknown as TypedDocumentString<E2eIngestMutation, E2eIngestMutationVariables>;
export const E2eCreateDatasetDocument = new TypedDocumentString(`
    mutation E2eCreateDataset($i: CreateDatasetInput!) {
  createDataset(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<E2eCreateDatasetMutation, E2eCreateDatasetMutationVariables>;
export const E2eFromTracesDocument = new TypedDocumentString(`
    mutation E2eFromTraces($d: ID!, $items: [TraceItemInput!]!) {
  addExamplesFromTraces(datasetId: $d, items: $items) {
    version
    examples {
      id
      inputs
      outputs
      sourceTraceId
    }
    errors {
      index
      message
    }
  }
}
    `) as unknown as TypedDocumentString<E2eFromTracesMutation, E2eFromTracesMutationVariables>;
export const E2eCreateVersionDocument = new TypedDocumentString(`
    mutation E2eCreateVersion($i: CreatePromptVersionInput!) {
  createPromptVersion(input: $i) {
    id
    version
    variables
    prompt {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<E2eCreateVersionMutation, E2eCreateVersionMutationVariables>;
export const E2eSetEndpointDocument = new TypedDocumentString(`
    mutation E2eSetEndpoint($p: ID!, $i: LlmEndpointInput!) {
  setLlmEndpoint(projectId: $p, input: $i) {
    hasApiKey
  }
}
    `) as unknown as TypedDocumentString<E2eSetEndpointMutation, E2eSetEndpointMutationVariables>;
export const E2eCreateExperimentDocument = new TypedDocumentString(`
    mutation E2eCreateExperiment($i: CreateExperimentInput!) {
  createExperiment(input: $i) {
    id
    name
    status
    promptVersion {
      id
      version
    }
    evaluators {
      kind
      key
    }
  }
}
    `) as unknown as TypedDocumentString<E2eCreateExperimentMutation, E2eCreateExperimentMutationVariables>;
export const E2eUpdatesDocument = new TypedDocumentString(`
    subscription E2eUpdates($id: ID!) {
  experimentUpdated(experimentId: $id) {
    experiment {
      id
      status
      completedCount
      failedCount
    }
    run {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<E2eUpdatesSubscription, E2eUpdatesSubscriptionVariables>;
export const E2eExperimentDocument = new TypedDocumentString(`
    query E2eExperiment($id: ID!) {
  experiment(id: $id) {
    id
    name
    status
    completedCount
    failedCount
    promptVersion {
      id
      version
    }
    summary {
      evaluators {
        key
        count
        mean
      }
    }
    runs(first: 10) {
      edges {
        node {
          id
          status
          output
          example {
            id
            inputs
            outputs
          }
          trace {
            id
            spans {
              __typename
              id
              name
              ... on AgentCall {
                referenceExampleId
              }
              ... on LLMCall {
                referenceExampleId
                promptVersion {
                  id
                  version
                }
                inputs
              }
            }
          }
          scores {
            name
            score
            value
            reason
            source
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<E2eExperimentQuery, E2eExperimentQueryVariables>;
export const E2eLeaderboardDocument = new TypedDocumentString(`
    query E2eLeaderboard($d: ID!) {
  datasetLeaderboard(datasetId: $d, key: "exact_match") {
    rank
    score
    experiment {
      id
    }
    promptVersion {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<E2eLeaderboardQuery, E2eLeaderboardQueryVariables>;
export const E2eCompareExperimentsDocument = new TypedDocumentString(`
    query E2eCompareExperiments($a: ID!, $b: ID!, $e: [ID!]) {
  compareExperiments(a: $a, b: $b) {
    examples(exampleIds: $e) {
      exampleId
      outputChanged
      runA {
        output
      }
      runB {
        output
      }
      scoreDeltas {
        key
        a
        b
        delta
      }
      traceComparison {
        matched
        onlyInA
        onlyInB
        spans {
          path
          differences
          a {
            id
          }
          b {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<E2eCompareExperimentsQuery, E2eCompareExperimentsQueryVariables>;
export const E2eComparePromptsDocument = new TypedDocumentString(`
    query E2eComparePrompts($a: ID!, $b: ID!) {
  comparePromptVersions(a: $a, b: $b) {
    messages {
      index
      change
      lines {
        op
        text
      }
    }
    variablesAdded
    variablesRemoved
  }
}
    `) as unknown as TypedDocumentString<E2eComparePromptsQuery, E2eComparePromptsQueryVariables>;
export const E2eDatasetDocument = new TypedDocumentString(`
    query E2eDataset($id: ID!, $only: [ID!]) {
  dataset(id: $id) {
    experiments(first: 10) {
      edges {
        node {
          id
          promptVersion {
            version
          }
        }
      }
    }
    scoreSummary {
      key
      count
      mean
      sources {
        source
        count
      }
    }
    onlyV1: scoreSummary(experimentIds: $only) {
      key
      count
      mean
    }
  }
}
    `) as unknown as TypedDocumentString<E2eDatasetQuery, E2eDatasetQueryVariables>;
export const E2eDatasetsDocument = new TypedDocumentString(`
    query E2eDatasets($p: ID!) {
  datasets(projectId: $p) {
    edges {
      node {
        id
        experiments(first: 5) {
          edges {
            node {
              id
              promptVersion {
                version
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<E2eDatasetsQuery, E2eDatasetsQueryVariables>;
export const E2eProjectSummaryDocument = new TypedDocumentString(`
    query E2eProjectSummary($p: ID!) {
  project(id: $p) {
    scoreSummary {
      key
      count
      mean
    }
  }
}
    `) as unknown as TypedDocumentString<E2eProjectSummaryQuery, E2eProjectSummaryQueryVariables>;
export const E2eFeedbackDocument = new TypedDocumentString(`
    mutation E2eFeedback($i: CreateFeedbackInput!) {
  createFeedback(input: $i) {
    id
    name
    score
    source
  }
}
    `) as unknown as TypedDocumentString<E2eFeedbackMutation, E2eFeedbackMutationVariables>;
export const ExpSetEndpointDocument = new TypedDocumentString(`
    mutation ExpSetEndpoint($p: ID!, $i: LlmEndpointInput!) {
  setLlmEndpoint(projectId: $p, input: $i) {
    baseUrl
    defaultModel
    hasApiKey
    apiKeyHint
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<ExpSetEndpointMutation, ExpSetEndpointMutationVariables>;
export const ExpRemoveEndpointDocument = new TypedDocumentString(`
    mutation ExpRemoveEndpoint($p: ID!) {
  removeLlmEndpoint(projectId: $p)
}
    `) as unknown as TypedDocumentString<ExpRemoveEndpointMutation, ExpRemoveEndpointMutationVariables>;
export const ExpProjectEndpointDocument = new TypedDocumentString(`
    query ExpProjectEndpoint($p: ID!) {
  project(id: $p) {
    id
    llmEndpoint {
      baseUrl
      defaultModel
      hasApiKey
      apiKeyHint
    }
  }
}
    `) as unknown as TypedDocumentString<ExpProjectEndpointQuery, ExpProjectEndpointQueryVariables>;
export const ExpCreateDocument = new TypedDocumentString(`
    mutation ExpCreate($i: CreateExperimentInput!) {
  createExperiment(input: $i) {
    id
    name
    status
    kind
    model
    parameters
    concurrency
    exampleCount
    datasetVersion
    promptVersionId
    evaluators {
      kind
      key
      options
    }
  }
}
    `) as unknown as TypedDocumentString<ExpCreateMutation, ExpCreateMutationVariables>;
export const ExpCancelDocument = new TypedDocumentString(`
    mutation ExpCancel($id: ID!) {
  cancelExperiment(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ExpCancelMutation, ExpCancelMutationVariables>;
export const ExpDeleteDocument = new TypedDocumentString(`
    mutation ExpDelete($id: ID!) {
  deleteExperiment(id: $id)
}
    `) as unknown as TypedDocumentString<ExpDeleteMutation, ExpDeleteMutationVariables>;
export const ExpGetDocument = new TypedDocumentString(`
    query ExpGet($id: ID!) {
  experiment(id: $id) {
    id
    name
    status
    exampleCount
    completedCount
    failedCount
    error
    startedAt
    finishedAt
    dataset {
      id
      name
    }
    summary {
      evaluators {
        key
        count
        mean
        min
        max
        histogram {
          lower
          upper
          count
        }
      }
      latencyP50
      latencyP95
      totalCost
      meanCost
      totalTokens
      runs {
        total
        pending
        running
        completed
        failed
      }
    }
    runs(first: 10) {
      edges {
        cursor
        node {
          id
          exampleId
          status
          output
          error
          latencyMs
          promptTokens
          completionTokens
          totalTokens
          totalCost
          attempts
          example {
            id
            inputs
            outputs
          }
          trace {
            id
            name
            tags
            metadata
            inputs
            outputs
            spans {
              __typename
              id
              name
              ... on LLMCall {
                model
                provider
                promptTokens
                completionTokens
                inputs
              }
            }
          }
          scores {
            name
            score
            value
            reason
            source
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExpGetQuery, ExpGetQueryVariables>;
export const ExpRunPageDocument = new TypedDocumentString(`
    query ExpRunPage($id: ID!, $after: String, $status: ExperimentRunStatus) {
  experiment(id: $id) {
    runs(first: 2, after: $after, status: $status) {
      edges {
        node {
          id
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExpRunPageQuery, ExpRunPageQueryVariables>;
export const ExpListDocument = new TypedDocumentString(`
    query ExpList($p: ID!, $d: ID) {
  experiments(projectId: $p, datasetId: $d) {
    edges {
      node {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ExpListQuery, ExpListQueryVariables>;
export const ExpUpdatesDocument = new TypedDocumentString(`
    subscription ExpUpdates($id: ID!) {
  experimentUpdated(experimentId: $id) {
    experiment {
      id
      status
      completedCount
      failedCount
    }
    run {
      id
      status
      exampleId
    }
  }
}
    `) as unknown as TypedDocumentString<ExpUpdatesSubscription, ExpUpdatesSubscriptionVariables>;
export const ExpLeaderboardDocument = new TypedDocumentString(`
    query ExpLeaderboard($d: ID!, $k: String) {
  datasetLeaderboard(datasetId: $d, key: $k) {
    rank
    score
    experiment {
      id
      name
      promptVersionId
      model
      datasetVersion
    }
    summary {
      evaluators {
        key
        mean
        count
        histogram {
          count
        }
      }
      latencyP50
      latencyP95
      totalCost
      totalTokens
    }
  }
}
    `) as unknown as TypedDocumentString<ExpLeaderboardQuery, ExpLeaderboardQueryVariables>;
export const ExpTrendDocument = new TypedDocumentString(`
    query ExpTrend($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  promptVersionTrend(promptId: $p, from: $from, to: $to, bucket: HOUR) {
    bucket
    promptVersionId
    version
    model
    calls
    totalCost
    meanCost
    scores {
      key
      mean
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ExpTrendQuery, ExpTrendQueryVariables>;
export const ExpCompareDocument = new TypedDocumentString(`
    query ExpCompare($a: ID!, $b: ID!) {
  compareExperiments(a: $a, b: $b) {
    a {
      id
    }
    b {
      id
    }
    summary {
      key
      a
      b
      delta
    }
    examples {
      exampleId
      outputChanged
      latencyDelta
      costDelta
      example {
        inputs
        outputs
      }
      runA {
        id
        output
      }
      runB {
        id
        output
      }
      scoreDeltas {
        key
        a
        b
        delta
      }
      traceComparison {
        matched
        changed
        spans {
          path
          differences
          a {
            id
            name
          }
          b {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExpCompareQuery, ExpCompareQueryVariables>;
export const ExpCompareLightDocument = new TypedDocumentString(`
    query ExpCompareLight($a: ID!, $b: ID!) {
  compareExperiments(a: $a, b: $b) {
    examples {
      exampleId
    }
  }
}
    `) as unknown as TypedDocumentString<ExpCompareLightQuery, ExpCompareLightQueryVariables>;
export const ExpCreateReadKeyDocument = new TypedDocumentString(`
    mutation ExpCreateReadKey($p: ID!) {
  createApiKey(input: {projectId: $p, name: "reader", role: READ}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<ExpCreateReadKeyMutation, ExpCreateReadKeyMutationVariables>;
export const ExpClientIngestDocument = new TypedDocumentString(`
    mutation ExpClientIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
  }
}
    `) as unknown as TypedDocumentString<ExpClientIngestMutation, ExpClientIngestMutationVariables>;
export const FbIngestDocument = new TypedDocumentString(`
    mutation FbIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FbIngestMutation, FbIngestMutationVariables>;
export const FbCreateKeyDocument = new TypedDocumentString(`
    mutation FbCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {
  createApiKey(input: {projectId: $p, name: $n, role: $r}) {
    secret
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FbCreateKeyMutation, FbCreateKeyMutationVariables>;
export const FbCreateDocument = new TypedDocumentString(`
    mutation FbCreate($i: CreateFeedbackInput!) {
  createFeedback(input: $i) {
    id
    traceId
    spanId
    name
    score
    label
    comment
    reason
    correction
    source
    authorKeyId
    authorName
  }
}
    `) as unknown as TypedDocumentString<FbCreateMutation, FbCreateMutationVariables>;
export const FbUpdateDocument = new TypedDocumentString(`
    mutation FbUpdate($id: ID!, $patch: UpdateFeedbackInput!) {
  updateFeedback(id: $id, patch: $patch) {
    id
    score
    label
    comment
  }
}
    `) as unknown as TypedDocumentString<FbUpdateMutation, FbUpdateMutationVariables>;
export const FbDeleteDocument = new TypedDocumentString(`
    mutation FbDelete($id: ID!) {
  deleteFeedback(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<FbDeleteMutation, FbDeleteMutationVariables>;
export const FbMetricsDocument = new TypedDocumentString(`
    query FbMetrics($id: ID!) {
  trace(id: $id) {
    metrics {
      id
      spanId
      name
      score
      value
      label
      comment
      correction
      source
      authorKeyId
      authorName
    }
  }
}
    `) as unknown as TypedDocumentString<FbMetricsQuery, FbMetricsQueryVariables>;
export const FbListDocument = new TypedDocumentString(`
    query FbList($p: ID!, $f: FeedbackFilter, $first: Int, $after: String) {
  feedback(projectId: $p, filter: $f, first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        name
        score
        label
        source
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<FbListQuery, FbListQueryVariables>;
export const FbTracesDocument = new TypedDocumentString(`
    query FbTraces($p: ID!, $f: TraceFilter) {
  traces(projectId: $p, filter: $f) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FbTracesQuery, FbTracesQueryVariables>;
export const FbSummaryDocument = new TypedDocumentString(`
    query FbSummary($p: ID!, $keys: [String!], $sources: [String!]) {
  project(id: $p) {
    scoreSummary(keys: $keys, sources: $sources) {
      key
      count
      scoredCount
      mean
      min
      max
      stddev
      histogram {
        lower
        upper
        count
      }
      labels {
        label
        count
      }
      sources {
        source
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FbSummaryQuery, FbSummaryQueryVariables>;
export const FbTraceUpdatedDocument = new TypedDocumentString(`
    subscription FbTraceUpdated($p: ID!) {
  traceUpdated(projectId: $p) {
    change
    trace {
      id
      metrics {
        name
        label
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FbTraceUpdatedSubscription, FbTraceUpdatedSubscriptionVariables>;
export const FuzzIngestDocument = new TypedDocumentString(`
    mutation FuzzIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      list
      index
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FuzzIngestMutation, FuzzIngestMutationVariables>;
export const IngestIngestDocument = new TypedDocumentString(`
    mutation IngestIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      list
      index
      id
      code
      message
    }
    ids {
      list
      ids
    }
  }
}
    `) as unknown as TypedDocumentString<IngestIngestMutation, IngestIngestMutationVariables>;
export const IngestTraceDocument = new TypedDocumentString(`
    query IngestTrace($id: ID!) {
  trace(id: $id) {
    id
    status
    startTime
    endTime
    durationMs
    promptTokens
    completionTokens
    totalTokens
    cacheReadTokens
    totalCost
    agentCallCount
    llmCallCount
    toolCallCount
    errorCount
    errorFlag
    models
    inputs
    outputs
    metadata
    tags
    sessionId
    spans {
      __typename
      id
      depth
      parentId
      ancestorIds
      agentId
      name
      status
      startTime
      endTime
      durationMs
      inputs
      outputs
      metadata
      tags
      error
      ... on LLMCall {
        model
        provider
        promptTokens
        completionTokens
        totalTokens
        cacheReadTokens
        promptCost
        completionCost
        totalCost
        costSource
        temperature
      }
      ... on ToolCall {
        totalCost
        llmCallId
      }
      ... on AgentCall {
        llmCallIds
        toolCallIds
      }
    }
    errors {
      errorMessage
      toolCallId
    }
  }
}
    `) as unknown as TypedDocumentString<IngestTraceQuery, IngestTraceQueryVariables>;
export const IngestSequencesDocument = new TypedDocumentString(`
    query IngestSequences($id: ID!) {
  trace(id: $id) {
    spans {
      name
      sequence
    }
  }
}
    `) as unknown as TypedDocumentString<IngestSequencesQuery, IngestSequencesQueryVariables>;
export const JobsViewDocument = new TypedDocumentString(`
    query JobsView {
  jobs {
    backend
    queues {
      name
      waiting
      active
      delayed
      failed
      completed
      paused
    }
  }
  failedJobs(queue: METRICS) {
    id
    name
    data
    failedReason
    attemptsMade
  }
}
    `) as unknown as TypedDocumentString<JobsViewQuery, JobsViewQueryVariables>;
export const JobsRetryFailedDocument = new TypedDocumentString(`
    mutation JobsRetryFailed {
  retryFailedJobs(queue: METRICS)
}
    `) as unknown as TypedDocumentString<JobsRetryFailedMutation, JobsRetryFailedMutationVariables>;
export const JobsBackendDocument = new TypedDocumentString(`
    query JobsBackend {
  jobs {
    backend
  }
}
    `) as unknown as TypedDocumentString<JobsBackendQuery, JobsBackendQueryVariables>;
export const JobsIngestDocument = new TypedDocumentString(`
    mutation JobsIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<JobsIngestMutation, JobsIngestMutationVariables>;
export const LsDsDatasetDocument = new TypedDocumentString(`
    query LsDsDataset($id: ID!, $v: Int) {
  dataset(id: $id) {
    id
    name
    description
    dataType
    metadata
    version
    exampleCount
    splits
    versions {
      version
      description
      tags
    }
    examples(version: $v) {
      edges {
        node {
          id
          inputs
          outputs
          metadata
          splits
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsDsDatasetQuery, LsDsDatasetQueryVariables>;
export const LsEvalTraceDocument = new TypedDocumentString(`
    query LsEvalTrace($id: ID!) {
  trace(id: $id) {
    id
    name
    status
    inputs
    outputs
    project {
      id
      name
    }
    metrics {
      name
      score
      value
      reason
      resultDetail
      spanId
    }
    spans {
      __typename
      id
      name
      parentId
      referenceExampleId
      inputs
      outputs
    }
  }
}
    `) as unknown as TypedDocumentString<LsEvalTraceQuery, LsEvalTraceQueryVariables>;
export const LsEvalExperimentsDocument = new TypedDocumentString(`
    query LsEvalExperiments($p: ID!, $d: ID!) {
  experiments(projectId: $p, datasetId: $d) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsEvalExperimentsQuery, LsEvalExperimentsQueryVariables>;
export const LsEvalExperimentDocument = new TypedDocumentString(`
    query LsEvalExperiment($id: ID!) {
  experiment(id: $id) {
    id
    kind
    status
    exampleCount
    completedCount
    failedCount
    metadata
    finishedAt
    dataset {
      id
    }
    promptVersion {
      id
    }
    summary {
      evaluators {
        key
        count
        mean
      }
      runs {
        total
        completed
        failed
      }
    }
    runs(first: 10) {
      edges {
        node {
          status
          output
          example {
            id
            inputs
          }
          trace {
            id
            name
          }
          scores {
            name
            score
            source
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsEvalExperimentQuery, LsEvalExperimentQueryVariables>;
export const LsEvalLeaderboardDocument = new TypedDocumentString(`
    query LsEvalLeaderboard($d: ID!) {
  datasetLeaderboard(datasetId: $d, key: "exact_match") {
    rank
    score
    experiment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LsEvalLeaderboardQuery, LsEvalLeaderboardQueryVariables>;
export const LsEvalDatasetDocument = new TypedDocumentString(`
    query LsEvalDataset($id: ID!) {
  dataset(id: $id) {
    experiments(first: 5) {
      edges {
        node {
          id
        }
      }
    }
    scoreSummary {
      key
      count
      scoredCount
      labels {
        label
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsEvalDatasetQuery, LsEvalDatasetQueryVariables>;
export const LsForwardIngestDocument = new TypedDocumentString(`
    mutation LsForwardIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LsForwardIngestMutation, LsForwardIngestMutationVariables>;
export const LsForwardForwardingDocument = new TypedDocumentString(`
    query LsForwardForwarding($id: ID!) {
  trace(id: $id) {
    forwarding {
      status
      attempts
      lastError
      sentAt
      runsSent
      requestedAt
    }
  }
}
    `) as unknown as TypedDocumentString<LsForwardForwardingQuery, LsForwardForwardingQueryVariables>;
export const LsForwardProjectForwardingDocument = new TypedDocumentString(`
    query LsForwardProjectForwarding($id: ID!) {
  project(id: $id) {
    forwarding {
      enabled
      setting
      langsmithProject
      available
    }
  }
}
    `) as unknown as TypedDocumentString<LsForwardProjectForwardingQuery, LsForwardProjectForwardingQueryVariables>;
export const LsForwardForwardCountsDocument = new TypedDocumentString(`
    query LsForwardForwardCounts($id: ID!) {
  project(id: $id) {
    forwarding {
      pending
      failed
    }
  }
}
    `) as unknown as TypedDocumentString<LsForwardForwardCountsQuery, LsForwardForwardCountsQueryVariables>;
export const LsForwardUpdateForwardingDocument = new TypedDocumentString(`
    mutation LsForwardUpdateForwarding($p: ID!, $i: ProjectForwardingInput!) {
  updateProjectForwarding(projectId: $p, input: $i) {
    id
    forwarding {
      enabled
      setting
      langsmithProject
      available
    }
  }
}
    `) as unknown as TypedDocumentString<LsForwardUpdateForwardingMutation, LsForwardUpdateForwardingMutationVariables>;
export const LsForwardRetryDocument = new TypedDocumentString(`
    mutation LsForwardRetry($p: ID!, $t: [ID!]) {
  retryForwarding(projectId: $p, traceIds: $t)
}
    `) as unknown as TypedDocumentString<LsForwardRetryMutation, LsForwardRetryMutationVariables>;
export const LsForwardMetricSourcesDocument = new TypedDocumentString(`
    query LsForwardMetricSources($id: ID!) {
  trace(id: $id) {
    metrics {
      source
    }
  }
}
    `) as unknown as TypedDocumentString<LsForwardMetricSourcesQuery, LsForwardMetricSourcesQueryVariables>;
export const LsForwardTreeDocument = new TypedDocumentString(`
    query LsForwardTree($id: ID!) {
  trace(id: $id) {
    name
    sessionId
    promptTokens
    completionTokens
    totalTokens
    errorCount
    spans {
      name
      runType
      parentId
      status
      error
      ... on LLMCall {
        model
        provider
        promptTokens
        completionTokens
        totalTokens
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsForwardTreeQuery, LsForwardTreeQueryVariables>;
export const LsForwardFullTreeDocument = new TypedDocumentString(`
    query LsForwardFullTree($id: ID!) {
  trace(id: $id) {
    id
    name
    status
    sessionId
    promptTokens
    completionTokens
    totalTokens
    totalCost
    errorCount
    errors {
      errorMessage
      errorType
      agentId
      llmCallId
      toolCallId
    }
    metrics {
      id
      name
      spanId
      score
      value
      reason
      source
    }
    spans {
      id
      name
      runType
      parentId
      depth
      status
      error
      dottedOrder
      inputs
      outputs
      ... on LLMCall {
        model
        provider
        promptTokens
        completionTokens
        totalTokens
        cacheReadTokens
        reasoningTokens
        promptCost
        completionCost
        totalCost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsForwardFullTreeQuery, LsForwardFullTreeQueryVariables>;
export const LsForwardFilesDocument = new TypedDocumentString(`
    query LsForwardFiles($id: ID!) {
  trace(id: $id) {
    spans {
      id
      attachments
    }
  }
}
    `) as unknown as TypedDocumentString<LsForwardFilesQuery, LsForwardFilesQueryVariables>;
export const LsLangchainTraceDocument = new TypedDocumentString(`
    query LsLangchainTrace($id: ID!) {
  trace(id: $id) {
    name
    status
    sessionId
    errorMessage
    promptTokens
    completionTokens
    totalTokens
    totalCost
    spans {
      __typename
      name
      depth
      runType
      status
      error
      tags
      ... on LLMCall {
        model
        provider
        promptTokens
        completionTokens
        cacheReadTokens
        totalCost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsLangchainTraceQuery, LsLangchainTraceQueryVariables>;
export const LsProtocolTraceDocument = new TypedDocumentString(`
    query LsProtocolTrace($id: ID!) {
  trace(id: $id) {
    id
    name
    status
    sessionId
    inputs
    outputs
    startTime
    endTime
    errorCount
    spans {
      __typename
      id
      depth
      parentId
      name
      runType
      status
      startTime
      endTime
      inputs
      outputs
      error
      metadata
      extra
      events
      attachments
      dottedOrder
      ... on LLMCall {
        model
        provider
        promptTokens
        completionTokens
        totalCost
        firstTokenTime
        streaming
      }
    }
    errors {
      errorMessage
    }
    metrics {
      id
      spanId
      name
      score
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<LsProtocolTraceQuery, LsProtocolTraceQueryVariables>;
export const LsPythonTraceDocument = new TypedDocumentString(`
    query LsPythonTrace($id: ID!) {
  trace(id: $id) {
    id
    name
    status
    sessionId
    inputs
    outputs
    errorMessage
    errorCount
    promptTokens
    completionTokens
    totalTokens
    cacheReadTokens
    reasoningTokens
    totalCost
    spans {
      __typename
      id
      depth
      parentId
      name
      runType
      status
      error
      errorType
      inputs
      outputs
      ... on LLMCall {
        model
        provider
        promptTokens
        completionTokens
        totalTokens
        cacheReadTokens
        reasoningTokens
        totalCost
        costSource
      }
    }
    errors {
      errorMessage
      errorType
      agentId
      toolCallId
    }
  }
}
    `) as unknown as TypedDocumentString<LsPythonTraceQuery, LsPythonTraceQueryVariables>;
export const LsPythonSessionsDocument = new TypedDocumentString(`
    query LsPythonSessions($p: ID!) {
  sessions(projectId: $p) {
    edges {
      node {
        id
        traceCount
        totalTokens
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsPythonSessionsQuery, LsPythonSessionsQueryVariables>;
export const LsReplicasTracesDocument = new TypedDocumentString(`
    query LsReplicasTraces($p: ID!) {
  traces(projectId: $p, first: 10) {
    edges {
      node {
        id
        name
        status
        project {
          name
        }
        promptTokens
        completionTokens
        totalTokens
        totalCost
        spans {
          __typename
          id
          depth
          parentId
          name
          runType
          status
          inputs
          outputs
          ... on LLMCall {
            model
            provider
            promptTokens
            completionTokens
            totalTokens
            totalCost
            costSource
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsReplicasTracesQuery, LsReplicasTracesQueryVariables>;
export const LsReplicasReadDocument = new TypedDocumentString(`
    query LsReplicasRead($id: ID!) {
  trace(id: $id) {
    name
    project {
      name
    }
    spans {
      name
      depth
    }
  }
}
    `) as unknown as TypedDocumentString<LsReplicasReadQuery, LsReplicasReadQueryVariables>;
export const LsSdkTraceDocument = new TypedDocumentString(`
    query LsSdkTrace($id: ID!) {
  trace(id: $id) {
    id
    name
    status
    sessionId
    inputs
    outputs
    errorMessage
    errorCount
    promptTokens
    completionTokens
    totalTokens
    cacheReadTokens
    reasoningTokens
    totalCost
    spans {
      __typename
      id
      depth
      parentId
      name
      runType
      status
      error
      errorType
      dottedOrder
      stepIndex
      inputs
      outputs
      metadata
      ... on LLMCall {
        model
        provider
        promptTokens
        completionTokens
        totalTokens
        cacheReadTokens
        reasoningTokens
        promptCost
        completionCost
        totalCost
        costSource
      }
      ... on ToolCall {
        totalCost
      }
    }
    errors {
      errorMessage
      errorType
      agentId
      llmCallId
      toolCallId
    }
  }
}
    `) as unknown as TypedDocumentString<LsSdkTraceQuery, LsSdkTraceQueryVariables>;
export const LsSdkProjectsDocument = new TypedDocumentString(`
    query LsSdkProjects {
  projects(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsSdkProjectsQuery, LsSdkProjectsQueryVariables>;
export const LsSdkSessionsDocument = new TypedDocumentString(`
    query LsSdkSessions($p: ID!) {
  sessions(projectId: $p) {
    edges {
      node {
        id
        traceCount
        totalTokens
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsSdkSessionsQuery, LsSdkSessionsQueryVariables>;
export const LsSdkMetricsDocument = new TypedDocumentString(`
    query LsSdkMetrics($id: ID!) {
  trace(id: $id) {
    metrics {
      id
      name
      spanId
      score
      value
      reason
      resultDetail
      source
    }
    spans {
      name
      feedbackStats {
        name
        count
        meanScore
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LsSdkMetricsQuery, LsSdkMetricsQueryVariables>;
export const LiveResilienceIngestDocument = new TypedDocumentString(`
    mutation LiveResilienceIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
  }
}
    `) as unknown as TypedDocumentString<LiveResilienceIngestMutation, LiveResilienceIngestMutationVariables>;
export const LiveResilienceSpanAddedDocument = new TypedDocumentString(`
    subscription LiveResilienceSpanAdded($t: ID!, $since: String) {
  spanAdded(traceId: $t, since: $since) {
    id
    name
    sequence
  }
}
    `) as unknown as TypedDocumentString<LiveResilienceSpanAddedSubscription, LiveResilienceSpanAddedSubscriptionVariables>;
export const LiveResilienceSpanAddedWithInputsDocument = new TypedDocumentString(`
    subscription LiveResilienceSpanAddedWithInputs($t: ID!, $since: String) {
  spanAdded(traceId: $t, since: $since) {
    id
    name
    sequence
    inputs
  }
}
    `) as unknown as TypedDocumentString<LiveResilienceSpanAddedWithInputsSubscription, LiveResilienceSpanAddedWithInputsSubscriptionVariables>;
export const LiveIngestDocument = new TypedDocumentString(`
    mutation LiveIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LiveIngestMutation, LiveIngestMutationVariables>;
export const LiveSpanAddedDocument = new TypedDocumentString(`
    subscription LiveSpanAdded($t: ID!, $since: String) {
  spanAdded(traceId: $t, since: $since) {
    __typename
    id
    traceId
    parentId
    depth
    ancestorIds
    agentId
    name
    status
    sequence
    startTime
    endTime
    inputs
    outputs
    ... on LLMCall {
      model
      promptTokens
      completionTokens
      totalCost
      costSource
    }
    ... on AgentCall {
      llmCallIds
      toolCallIds
    }
  }
}
    `) as unknown as TypedDocumentString<LiveSpanAddedSubscription, LiveSpanAddedSubscriptionVariables>;
export const LiveTraceUpdatedDocument = new TypedDocumentString(`
    subscription LiveTraceUpdated($p: ID!, $f: TraceFilter, $since: String) {
  traceUpdated(projectId: $p, filter: $f, since: $since) {
    change
    cursor
    trace {
      id
      name
      status
      tags
      totalTokens
      totalCost
      llmCallCount
      agentCallCount
      errorCount
      endTime
    }
  }
}
    `) as unknown as TypedDocumentString<LiveTraceUpdatedSubscription, LiveTraceUpdatedSubscriptionVariables>;
export const LiveErrorRaisedDocument = new TypedDocumentString(`
    subscription LiveErrorRaised($p: ID!) {
  errorRaised(projectId: $p) {
    id
    traceId
    errorMessage
    timestamp
    toolCallId
  }
}
    `) as unknown as TypedDocumentString<LiveErrorRaisedSubscription, LiveErrorRaisedSubscriptionVariables>;
export const LiveErrorRaisedSinceDocument = new TypedDocumentString(`
    subscription LiveErrorRaisedSince($p: ID!, $since: String) {
  errorRaised(projectId: $p, since: $since) {
    id
    traceId
    errorMessage
    timestamp
    toolCallId
  }
}
    `) as unknown as TypedDocumentString<LiveErrorRaisedSinceSubscription, LiveErrorRaisedSinceSubscriptionVariables>;
export const LiveSpanIdsDocument = new TypedDocumentString(`
    query LiveSpanIds($id: ID!) {
  trace(id: $id) {
    spans {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LiveSpanIdsQuery, LiveSpanIdsQueryVariables>;
export const LiveCreateReadKeyDocument = new TypedDocumentString(`
    mutation LiveCreateReadKey($p: ID!) {
  createApiKey(input: {projectId: $p, name: "soon revoked", role: READ}) {
    secret
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LiveCreateReadKeyMutation, LiveCreateReadKeyMutationVariables>;
export const LiveRevokeKeyDocument = new TypedDocumentString(`
    mutation LiveRevokeKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiveRevokeKeyMutation, LiveRevokeKeyMutationVariables>;
export const OtlpClientTraceDocument = new TypedDocumentString(`
    query OtlpClientTrace($id: ID!) {
  trace(id: $id) {
    id
    name
    sessionId
    userId
    status
    totalTokens
    promptTokens
    completionTokens
    totalCost
    llmCallCount
    toolCallCount
    agentCallCount
    errorCount
    errors {
      errorType
      errorMessage
      llmCallId
    }
    spans {
      __typename
      id
      name
      parentId
      status
      error
      inputs
      outputs
      ... on LLMCall {
        model
        provider
        promptTokens
        completionTokens
        totalTokens
        cacheReadTokens
        totalCost
        streaming
        tokensEstimated
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OtlpClientTraceQuery, OtlpClientTraceQueryVariables>;
export const OtlpTraceDocument = new TypedDocumentString(`
    query OtlpTrace($id: ID!) {
  trace(id: $id) {
    id
    name
    sessionId
    userId
    status
    totalTokens
    promptTokens
    completionTokens
    totalCost
    llmCallCount
    toolCallCount
    agentCallCount
    errorCount
    errors {
      errorType
      errorMessage
      stackTrace
      llmCallId
      toolCallId
      agentId
    }
    spans {
      __typename
      id
      name
      parentId
      runType
      status
      error
      inputs
      outputs
      metadata
      ... on LLMCall {
        model
        provider
        promptTokens
        completionTokens
        totalTokens
        cacheReadTokens
        reasoningTokens
        totalCost
        costSource
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OtlpTraceQuery, OtlpTraceQueryVariables>;
export const OtlpSpanAddedDocument = new TypedDocumentString(`
    subscription OtlpSpanAdded($t: ID!) {
  spanAdded(traceId: $t) {
    __typename
    id
    name
    parentId
    ... on LLMCall {
      model
      promptTokens
    }
  }
}
    `) as unknown as TypedDocumentString<OtlpSpanAddedSubscription, OtlpSpanAddedSubscriptionVariables>;
export const OtlpProjectByNameDocument = new TypedDocumentString(`
    query OtlpProjectByName($n: String!) {
  projectByName(name: $n) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OtlpProjectByNameQuery, OtlpProjectByNameQueryVariables>;
export const PricesIngestDocument = new TypedDocumentString(`
    mutation PricesIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      list
      index
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PricesIngestMutation, PricesIngestMutationVariables>;
export const PricesUpsertDocument = new TypedDocumentString(`
    mutation PricesUpsert($i: UpsertModelPriceInput!) {
  upsertModelPrice(input: $i) {
    id
    modelPattern
    provider
    inputPrice
    outputPrice
    cacheReadPrice
    cacheWritePrice
    reasoningPrice
    effectiveFrom
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<PricesUpsertMutation, PricesUpsertMutationVariables>;
export const PricesDeleteDocument = new TypedDocumentString(`
    mutation PricesDelete($id: ID!) {
  deleteModelPrice(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<PricesDeleteMutation, PricesDeleteMutationVariables>;
export const PricesListDocument = new TypedDocumentString(`
    query PricesList($p: ID!) {
  modelPrices(projectId: $p) {
    id
    modelPattern
    provider
    inputPrice
    outputPrice
    effectiveFrom
  }
}
    `) as unknown as TypedDocumentString<PricesListQuery, PricesListQueryVariables>;
export const PricesRecomputeDocument = new TypedDocumentString(`
    mutation PricesRecompute($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  recomputeCosts(projectId: $p, from: $from, to: $to) {
    id
    from
    to
    status
    callsSeen
    callsChanged
    error
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<PricesRecomputeMutation, PricesRecomputeMutationVariables>;
export const PricesRecomputesDocument = new TypedDocumentString(`
    query PricesRecomputes($p: ID!) {
  project(id: $p) {
    costRecomputes {
      id
      status
      callsSeen
      callsChanged
      error
      finishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<PricesRecomputesQuery, PricesRecomputesQueryVariables>;
export const PricesTraceDocument = new TypedDocumentString(`
    query PricesTrace($id: ID!) {
  trace(id: $id) {
    id
    promptCost
    completionCost
    totalCost
    unpricedCallCount
    llmCallCount
    promptTokens
    completionTokens
    totalTokens
    spans {
      __typename
      id
      ... on LLMCall {
        model
        promptTokens
        completionTokens
        totalTokens
        promptCost
        completionCost
        totalCost
        costSource
        unpriced
        tokensEstimated
      }
      ... on ToolCall {
        totalCost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PricesTraceQuery, PricesTraceQueryVariables>;
export const PricesTracesDocument = new TypedDocumentString(`
    query PricesTraces($p: ID!, $o: TraceOrder, $f: TraceFilter, $first: Int, $after: String) {
  traces(projectId: $p, orderBy: $o, filter: $f, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        totalCost
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PricesTracesQuery, PricesTracesQueryVariables>;
export const PricesStatsDocument = new TypedDocumentString(`
    query PricesStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) {
  project(id: $p) {
    stats(from: $from, to: $to) {
      totalCost
      unpricedCallCount
      traceCount
    }
    totals {
      totalCost
      unpricedCallCount
    }
    timeseries(from: $from, to: $to, interval: HOUR, groupBy: MODEL) {
      key
      points {
        totalCost
        unpricedCallCount
      }
    }
  }
  sessions(projectId: $p) {
    edges {
      node {
        id
        totalCost
        unpricedCallCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PricesStatsQuery, PricesStatsQueryVariables>;
export const PromptsCreateDocument = new TypedDocumentString(`
    mutation PromptsCreate($p: ID!, $n: String!) {
  createPrompt(
    input: {projectId: $p, name: $n, description: "Answers support questions", tags: ["support"]}
  ) {
    id
    name
    description
    tags
    latestVersion
  }
}
    `) as unknown as TypedDocumentString<PromptsCreateMutation, PromptsCreateMutationVariables>;
export const PromptsCreateVersionDocument = new TypedDocumentString(`
    mutation PromptsCreateVersion($input: CreatePromptVersionInput!) {
  createPromptVersion(input: $input) {
    id
    version
    templateFormat
    messages {
      role
      content
    }
    text
    variables
    model
    parameters
    commitMessage
    labels
    prompt {
      id
      name
      latestVersion
    }
  }
}
    `) as unknown as TypedDocumentString<PromptsCreateVersionMutation, PromptsCreateVersionMutationVariables>;
export const PromptsSetLabelDocument = new TypedDocumentString(`
    mutation PromptsSetLabel($id: ID!, $l: String!, $v: Int!) {
  setPromptLabel(promptId: $id, label: $l, version: $v) {
    id
    labels {
      label
      version
    }
  }
}
    `) as unknown as TypedDocumentString<PromptsSetLabelMutation, PromptsSetLabelMutationVariables>;
export const PromptsRollbackDocument = new TypedDocumentString(`
    mutation PromptsRollback($id: ID!, $l: String!) {
  rollbackPromptLabel(promptId: $id, label: $l) {
    id
    labels {
      label
      version
      versionId
    }
  }
}
    `) as unknown as TypedDocumentString<PromptsRollbackMutation, PromptsRollbackMutationVariables>;
export const PromptsRemoveLabelDocument = new TypedDocumentString(`
    mutation PromptsRemoveLabel($id: ID!, $l: String!) {
  removePromptLabel(promptId: $id, label: $l) {
    labels {
      label
    }
  }
}
    `) as unknown as TypedDocumentString<PromptsRemoveLabelMutation, PromptsRemoveLabelMutationVariables>;
export const PromptsPromptDocument = new TypedDocumentString(`
    query PromptsPrompt($id: ID!, $label: String) {
  prompt(id: $id) {
    id
    name
    latestVersion
    versions(first: 10) {
      totalCount
      edges {
        node {
          version
          labels
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    latest: version {
      version
    }
    v1: version(version: 1) {
      id
      version
    }
    byLabel: version(label: $label) {
      version
    }
    labels {
      label
      version
      versionId
      updatedAt
    }
    labelHistory(label: $label, first: 10) {
      label
      version
      previousVersion
      author
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<PromptsPromptQuery, PromptsPromptQueryVariables>;
export const PromptsListDocument = new TypedDocumentString(`
    query PromptsList($p: ID!, $search: String, $first: Int, $after: String) {
  prompts(projectId: $p, search: $search, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        name
        latestVersion
        labels {
          label
          version
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PromptsListQuery, PromptsListQueryVariables>;
export const PromptsByNameDocument = new TypedDocumentString(`
    query PromptsByName($p: ID!, $n: String!) {
  promptByName(projectId: $p, name: $n) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PromptsByNameQuery, PromptsByNameQueryVariables>;
export const PromptsCompareDocument = new TypedDocumentString(`
    query PromptsCompare($a: ID!, $b: ID!) {
  comparePromptVersions(a: $a, b: $b) {
    a {
      version
    }
    b {
      version
    }
    messages {
      index
      roleA
      roleB
      change
      lines {
        op
        text
      }
    }
    model {
      a
      b
      changed
    }
    parameters {
      key
      a
      b
    }
    variablesAdded
    variablesRemoved
  }
}
    `) as unknown as TypedDocumentString<PromptsCompareQuery, PromptsCompareQueryVariables>;
export const PromptsRenderDocument = new TypedDocumentString(`
    query PromptsRender($v: ID!, $vars: JSONObject) {
  renderPrompt(versionId: $v, variables: $vars) {
    role
    content
  }
}
    `) as unknown as TypedDocumentString<PromptsRenderQuery, PromptsRenderQueryVariables>;
export const PromptsUpdateDocument = new TypedDocumentString(`
    mutation PromptsUpdate($id: ID!, $n: String) {
  updatePrompt(id: $id, input: {name: $n, tags: ["a", "b"]}) {
    id
    name
    tags
  }
}
    `) as unknown as TypedDocumentString<PromptsUpdateMutation, PromptsUpdateMutationVariables>;
export const PromptsDeleteDocument = new TypedDocumentString(`
    mutation PromptsDelete($id: ID!) {
  deletePrompt(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<PromptsDeleteMutation, PromptsDeleteMutationVariables>;
export const PromptsIngestDocument = new TypedDocumentString(`
    mutation PromptsIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PromptsIngestMutation, PromptsIngestMutationVariables>;
export const PromptsTraceDocument = new TypedDocumentString(`
    query PromptsTrace($id: ID!) {
  trace(id: $id) {
    spans {
      __typename
      id
      ... on LLMCall {
        promptVersionId
        metadata
        promptVersion {
          id
          version
          prompt {
            name
          }
          usage {
            llmCalls
            lastUsedAt
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PromptsTraceQuery, PromptsTraceQueryVariables>;
export const PromptsUsageDocument = new TypedDocumentString(`
    query PromptsUsage($id: ID!) {
  prompt(id: $id) {
    versions {
      edges {
        node {
          version
          usage {
            llmCalls
            lastUsedAt
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PromptsUsageQuery, PromptsUsageQueryVariables>;
export const PromptsReadKeyDocument = new TypedDocumentString(`
    mutation PromptsReadKey($p: ID!) {
  createApiKey(input: {projectId: $p, name: "reader", role: READ}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<PromptsReadKeyMutation, PromptsReadKeyMutationVariables>;
export const PromptsIngestKeyDocument = new TypedDocumentString(`
    mutation PromptsIngestKey($p: ID!) {
  createApiKey(input: {projectId: $p, name: "writer", role: INGEST}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<PromptsIngestKeyMutation, PromptsIngestKeyMutationVariables>;
export const ProxySpanAddedDocument = new TypedDocumentString(`
    subscription ProxySpanAdded($t: ID!) {
  spanAdded(traceId: $t) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ProxySpanAddedSubscription, ProxySpanAddedSubscriptionVariables>;
export const QueriesIngestDocument = new TypedDocumentString(`
    mutation QueriesIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesIngestMutation, QueriesIngestMutationVariables>;
export const QueriesListDocument = new TypedDocumentString(`
    query QueriesList($p: ID!, $f: TraceFilter, $o: TraceOrder, $first: Int, $after: String) {
  traces(projectId: $p, filter: $f, orderBy: $o, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        name
        totalCost
        durationMs
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesListQuery, QueriesListQueryVariables>;
export const QueriesCountedDocument = new TypedDocumentString(`
    query QueriesCounted($p: ID!, $f: TraceFilter, $first: Int, $after: String) {
  traces(projectId: $p, filter: $f, first: $first, after: $after) {
    totalCount
    totalCountIsEstimate
    edges {
      node {
        id
      }
    }
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesCountedQuery, QueriesCountedQueryVariables>;
export const QueriesCountedSessionsDocument = new TypedDocumentString(`
    query QueriesCountedSessions($p: ID!) {
  sessions(projectId: $p, first: 2) {
    totalCount
    totalCountIsEstimate
    edges {
      node {
        traceCount
        traces(first: 1) {
          totalCount
          totalCountIsEstimate
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesCountedSessionsQuery, QueriesCountedSessionsQueryVariables>;
export const QueriesCountedProjectsDocument = new TypedDocumentString(`
    query QueriesCountedProjects {
  projects(first: 1) {
    totalCount
    totalCountIsEstimate
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesCountedProjectsQuery, QueriesCountedProjectsQueryVariables>;
export const QueriesSessionsDocument = new TypedDocumentString(`
    query QueriesSessions($p: ID!) {
  sessions(projectId: $p, first: 5) {
    edges {
      node {
        id
        traceCount
        userIds
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesSessionsQuery, QueriesSessionsQueryVariables>;
export const QueriesSessionPlaybackDocument = new TypedDocumentString(`
    query QueriesSessionPlayback($p: ID!) {
  session(projectId: $p, id: "session-3") {
    traceCount
    userIds
    traces(first: 50) {
      edges {
        node {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesSessionPlaybackQuery, QueriesSessionPlaybackQueryVariables>;
export const QueriesMissingSessionDocument = new TypedDocumentString(`
    query QueriesMissingSession($p: ID!) {
  session(projectId: $p, id: "nope") {
    traceCount
  }
}
    `) as unknown as TypedDocumentString<QueriesMissingSessionQuery, QueriesMissingSessionQueryVariables>;
export const QueriesStatsDocument = new TypedDocumentString(`
    query QueriesStats($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  project(id: $p) {
    totals {
      traceCount
      totalTokens
    }
    stats(from: $from, to: $to) {
      traceCount
      spanCount
      errorCount
      errorRate
      totalTokens
      latencyP50
      latencyP99
      firstTokenP50
      streamingRate
      runFacets {
        runType
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesStatsQuery, QueriesStatsQueryVariables>;
export const QueriesDeleteTraceDocument = new TypedDocumentString(`
    mutation QueriesDeleteTrace($id: ID!) {
  deleteTrace(id: $id) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<QueriesDeleteTraceMutation, QueriesDeleteTraceMutationVariables>;
export const QueriesDeletedTraceDocument = new TypedDocumentString(`
    query QueriesDeletedTrace($id: ID!) {
  trace(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<QueriesDeletedTraceQuery, QueriesDeletedTraceQueryVariables>;
export const QueriesNestedPageDocument = new TypedDocumentString(`
    query QueriesNestedPage($p: ID!) {
  traces(projectId: $p, first: 100) {
    edges {
      node {
        id
        project {
          name
        }
        spans {
          id
          depth
          ... on LLMCall {
            model
            totalCost
          }
          ... on AgentCall {
            llmCallIds
          }
        }
        errors {
          errorMessage
        }
        metrics {
          name
        }
        userInteractions {
          content
        }
        systemInfo {
          osName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesNestedPageQuery, QueriesNestedPageQueryVariables>;
export const QueriesStatsAllTimeDocument = new TypedDocumentString(`
    query QueriesStatsAllTime($p: ID!) {
  project(id: $p) {
    stats {
      traceCount
      from
      to
    }
    totals {
      traceCount
      firstTraceTime
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesStatsAllTimeQuery, QueriesStatsAllTimeQueryVariables>;
export const QueriesStatsPageDocument = new TypedDocumentString(`
    query QueriesStatsPage {
  projects(first: 10) {
    edges {
      node {
        stats {
          traceCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesStatsPageQuery, QueriesStatsPageQueryVariables>;
export const QueriesProjectByNameDocument = new TypedDocumentString(`
    query QueriesProjectByName($n: String!) {
  projectByName(name: $n) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<QueriesProjectByNameQuery, QueriesProjectByNameQueryVariables>;
export const QueriesMalformedTraceDocument = new TypedDocumentString(`
    query QueriesMalformedTrace {
  trace(id: "nope") {
    id
  }
}
    `) as unknown as TypedDocumentString<QueriesMalformedTraceQuery, QueriesMalformedTraceQueryVariables>;
export const QueriesMalformedProjectDocument = new TypedDocumentString(`
    query QueriesMalformedProject {
  project(id: "nope") {
    id
  }
}
    `) as unknown as TypedDocumentString<QueriesMalformedProjectQuery, QueriesMalformedProjectQueryVariables>;
export const QueriesMalformedTracesDocument = new TypedDocumentString(`
    query QueriesMalformedTraces {
  traces(projectId: "nope") {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<QueriesMalformedTracesQuery, QueriesMalformedTracesQueryVariables>;
export const QueriesMalformedDeleteDocument = new TypedDocumentString(`
    mutation QueriesMalformedDelete {
  deleteTrace(id: "nope") {
    id
  }
}
    `) as unknown as TypedDocumentString<QueriesMalformedDeleteMutation, QueriesMalformedDeleteMutationVariables>;
export const LimitsCheapDocument = new TypedDocumentString(`
    query LimitsCheap($id: ID!) {
  project(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<LimitsCheapQuery, LimitsCheapQueryVariables>;
export const LimitsTimeoutTracesDocument = new TypedDocumentString(`
    query LimitsTimeoutTraces($p: ID!) {
  traces(projectId: $p, first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsTimeoutTracesQuery, LimitsTimeoutTracesQueryVariables>;
export const ReadmeTailIngestDocument = new TypedDocumentString(`
    mutation ReadmeTailIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<ReadmeTailIngestMutation, ReadmeTailIngestMutationVariables>;
export const ReadmeTailProjectDocument = new TypedDocumentString(`
    query ReadmeTailProject {
  projectByName(name: "readme-tail") {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadmeTailProjectQuery, ReadmeTailProjectQueryVariables>;
export const RefColumnsEverythingDocument = new TypedDocumentString(`
    query RefColumnsEverything($p: ID!, $t: ID!, $from: DateTimeISO, $to: DateTimeISO) {
  project(id: $p) {
    id
    name
    description
    tags
    metadata
    referenceDatasetId
    startTime
    endTime
    createdAt
    updatedAt
    totals {
      traceCount
      totalCost
      totalTokens
      firstTraceTime
      lastTraceTime
      durationSeconds
    }
    stats(from: $from, to: $to) {
      from
      to
      traceCount
      spanCount
      errorCount
      errorRate
      promptTokens
      completionTokens
      totalTokens
      promptCost
      completionCost
      totalCost
      latencyP50
      latencyP95
      latencyP99
      firstTokenP50
      firstTokenP99
      streamingRate
      runFacets {
        runType
        count
      }
      lastTraceStartTime
    }
  }
  trace(id: $t) {
    id
    name
    status
    startTime
    endTime
    durationMs
    userId
    sessionId
    agentVersion
    promptTemplateVersion
    modelName
    models
    inputs
    outputs
    errorFlag
    errorType
    errorMessage
    tags
    metadata
    promptTokens
    completionTokens
    totalTokens
    cacheReadTokens
    cacheCreationTokens
    reasoningTokens
    promptCost
    completionCost
    totalCost
    agentCallCount
    llmCallCount
    toolCallCount
    errorCount
    createdAt
    updatedAt
    project {
      id
      name
    }
    spans {
      __typename
      id
      traceId
      parentId
      ancestorIds
      childIds
      depth
      agentId
      runType
      name
      status
      startTime
      endTime
      durationMs
      stepIndex
      dottedOrder
      inputs
      outputs
      error
      errorType
      metadata
      tags
      events
      serialized
      extra
      attachments
      inputsS3Urls
      outputsS3Urls
      referenceExampleId
      manifestId
      inDataset
      memoryUsed
      totalCost
      appPath
      feedbackStats {
        name
        count
        meanScore
        meanValue
      }
      createdAt
      updatedAt
      ... on AgentCall {
        llmCallIds
        toolCallIds
        userInteractionIds
      }
      ... on LLMCall {
        provider
        model
        promptTokens
        completionTokens
        totalTokens
        cacheReadTokens
        cacheCreationTokens
        reasoningTokens
        promptTokenDetails
        completionTokenDetails
        promptCost
        completionCost
        promptCostDetails
        completionCostDetails
        costSource
        firstTokenTime
        timeToFirstTokenMs
        temperature
        topP
        maxTokens
        stopTokens
        invocationParams
        toolCalls
        streaming
        retryCount
        contextHash
        contextRefs
        hiddenStateHash
        promptDiffFromPrevious
        decisionId
      }
      ... on ToolCall {
        llmCallId
        networkCalls
        retrievedDocs
        docSimilarityScores
        intermediateState
      }
    }
    errors {
      id
      traceId
      agentId
      llmCallId
      toolCallId
      errorType
      errorMessage
      stackTrace
      timestamp
      metadata
    }
    metrics {
      id
      traceId
      spanId
      name
      score
      value
      reason
      resultDetail
      config
      startTime
      endTime
      durationMs
      timestamp
      source
    }
    userInteractions {
      id
      traceId
      agentId
      interactionType
      content
      userId
      timestamp
      metadata
    }
    systemInfo {
      id
      traceId
      osName
      osVersion
      pythonVersion
      runtimeName
      runtimeVersion
      hostname
      cpuInfo
      gpuInfo
      diskInfo
      memoryTotal
      installedPackages
      metadata
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<RefColumnsEverythingQuery, RefColumnsEverythingQueryVariables>;
export const RefColumnsCreateProjectDocument = new TypedDocumentString(`
    mutation RefColumnsCreateProject($i: CreateProjectInput!) {
  createProject(input: $i) {
    id
    startTime
  }
}
    `) as unknown as TypedDocumentString<RefColumnsCreateProjectMutation, RefColumnsCreateProjectMutationVariables>;
export const RefColumnsEndProjectDocument = new TypedDocumentString(`
    mutation RefColumnsEndProject($id: ID!, $e: DateTimeISO) {
  updateProject(id: $id, input: {endTime: $e}) {
    endTime
  }
}
    `) as unknown as TypedDocumentString<RefColumnsEndProjectMutation, RefColumnsEndProjectMutationVariables>;
export const RefColumnsIngestDocument = new TypedDocumentString(`
    mutation RefColumnsIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      list
      index
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RefColumnsIngestMutation, RefColumnsIngestMutationVariables>;
export const RollupsIngestDocument = new TypedDocumentString(`
    mutation RollupsIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RollupsIngestMutation, RollupsIngestMutationVariables>;
export const RollupsStatsDocument = new TypedDocumentString(`
    query RollupsStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) {
  project(id: $p) {
    stats(from: $from, to: $to) {
      from
      to
      traceCount
      spanCount
      errorCount
      errorRate
      promptTokens
      completionTokens
      totalTokens
      promptCost
      completionCost
      totalCost
      latencyP50
      latencyP95
      latencyP99
      firstTokenP50
      firstTokenP99
      streamingRate
      runFacets {
        runType
        count
      }
      lastTraceStartTime
    }
  }
}
    `) as unknown as TypedDocumentString<RollupsStatsQuery, RollupsStatsQueryVariables>;
export const RollupsSeriesDocument = new TypedDocumentString(`
    query RollupsSeries($p: ID!, $from: DateTimeISO, $to: DateTimeISO, $i: TimeseriesInterval!, $g: TimeseriesGroupBy) {
  project(id: $p) {
    timeseries(from: $from, to: $to, interval: $i, groupBy: $g) {
      key
      points {
        time
        traceCount
        errorCount
        errorRate
        totalTokens
        totalCost
        latencyP50
        latencyP95
        latencyP99
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RollupsSeriesQuery, RollupsSeriesQueryVariables>;
export const RollupsSeriesDefaultsDocument = new TypedDocumentString(`
    query RollupsSeriesDefaults($p: ID!) {
  project(id: $p) {
    timeseries(interval: HOUR) {
      key
      points {
        time
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RollupsSeriesDefaultsQuery, RollupsSeriesDefaultsQueryVariables>;
export const RollupsIngestKeyDocument = new TypedDocumentString(`
    mutation RollupsIngestKey($p: ID!) {
  createApiKey(input: {projectId: $p, name: "ingest", role: INGEST}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<RollupsIngestKeyMutation, RollupsIngestKeyMutationVariables>;
export const SpanTreeIngestDocument = new TypedDocumentString(`
    mutation SpanTreeIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SpanTreeIngestMutation, SpanTreeIngestMutationVariables>;
export const SpanTreeDeleteDocument = new TypedDocumentString(`
    mutation SpanTreeDelete($id: ID!) {
  deleteTrace(id: $id) {
    deleted
  }
}
    `) as unknown as TypedDocumentString<SpanTreeDeleteMutation, SpanTreeDeleteMutationVariables>;
export const SpanTreeLightPageDocument = new TypedDocumentString(`
    query SpanTreeLightPage($id: ID!, $first: Int, $after: ID) {
  trace(id: $id) {
    spans(first: $first, after: $after) {
      __typename
      id
      name
      depth
      childIds
      ... on LLMCall {
        model
        totalTokens
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpanTreeLightPageQuery, SpanTreeLightPageQueryVariables>;
export const SpanTreeInputsPageDocument = new TypedDocumentString(`
    query SpanTreeInputsPage($id: ID!) {
  trace(id: $id) {
    spans {
      id
      inputs
    }
  }
}
    `) as unknown as TypedDocumentString<SpanTreeInputsPageQuery, SpanTreeInputsPageQueryVariables>;
export const CompareIngestDocument = new TypedDocumentString(`
    mutation CompareIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CompareIngestMutation, CompareIngestMutationVariables>;
export const CompareTracesDocument = new TypedDocumentString(`
    query CompareTraces($a: ID!, $b: ID!) {
  compareTraces(a: $a, b: $b) {
    a {
      id
      name
      totalTokens
    }
    b {
      id
      name
      totalTokens
    }
    matched
    onlyInA
    onlyInB
    changed
    spans {
      path
      depth
      differences
      durationMsDelta
      totalCostDelta
      totalTokensDelta
      a {
        __typename
        id
        name
        ... on LLMCall {
          model
          totalTokens
          outputs
        }
      }
      b {
        __typename
        id
        name
        ... on LLMCall {
          model
          totalTokens
          outputs
        }
        ... on ToolCall {
          inputs
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompareTracesQuery, CompareTracesQueryVariables>;
export const TraceListIndexesIngestDocument = new TypedDocumentString(`
    mutation TraceListIndexesIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
  }
}
    `) as unknown as TypedDocumentString<TraceListIndexesIngestMutation, TraceListIndexesIngestMutationVariables>;
export const TraceListIndexesListDocument = new TypedDocumentString(`
    query TraceListIndexesList($p: ID!, $f: TraceFilter) {
  traces(projectId: $p, filter: $f, first: 200) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TraceListIndexesListQuery, TraceListIndexesListQueryVariables>;
export const TraceMetricsIngestDocument = new TypedDocumentString(`
    mutation TraceMetricsIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      list
      index
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TraceMetricsIngestMutation, TraceMetricsIngestMutationVariables>;
export const TraceTotalsIngestDocument = new TypedDocumentString(`
    mutation TraceTotalsIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      list
      index
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TraceTotalsIngestMutation, TraceTotalsIngestMutationVariables>;
export const TraceTotalsTraceDocument = new TypedDocumentString(`
    query TraceTotalsTrace($id: ID!) {
  trace(id: $id) {
    status
    startTime
    durationMs
    promptTokens
    completionTokens
    totalTokens
    totalCost
    unpricedCallCount
    agentCallCount
    llmCallCount
    toolCallCount
    errorCount
    errorFlag
    models
  }
}
    `) as unknown as TypedDocumentString<TraceTotalsTraceQuery, TraceTotalsTraceQueryVariables>;
export const WebUiAddCreateQueueDocument = new TypedDocumentString(`
    mutation WebUiAddCreateQueue($input: CreateAnnotationQueueInput!) {
  createAnnotationQueue(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebUiAddCreateQueueMutation, WebUiAddCreateQueueMutationVariables>;
export const WebUiAddFeedbackDocument = new TypedDocumentString(`
    mutation WebUiAddFeedback($input: CreateFeedbackInput!) {
  createFeedback(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebUiAddFeedbackMutation, WebUiAddFeedbackMutationVariables>;
export const WebUiAddCreateKeyDocument = new TypedDocumentString(`
    mutation WebUiAddCreateKey($p: ID!) {
  createApiKey(input: {projectId: $p, name: "reader", role: READ}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<WebUiAddCreateKeyMutation, WebUiAddCreateKeyMutationVariables>;
export const WebUiAddQueueItemsDocument = new TypedDocumentString(`
    query WebUiAddQueueItems($p: ID!) {
  annotationQueues(projectId: $p) {
    progress {
      total
    }
  }
}
    `) as unknown as TypedDocumentString<WebUiAddQueueItemsQuery, WebUiAddQueueItemsQueryVariables>;
export const WebUiAnnotationQueuesDocument = new TypedDocumentString(`
    query WebUiAnnotationQueues($p: ID!) {
  annotationQueues(projectId: $p) {
    id
    rubric {
      key
      kind
      min
      max
      values
      required
    }
  }
}
    `) as unknown as TypedDocumentString<WebUiAnnotationQueuesQuery, WebUiAnnotationQueuesQueryVariables>;
export const WebUiAnnotationAddDocument = new TypedDocumentString(`
    mutation WebUiAnnotationAdd($q: ID!) {
  addTracesToAnnotationQueue(queueId: $q, filter: {tags: ["review"]}) {
    added
  }
}
    `) as unknown as TypedDocumentString<WebUiAnnotationAddMutation, WebUiAnnotationAddMutationVariables>;
export const WebUiAnnotationScoresDocument = new TypedDocumentString(`
    query WebUiAnnotationScores($t: ID!) {
  trace(id: $t) {
    metrics {
      name
      score
      label
      comment
      source
      authorName
      spanId
    }
  }
}
    `) as unknown as TypedDocumentString<WebUiAnnotationScoresQuery, WebUiAnnotationScoresQueryVariables>;
export const WebCompareProjectDocument = new TypedDocumentString(`
    mutation WebCompareProject {
  createProject(input: {name: "web-compare"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebCompareProjectMutation, WebCompareProjectMutationVariables>;
export const WebUiDatasetsOfDocument = new TypedDocumentString(`
    query WebUiDatasetsOf($p: ID!) {
  datasets(projectId: $p) {
    edges {
      node {
        name
        version
        examples {
          edges {
            node {
              inputs
              outputs
              sourceTraceId
              sourceSpanId
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebUiDatasetsOfQuery, WebUiDatasetsOfQueryVariables>;
export const WebUiExperimentsReadKeyDocument = new TypedDocumentString(`
    mutation WebUiExperimentsReadKey($p: ID!) {
  createApiKey(input: {projectId: $p, name: "reader", role: READ}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<WebUiExperimentsReadKeyMutation, WebUiExperimentsReadKeyMutationVariables>;
export const WebUiPromptStateDocument = new TypedDocumentString(`
    query WebUiPromptState($p: ID!, $n: String!) {
  promptByName(projectId: $p, name: $n) {
    id
    latestVersion
    labels {
      label
      version
    }
    labelHistory(label: "production") {
      version
      previousVersion
    }
    versions {
      edges {
        node {
          version
          messages {
            role
            content
          }
          model
          parameters
          commitMessage
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebUiPromptStateQuery, WebUiPromptStateQueryVariables>;
export const WebSdProjectDocument = new TypedDocumentString(`
    mutation WebSdProject {
  createProject(input: {name: "sessions-and-dashboard"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebSdProjectMutation, WebSdProjectMutationVariables>;
export const WebSdCostDocument = new TypedDocumentString(`
    query WebSdCost($p: ID!) {
  project(id: $p) {
    stats {
      totalCost
    }
  }
}
    `) as unknown as TypedDocumentString<WebSdCostQuery, WebSdCostQueryVariables>;
export const WebUiSettingsProjectDocument = new TypedDocumentString(`
    query WebUiSettingsProject($p: ID!) {
  project(id: $p) {
    name
    description
    tags
    metadata
    forwarding {
      enabled
      setting
      langsmithProject
    }
    costRecomputes {
      status
      from
      to
    }
  }
  modelPrices(projectId: $p) {
    modelPattern
    provider
    inputPrice
    outputPrice
    cacheReadPrice
    cacheWritePrice
    reasoningPrice
    effectiveFrom
  }
}
    `) as unknown as TypedDocumentString<WebUiSettingsProjectQuery, WebUiSettingsProjectQueryVariables>;
export const WebUiSettingsReadDocument = new TypedDocumentString(`
    query WebUiSettingsRead($p: ID!) {
  project(id: $p) {
    name
  }
}
    `) as unknown as TypedDocumentString<WebUiSettingsReadQuery, WebUiSettingsReadQueryVariables>;
export const WebUiSettingsByNameDocument = new TypedDocumentString(`
    query WebUiSettingsByName($n: String!) {
  projectByName(name: $n) {
    id
    description
  }
}
    `) as unknown as TypedDocumentString<WebUiSettingsByNameQuery, WebUiSettingsByNameQueryVariables>;
export const WebTraceViewProjectDocument = new TypedDocumentString(`
    mutation WebTraceViewProject {
  createProject(input: {name: "trace-view"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebTraceViewProjectMutation, WebTraceViewProjectMutationVariables>;
export const WebUiKeysDocument = new TypedDocumentString(`
    query WebUiKeys($p: ID!) {
  project(id: $p) {
    apiKeys {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebUiKeysQuery, WebUiKeysQueryVariables>;
export const WebUiProjectDocument = new TypedDocumentString(`
    mutation WebUiProject {
  createProject(input: {name: "tour"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebUiProjectMutation, WebUiProjectMutationVariables>;
export const WebUiNoBuildDocument = new TypedDocumentString(`
    query WebUiNoBuild {
  projects(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WebUiNoBuildQuery, WebUiNoBuildQueryVariables>;
export const WebUiRevokeDocument = new TypedDocumentString(`
    mutation WebUiRevoke($k: ID!) {
  revokeApiKey(id: $k) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebUiRevokeMutation, WebUiRevokeMutationVariables>;
export const WorkerIngestDocument = new TypedDocumentString(`
    mutation WorkerIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WorkerIngestMutation, WorkerIngestMutationVariables>;
export const WorkerMetricComputedDocument = new TypedDocumentString(`
    subscription WorkerMetricComputed($p: ID!) {
  metricComputed(projectId: $p) {
    traceId
    metricNames
    metrics {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WorkerMetricComputedSubscription, WorkerMetricComputedSubscriptionVariables>;
export const WorkerClosedTraceDocument = new TypedDocumentString(`
    query WorkerClosedTrace($id: ID!) {
  trace(id: $id) {
    status
    endTime
    autoClosed
    durationMs
    metrics {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WorkerClosedTraceQuery, WorkerClosedTraceQueryVariables>;
export const ZeroConfigCreateProjectDocument = new TypedDocumentString(`
    mutation ZeroConfigCreateProject {
  createProject(input: {name: "zero"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ZeroConfigCreateProjectMutation, ZeroConfigCreateProjectMutationVariables>;
export const ZeroConfigIngestDocument = new TypedDocumentString(`
    mutation ZeroConfigIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<ZeroConfigIngestMutation, ZeroConfigIngestMutationVariables>;
export const ZeroConfigSpanAddedDocument = new TypedDocumentString(`
    subscription ZeroConfigSpanAdded($t: ID!) {
  spanAdded(traceId: $t, since: "0") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ZeroConfigSpanAddedSubscription, ZeroConfigSpanAddedSubscriptionVariables>;
export const ZeroConfigMetricNamesDocument = new TypedDocumentString(`
    query ZeroConfigMetricNames($id: ID!) {
  trace(id: $id) {
    metrics {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ZeroConfigMetricNamesQuery, ZeroConfigMetricNamesQueryVariables>;
export const ZeroConfigTraceNameDocument = new TypedDocumentString(`
    query ZeroConfigTraceName($id: ID!) {
  trace(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<ZeroConfigTraceNameQuery, ZeroConfigTraceNameQueryVariables>;
export const DeepTraceIngestDocument = new TypedDocumentString(`
    mutation DeepTraceIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
  }
}
    `) as unknown as TypedDocumentString<DeepTraceIngestMutation, DeepTraceIngestMutationVariables>;
export const DeepTracePageDocument = new TypedDocumentString(`
    query DeepTracePage($id: ID!, $after: ID) {
  trace(id: $id) {
    spanCount
    spans(after: $after) {
      id
      depth
      ancestorIds
    }
  }
}
    `) as unknown as TypedDocumentString<DeepTracePageQuery, DeepTracePageQueryVariables>;
export const DeepTraceMetricsDocument = new TypedDocumentString(`
    query DeepTraceMetrics($id: ID!) {
  trace(id: $id) {
    metrics {
      name
      value
    }
  }
}
    `) as unknown as TypedDocumentString<DeepTraceMetricsQuery, DeepTraceMetricsQueryVariables>;
export const DeepTraceSpanAddedDocument = new TypedDocumentString(`
    subscription DeepTraceSpanAdded($t: ID!) {
  spanAdded(traceId: $t, since: "0") {
    id
    depth
  }
}
    `) as unknown as TypedDocumentString<DeepTraceSpanAddedSubscription, DeepTraceSpanAddedSubscriptionVariables>;
export const DeepTraceProjectDocument = new TypedDocumentString(`
    mutation DeepTraceProject {
  createProject(input: {name: "deep"}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeepTraceProjectMutation, DeepTraceProjectMutationVariables>;
export const PoisonIngestDocument = new TypedDocumentString(`
    mutation PoisonIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<PoisonIngestMutation, PoisonIngestMutationVariables>;
export const RedisClusterIngestDocument = new TypedDocumentString(`
    mutation RedisClusterIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<RedisClusterIngestMutation, RedisClusterIngestMutationVariables>;
export const ClusterTraceMetricsDocument = new TypedDocumentString(`
    query ClusterTraceMetrics($id: ID!) {
  trace(id: $id) {
    metrics {
      name
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ClusterTraceMetricsQuery, ClusterTraceMetricsQueryVariables>;
export const ClusterSpanAddedDocument = new TypedDocumentString(`
    subscription ClusterSpanAdded($t: ID!) {
  spanAdded(traceId: $t, since: "0") {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ClusterSpanAddedSubscription, ClusterSpanAddedSubscriptionVariables>;
export const ClusterSpanSequenceDocument = new TypedDocumentString(`
    subscription ClusterSpanSequence($t: ID!) {
  spanAdded(traceId: $t, since: "0") {
    id
    sequence
  }
}
    `) as unknown as TypedDocumentString<ClusterSpanSequenceSubscription, ClusterSpanSequenceSubscriptionVariables>;
export const ClusterJobsViewDocument = new TypedDocumentString(`
    query ClusterJobsView {
  jobs {
    backend
    queues {
      name
      waiting
      active
      delayed
      failed
      completed
    }
  }
  failedJobs(queue: EXPERIMENTS) {
    id
    name
    failedReason
    attemptsMade
    data
  }
}
    `) as unknown as TypedDocumentString<ClusterJobsViewQuery, ClusterJobsViewQueryVariables>;
export const ClusterRetryFailedDocument = new TypedDocumentString(`
    mutation ClusterRetryFailed($ids: [ID!]) {
  retryFailedJobs(queue: EXPERIMENTS, ids: $ids)
}
    `) as unknown as TypedDocumentString<ClusterRetryFailedMutation, ClusterRetryFailedMutationVariables>;
export const BrowserIngestDocument = new TypedDocumentString(`
    mutation BrowserIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BrowserIngestMutation, BrowserIngestMutationVariables>;
export const ClusterIngestDocument = new TypedDocumentString(`
    mutation ClusterIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
    rejected
    rejections {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ClusterIngestMutation, ClusterIngestMutationVariables>;
export const ClusterQueuesDocument = new TypedDocumentString(`
    query ClusterQueues {
  jobs {
    queues {
      name
      waiting
      active
      delayed
      prioritized
      failed
    }
  }
}
    `) as unknown as TypedDocumentString<ClusterQueuesQuery, ClusterQueuesQueryVariables>;
export const ClusterCreateProjectDocument = new TypedDocumentString(`
    mutation ClusterCreateProject($n: String!) {
  createProject(input: {name: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClusterCreateProjectMutation, ClusterCreateProjectMutationVariables>;
export const ClusterCreateKeyDocument = new TypedDocumentString(`
    mutation ClusterCreateKey($p: ID!) {
  createApiKey(input: {projectId: $p, name: "cluster", role: ADMIN}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<ClusterCreateKeyMutation, ClusterCreateKeyMutationVariables>;
export const ClusterTailDocument = new TypedDocumentString(`
    subscription ClusterTail($t: ID!, $since: String) {
  spanAdded(traceId: $t, since: $since) {
    id
    sequence
    name
    endTime
  }
}
    `) as unknown as TypedDocumentString<ClusterTailSubscription, ClusterTailSubscriptionVariables>;
export const TestServerCreateProjectDocument = new TypedDocumentString(`
    mutation TestServerCreateProject($n: String!) {
  createProject(input: {name: $n}) {
    id
  }
}
    `) as unknown as TypedDocumentString<TestServerCreateProjectMutation, TestServerCreateProjectMutationVariables>;
export const TestServerCreateApiKeyDocument = new TypedDocumentString(`
    mutation TestServerCreateApiKey($p: ID!, $r: ApiKeyRole!) {
  createApiKey(input: {projectId: $p, name: "test", role: $r}) {
    secret
  }
}
    `) as unknown as TypedDocumentString<TestServerCreateApiKeyMutation, TestServerCreateApiKeyMutationVariables>;
export const WorkerCrashIngestDocument = new TypedDocumentString(`
    mutation WorkerCrashIngest($b: IngestBatchInput!) {
  ingest(batch: $b) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<WorkerCrashIngestMutation, WorkerCrashIngestMutationVariables>;