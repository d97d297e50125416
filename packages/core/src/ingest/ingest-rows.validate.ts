import { type PromptRef, promptRefOfMetadata } from '../prompts/prompt-ref.compute';
import type { SpanKind } from '../spans/span.entity';
import type {
  AgentCallInput,
  ErrorInput,
  IngestBatchInput,
  LLMCallInput,
  MetricInput,
  SpanInputBase,
  SystemInfoInput,
  ToolCallInput,
  TraceInput,
  UserInteractionInput,
} from './ingest.input';
import { IngestList, type IngestRejection } from './ingest.result';
import { firstInvalidValue } from './lenient-scalars.type';
import { ID_TAKEN, ItemError, MAX_COST_USD, MAX_DURATION_MS, MAX_METRIC_VALUE, MAX_TEMPERATURE, read } from './ingest.validate';

export type Row = Record<string, unknown>;
/** A validated item: where it came from and the row it becomes. */
/** A validated item: where it came from and the row it becomes. */
export type Item = { list: IngestList; index: number; row: Row };

function spanRow(kind: SpanKind, projectId: string, s: SpanInputBase): Row {
  const start = read.time('startTime', s.startTime);
  let end = read.time('endTime', s.endTime);
  const latency = read.amount('latencyMs', s.latencyMs, MAX_DURATION_MS);
  if (!end && start && latency !== null) end = new Date(start.getTime() + latency);
  read.span(start, end);
  const id = read.id(s.id);
  const parentId = read.uuid('parentId', s.parentId);
  if (parentId === id) throw new ItemError('parentId must not be the span itself', 'parentId');
  const error = read.text('error', s.error);
  return {
    id,
    kind,
    project_id: projectId,
    trace_id: read.uuid('traceId', s.traceId, true),
    parent_id: parentId,
    run_type: read.runType(kind, s.runType),
    name: read.text('name', s.name),
    status: s.status ?? null,
    start_time: start,
    end_time: end,
    latency_ms: start ? null : latency,
    step_index: read.count('stepIndex', s.stepIndex),
    dotted_order: read.text('dottedOrder', s.dottedOrder),
    inputs: read.json('inputs', s.inputs),
    outputs: read.json('outputs', s.outputs),
    error,
    error_type: read.text('errorType', s.errorType),
    metadata: read.json('metadata', s.metadata),
    tags: read.texts('tags', s.tags),
    events: read.json('events', s.events),
    serialized: read.json('serialized', s.serialized),
    extra: read.json('extra', s.extra),
    attachments: read.json('attachments', s.attachments),
    inputs_s3_urls: read.json('inputsS3Urls', s.inputsS3Urls),
    outputs_s3_urls: read.json('outputsS3Urls', s.outputsS3Urls),
    reference_example_id: read.uuid('referenceExampleId', s.referenceExampleId),
    manifest_id: read.text('manifestId', s.manifestId),
    in_dataset: s.inDataset ?? null,
    memory_used: read.bytes('memoryUsed', s.memoryUsed),
  };
}

/** The key under which an LLM call's row carries its prompt reference until the batch resolves it (not a column). */
export const PROMPT_REF = Symbol('promptRef');

/** The prompt version an LLM call names: its promptVersionId, else its prompt, else its metadata (see promptRefOfMetadata). */
function promptRefOf(s: LLMCallInput): PromptRef | null {
  const id = read.uuid('promptVersionId', s.promptVersionId);
  if (id) return { id };
  if (s.prompt) {
    const { name, version, label } = s.prompt;
    if (typeof name !== 'string' || !name.trim() || name.length > 200)
      throw new ItemError('prompt.name must be a prompt name (1 to 200 characters)', 'prompt.name');
    const n = read.count('prompt.version', version as number | null | undefined);
    if (n === 0) throw new ItemError('prompt.version must be 1 or more', 'prompt.version');
    if (label !== undefined && label !== null && (typeof label !== 'string' || !/^[a-z0-9_-]{1,40}$/.test(label)))
      throw new ItemError('prompt.label must be 1 to 40 of a-z, 0-9, _ and -', 'prompt.label');
    return { name: name.trim(), ...(n !== null ? { version: n } : {}), ...(typeof label === 'string' ? { label } : {}) };
  }
  return promptRefOfMetadata(s.metadata);
}

function llmRow(projectId: string, s: LLMCallInput): Row {
  const prompt = read.count('promptTokens', s.promptTokens);
  const completion = read.count('completionTokens', s.completionTokens);
  const cacheRead = read.count('cacheReadTokens', s.cacheReadTokens);
  const cacheCreation = read.count('cacheCreationTokens', s.cacheCreationTokens);
  const promptCost = read.amount('promptCost', s.promptCost, MAX_COST_USD);
  const completionCost = read.amount('completionCost', s.completionCost, MAX_COST_USD);
  let totalCost = read.amount('totalCost', s.totalCost, MAX_COST_USD);
  if (totalCost === null && promptCost !== null && completionCost !== null) totalCost = promptCost + completionCost;
  const clientCost = totalCost !== null || promptCost !== null || completionCost !== null;
  const firstToken = read.time('firstTokenTime', s.firstTokenTime);
  const row = spanRow('llm', projectId, s);
  read.span(row.start_time as Date | null, firstToken, 'startTime', 'firstTokenTime');
  const temperature = read.amount('temperature', s.temperature, MAX_TEMPERATURE);
  if (s.topP !== undefined && s.topP !== null && !(s.topP >= 0 && s.topP <= 1)) throw new ItemError('topP must be between 0 and 1', 'topP');
  return Object.assign(row, {
    provider: read.text('provider', s.provider),
    model: read.text('model', s.model),
    prompt_tokens: prompt,
    completion_tokens: completion,
    // A derived total is held to the same bound as a sent one: the column is 32-bit, and an overflow would fail the whole batch.
    total_tokens:
      read.count('totalTokens', s.totalTokens) ??
      (prompt !== null || completion !== null ? read.count('totalTokens (promptTokens + completionTokens)', (prompt ?? 0) + (completion ?? 0)) : null),
    cache_read_tokens: cacheRead,
    cache_creation_tokens: cacheCreation,
    reasoning_tokens: read.count('reasoningTokens', s.reasoningTokens),
    prompt_token_details: read.json('promptTokenDetails', s.promptTokenDetails),
    completion_token_details: read.json('completionTokenDetails', s.completionTokenDetails),
    prompt_cost: promptCost,
    completion_cost: completionCost,
    total_cost: totalCost,
    prompt_cost_details: read.json('promptCostDetails', s.promptCostDetails),
    completion_cost_details: read.json('completionCostDetails', s.completionCostDetails),
    cost_source: clientCost ? 'client' : null,
    first_token_time: firstToken,
    temperature,
    top_p: s.topP ?? null,
    max_tokens: read.count('maxTokens', s.maxTokens),
    stop_tokens: read.texts('stopTokens', s.stopTokens),
    invocation_params: read.json('invocationParams', s.invocationParams),
    tool_calls: read.json('toolCalls', s.toolCalls),
    streaming: s.streaming ?? null,
    retry_count: read.count('retryCount', s.retryCount),
    context_hash: read.text('contextHash', s.contextHash),
    context_refs: read.texts('contextRefs', s.contextRefs),
    hidden_state_hash: read.text('hiddenStateHash', s.hiddenStateHash),
    prompt_diff_from_previous: read.text('promptDiffFromPrevious', s.promptDiffFromPrevious),
    decision_id: read.text('decisionId', s.decisionId),
    [PROMPT_REF]: promptRefOf(s),
  });
}

function toolRow(projectId: string, s: ToolCallInput): Row {
  return Object.assign(spanRow('tool', projectId, s), {
    llm_call_id: read.uuid('llmCallId', s.llmCallId),
    total_cost: read.amount('totalCost', s.totalCost, MAX_COST_USD),
    network_calls: read.json('networkCalls', s.networkCalls),
    retrieved_docs: read.json('retrievedDocs', s.retrievedDocs),
    doc_similarity_scores: read.json('docSimilarityScores', s.docSimilarityScores),
    intermediate_state: read.json('intermediateState', s.intermediateState),
  });
}

function traceRow(projectId: string, t: TraceInput): Row {
  const start = read.time('startTime', t.startTime);
  const end = read.time('endTime', t.endTime);
  read.span(start, end);
  return {
    id: read.id(t.id),
    project_id: projectId,
    name: read.text('name', t.name),
    start_time: start,
    end_time: end,
    user_id: read.text('userId', t.userId),
    session_id: read.text('sessionId', t.sessionId),
    agent_version: read.text('agentVersion', t.agentVersion),
    prompt_template_version: read.text('promptTemplateVersion', t.promptTemplateVersion),
    model_name: read.text('modelName', t.modelName),
    input: read.json('inputs', t.inputs),
    output: read.json('outputs', t.outputs),
    error_flag: t.status === 'error' ? true : (t.errorFlag ?? null),
    error_type: read.text('errorType', t.errorType),
    error_message: read.text('errorMessage', t.errorMessage),
    tags: read.texts('tags', t.tags),
    metadata: read.json('metadata', t.metadata),
  };
}

const childBase = (projectId: string, x: { id?: string; traceId?: string }) => ({
  id: read.id(x.id),
  project_id: projectId,
  trace_id: read.uuid('traceId', x.traceId, true),
});

function errorRow(projectId: string, e: ErrorInput): Row {
  return {
    ...childBase(projectId, e),
    agent_id: read.uuid('agentId', e.agentId),
    llm_call_id: read.uuid('llmCallId', e.llmCallId),
    tool_call_id: read.uuid('toolCallId', e.toolCallId),
    error_type: read.text('errorType', e.errorType),
    error_message: read.text('errorMessage', e.errorMessage, true),
    stack_trace: read.text('stackTrace', e.stackTrace),
    timestamp: read.time('timestamp', e.timestamp),
    metadata: read.json('metadata', e.metadata),
  };
}

function userInteractionRow(projectId: string, u: UserInteractionInput): Row {
  return {
    ...childBase(projectId, u),
    agent_id: read.uuid('agentId', u.agentId),
    interaction_type: read.text('interactionType', u.interactionType, true),
    content: read.text('content', u.content, true),
    user_id: read.text('userId', u.userId),
    timestamp: read.time('timestamp', u.timestamp),
    metadata: read.json('metadata', u.metadata),
  };
}

function systemInfoRow(projectId: string, s: SystemInfoInput): Row {
  return {
    ...childBase(projectId, s),
    os_name: read.text('osName', s.osName),
    os_version: read.text('osVersion', s.osVersion),
    python_version: read.text('pythonVersion', s.pythonVersion),
    runtime_name: read.text('runtimeName', s.runtimeName),
    runtime_version: read.text('runtimeVersion', s.runtimeVersion),
    hostname: read.text('hostname', s.hostname),
    cpu_info: read.json('cpuInfo', s.cpuInfo),
    gpu_info: read.json('gpuInfo', s.gpuInfo),
    disk_info: read.json('diskInfo', s.diskInfo),
    memory_total: read.bytes('memoryTotal', s.memoryTotal),
    installed_packages: read.json('installedPackages', s.installedPackages),
    metadata: read.json('metadata', s.metadata),
  };
}

function metricRow(projectId: string, m: MetricInput): Row {
  const start = read.time('startTime', m.startTime);
  const end = read.time('endTime', m.endTime);
  read.span(start, end);
  return {
    ...childBase(projectId, m),
    span_id: read.uuid('spanId', m.spanId),
    name: read.text('name', m.name, true),
    score: read.score('score', m.score),
    value: read.finite('value', m.value, MAX_METRIC_VALUE),
    reason: read.text('reason', m.reason),
    result_detail: read.json('resultDetail', m.resultDetail),
    config: read.json('config', m.config),
    start_time: start,
    end_time: end,
    duration_ms: read.amount('durationMs', m.durationMs, MAX_DURATION_MS) ?? (start && end ? end.getTime() - start.getTime() : null),
    timestamp: read.time('timestamp', m.timestamp),
    source: m.source ?? 'client',
    label: read.text('label', m.label),
    correction: read.json('correction', m.correction),
  };
}

/** The rejections and per-list ids of one batch, as its answer will report them. */
export class BatchOutcome {
  readonly rejections: IngestRejection[] = [];
  readonly ids = new Map<IngestList, (string | null)[]>();

  reject(list: IngestList, index: number, id: string | null, code: string, message: string, field: string | null = null) {
    this.rejections.push({ list, index, id, code, field, message: `${list}[${index}]: ${message}` });
    this.ids.get(list)![index] = null;
  }

  /** Forgets the rejections after the first `n` (a retried transaction starts again from the validated batch). */
  rollbackTo(n: number) {
    this.rejections.length = n;
  }
}

/** A batch's items turned into rows, by kind; the items that failed validation are in the outcome. */
export type ValidatedBatch = { traces: Item[]; spans: Item[]; errors: Item[]; interactions: Item[]; systemInfos: Item[]; metrics: Item[] };

type ListSpec<I> = { list: IngestList; items: (I | null)[] | undefined; toRow: (projectId: string, item: I) => Row };

/** The item as its row-builder may read it: an object whose every value its lenient scalar took. */
function checkedItem<I>(item: I | null): I {
  if (item === null || item === undefined) throw new ItemError('the item is null; send an object or leave it out');
  const invalid = firstInvalidValue(item);
  if (invalid) throw new ItemError(`${invalid.field}: ${invalid.message}`, invalid.field);
  return item;
}

/**
 * Keeps, of the spans of a batch that share an id, those of the trace it was first given under:
 * merged, they would move the span and leave the other trace without it.
 */
function oneTracePerSpan(spans: Item[], outcome: BatchOutcome): Item[] {
  const traceOf = new Map<string, string>();
  return spans.filter((item) => {
    const id = item.row.id as string;
    const trace = item.row.trace_id as string;
    const first = traceOf.get(id);
    if (first === undefined) traceOf.set(id, trace);
    if (first === undefined || first === trace) return true;
    outcome.reject(item.list, item.index, id, 'FORBIDDEN', ID_TAKEN(id), 'id');
    return false;
  });
}

/** Validates every item of a batch on its own: a bad item is rejected with its list and index, the rest go on. */
export function validateBatch(projectId: string, batch: IngestBatchInput, outcome: BatchOutcome): ValidatedBatch {
  const validate = <I>({ list, items, toRow }: ListSpec<I>): Item[] => {
    const out: Item[] = [];
    const ids: (string | null)[] = [];
    outcome.ids.set(list, ids);
    (items ?? []).forEach((item, index) => {
      try {
        const row = toRow(projectId, checkedItem(item));
        ids.push(row.id as string);
        out.push({ list, index, row });
      } catch (e) {
        ids.push(null);
        if (!(e instanceof ItemError)) throw e;
        const id = (item as { id?: unknown } | null)?.id;
        outcome.reject(list, index, typeof id === 'string' ? id : null, 'BAD_USER_INPUT', e.message, e.field);
      }
    });
    return out;
  };
  return {
    traces: validate<TraceInput>({ list: IngestList.TRACES, items: batch.traces, toRow: traceRow }),
    spans: oneTracePerSpan(
      [
        ...validate<AgentCallInput>({ list: IngestList.AGENT_CALLS, items: batch.agentCalls, toRow: (p, s) => spanRow('agent', p, s) }),
        ...validate<LLMCallInput>({ list: IngestList.LLM_CALLS, items: batch.llmCalls, toRow: llmRow }),
        ...validate<ToolCallInput>({ list: IngestList.TOOL_CALLS, items: batch.toolCalls, toRow: toolRow }),
      ],
      outcome,
    ),
    errors: validate<ErrorInput>({ list: IngestList.ERRORS, items: batch.errors, toRow: errorRow }),
    interactions: validate<UserInteractionInput>({ list: IngestList.USER_INTERACTIONS, items: batch.userInteractions, toRow: userInteractionRow }),
    systemInfos: validate<SystemInfoInput>({ list: IngestList.SYSTEM_INFOS, items: batch.systemInfos, toRow: systemInfoRow }),
    metrics: validate<MetricInput>({ list: IngestList.METRICS, items: batch.metrics, toRow: metricRow }),
  };
}
