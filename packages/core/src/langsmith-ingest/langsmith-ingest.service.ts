import { v7 as uuidv7 } from 'uuid';
import { assertProjectAccess, requireAuthenticated } from '../common/access.policy';
import type { RequestContext } from '../common/service.context';
import { badInput, payloadTooLarge } from '../common/app.errors';
import type { AgentCallInput, ErrorInput, IngestBatchInput, LLMCallInput, ToolCallInput, TraceInput } from '../ingest/ingest.input';
import { IngestList } from '../ingest/ingest.result';
import { ingestBatch } from '../ingest/ingest.service';
import { recomputeTotals } from '../traces/trace-totals.service';
import type { SpanKind } from '../spans/span.entity';
import { dottedSegment, parseDottedOrder } from '../spans/dotted-order.util';
import { ingestLangSmithFeedback } from './langsmith-feedback.service';
import { assembleMultipartOps, type MultipartPart } from './langsmith-multipart.parser';
import type { LangSmithIngestResult, LangSmithOp, LangSmithRejection } from './langsmith-op.types';
import { LangSmithProjects } from './langsmith-projects.service';
import { recordExperimentRuns } from './langsmith-experiment-runs.service';
import { kindOfRunType, looksLikeLlmRun, mapRun, type MappedRun, type ResolvedRun, storedRunType } from './langsmith-run.mapper';
import { describeIssues, type LangSmithRun, runBatchSchema, runCreateSchema, runUpdateSchema } from './langsmith.schemas';
import { db } from '../common/transaction.util';

/** Stores the runs of a `POST /runs/multipart` body, then the feedback it carries (which may score those runs). */
export async function ingestLangSmithMultipart(ctx: RequestContext, parts: MultipartPart[]): Promise<LangSmithIngestResult> {
  requireIngest(ctx);
  const { ops, feedback } = assembleMultipartOps(parts, ctx.config.langsmithIngest.maxAttachmentBytes);
  assertBatchSize(ctx, ops.length + feedback.length);
  const runs = await ingestLangSmithOps(ctx, ops);
  if (!feedback.length) return runs;
  const scored = await ingestLangSmithFeedback(ctx, feedback);
  return { accepted: runs.accepted + scored.accepted, rejected: [...runs.rejected, ...scored.rejected] };
}

/** Stores one feedback sent to `POST /feedback`. */
export function createLangSmithFeedback(ctx: RequestContext, body: unknown): Promise<LangSmithIngestResult> {
  requireIngest(ctx);
  return ingestLangSmithFeedback(ctx, [{ source: 'feedback', body }]);
}

/** Stores the runs of a `POST /runs/batch` body: `{ post: RunCreate[], patch: RunUpdate[] }`. */
export function ingestLangSmithBatch(ctx: RequestContext, body: unknown): Promise<LangSmithIngestResult> {
  requireIngest(ctx);
  const parsed = runBatchSchema.safeParse(body);
  if (!parsed.success) throw badInput(`The body must be {"post": [...], "patch": [...]}: ${describeIssues(parsed.error)}`);
  const ops: LangSmithOp[] = [
    ...(parsed.data.post ?? []).map((b, i): LangSmithOp => ({ op: 'post', source: `post[${i}]`, body: b })),
    ...(parsed.data.patch ?? []).map((b, i): LangSmithOp => ({ op: 'patch', source: `patch[${i}]`, body: b })),
  ];
  return ingestLangSmithOps(ctx, ops);
}

/** Stores one run sent to `POST /runs`. */
export function createLangSmithRun(ctx: RequestContext, body: unknown): Promise<LangSmithIngestResult> {
  requireIngest(ctx);
  return ingestLangSmithOps(ctx, [{ op: 'post', source: 'run', body }]);
}

/** Applies `PATCH /runs/:id`; the run may not have been created yet. */
export function updateLangSmithRun(ctx: RequestContext, id: string, body: unknown): Promise<LangSmithIngestResult> {
  requireIngest(ctx);
  return ingestLangSmithOps(ctx, [{ op: 'patch', source: `run ${id}`, id, body }]);
}

/** Fails with PAYLOAD_TOO_LARGE (413) past MAX_BATCH_ITEMS runs and feedback in one request, as the GraphQL ingest does. */
function assertBatchSize(ctx: RequestContext, items: number) {
  const max = ctx.config.limits.maxBatchItems;
  if (items > max) throw payloadTooLarge(`A request may carry at most ${max} runs and feedback (MAX_BATCH_ITEMS); this one has ${items}. Split it.`);
}

/** Fails unless the caller may ingest somewhere: the admin key, or a project key with the ingest or admin role. */
function requireIngest(ctx: RequestContext) {
  const p = requireAuthenticated(ctx);
  if (p.kind === 'key') assertProjectAccess(ctx, p.projectId, 'ingest');
}

type Parsed = { op: 'post' | 'patch'; source: string; run: LangSmithRun; id: string; attachments?: Record<string, unknown> };
type StoredRun = { id: string; kind: SpanKind; run_type: string; trace_id: string; parent_id: string | null; project_id: string; dotted_order: string | null };
type Ready = { parsed: Parsed; projectId: string; experimentId?: string; traceId: string; mapped: MappedRun };

/**
 * Stores LangSmith run creates and updates through the ingest service, upserting by run id: a
 * create may already hold the final state, an update may come first, and a field left out keeps
 * what is stored. Each run is validated on its own; a bad run is reported and the others stored.
 */
async function ingestLangSmithOps(ctx: RequestContext, ops: LangSmithOp[]): Promise<LangSmithIngestResult> {
  assertBatchSize(ctx, ops.length);
  const rejected = new Map<Parsed | string, LangSmithRejection>();
  const reject = (key: Parsed | string, source: string, id: string | null, message: string, flags: Partial<LangSmithRejection> = {}) => {
    const prev = rejected.get(key);
    if (prev) prev.message += `; ${message}`;
    else rejected.set(key, { source, id, message, forbidden: false, ...flags });
  };

  const parsed: Parsed[] = [];
  ops.forEach((op, i) => parseOp(op, parsed, (source, id, message) => reject(`${i}:${source}`, source, id, message)));
  // Creates first, as the SDK orders them: an update in the same request then merges onto its create.
  parsed.sort((a, b) => (a.op === b.op ? 0 : a.op === 'post' ? -1 : 1));

  const stored = await loadStoredRuns(ctx, parsed);
  const projects = new LangSmithProjects(ctx);
  const choices = await Promise.all(parsed.map((p) => projects.choose(p.run.session_name, p.run.session_id, stored.get(p.id)?.project_id)));

  // An explicit run type wins over a stored kind that was only guessed from an earlier update.
  const declared = new Map<string, { kind: SpanKind; runType: string }>();
  for (const p of parsed) {
    const kind = kindOfRunType(p.run.run_type);
    if (kind && p.run.run_type && (!declared.has(p.id) || p.op === 'post')) {
      declared.set(p.id, { kind, runType: storedRunType(p.run.run_type, asObject(p.run.extra?.metadata)) });
    }
  }

  const resolved = new Map<string, { traceId: string; dottedOrder?: string }>();
  const ready: Ready[] = [];
  const rekind = new Map<string, { kind: SpanKind; runType: string; projectId: string }>();
  parsed.forEach((p, i) => {
    const choice = choices[i];
    if ('problem' in choice) return reject(p, p.source, p.id, choice.problem, { forbidden: choice.forbidden });
    if (p.run.run_type && !kindOfRunType(p.run.run_type)) {
      return reject(p, p.source, p.id, `run_type "${p.run.run_type}" is not one of llm, chain, tool, retriever, embedding, prompt, parser`);
    }
    const own = (id: string | undefined) => {
      const row = id ? stored.get(id) : undefined;
      return row && row.project_id === choice.projectId ? row : undefined;
    };
    const row = own(p.id);
    const r = resolveRun(p, row, (id) => resolved.get(id) ?? toResolvedParent(own(id)));
    if ('problem' in r) return reject(p, p.source, p.id, r.problem, { notFound: true });

    const type = declared.get(p.id) ?? (row ? { kind: row.kind, runType: row.run_type } : guessType(p.run));
    if (row && row.kind !== type.kind) rekind.set(p.id, { ...type, projectId: choice.projectId });
    resolved.set(p.id, { traceId: r.traceId, dottedOrder: r.dottedOrder ?? resolved.get(p.id)?.dottedOrder });
    ready.push({
      parsed: p,
      projectId: choice.projectId,
      experimentId: choice.experimentId,
      traceId: r.traceId,
      mapped: mapRun({ ...r, op: p.op, run: p.run, id: p.id, kind: type.kind, runType: type.runType, attachments: p.attachments }),
    });
  });

  // Runs refused before they became rows (unparsable, unknown project or parent): the rows' own outcome is counted by ingestBatch.
  ctx.metrics.countIngest('langsmith', 'run', 0, rejected.size);
  await rekindRuns(ctx, rekind);
  await mergeStoredAttachments(ctx, ready, stored);

  for (const [projectId, entries] of groupBy(ready, (e) => e.projectId)) {
    // Each run is at most three items (span, trace, error): chunks stay within MAX_BATCH_ITEMS.
    const size = Math.max(1, Math.floor(ctx.config.limits.maxBatchItems / 3));
    for (let at = 0; at < entries.length; at += size) {
      await ingestChunk(ctx, projectId, entries.slice(at, at + size), (p, message, forbidden) => reject(p, p.source, p.id, message, { forbidden }));
    }
  }

  const rejections = [...rejected.values()];
  const rejectedRuns = new Set([...rejected.keys()].filter((k) => typeof k !== 'string'));
  await recordExperimentRuns(
    ctx,
    ready.filter((r) => r.experimentId && !rejectedRuns.has(r.parsed)).map((r) => ({ experimentId: r.experimentId!, traceId: r.traceId })),
  );
  return { accepted: parsed.filter((p) => !rejectedRuns.has(p)).length, rejected: rejections };
}

/** Validates one op (and the legacy nested `child_runs` of a create, flattened). */
function parseOp(op: LangSmithOp, out: Parsed[], reject: (source: string, id: string | null, message: string) => void) {
  const body = asObject(op.body);
  const bodyId = typeof body?.id === 'string' ? body.id : null;
  if (op.problem) return reject(op.source, op.id ?? bodyId, op.problem);
  if (!body) return reject(op.source, op.id ?? null, 'a run must be a JSON object');
  if (op.id && bodyId && bodyId.toLowerCase() !== op.id.toLowerCase()) return reject(op.source, op.id, `the body's id ${bodyId} differs from ${op.id}`);
  const r = (op.op === 'post' ? runCreateSchema : runUpdateSchema).safeParse(op.id ? { ...body, id: op.id } : body);
  if (!r.success) return reject(op.source, op.id ?? bodyId, describeIssues(r.error));
  const run = r.data as LangSmithRun;
  const id = run.id ?? (op.op === 'post' ? uuidv7() : undefined);
  if (!id) return reject(op.source, null, 'id is required');
  out.push({ op: op.op, source: op.source, run, id, attachments: op.attachments });
  if (op.op !== 'post') return;
  (run.child_runs ?? []).forEach((child, i) => {
    const c = asObject(child);
    const inherited = { session_name: run.session_name, session_id: run.session_id, parent_run_id: id };
    parseOp({ op: 'post', source: `${op.source}.child_runs[${i}]`, body: c ? { ...inherited, ...c } : child }, out, reject);
  });
}

type Placement = Pick<ResolvedRun, 'traceId' | 'parentId' | 'isRoot' | 'dottedOrder' | 'startTime'>;

/**
 * Places a run in its trace: trace and parent from the run, else from its dotted_order, else
 * from what is stored. A create with no parent is a root (its own trace); an update of a run not
 * stored yet must say which trace it belongs to.
 */
function resolveRun(
  p: Parsed,
  row: StoredRun | undefined,
  lookup: (id: string) => { traceId: string; dottedOrder?: string } | undefined,
): Placement | { problem: string } {
  const run = p.run;
  const dotted = parseDottedOrder(run.dotted_order);
  const parentId = run.parent_run_id ?? (dotted && dotted.length >= 2 ? dotted[dotted.length - 2].id : undefined);
  let traceId = run.trace_id ?? dotted?.[0].id ?? lookup(p.id)?.traceId ?? row?.trace_id;
  if (!traceId && parentId) traceId = lookup(parentId)?.traceId;
  if (!traceId && !parentId && p.op === 'post') traceId = p.id;
  if (!traceId) {
    return {
      problem: parentId
        ? `trace_id is required: the parent run ${parentId} is not stored yet`
        : `run ${p.id} is not stored yet; an update sent before its create must carry trace_id or dotted_order`,
    };
  }
  const startTime = run.start_time ?? (dotted ? dotted[dotted.length - 1].time : undefined);
  let dottedOrder = run.dotted_order ?? undefined;
  // Older clients leave dotted_order to the server (POST /runs): build it when the parent's is known.
  if (!dottedOrder && p.op === 'post' && startTime) {
    const parentDotted = parentId ? lookup(parentId)?.dottedOrder : undefined;
    if (!parentId) dottedOrder = dottedSegment(startTime, p.id);
    else if (parentDotted) dottedOrder = `${parentDotted}.${dottedSegment(startTime, p.id)}`;
  }
  return { traceId, parentId, isRoot: traceId === p.id || (p.op === 'post' && !parentId), dottedOrder, startTime };
}

const toResolvedParent = (row: StoredRun | undefined) => (row ? { traceId: row.trace_id, dottedOrder: row.dotted_order ?? undefined } : undefined);

/** The kind of a run known only from an update that names no run_type: a model call if it looks like one, else a chain. */
function guessType(run: LangSmithRun): { kind: SpanKind; runType: string } {
  return looksLikeLlmRun(run) ? { kind: 'llm', runType: 'llm' } : { kind: 'agent', runType: 'chain' };
}

/** The runs (and their parents) already stored, among those the caller may write. One query. */
async function loadStoredRuns(ctx: RequestContext, parsed: Parsed[]): Promise<Map<string, StoredRun>> {
  const ids = new Set<string>();
  for (const p of parsed) {
    ids.add(p.id);
    if (p.run.parent_run_id) ids.add(p.run.parent_run_id);
    const dotted = parseDottedOrder(p.run.dotted_order);
    if (dotted && dotted.length >= 2) ids.add(dotted[dotted.length - 2].id);
  }
  if (!ids.size) return new Map();
  const p = ctx.principal;
  const rows: StoredRun[] = await db(ctx).query(
    `SELECT id, kind, run_type, trace_id, parent_id, project_id, dotted_order FROM spans
      WHERE id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR project_id = $2)`,
    [[...ids], p.kind === 'key' ? p.projectId : null],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Moves runs to the kind their create declares. An update that names no run_type can arrive
 * first (LangChain's tracer sends such updates); its run was stored under a guessed kind, and
 * its error row points at the span through the column of that kind.
 */
async function rekindRuns(ctx: RequestContext, runs: Map<string, { kind: SpanKind; runType: string; projectId: string }>) {
  if (!runs.size) return;
  const list = [...runs];
  const moved: { trace_id: string }[] = await db(ctx).query(
    `WITH u AS (SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) AS u(id, kind, run_type, project_id)),
     s AS (UPDATE spans t SET kind = u.kind, run_type = u.run_type, updated_at = now() FROM u
            WHERE t.id = u.id AND t.project_id = u.project_id AND t.kind <> u.kind RETURNING t.id, t.kind, t.trace_id),
     e AS (UPDATE errors e SET agent_id = CASE WHEN s.kind = 'agent' THEN s.id END,
                               llm_call_id = CASE WHEN s.kind = 'llm' THEN s.id END,
                               tool_call_id = CASE WHEN s.kind = 'tool' THEN s.id END
             FROM s WHERE s.id IN (e.agent_id, e.llm_call_id, e.tool_call_id))
     SELECT DISTINCT trace_id FROM s`,
    [list.map(([id]) => id), list.map(([, r]) => r.kind), list.map(([, r]) => r.runType), list.map(([, r]) => r.projectId)],
  );
  // Ingestion adds to a trace's call counts only what its own batch changes: a kind changed here is recomputed here.
  await recomputeTotals(
    ctx,
    moved.map((r) => r.trace_id),
  );
}

/** Adds the attachments a run already has to those it brings now: an update carries only the new files. */
async function mergeStoredAttachments(ctx: RequestContext, ready: Ready[], stored: Map<string, StoredRun>) {
  const withFiles = ready.filter((r) => r.mapped.span.input.attachments && stored.get(r.parsed.id)?.project_id === r.projectId);
  if (!withFiles.length) return;
  const rows: { id: string; attachments: Record<string, unknown> | null }[] = await db(ctx).query(
    'SELECT id, attachments FROM spans WHERE id = ANY($1::uuid[])',
    [withFiles.map((r) => r.parsed.id)],
  );
  const byId = new Map(rows.map((r) => [r.id, r.attachments]));
  for (const r of withFiles) {
    const span = r.mapped.span.input;
    span.attachments = { ...byId.get(r.parsed.id), ...span.attachments };
  }
}

/** One ingest batch for one project; each rejected item is reported against the run it came from. */
async function ingestChunk(ctx: RequestContext, projectId: string, entries: Ready[], reject: (p: Parsed, message: string, forbidden: boolean) => void) {
  const batch = {
    projectId,
    traces: [] as TraceInput[],
    agentCalls: [] as AgentCallInput[],
    llmCalls: [] as LLMCallInput[],
    toolCalls: [] as ToolCallInput[],
    errors: [] as ErrorInput[],
  } satisfies IngestBatchInput;
  const origin = new Map<IngestList, Parsed[]>(
    [IngestList.TRACES, IngestList.AGENT_CALLS, IngestList.LLM_CALLS, IngestList.TOOL_CALLS, IngestList.ERRORS].map((l) => [l, []]),
  );
  const add = <T>(list: IngestList, items: T[], item: T, p: Parsed) => {
    items.push(item);
    origin.get(list)!.push(p);
  };
  for (const { parsed, mapped } of entries) {
    const { span } = mapped;
    if (span.kind === 'llm') add(IngestList.LLM_CALLS, batch.llmCalls, span.input, parsed);
    else if (span.kind === 'tool') add(IngestList.TOOL_CALLS, batch.toolCalls, span.input, parsed);
    else add(IngestList.AGENT_CALLS, batch.agentCalls, span.input, parsed);
    if (mapped.trace) add(IngestList.TRACES, batch.traces, mapped.trace, parsed);
    if (mapped.error) add(IngestList.ERRORS, batch.errors, mapped.error, parsed);
  }
  const result = await ingestBatch(ctx, batch, 'langsmith');
  for (const r of result.rejections) {
    const p = origin.get(r.list)?.[r.index];
    // The ingest message starts with its own list and index, which mean nothing to a LangSmith client.
    if (p) reject(p, r.message.replace(/^\w+\[\d+\]: /, ''), r.code === 'FORBIDDEN');
  }
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const asObject = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
