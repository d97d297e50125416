import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { RequestContext } from '../common/service.context';
import type { MetricInput } from '../ingest/ingest.input';
import { ingestBatch } from '../ingest/ingest.service';
import { describeIssues, parseLangSmithTime } from './langsmith.schemas';
import type { LangSmithIngestResult, LangSmithRejection } from './langsmith-op.types';
import { projectLoaders } from '../projects/project.loaders';
import { findExperimentSession } from './langsmith-projects.service';
import { db } from '../common/transaction.util';

/** One feedback as received (a `feedback.<id>` part, or the body of `POST /feedback`), before validation. */
export type LangSmithFeedbackOp = { source: string; id?: string; body: unknown; problem?: string };

const uuid = z.guid().transform((s) => s.toLowerCase());

/** LangSmith's FeedbackCreate, as the SDK's createFeedback sends it. Unknown keys are ignored. */
const feedbackSchema = z.looseObject({
  id: uuid.optional(),
  run_id: uuid.nullish(),
  trace_id: uuid.nullish(),
  key: z.string().min(1).max(500),
  score: z.union([z.number(), z.boolean()]).nullish(),
  value: z.unknown().optional(),
  comment: z.string().nullish(),
  correction: z.unknown().optional(),
  feedback_source: z.unknown().optional(),
  feedback_config: z.unknown().optional(),
  created_at: z.union([z.number(), z.string()]).nullish(),
  session_id: uuid.nullish(),
});
type Feedback = z.infer<typeof feedbackSchema>;

/** What Sextant keeps of a feedback's non-numeric parts, in the metric's resultDetail. */
type FeedbackDetail = { value?: unknown; correction?: unknown; feedback_source?: unknown; feedback_config?: unknown };

/**
 * The metric a feedback becomes: key → name, a score in [0, 1] (or a boolean) → score, any other
 * number → value, comment → reason, a string value → label, correction → correction; value,
 * correction and source also kept in resultDetail as before.
 */
function feedbackToMetric(f: Feedback, traceId: string, now: Date): MetricInput {
  const score = typeof f.score === 'boolean' ? (f.score ? 1 : 0) : (f.score ?? undefined);
  const inRange = score !== undefined && score >= 0 && score <= 1;
  const detail: FeedbackDetail = {};
  for (const k of ['value', 'correction', 'feedback_source', 'feedback_config'] as const) if (f[k] !== undefined && f[k] !== null) detail[k] = f[k];
  const created = f.created_at === null || f.created_at === undefined ? null : parseLangSmithTime(f.created_at);
  return {
    id: f.id ?? uuidv7(),
    traceId,
    spanId: f.run_id ?? undefined,
    name: f.key,
    score: inRange ? score : undefined,
    value: score !== undefined && !inRange ? score : undefined,
    reason: f.comment ?? undefined,
    resultDetail: Object.keys(detail).length ? { feedback: detail } : undefined,
    timestamp: created ?? now,
    source: 'langsmith',
    // A string value is a category (LangSmith's categorical feedback); other values stay in resultDetail only.
    label: typeof f.value === 'string' ? f.value : typeof f.value === 'boolean' ? String(f.value) : undefined,
    correction: f.correction ?? undefined,
  };
}

/** The project of a session id: a project's own id, or a client experiment's project. */
async function sessionProject(ctx: RequestContext, sessionId: string): Promise<string | undefined> {
  if (await projectLoaders(ctx).projectById.load(sessionId)) return sessionId;
  return (await findExperimentSession(ctx, sessionId, false))?.project_id;
}

/**
 * Stores LangSmith feedback as metrics of the run it scores (LangSmith's feedback_stats are the
 * spans' feedbackStats), in the run's trace; a trace_id that names another trace is refused. A run
 * not stored yet is waited for when the feedback names its trace; without a trace it is a 404, and
 * feedback on no run at all (project-level feedback) is refused.
 */
export async function ingestLangSmithFeedback(ctx: RequestContext, ops: LangSmithFeedbackOp[]): Promise<LangSmithIngestResult> {
  const rejected: LangSmithRejection[] = [];
  const valid: Array<{ op: LangSmithFeedbackOp; f: Feedback }> = [];
  for (const op of ops) {
    if (op.problem) {
      rejected.push({ source: op.source, id: op.id ?? null, message: op.problem, forbidden: false });
      continue;
    }
    const r = feedbackSchema.safeParse(op.body);
    if (!r.success) {
      rejected.push({ source: op.source, id: op.id ?? null, message: describeIssues(r.error), forbidden: false });
      continue;
    }
    const f = { ...r.data, id: r.data.id ?? op.id?.toLowerCase() };
    if (!f.run_id) {
      rejected.push({
        source: op.source,
        id: f.id ?? null,
        message: 'feedback must name the run it scores (run_id); project-level feedback is not kept',
        forbidden: false,
      });
      continue;
    }
    valid.push({ op, f });
  }
  if (!valid.length) return { accepted: 0, rejected, ids: [] };

  // Where each scored run lives: its span, or the trace it roots.
  const p = ctx.principal;
  const runIds = [...new Set(valid.map((v) => v.f.run_id!))];
  const rows: Array<{ id: string; trace_id: string; project_id: string; is_span: boolean }> = await db(ctx).query(
    `SELECT id, trace_id, project_id, true AS is_span FROM spans WHERE id = ANY($1::uuid[])
     UNION ALL SELECT id, id, project_id, false FROM traces WHERE id = ANY($1::uuid[])`,
    [runIds],
  );
  const where = new Map(rows.map((r) => [r.id, r]));
  const spans = new Set(rows.filter((r) => r.is_span).map((r) => r.id));
  const byProject = new Map<string, Array<{ op: LangSmithFeedbackOp; metric: MetricInput }>>();
  const now = new Date();
  for (const { op, f } of valid) {
    const run = where.get(f.run_id!);
    const own = run && (p.kind !== 'key' || run.project_id === p.projectId);
    if (!own) {
      // The SDK can send feedback before the batch holding its run lands: with the trace named and
      // the project known (the key's, or session_id for the admin key) it is kept, as a span is.
      // evaluate()'s feedback names the experiment as its session: the experiment's project is the one.
      const projectId = p.kind === 'key' ? p.projectId : f.session_id ? await sessionProject(ctx, f.session_id) : undefined;
      if (!run && f.trace_id && projectId) {
        byProject.set(projectId, [...(byProject.get(projectId) ?? []), { op, metric: feedbackToMetric(f, f.trace_id, now) }]);
        continue;
      }
      rejected.push({ source: op.source, id: f.id ?? null, message: `run ${f.run_id} is not stored`, forbidden: false, notFound: true });
      continue;
    }
    if (f.trace_id && f.trace_id !== run.trace_id) {
      rejected.push({ source: op.source, id: f.id ?? null, message: `trace_id ${f.trace_id} is not the trace of run ${f.run_id}`, forbidden: false });
      continue;
    }
    const metric = feedbackToMetric(f, run.trace_id, now);
    // Feedback on the root of a trace sent through GraphQL (no span of that id) scores the trace.
    if (!spans.has(f.run_id!)) metric.spanId = undefined;
    byProject.set(run.project_id, [...(byProject.get(run.project_id) ?? []), { op, metric }]);
  }

  let accepted = 0;
  const ids: string[] = [];
  for (const [projectId, items] of byProject) {
    const result = await ingestBatch(ctx, { projectId, metrics: items.map((i) => i.metric) }, 'langsmith');
    const refused = new Map(result.rejections.map((r) => [r.index, r]));
    items.forEach((item, i) => {
      const r = refused.get(i);
      if (!r) {
        accepted++;
        ids.push(item.metric.id!);
      } else rejected.push({ source: item.op.source, id: item.metric.id ?? null, message: r.message, forbidden: r.code === 'FORBIDDEN' });
    });
  }
  return { accepted, rejected, ids };
}
