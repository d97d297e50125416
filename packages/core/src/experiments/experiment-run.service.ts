import { performance } from 'node:perf_hooks';
import { v5 as uuidv5 } from 'uuid';
import { type ChatAnswer, type ChatEndpoint, ChatCompletionError, type ChatMessage, postChatCompletion } from '../common/chat-completions.client';
import type { BaseContext } from '../common/service.context';
import { db, withTransaction } from '../common/transaction.util';
import { examplesAt, type ExampleAtVersion } from '../datasets/dataset-examples.sql';
import { ExperimentEntity, ExperimentRunEntity } from '../datasets/experiment.entity';
import { ingestBatch } from '../ingest/ingest.service';
import type { LiveHub } from '../live/live.hub';
import { askJudge, JudgeUnavailableError, type JudgeSettings } from '../metrics/judge/judge.client';
import { metricId } from '../metrics/trace-metrics.store';
import { MissingVariablesError, renderTemplate } from '../prompts/prompt-template.compute';
import { PromptVersionEntity } from '../prompts/prompt.entity';
import { RunTypeEnum } from '../spans/span.type';
import { TraceStatusEnum } from '../traces/trace.type';
import {
  type EvaluatedRun,
  evaluateDeterministic,
  type EvaluatorScore,
  type EvaluatorSpec,
  judgePrompt,
  judgeScore,
  parseOutputJson,
} from './evaluators.compute';
import { publishExperimentUpdate } from './experiment.events';
import { dispatchRuns, enqueueRuns } from './experiment.service';
import { endpointWithSecret } from './llm-endpoint.service';
import { experimentLoaders } from './experiment.loaders';
import { SecretDecryptError } from './secret-box.util';

/** Namespace of the ids of a run's trace and spans: a retry after a crash writes the same trace again instead of a second one. */
const RUN_TRACE_NAMESPACE = '0d5c2f7e-3b1a-4c59-9f0e-8a6b7c1d2e3f';
/** Sources of experiment scores; the worker's trace metrics (sources 'worker' and 'judge') never replace them. */
const EVALUATOR_SOURCE = 'evaluator';
const JUDGE_SOURCE = 'experiment-judge';

/** A run failed for good: recorded as failed, not retried (a 4xx, a missing variable, an undecryptable key). */
class RunFailure extends Error {}

type JobCtx = BaseContext & { live: LiveHub };
type RunOutput = { text: string; json: unknown };

/** The messages of a run: the prompt version rendered with the example's inputs, else inputs.messages, else the inputs as one user message. */
function messagesOf(version: PromptVersionEntity | null, inputs: Record<string, unknown>): ChatMessage[] {
  if (version) {
    try {
      return renderTemplate(version.templateFormat, version.template, inputs);
    } catch (e) {
      if (e instanceof MissingVariablesError) throw new RunFailure(e.message);
      throw e;
    }
  }
  if (Array.isArray(inputs.messages)) return inputs.messages as ChatMessage[];
  return [{ role: 'user', content: JSON.stringify(inputs) }];
}

/**
 * Runs one example of an experiment: asks the model, traces the exchange through ingest (a root
 * span and its LLM call, linked to the prompt version and the example), stores the output, scores
 * it, and records the run as done, starting the next pending one. Retryable failures (network, 429,
 * 5xx, timeouts, an unreachable judge) are thrown for the queue to retry until the last attempt,
 * which records the run as failed instead. A re-run resumes: once the output is stored, only the
 * scoring is done again.
 */
export async function runExperimentRun(
  ctx: JobCtx,
  ids: { experimentId: string; runId: string },
  job: { attemptsMade: number; maxAttempts: number },
): Promise<Record<string, unknown>> {
  const exp = await db(ctx).findOne(ExperimentEntity, { where: { id: ids.experimentId } });
  const run = await db(ctx).findOne(ExperimentRunEntity, { where: { id: ids.runId } });
  if (!exp || !run) return { skipped: 'deleted' };
  // A client's experiment (LangSmith evaluate()) records its runs through ingest; the worker never runs them.
  if (exp.kind !== 'sextant') return { skipped: 'run by a client' };
  if (run.status !== 'running') return { skipped: `run already ${run.status}` };
  if (exp.status === 'cancelled') {
    // Never started: back to pending, so the counts tell what ran.
    await db(ctx).query(`UPDATE experiment_runs SET status = 'pending', started_at = NULL WHERE id = $1 AND status = 'running'`, [run.id]);
    return { skipped: 'experiment cancelled' };
  }
  if (exp.status === 'queued') {
    const [started]: [unknown[], number] = await db(ctx).query(
      `UPDATE experiments SET status = 'running', started_at = now(), updated_at = now() WHERE id = $1 AND status = 'queued' RETURNING id`,
      [exp.id],
    );
    if (started.length) publishExperimentUpdate(ctx.live, { experimentId: exp.id, runId: null, status: 'running' });
  }
  await db(ctx).query(`UPDATE experiment_runs SET attempts = attempts + 1 WHERE id = $1`, [run.id]);
  const last = job.attemptsMade + 1 >= job.maxAttempts;
  try {
    const [example] = await examplesAt(ctx, exp.datasetId, exp.datasetVersion, { ids: [run.exampleId] });
    if (!example) throw new RunFailure(`Example ${run.exampleId} is not in the dataset at version ${exp.datasetVersion}`);
    let endpoint: Awaited<ReturnType<typeof endpointWithSecret>>;
    try {
      endpoint = await endpointWithSecret(ctx, exp.projectId);
    } catch (e) {
      if (e instanceof SecretDecryptError) throw new RunFailure(e.message);
      throw e;
    }
    let output = run.output as RunOutput | null;
    let traceId = run.traceId;
    if (!traceId || !output) {
      if (!endpoint) throw new RunFailure('The project has no LLM endpoint any more');
      ({ output, traceId } = await callAndTrace(ctx, exp, run, example, endpoint, last));
    }
    const fresh = await db(ctx).findOneOrFail(ExperimentRunEntity, { where: { id: run.id } });
    const scored = await scoreRun(ctx, exp, fresh, example, output, endpoint, last);
    await finishRun(ctx, exp.id, run.id, 'completed', scored.judgeError);
    return { traceId, scores: scored.names };
  } catch (e) {
    const retryable = !(e instanceof RunFailure) && !(e instanceof ChatCompletionError && !e.retryable);
    const message = e instanceof Error ? e.message : String(e);
    if (retryable && !last) {
      await db(ctx).query(`UPDATE experiment_runs SET error = $2 WHERE id = $1`, [run.id, `Attempt ${job.attemptsMade + 1} failed: ${message}`.slice(0, 2000)]);
      throw e;
    }
    await finishRun(ctx, exp.id, run.id, 'failed', message.slice(0, 2000));
    return { failed: message };
  }
}

/** Asks the endpoint and traces the exchange; stores the output, latency, tokens, cost and trace on the run. A final failure is traced too. */
async function callAndTrace(
  ctx: JobCtx,
  exp: ExperimentEntity,
  run: ExperimentRunEntity,
  example: ExampleAtVersion,
  endpoint: { baseUrl: string; apiKey: string | null },
  last: boolean,
): Promise<{ output: RunOutput; traceId: string }> {
  const version = exp.promptVersionId ? await db(ctx).findOne(PromptVersionEntity, { where: { id: exp.promptVersionId } }) : null;
  if (exp.promptVersionId && !version) throw new RunFailure(`Prompt version ${exp.promptVersionId} no longer exists`);
  const messages = messagesOf(version, example.inputs);
  const chat: ChatEndpoint = { baseUrl: endpoint.baseUrl, apiKey: endpoint.apiKey, timeoutMs: ctx.config.experiments.requestTimeoutMs };
  const startTime = new Date();
  const t0 = performance.now();
  let answer: ChatAnswer;
  try {
    answer = await postChatCompletion(chat, { ...exp.parameters, model: exp.model, messages, stream: false });
  } catch (e) {
    const failure = e instanceof ChatCompletionError && !e.retryable ? new RunFailure(`The endpoint refused the request: ${e.message}`) : e;
    // The run's last word: its trace shows the failed call, as any failed LLM call would.
    if (failure instanceof RunFailure || last) {
      const message = failure instanceof Error ? failure.message : String(failure);
      await traceExchange(ctx, exp, run, example, messages, { startTime, latencyMs: performance.now() - t0 }, { error: message });
    }
    throw failure;
  }
  const latencyMs = performance.now() - t0;
  const output: RunOutput = { text: answer.content, json: parseOutputJson(answer.content) ?? null };
  const { traceId, cost } = await traceExchange(ctx, exp, run, example, messages, { startTime, latencyMs }, { answer });
  const usage = answer.usage;
  const promptTokens = usage?.promptTokens ?? null;
  const completionTokens = usage?.completionTokens ?? null;
  await db(ctx).query(
    `UPDATE experiment_runs SET trace_id = $2, output = $3::jsonb, latency_ms = $4, prompt_tokens = $5, completion_tokens = $6, total_tokens = $7,
            total_cost = $8, error = NULL WHERE id = $1`,
    [
      run.id,
      traceId,
      JSON.stringify(output),
      latencyMs,
      promptTokens,
      completionTokens,
      usage?.totalTokens ?? (promptTokens !== null || completionTokens !== null ? (promptTokens ?? 0) + (completionTokens ?? 0) : null),
      cost,
    ],
  );
  return { output, traceId };
}

/**
 * Traces one run through ingest, as a trace of the experiment's project: a root span with the
 * example's inputs and the output, and the LLM call (messages, completion, tokens, priced by
 * ingest) linked to the prompt version and the example; or the call's error. Returns the trace and
 * the call's cost. The ids derive from the run, so tracing a run again rewrites the same trace.
 */
async function traceExchange(
  ctx: JobCtx,
  exp: ExperimentEntity,
  run: ExperimentRunEntity,
  example: ExampleAtVersion,
  messages: ChatMessage[],
  timing: { startTime: Date; latencyMs: number },
  result: { answer: ChatAnswer } | { error: string },
): Promise<{ traceId: string; cost: number | null }> {
  const { startTime } = timing;
  const endTime = new Date(startTime.getTime() + Math.max(1, Math.round(timing.latencyMs)));
  const traceId = uuidv5(run.id, RUN_TRACE_NAMESPACE);
  const rootId = uuidv5(`${run.id}:root`, RUN_TRACE_NAMESPACE);
  const llmId = uuidv5(`${run.id}:llm`, RUN_TRACE_NAMESPACE);
  const name = `experiment: ${exp.name}`;
  // The root span is named by the dataset, not the experiment: two experiments on a dataset then
  // have the same span paths, so compareTraces aligns their runs' spans.
  const dataset = await experimentLoaders(ctx).datasetById.load(exp.datasetId);
  const rootName = `experiment: ${dataset?.name ?? exp.datasetId}`;
  const answer = 'answer' in result ? result.answer : null;
  const error = 'error' in result ? result.error : undefined;
  const outputs = answer ? { output: answer.content } : undefined;
  // Internal writer: the worker acts for the project the experiment belongs to.
  const ingested = await ingestBatch(
    { ...ctx, principal: { kind: 'admin' } },
    {
      projectId: exp.projectId,
      traces: [
        {
          id: traceId,
          name,
          startTime,
          endTime,
          inputs: example.inputs,
          outputs,
          modelName: exp.model ?? undefined,
          tags: ['experiment'],
          ...(error ? { status: TraceStatusEnum.ERROR, errorMessage: error } : {}),
          metadata: {
            experiment_id: exp.id,
            experiment_name: exp.name,
            dataset_id: exp.datasetId,
            dataset_version: exp.datasetVersion,
            example_id: example.id,
          },
        },
      ],
      agentCalls: [
        {
          id: rootId,
          traceId,
          name: rootName,
          runType: RunTypeEnum.CHAIN,
          startTime,
          endTime,
          inputs: example.inputs,
          outputs,
          error,
          referenceExampleId: example.id,
        },
      ],
      llmCalls: [
        {
          id: llmId,
          traceId,
          parentId: rootId,
          name: exp.model ?? 'chat',
          runType: RunTypeEnum.LLM,
          provider: 'openai',
          model: exp.model ?? answer?.model ?? undefined,
          startTime,
          endTime,
          inputs: { messages },
          outputs: answer ? { role: 'assistant', content: answer.content } : undefined,
          error,
          promptTokens: answer?.usage?.promptTokens ?? undefined,
          completionTokens: answer?.usage?.completionTokens ?? undefined,
          invocationParams: exp.parameters,
          promptVersionId: exp.promptVersionId ?? undefined,
          referenceExampleId: example.id,
        },
      ],
    },
    'experiment',
  );
  if (ingested.rejected) throw new Error(`Tracing the run failed: ${ingested.rejections.map((r) => r.message).join('; ')}`);
  // The cost is ingest's: the call priced from its model and tokens like any other.
  const [span]: { total_cost: number | null }[] = await db(ctx).query(`SELECT total_cost FROM spans WHERE id = $1 AND trace_id = $2`, [llmId, traceId]);
  if (error) await db(ctx).query(`UPDATE experiment_runs SET trace_id = $2, latency_ms = $3 WHERE id = $1`, [run.id, traceId, timing.latencyMs]);
  return { traceId, cost: span?.total_cost ?? null };
}

/** The judge of an experiment: its project's endpoint (with the evaluator's model, else the endpoint's, else the experiment's), else JUDGE_*. */
function judgeOf(
  ctx: JobCtx,
  exp: ExperimentEntity,
  spec: EvaluatorSpec,
  endpoint: { baseUrl: string; apiKey: string | null; defaultModel: string | null } | null,
) {
  if (endpoint) {
    const model = spec.options.model ?? endpoint.defaultModel ?? exp.model ?? ctx.config.judge.model;
    return { baseUrl: endpoint.baseUrl, apiKey: endpoint.apiKey ?? undefined, model, timeoutMs: ctx.config.judge.timeoutMs } satisfies JudgeSettings;
  }
  return { ...ctx.config.judge, model: spec.options.model ?? ctx.config.judge.model } satisfies JudgeSettings;
}

/**
 * Scores a run with every evaluator and stores the scores as metrics of its trace (one row per key,
 * with a fixed id, so a re-run overwrites them). A judge that cannot be reached is thrown for a
 * retry; on the last attempt its score is left out and the run records why.
 */
async function scoreRun(
  ctx: JobCtx,
  exp: ExperimentEntity,
  run: ExperimentRunEntity,
  example: ExampleAtVersion,
  output: RunOutput,
  endpoint: { baseUrl: string; apiKey: string | null; defaultModel: string | null } | null,
  last: boolean,
): Promise<{ names: string[]; judgeError: string | null }> {
  let judgeError: string | null = null;
  const evaluated: EvaluatedRun = {
    text: output.text,
    json: output.json === null ? parseOutputJson(output.text) : output.json,
    reference: example.outputs,
    inputs: example.inputs,
    latencyMs: run.latencyMs,
    cost: run.totalCost,
  };
  const specs = exp.evaluators as EvaluatorSpec[];
  const scores: { spec: EvaluatorSpec; score: EvaluatorScore; source: string; config: Record<string, unknown> }[] = [];
  for (const spec of specs) {
    if (spec.kind === 'LLM_JUDGE') continue;
    scores.push({ spec, score: evaluateDeterministic(spec, evaluated), source: EVALUATOR_SOURCE, config: { kind: spec.kind, options: spec.options } });
  }
  for (const spec of specs) {
    if (spec.kind !== 'LLM_JUDGE') continue;
    const judge = judgeOf(ctx, exp, spec, endpoint);
    let answer;
    try {
      answer = await askJudge(judge, judgePrompt(spec, evaluated));
    } catch (e) {
      // Thrown for a retry of the run from here (its output is kept); on the last attempt the score is left out.
      if (!(e instanceof JudgeUnavailableError)) throw e;
      if (!last) throw new Error(`The judge failed: ${e.message}`, { cause: e });
      judgeError = `The judge of ${spec.key} failed: ${e.message}`;
      continue;
    }
    scores.push({
      spec,
      score: judgeScore(spec, answer.content),
      source: JUDGE_SOURCE,
      config: { kind: spec.kind, options: spec.options, model: judge.model },
    });
  }
  if (scores.length && run.traceId) {
    const now = new Date();
    await db(ctx).query(
      `INSERT INTO metrics (id, project_id, trace_id, span_id, name, score, value, reason, config, "timestamp", source)
       SELECT u.id, $1, $2, NULL, u.name, u.score, u.value, u.reason, u.config::jsonb, $3, u.source
         FROM unnest($4::uuid[], $5::text[], $6::float8[], $7::float8[], $8::text[], $9::text[], $10::text[]) AS u(id, name, score, value, reason, config, source)
       ON CONFLICT (id) DO UPDATE SET score = EXCLUDED.score, value = EXCLUDED.value, reason = EXCLUDED.reason, config = EXCLUDED.config,
              "timestamp" = EXCLUDED."timestamp", source = EXCLUDED.source
        WHERE metrics.source IN ('${EVALUATOR_SOURCE}', '${JUDGE_SOURCE}') AND metrics.trace_id = EXCLUDED.trace_id`,
      [
        exp.projectId,
        run.traceId,
        now,
        scores.map((s) => metricId(run.traceId!, s.spec.key, 'experiment')),
        scores.map((s) => s.spec.key),
        scores.map((s) => s.score.score),
        scores.map((s) => s.score.value),
        scores.map((s) => s.score.reason),
        scores.map((s) => JSON.stringify(s.config)),
        scores.map((s) => s.source),
      ],
    );
    ctx.live.publishMetricsComputed(
      exp.projectId,
      run.traceId,
      scores.map((s) => s.spec.key),
    );
  }
  return { names: scores.map((s) => s.spec.key), judgeError };
}

/**
 * Records a run as done and counts it on its experiment in one transaction, completing the
 * experiment with its last run (failed only when every run failed), and starts the next pending
 * run; then enqueues it and announces the change. A run already recorded changes nothing.
 */
async function finishRun(ctx: JobCtx, experimentId: string, runId: string, status: 'completed' | 'failed', error: string | null): Promise<void> {
  const outcome = await withTransaction(ctx, async (tx) => {
    const [done]: [unknown[], number] = await db(tx).query(
      `UPDATE experiment_runs SET status = $2, error = $3, finished_at = now() WHERE id = $1 AND status = 'running' RETURNING id`,
      [runId, status, error],
    );
    if (!done.length) return null;
    const ok = status === 'completed' ? 1 : 0;
    const [[exp]]: [{ status: string }[], number] = await db(tx).query(
      `UPDATE experiments SET completed_count = completed_count + $2, failed_count = failed_count + $3, updated_at = now(),
              status = CASE WHEN status IN ('queued', 'running') AND completed_count + failed_count + 1 >= example_count
                            THEN CASE WHEN completed_count + $2 = 0 THEN 'failed' ELSE 'completed' END ELSE status END,
              error = CASE WHEN status IN ('queued', 'running') AND completed_count + failed_count + 1 >= example_count AND completed_count + $2 = 0
                           THEN 'Every run failed; see the runs for why' ELSE error END,
              finished_at = CASE WHEN status IN ('queued', 'running') AND completed_count + failed_count + 1 >= example_count THEN now() ELSE finished_at END
        WHERE id = $1 RETURNING status`,
      [experimentId, ok, 1 - ok],
    );
    return { status: exp?.status ?? 'deleted', next: await dispatchRuns(tx, experimentId) };
  });
  if (!outcome) return;
  await enqueueRuns(ctx, experimentId, outcome.next);
  publishExperimentUpdate(ctx.live, { experimentId, runId, status: outcome.status });
}
