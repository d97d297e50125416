import { In } from 'typeorm';
import { isUuid } from '../common/uuid.util';
import { createHash } from 'node:crypto';
import type { Config } from '@sextant/config';
import { JOBS } from '@sextant/jobs';
import type { BaseContext, DbContext, RequestContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { badInput } from '../common/app.errors';
import { sanitizeString } from '../common/sanitize.util';
import { ErrorEntity } from '../traces/error.entity';
import { MetricEntity } from '../traces/metric.entity';
import type { ProjectEntity } from '../projects/project.entity';
import { projectFor } from '../projects/project.service';
import { SpanEntity } from '../spans/span.entity';
import { TraceEntity } from '../traces/trace.entity';
import type { LangSmithForwardClient } from './langsmith-forward.client';
import { type ForwardFeedback, type ForwardRun, type ForwardTraceRows, mapTraceFeedback, mapTraceToRuns, toPatch } from './langsmith-forward.mapper';
import { type ForwardingStatus, type ProjectForwarding, type ProjectForwardingInput, type TraceForwarding } from './langsmith-forward.type';
import { forwardLoaders } from './langsmith-forward.loaders';
import { projectLoaders } from '../projects/project.loaders';

type ForwardSettings = Pick<ProjectEntity, 'langsmithForwarding' | 'langsmithProject'>;

/** A trace to forward, and whether it is still running (then it goes out in parts). */
export type TraceToForward = { id: string; running: boolean };

/** Whether a project's traces go to LangSmith, and under which LangSmith project. */
export function forwardingSettings(config: Config, project: ForwardSettings | null | undefined): { enabled: boolean; langsmithProject: string } {
  const target = config.langsmithForward;
  return {
    enabled: target.configured && (project?.langsmithForwarding ?? target.enabled),
    langsmithProject: project?.langsmithProject ?? target.project,
  };
}

/** One line on forwarding for a start-up banner; never the key, nor credentials in the endpoint. */
export function forwardingSummary(config: Config): string {
  const target = config.langsmithForward;
  if (!target.configured) return 'off (LANGSMITH_API_KEY not set)';
  const url = new URL(target.endpoint);
  const where = `${url.origin}${url.pathname.replace(/\/$/, '')}, LangSmith project "${target.project}" unless a project names another`;
  return target.enabled
    ? `on for every project that did not turn it off, to ${where}`
    : `off by default (LANGSMITH_TRACING not "true"); projects can turn it on, to ${where}`;
}

// What clients, LangSmith SDKs and people or programs scoring through the feedback API sent: the
// worker's metrics stay in Sextant.
const FORWARDED_SOURCES = ['client', 'langsmith', 'api', 'human'] as const;

/** The rows one trace is forwarded from; null when the trace is gone. */
async function loadForwardRows(ctx: DbContext, traceId: string): Promise<ForwardTraceRows | null> {
  const m = db(ctx);
  const trace = await m.getRepository(TraceEntity).findOneBy({ id: traceId });
  if (!trace) return null;
  const [spans, errors, metrics] = await Promise.all([
    m.getRepository(SpanEntity).find({ where: { traceId }, order: { startTime: 'ASC', id: 'ASC' } }),
    m.getRepository(ErrorEntity).find({ where: { traceId }, order: { timestamp: 'ASC', id: 'ASC' } }),
    m.getRepository(MetricEntity).find({ where: { traceId, source: In([...FORWARDED_SOURCES]) }, order: { timestamp: 'ASC', id: 'ASC' } }),
  ]);
  return { trace, spans, errors, metrics };
}

/** The traces due a forward: ended ones, and running ones when they go out in parts (LANGSMITH_FORWARD_INTERVAL_MS). */
export function dueForForward(config: Config, traces: TraceToForward[]): TraceToForward[] {
  return traces.filter((t) => !t.running || config.jobs.forwardIntervalMs > 0);
}

/**
 * Marks traces pending: the record the sweep re-queues from should the enqueue after commit be
 * lost. Ingestion calls it in its transaction.
 */
export async function markForwardsPending(ctx: DbContext, traceIds: string[]): Promise<void> {
  if (!traceIds.length) return;
  await db(ctx).query(
    // clock_timestamp, not the transaction's start: it narrows the window in which a send that read the
    // trace just before this commit calls it sent; the job queued after the commit sends it anyway.
    `INSERT INTO langsmith_forwards (trace_id, status, requested_at) SELECT unnest($1::uuid[]), 'pending', clock_timestamp()
     ON CONFLICT (trace_id) DO UPDATE SET status = 'pending', requested_at = clock_timestamp(), updated_at = now()`,
    [traceIds],
  );
}

/** Queues the forward of traces marked pending: ended ones soon, running ones at most once per forward interval. */
export async function enqueueForwards(ctx: BaseContext, projectId: string, due: TraceToForward[]): Promise<void> {
  await ctx.jobs.enqueue(
    JOBS.langsmithForward,
    due.map((t) => ({ traceId: t.id, projectId, ...(t.running ? { running: true } : {}) })),
  );
}

/** Marks traces pending and queues their forward (outside ingestion: retries). */
async function requestForwards(ctx: BaseContext, projectId: string, traces: TraceToForward[]): Promise<void> {
  const due = dueForForward(ctx.config, traces);
  await markForwardsPending(
    ctx,
    due.map((t) => t.id),
  );
  await enqueueForwards(ctx, projectId, due);
}

/** Pending forwards whose job may have been lost (asked for over `olderThanMs` ago), for the sweep to queue again. */
export async function stalePendingForwards(ctx: DbContext, olderThanMs: number, limit = 1000): Promise<Array<{ traceId: string; projectId: string }>> {
  const rows: Array<{ trace_id: string; project_id: string }> = await db(ctx).query(
    `SELECT f.trace_id, t.project_id FROM langsmith_forwards f JOIN traces t ON t.id = f.trace_id
     WHERE f.status = 'pending' AND f.requested_at < now() - make_interval(secs => $1::double precision / 1000)
     ORDER BY f.requested_at LIMIT $2`,
    [olderThanMs, limit],
  );
  return rows.map((r) => ({ traceId: r.trace_id, projectId: r.project_id }));
}

const digestOf = (run: ForwardRun) => createHash('sha1').update(JSON.stringify(run)).digest('base64url');
// The digest recorded for a feedback: sent once, never compared.
const FEEDBACK_SENT = 'feedback';

/** Runs LangSmith holds of the trace: those sent before and those just delivered, feedback aside. */
function runsHeld(before: Map<string, string>, done: Array<{ id: string; digest: string }>): number {
  const ids = new Set([...before].filter(([, d]) => d !== FEEDBACK_SENT).map(([id]) => id));
  for (const r of done) if (r.digest !== FEEDBACK_SENT) ids.add(r.id);
  return ids.size;
}

export type ForwardOutcome = { skipped: string } | { posted: number; patched: number; unchanged: number };

/**
 * Sends what LangSmith does not hold yet of one trace: a post for each new run, a patch for each
 * run whose state changed since it was sent, nothing for the rest. The queue runs one send per
 * trace at a time (its deduplication id), and no transaction spans the HTTP call, so a slow
 * LangSmith holds no database connection. The status says sent only if no newer change was asked
 * for while this send read the trace.
 */
export async function forwardTrace(ctx: BaseContext, client: LangSmithForwardClient, traceId: string): Promise<ForwardOutcome> {
  const m = db(ctx);
  const [state]: Array<ForwardSettings & { runsSent: number | null; readAt: Date }> = await m.query(
    `SELECT p.langsmith_forwarding AS "langsmithForwarding", p.langsmith_project AS "langsmithProject", f.runs_sent AS "runsSent",
            clock_timestamp() AS "readAt"
     FROM traces t JOIN projects p ON p.id = t.project_id LEFT JOIN langsmith_forwards f ON f.trace_id = t.id WHERE t.id = $1`,
    [traceId],
  );
  if (!state) return { skipped: 'trace deleted' };
  const { readAt } = state;
  const settings = forwardingSettings(ctx.config, state);
  if (!settings.enabled) {
    await m.query(`UPDATE langsmith_forwards SET status = 'skipped', updated_at = now() WHERE trace_id = $1 AND status = 'pending'`, [traceId]);
    return { skipped: 'forwarding off for the project' };
  }
  const rows = await loadForwardRows(ctx, traceId);
  if (!rows) return { skipped: 'trace deleted' };
  const runs = mapTraceToRuns(rows, settings.langsmithProject);
  // Most traces are sent once, whole: only one sent before has digests to compare with.
  const sent: Array<{ run_id: string; digest: string }> = state.runsSent
    ? await m.query('SELECT run_id, digest FROM langsmith_forward_runs WHERE trace_id = $1', [traceId])
    : [];
  const before = new Map(sent.map((r) => [r.run_id, r.digest]));
  const digests = runs.map(digestOf);
  const post: ForwardRun[] = [];
  const patch: ForwardRun[] = [];
  runs.forEach((run, i) => {
    const d = before.get(run.id);
    if (d === undefined) post.push(run);
    else if (d !== digests[i]) patch.push(run);
  });
  // Feedback goes once: LangSmith's ingestion creates feedback, it does not update it.
  const feedback: ForwardFeedback[] = mapTraceFeedback(rows, new Set(runs.map((r) => r.id))).filter((f) => !before.has(f.id));
  const changed = post.length + patch.length + feedback.length;
  const delivered = new Set<string>();
  let failure: unknown;
  if (changed) {
    try {
      await client.send({ post, patch: patch.map(toPatch), feedback }, (ids) => ids.forEach((id) => delivered.add(id)));
    } catch (e) {
      failure = e;
    }
  }
  // Runs whose request got through are recorded even when a later one failed: a retry sends only
  // the rest. A failure is recorded with them, then rethrown: the job retries with backoff and,
  // out of attempts, stays in the failed set, to be retried (retryForwarding).
  const done = [...runs.map((r, i) => ({ id: r.id, digest: digests[i] })), ...feedback.map((f) => ({ id: f.id, digest: FEEDBACK_SENT }))].filter((r) =>
    delivered.has(r.id),
  );
  const error = failure === undefined ? null : (failure instanceof Error ? failure.message : String(failure)).slice(0, 4000);
  await m.query(
    `WITH digests AS (
       INSERT INTO langsmith_forward_runs (trace_id, run_id, digest) SELECT $1, unnest($2::uuid[]), unnest($3::text[])
       ON CONFLICT (trace_id, run_id) DO UPDATE SET digest = EXCLUDED.digest)
     INSERT INTO langsmith_forwards (trace_id, status, attempts, last_error, runs_sent, sent_at)
     VALUES ($1, CASE WHEN $6::text IS NULL THEN 'sent' ELSE 'failed' END, $5, $6, $7, CASE WHEN $6::text IS NULL AND $5 > 0 THEN now() END)
     ON CONFLICT (trace_id) DO UPDATE SET
       status = CASE WHEN $6::text IS NOT NULL THEN 'failed' WHEN langsmith_forwards.requested_at <= $4 THEN 'sent' ELSE 'pending' END,
       attempts = langsmith_forwards.attempts + $5, last_error = $6, runs_sent = $7, updated_at = now(),
       sent_at = CASE WHEN $6::text IS NULL AND $5 > 0 THEN now() ELSE langsmith_forwards.sent_at END`,
    [traceId, done.map((r) => r.id), done.map((r) => r.digest), readAt, changed ? 1 : 0, error, runsHeld(before, done)],
  );
  if (failure !== undefined) throw failure;
  return { posted: post.length, patched: patch.length, unchanged: runs.length - changed };
}

/** The forwarding status of a trace, through the request's loader; null when it was never forwarded. */
export async function forwardingOf(ctx: RequestContext, traceId: string): Promise<TraceForwarding | null> {
  const row = await forwardLoaders(ctx).forwardingByTrace.load(traceId);
  return row
    ? {
        status: row.status as ForwardingStatus,
        attempts: row.attempts,
        lastError: row.lastError,
        sentAt: row.sentAt,
        runsSent: row.runsSent,
        requestedAt: row.requestedAt,
      }
    : null;
}

/** A project's forwarding, as the API shows it: settings with the server's defaults applied, and what is queued or failed. */
export async function projectForwardingOf(ctx: RequestContext, projectId: string, project: ForwardSettings): Promise<ProjectForwarding> {
  const { enabled, langsmithProject } = forwardingSettings(ctx.config, project);
  const counts = await forwardLoaders(ctx).forwardCountsByProject.load(projectId);
  return { enabled, setting: project.langsmithForwarding ?? null, langsmithProject, available: ctx.config.langsmithForward.configured, ...counts };
}

/** Turns a project's forwarding on or off (null: the server default) and names its LangSmith project. */
export async function updateProjectForwarding(ctx: RequestContext, projectId: string, input: ProjectForwardingInput): Promise<ProjectEntity> {
  await projectFor(ctx, projectId, 'admin');
  const patch: Partial<ForwardSettings> = {};
  if (input.enabled !== undefined) {
    if (input.enabled === true && !ctx.config.langsmithForward.configured) {
      throw badInput('This server cannot forward to LangSmith: LANGSMITH_API_KEY is not set', { argumentName: 'enabled' });
    }
    patch.langsmithForwarding = input.enabled;
  }
  if (input.langsmithProject !== undefined) {
    const name = input.langsmithProject === null ? null : sanitizeString(input.langsmithProject).trim();
    if (name !== null && (!name || name.length > 200)) throw badInput('langsmithProject must be 1 to 200 characters', { argumentName: 'langsmithProject' });
    patch.langsmithProject = name;
  }
  if (Object.keys(patch).length)
    await db(ctx).query(
      `UPDATE projects SET
       langsmith_forwarding = CASE WHEN $2 THEN $3::boolean ELSE langsmith_forwarding END,
       langsmith_project = CASE WHEN $4 THEN $5::text ELSE langsmith_project END, updated_at = now()
     WHERE id = $1`,
      [projectId, 'langsmithForwarding' in patch, patch.langsmithForwarding ?? null, 'langsmithProject' in patch, patch.langsmithProject ?? null],
    );
  projectLoaders(ctx).projectById.clear(projectId);
  return (await projectLoaders(ctx).projectById.load(projectId))!;
}

/** Queues failed forwards of a project again (all of them, or the given traces); returns how many. */
export async function retryForwarding(ctx: RequestContext, projectId: string, traceIds?: string[] | null): Promise<number> {
  const project = await projectFor(ctx, projectId, 'admin');
  if (!forwardingSettings(ctx.config, project).enabled) throw badInput('Forwarding to LangSmith is off for this project', { argumentName: 'projectId' });
  if (traceIds?.some((id) => !isUuid(id))) throw badInput('traceIds must be UUIDs', { argumentName: 'traceIds' });
  const failed: TraceToForward[] = await db(ctx).query(
    `SELECT t.id, t.end_time IS NULL AS running FROM langsmith_forwards f JOIN traces t ON t.id = f.trace_id
     WHERE t.project_id = $1 AND f.status = 'failed' AND ($2::uuid[] IS NULL OR t.id = ANY($2::uuid[]))`,
    [projectId, traceIds ?? null],
  );
  // Queued as ended traces whatever their state: a retry goes out now, not at the next part.
  await requestForwards(
    ctx,
    projectId,
    failed.map((t) => ({ id: t.id, running: false })),
  );
  return failed.length;
}
