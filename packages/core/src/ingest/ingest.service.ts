import type { EntityManager } from 'typeorm';
import { assertProjectAccess } from '../common/access';
import { dueForForward, enqueueForwards, forwardingSettings, markForwardsPending, type TraceToForward } from '../langsmith-forward/langsmith-forward.service';
import type { RequestContext } from '../common/context';
import { badInput, notFound, payloadTooLarge } from '../common/errors';
import { costForModel } from '../pricing/pricing';
import type { SpanKind } from '../spans/span.entity';
import { bulkUpsert, type UpsertSpec } from './bulk-upsert';
import type {
  AgentCallInput, ErrorInput, IngestBatchInput, LLMCallInput, MetricInput, SpanInputBase, SystemInfoInput, ToolCallInput, TraceInput, UserInteractionInput,
} from './ingest.input';
import { IngestList, type IngestRejection, type IngestResult } from './ingest.result';
import { JOBS } from '@sextant/jobs';
import { inTransaction } from '../common/transaction';
import { floorTo, HOUR_MS } from '../rollups/buckets';
import { markRollupsDirty } from '../rollups/rollup.service';
import { TraceChange, type IngestedChanges } from '../live/live.events';
import {
  ENSURE_TRACES_SQL, ERROR_UPSERT, LOCK_TRACES_SQL, METRIC_UPSERT, RECOMPUTE_TOTALS_SQL, RESERVE_SPAN_SEQ_SQL, SPAN_UPSERT, SYSTEM_INFO_UPSERT,
  TRACE_UPSERT, USER_INTERACTION_UPSERT,
} from './ingest.sql';
import { ItemError, mergeDuplicates, read } from './ingest.validate';

type Row = Record<string, unknown>;
type Item = { list: IngestList; index: number; row: Row };

function spanRow(kind: SpanKind, projectId: string, s: SpanInputBase): Row {
  const start = read.time('startTime', s.startTime);
  let end = read.time('endTime', s.endTime);
  const latency = read.nonNegative('latencyMs', s.latencyMs);
  if (!end && start && latency !== null) end = new Date(start.getTime() + latency);
  read.span(start, end);
  const id = read.id(s.id);
  const parentId = read.uuid('parentId', s.parentId);
  if (parentId === id) throw new ItemError('parentId must not be the span itself');
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
    inputs: read.json(s.inputs),
    outputs: read.json(s.outputs),
    error,
    error_type: read.text('errorType', s.errorType),
    metadata: read.json(s.metadata),
    tags: read.texts('tags', s.tags),
    events: read.json(s.events),
    serialized: read.json(s.serialized),
    extra: read.json(s.extra),
    attachments: read.json(s.attachments),
    inputs_s3_urls: read.json(s.inputsS3Urls),
    outputs_s3_urls: read.json(s.outputsS3Urls),
    reference_example_id: read.uuid('referenceExampleId', s.referenceExampleId),
    manifest_id: read.text('manifestId', s.manifestId),
    in_dataset: s.inDataset ?? null,
    memory_used: read.bytes('memoryUsed', s.memoryUsed),
  };
}

function llmRow(projectId: string, s: LLMCallInput): Row {
  const prompt = read.count('promptTokens', s.promptTokens);
  const completion = read.count('completionTokens', s.completionTokens);
  const cacheRead = read.count('cacheReadTokens', s.cacheReadTokens);
  const cacheCreation = read.count('cacheCreationTokens', s.cacheCreationTokens);
  const promptCost = read.nonNegative('promptCost', s.promptCost);
  const completionCost = read.nonNegative('completionCost', s.completionCost);
  let totalCost = read.nonNegative('totalCost', s.totalCost);
  if (totalCost === null && promptCost !== null && completionCost !== null) totalCost = promptCost + completionCost;
  const clientCost = totalCost !== null || promptCost !== null || completionCost !== null;
  const firstToken = read.time('firstTokenTime', s.firstTokenTime);
  const row = spanRow('llm', projectId, s);
  read.span(row.start_time as Date | null, firstToken, 'startTime', 'firstTokenTime');
  if (s.temperature !== undefined && s.temperature !== null && !(s.temperature >= 0)) throw new ItemError('temperature must be >= 0');
  if (s.topP !== undefined && s.topP !== null && !(s.topP >= 0 && s.topP <= 1)) throw new ItemError('topP must be between 0 and 1');
  return Object.assign(row, {
    provider: read.text('provider', s.provider),
    model: read.text('model', s.model),
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: read.count('totalTokens', s.totalTokens) ?? (prompt !== null || completion !== null ? (prompt ?? 0) + (completion ?? 0) : null),
    cache_read_tokens: cacheRead,
    cache_creation_tokens: cacheCreation,
    reasoning_tokens: read.count('reasoningTokens', s.reasoningTokens),
    prompt_token_details: read.json(s.promptTokenDetails),
    completion_token_details: read.json(s.completionTokenDetails),
    prompt_cost: promptCost,
    completion_cost: completionCost,
    total_cost: totalCost,
    prompt_cost_details: read.json(s.promptCostDetails),
    completion_cost_details: read.json(s.completionCostDetails),
    cost_source: clientCost ? 'client' : null,
    first_token_time: firstToken,
    temperature: s.temperature ?? null,
    top_p: s.topP ?? null,
    max_tokens: read.count('maxTokens', s.maxTokens),
    stop_tokens: read.texts('stopTokens', s.stopTokens),
    invocation_params: read.json(s.invocationParams),
    tool_calls: read.json(s.toolCalls),
    streaming: s.streaming ?? null,
    retry_count: read.count('retryCount', s.retryCount),
    context_hash: read.text('contextHash', s.contextHash),
    context_refs: read.texts('contextRefs', s.contextRefs),
    hidden_state_hash: read.text('hiddenStateHash', s.hiddenStateHash),
    prompt_diff_from_previous: read.text('promptDiffFromPrevious', s.promptDiffFromPrevious),
    decision_id: read.text('decisionId', s.decisionId),
  });
}

function toolRow(projectId: string, s: ToolCallInput): Row {
  return Object.assign(spanRow('tool', projectId, s), {
    llm_call_id: read.uuid('llmCallId', s.llmCallId),
    total_cost: read.nonNegative('totalCost', s.totalCost),
    network_calls: read.json(s.networkCalls),
    retrieved_docs: read.json(s.retrievedDocs),
    doc_similarity_scores: read.json(s.docSimilarityScores),
    intermediate_state: read.json(s.intermediateState),
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
    input: read.json(t.input),
    output: read.json(t.output),
    error_flag: t.status === 'error' ? true : (t.errorFlag ?? null),
    error_type: read.text('errorType', t.errorType),
    error_message: read.text('errorMessage', t.errorMessage),
    tags: read.texts('tags', t.tags),
    metadata: read.json(t.metadata),
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
    metadata: read.json(e.metadata),
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
    metadata: read.json(u.metadata),
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
    cpu_info: read.json(s.cpuInfo),
    gpu_info: read.json(s.gpuInfo),
    disk_info: read.json(s.diskInfo),
    memory_total: read.bytes('memoryTotal', s.memoryTotal),
    installed_packages: read.json(s.installedPackages),
    metadata: read.json(s.metadata),
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
    value: m.value ?? null,
    reason: read.text('reason', m.reason),
    result_detail: read.json(m.resultDetail),
    config: read.json(m.config),
    start_time: start,
    end_time: end,
    duration_ms: read.nonNegative('durationMs', m.durationMs) ?? (start && end ? end.getTime() - start.getTime() : null),
    timestamp: read.time('timestamp', m.timestamp),
  };
}

type ListSpec<I> = { list: IngestList; items: I[] | undefined; toRow: (projectId: string, item: I) => Row };

const countItems = (b: IngestBatchInput) =>
  [b.traces, b.agentCalls, b.llmCalls, b.toolCalls, b.errors, b.userInteractions, b.systemInfos, b.metrics].reduce(
    (n, l) => n + (l?.length ?? 0),
    0,
  );

/** Resolves which project a batch goes to, from the argument or the key. */
function batchProject(ctx: RequestContext, batch: IngestBatchInput): string {
  const p = ctx.principal;
  if (batch.projectId) return batch.projectId;
  if (p.kind === 'key') return p.projectId;
  if (p.kind === 'admin') throw badInput('projectId is required when ingesting with the admin key', { argumentName: 'batch.projectId' });
  return '';
}

/**
 * Stores a batch in one transaction with a few multi-row statements. Each item is validated on
 * its own: a bad item is reported with its list and index, and the rest of the batch is stored.
 */
export async function ingestBatch(ctx: RequestContext, batch: IngestBatchInput): Promise<IngestResult> {
  const projectId = batchProject(ctx, batch);
  assertProjectAccess(ctx, projectId, 'ingest');
  const total = countItems(batch);
  if (total > ctx.config.limits.maxBatchItems) {
    throw payloadTooLarge(`A batch may hold at most ${ctx.config.limits.maxBatchItems} items; this one has ${total}. Split it.`);
  }
  if (!(await ctx.loaders.projectById.load(projectId))) throw notFound('Project', projectId);

  const rejections: IngestRejection[] = [];
  const ids = new Map<IngestList, (string | null)[]>();
  const reject = (list: IngestList, index: number, id: string | null, code: string, message: string) => {
    rejections.push({ list, index, id, code, message: `${list}[${index}]: ${message}` });
    ids.get(list)![index] = null;
  };

  const validate = <I>({ list, items, toRow }: ListSpec<I>): Item[] => {
    const out: Item[] = [];
    ids.set(list, []);
    (items ?? []).forEach((item, index) => {
      try {
        const row = toRow(projectId, item);
        ids.get(list)!.push(row.id as string);
        out.push({ list, index, row });
      } catch (e) {
        ids.get(list)!.push(null);
        if (!(e instanceof ItemError)) throw e;
        reject(list, index, (item as { id?: string }).id ?? null, 'BAD_USER_INPUT', e.message);
      }
    });
    return out;
  };

  const traces = validate<TraceInput>({ list: IngestList.TRACES, items: batch.traces, toRow: traceRow });
  const spans = [
    ...validate<AgentCallInput>({ list: IngestList.AGENT_CALLS, items: batch.agentCalls, toRow: (p, s) => spanRow('agent', p, s) }),
    ...validate<LLMCallInput>({ list: IngestList.LLM_CALLS, items: batch.llmCalls, toRow: llmRow }),
    ...validate<ToolCallInput>({ list: IngestList.TOOL_CALLS, items: batch.toolCalls, toRow: toolRow }),
  ];
  const errors = validate<ErrorInput>({ list: IngestList.ERRORS, items: batch.errors, toRow: errorRow });
  const interactions = validate<UserInteractionInput>({ list: IngestList.USER_INTERACTIONS, items: batch.userInteractions, toRow: userInteractionRow });
  const systemInfos = validate<SystemInfoInput>({ list: IngestList.SYSTEM_INFOS, items: batch.systemInfos, toRow: systemInfoRow });
  const metrics = validate<MetricInput>({ list: IngestList.METRICS, items: batch.metrics, toRow: metricRow });

  const children = [...spans, ...errors, ...interactions, ...systemInfos, ...metrics];
  // The earliest time any item of the batch gives for a trace: the start of a trace created implicitly.
  const earliest = new Map<string, Date>();
  for (const { row } of children) {
    const t = (row.start_time ?? row.timestamp ?? row.end_time) as Date | null;
    const prev = earliest.get(row.trace_id as string);
    if (t && (!prev || t < prev)) earliest.set(row.trace_id as string, t);
  }
  const now = new Date();
  for (const { row } of traces) row.default_start = earliest.get(row.id as string) ?? now;

  const touchedIds = [...new Set([...traces.map((t) => t.row.id as string), ...children.map((c) => c.row.trace_id as string)])];
  const validated = rejections.length;
  const forwarding = ctx.config.langsmithForward.configured && forwardingSettings(ctx.config, await ctx.loaders.projectById.load(projectId)).enabled;
  let toForward: TraceToForward[] = [];
  const changes = await inTransaction(ctx.ds, async (m): Promise<IngestedChanges> => {
    // A retried transaction starts again from the validated batch.
    rejections.length = validated;
    const upsert = async (spec: UpsertSpec, items: Item[], key = spec.match, prepare?: (rows: Row[]) => Promise<void>) => {
      const merged = mergeDuplicates(items, key);
      await prepare?.(merged.map((x) => x.row));
      const stored = await bulkUpsert<Row>(m, spec, merged.map((x) => x.row));
      for (const x of merged) {
        if (stored.has(x.row[key] as string)) continue;
        for (const i of x.items) {
          reject(i.list, i.index, i.row.id as string, 'FORBIDDEN', `${x.row[key]} already exists in another project or as another kind of item`);
        }
      }
      return stored;
    };

    const before: { id: string; status: string; start_time: Date }[] = touchedIds.length ? await m.query(LOCK_TRACES_SQL, [touchedIds]) : [];
    const acceptedTraces = await upsert(TRACE_UPSERT, traces);
    const foreign = await ensureTraces(m, projectId, children, acceptedTraces, earliest, now);
    const keepOwn = (items: Item[]) =>
      items.filter((i) => {
        if (!foreign.has(i.row.trace_id as string)) return true;
        reject(i.list, i.index, i.row.id as string, 'FORBIDDEN', `trace ${i.row.trace_id} belongs to another project`);
        return false;
      });

    const storedSpans = await upsert(SPAN_UPSERT, keepOwn(spans), 'id', (rows) => reserveSpanSeq(m, rows));
    await priceLlmCalls(m, storedSpans);
    const storedErrors = await upsert(ERROR_UPSERT, keepOwn(errors));
    await upsert(USER_INTERACTION_UPSERT, keepOwn(interactions));
    await upsert(METRIC_UPSERT, keepOwn(metrics));
    const storedInfos = await upsert(SYSTEM_INFO_UPSERT, keepOwn(systemInfos), 'trace_id');
    // A system info merged into the trace's existing row keeps that row's id.
    for (const i of systemInfos) {
      const row = storedInfos.get(i.row.trace_id as string);
      if (row && ids.get(IngestList.SYSTEM_INFOS)![i.index] !== null) ids.get(IngestList.SYSTEM_INFOS)![i.index] = row.id as string;
    }

    const touched = new Set<string>([...acceptedTraces.keys()]);
    for (const { row } of children) if (!foreign.has(row.trace_id as string)) touched.add(row.trace_id as string);
    const [traceRows]: [Row[], number] = touched.size ? await m.query(RECOMPUTE_TOTALS_SQL, [[...touched]]) : [[], 0];
    const previous = new Map(before.map((b) => [b.id, b.status]));
    // A trace counts in the hour it starts; an earlier span can move it to another hour.
    const hours = hourStarts([...before.map((b) => b.start_time), ...traceRows.map((r) => r.start_time as Date)]);
    // In the transaction: stats read a dirty hour from the raw rows until the worker has rolled it up.
    await markRollupsDirty(m, projectId, hours);
    if (forwarding) {
      // Pending in the same transaction: a crash before the enqueue leaves a row the sweep re-queues.
      toForward = dueForForward(ctx.config, traceRows.map((r) => ({ id: r.id as string, running: r.end_time === null })));
      await markForwardsPending(m, toForward.map((t) => t.id));
    }
    return {
      projectId,
      hours,
      spans: [...storedSpans.values()],
      errors: [...storedErrors.inserted].map((id) => storedErrors.get(id)!),
      traces: traceRows.map((row) => ({ row, change: traceChange(previous.get(row.id as string), row.status as string) })),
    };
  });
  // Only after commit: a subscriber or job that reads the database must find what it was told about.
  ctx.live.publishIngested(changes);
  await enqueueFollowUps(ctx, changes, toForward);

  rejections.sort((a, b) => a.list.localeCompare(b.list) || a.index - b.index);
  return {
    accepted: total - rejections.length,
    rejected: rejections.length,
    rejections,
    ids: [...ids].filter(([, v]) => v.length).map(([list, v]) => ({ list, ids: v })),
  };
}

/** Creates missing traces referenced by the batch; returns the referenced trace ids owned by another project. */
async function ensureTraces(m: EntityManager, projectId: string, children: Item[], accepted: Map<string, Row>, earliest: Map<string, Date>, now: Date) {
  const referenced = [...new Set(children.map((c) => c.row.trace_id as string))].filter((id) => !accepted.has(id));
  if (!referenced.length) return new Set<string>();
  await m.query(ENSURE_TRACES_SQL, [referenced, projectId, referenced.map((id) => earliest.get(id) ?? now)]);
  const foreign: { id: string }[] = await m.query('SELECT id FROM traces WHERE id = ANY($1::uuid[]) AND project_id <> $2', [referenced, projectId]);
  return new Set(foreign.map((r) => r.id));
}

/** Distinct hour starts (UTC) of the given times. */
function hourStarts(times: (Date | null | undefined)[]): Date[] {
  const hours = new Set<number>();
  for (const t of times) if (t) hours.add(floorTo(t, HOUR_MS).getTime());
  return [...hours].map((h) => new Date(h));
}

/**
 * Queues what a committed batch calls for: metrics of the traces that have ended (again, when a
 * late span changed one) and the rollup buckets of the hours it touched. A failure here is
 * logged, not returned: the data is stored, and the worker's sweep finds what was not queued.
 */
async function enqueueFollowUps(ctx: RequestContext, changes: IngestedChanges, toForward: TraceToForward[]) {
  const ended = changes.traces.filter((t) => t.row.end_time !== null).map((t) => ({ traceId: t.row.id as string, projectId: changes.projectId }));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      Promise.all([
        ctx.jobs.enqueue(JOBS.traceMetrics, ended),
        ctx.jobs.enqueue(JOBS.rollupBucket, changes.hours.map((h) => ({ projectId: changes.projectId, hour: h.toISOString() }))),
        toForward.length ? enqueueForwards(ctx.jobs, changes.projectId, toForward) : undefined,
      ]),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS))),
    ]);
  } catch (e) {
    ctx.log('Enqueueing follow-up jobs failed; the sweep will catch up:', e);
  } finally {
    clearTimeout(timer);
  }
}

// A slow broker must not hold an ingestion's answer for long: the sweep catches up what is not queued.
const ENQUEUE_TIMEOUT_MS = 3000;

/** CREATED for a trace that did not exist before the batch, COMPLETED when it stopped running, else UPDATED. */
function traceChange(before: string | undefined, after: string): TraceChange {
  if (before === undefined) return TraceChange.CREATED;
  return before === 'running' && after !== 'running' ? TraceChange.COMPLETED : TraceChange.UPDATED;
}

/**
 * Gives each span row the next sequence numbers of its trace, in start-time order within the
 * batch (listing order for ties), so the live tail of a trace reads chronologically.
 */
async function reserveSpanSeq(m: EntityManager, rows: Row[]) {
  const byTrace = new Map<string, Row[]>();
  for (const r of rows) {
    const list = byTrace.get(r.trace_id as string);
    if (list) list.push(r);
    else byTrace.set(r.trace_id as string, [r]);
  }
  if (!byTrace.size) return;
  const traceIds = [...byTrace.keys()];
  const [reserved]: [{ id: string; first: number }[], number] = await m.query(RESERVE_SPAN_SEQ_SQL, [
    traceIds,
    traceIds.map((id) => byTrace.get(id)!.length),
  ]);
  const time = (r: Row) => (r.start_time as Date | null)?.getTime() ?? Number.POSITIVE_INFINITY;
  for (const { id, first } of reserved) {
    const list = byTrace.get(id)!.map((r, i) => ({ r, i }));
    list.sort((a, b) => time(a.r) - time(b.r) || a.i - b.i);
    list.forEach(({ r }, i) => (r.seq = first + i));
  }
}

/** Prices LLM calls that carry no client cost, from their merged model and token counts; the stored rows get the prices too. */
async function priceLlmCalls(m: EntityManager, stored: Map<string, Row>) {
  const priced: { id: string; p: number; c: number; t: number; pd: string; cd: string }[] = [];
  for (const r of stored.values()) {
    if (r.kind !== 'llm' || r.cost_source === 'client') continue;
    const cost = costForModel(r.model as string | null, {
      promptTokens: r.prompt_tokens as number | null,
      completionTokens: r.completion_tokens as number | null,
      cacheReadTokens: r.cache_read_tokens as number | null,
      cacheCreationTokens: r.cache_creation_tokens as number | null,
      reasoningTokens: r.reasoning_tokens as number | null,
    });
    if (!cost) continue;
    Object.assign(r, {
      prompt_cost: cost.promptCost,
      completion_cost: cost.completionCost,
      total_cost: cost.totalCost,
      prompt_cost_details: cost.promptCostDetails,
      completion_cost_details: cost.completionCostDetails,
      cost_source: 'computed',
    });
    priced.push({
      id: r.id as string,
      p: cost.promptCost,
      c: cost.completionCost,
      t: cost.totalCost,
      pd: JSON.stringify(cost.promptCostDetails),
      cd: JSON.stringify(cost.completionCostDetails),
    });
  }
  if (!priced.length) return;
  await m.query(
    `UPDATE spans t SET prompt_cost = u.p, completion_cost = u.c, total_cost = u.t,
            prompt_cost_details = u.pd, completion_cost_details = u.cd, cost_source = 'computed'
       FROM unnest($1::uuid[], $2::float8[], $3::float8[], $4::float8[], $5::jsonb[], $6::jsonb[]) AS u(id, p, c, t, pd, cd)
      WHERE t.id = u.id`,
    [priced.map((x) => x.id), priced.map((x) => x.p), priced.map((x) => x.c), priced.map((x) => x.t), priced.map((x) => x.pd), priced.map((x) => x.cd)],
  );
}
