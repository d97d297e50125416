import { isUuid } from '../common/uuid.util';
import type { DbContext } from '../common/service.context';
import { db, withTransaction } from '../common/transaction.util';
import type { JudgeSettings } from './judge/judge.client';
import { JUDGE_METRIC_NAMES, judgeInputHash, type JudgeInputs, type JudgeMetricName, runJudgeMetrics } from './judge/judge-metrics.service';
import {
  allDeclaredTools,
  buildConversation,
  type ComputedMetric,
  computeDeterministicMetrics,
  type MetricsError,
  type MetricsSpan,
  type MetricsTrace,
} from './trace-metrics.compute';
import { type MetricRow, metricId, readWorkerMetrics, syncWorkerMetrics, type WorkerSource } from './trace-metrics.store';

export type { JudgeSettings } from './judge/judge.client';
export { JudgeTimeoutError, JudgeUnavailableError } from './judge/judge.client';

export type TraceMetricsResult = { traceId: string; projectId: string; written: number; unchanged: number; removed: number; metricNames: string[] };

/** One or more judged metrics could not be computed; the deterministic ones (and any judged one that worked) are stored. */
export class JudgeMetricsFailedError extends Error {
  override name = 'JudgeMetricsFailedError';
  constructor(
    readonly traceId: string,
    readonly failures: { name: string; error: Error }[],
  ) {
    super(`Judged metrics of trace ${traceId} failed: ${failures.map((f) => `${f.name}: ${f.error.message}`).join('; ')}`, { cause: failures[0]?.error });
  }
}

type TraceData = { trace: MetricsTrace; spans: MetricsSpan[]; errors: MetricsError[] };

// The span columns the metrics read, under the names of the span entities: the rows fit MetricsSpan
// as they come. Raw SQL rather than the repository: hydrating entities halves the worker's throughput.
const SPAN_COLUMNS = `id, kind, parent_id AS "parentId", run_type AS "runType", name, status, start_time AS "startTime", end_time AS "endTime",
  duration_ms AS "durationMs", step_index AS "stepIndex", error, metadata, total_cost AS "totalCost", provider, model,
  prompt_tokens AS "promptTokens", completion_tokens AS "completionTokens", total_tokens AS "totalTokens",
  cache_read_tokens AS "cacheReadTokens", first_token_time AS "firstTokenTime", retry_count AS "retryCount",
  decision_id AS "decisionId", llm_call_id AS "llmCallId"`;

/** Reads a trace, its spans and its errors in three queries; null when the trace does not exist. */
async function readTrace(ctx: DbContext, traceId: string, withContent: boolean): Promise<TraceData | null> {
  const m = db(ctx);
  const [trace]: MetricsTrace[] = await m.query(
    `SELECT id, project_id AS "projectId", start_time AS "startTime", end_time AS "endTime", duration_ms AS "durationMs", metadata FROM traces WHERE id = $1`,
    [traceId],
  );
  if (!trace) return null;
  // Inputs and outputs only feed the judge, and they are the bulk of a span.
  const content = withContent ? 'inputs, outputs' : 'NULL AS inputs, NULL AS outputs';
  const [spans, errors]: [MetricsSpan[], MetricsError[]] = await Promise.all([
    m.query(`SELECT ${SPAN_COLUMNS}, ${content} FROM spans WHERE trace_id = $1`, [traceId]),
    m.query(
      `SELECT id, agent_id AS "agentId", llm_call_id AS "llmCallId", tool_call_id AS "toolCallId", error_type AS "errorType", error_message AS "errorMessage"
         FROM errors WHERE trace_id = $1`,
      [traceId],
    ),
  ]);
  return { trace, spans, errors };
}

const toRow = (trace: MetricsTrace, source: WorkerSource, m: ComputedMetric, start: Date, end: Date): MetricRow => ({
  id: metricId(trace.id, m.name, m.spanId ?? m.label),
  projectId: trace.projectId,
  traceId: trace.id,
  spanId: m.spanId,
  name: m.name,
  score: m.score,
  value: m.value,
  reason: m.reason,
  resultDetail: m.resultDetail,
  config: m.config,
  startTime: start,
  endTime: end,
  durationMs: end.getTime() - start.getTime(),
  timestamp: end,
  source,
});

// The trace was deleted between the read and the write (metrics.trace_id references it).
const isTraceGone = (e: unknown) => ((e as { driverError?: { code?: string } }).driverError?.code ?? (e as { code?: string }).code) === '23503';

/**
 * Computes and stores every metric of one trace; idempotent. The deterministic metrics are
 * committed first, then the judge (when configured) is asked, so a judge outage never holds back
 * the rest; a failed judge request rejects (after storing what did succeed) so the job is retried.
 * Returns null when the trace does not exist (deleted meanwhile).
 */
export async function computeTraceMetrics(
  ctx: DbContext,
  traceId: string,
  judge: JudgeSettings,
  opts: { fetch?: typeof fetch; now?: () => Date } = {},
): Promise<TraceMetricsResult | null> {
  if (!isUuid(traceId)) return null;
  const now = opts.now ?? (() => new Date());
  const judgeOn = Boolean(judge.baseUrl);
  const started = now();
  const data = await readTrace(ctx, traceId, judgeOn);
  if (!data) return null;
  const { trace, spans, errors } = data;
  const computed = computeDeterministicMetrics(trace, spans, errors);
  const ended = now();
  const workerRows = computed.map((m) => toRow(trace, 'worker', m, started, ended));

  let storedJudge: MetricRow[] = [];
  let plan;
  try {
    plan = await withTransaction(ctx, async (tx) => {
      const m = db(tx);
      const p = await syncWorkerMetrics(m, trace.id, 'worker', workerRows);
      if (judgeOn) storedJudge = await readWorkerMetrics(m, trace.id, ['judge']);
      return p;
    });
  } catch (e) {
    if (isTraceGone(e)) return null;
    throw e;
  }
  const result: TraceMetricsResult = {
    traceId: trace.id,
    projectId: trace.projectId,
    written: plan.write.length,
    unchanged: plan.unchanged.length,
    removed: plan.remove.length,
    metricNames: [...new Set(workerRows.map((r) => r.name))],
  };
  // Without a judge the stored verdicts are left as they are: turning the judge off should stop the spending, not erase its history.
  if (!judgeOn) return finish(result);

  const conversation = buildConversation(spans);
  const inputs: JudgeInputs = { conversation, tools: allDeclaredTools(trace, spans) };
  const byId = new Map(storedJudge.map((r) => [r.id, r]));
  const reused: MetricRow[] = [];
  const toAsk: JudgeMetricName[] = [];
  // With no LLM or tool call there is nothing to judge: no judged metric, and earlier ones go.
  if (conversation.length) {
    for (const name of JUDGE_METRIC_NAMES) {
      const old = byId.get(metricId(trace.id, name, null));
      const hash = (old?.config as { inputHash?: unknown } | null)?.inputHash;
      if (old && hash === judgeInputHash(name, inputs, judge.model)) reused.push(old);
      else toAsk.push(name);
    }
  }
  const run = await runJudgeMetrics(judge, inputs, toAsk, opts);
  const judged = [...reused, ...run.results.map((m) => toRow(trace, 'judge', m, m.startTime, m.endTime))];
  const keep = new Set(run.failures.map((f) => metricId(trace.id, f.name, null)));
  result.metricNames.push(...judged.map((r) => r.name));
  // Every stored verdict reused and nothing new: the usual rerun, which needs no second transaction.
  if (!run.results.length && !run.failures.length && reused.length === storedJudge.length) {
    result.unchanged += reused.length;
    return finish(result);
  }
  let judgePlan;
  try {
    judgePlan = await withTransaction(ctx, (tx) => syncWorkerMetrics(db(tx), trace.id, 'judge', judged, keep));
  } catch (e) {
    if (isTraceGone(e)) return null;
    throw e;
  }
  result.written += judgePlan.write.length;
  result.unchanged += judgePlan.unchanged.length;
  result.removed += judgePlan.remove.length;
  if (run.failures.length) throw new JudgeMetricsFailedError(trace.id, run.failures);
  return finish(result);
}

const finish = (r: TraceMetricsResult): TraceMetricsResult => ({ ...r, metricNames: [...new Set(r.metricNames)].sort() });
