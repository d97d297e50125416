import { v7 as uuidv7, validate as isUuid } from 'uuid';
import { assertGlobalAdmin, assertProjectAccess, canSeeProject, requireAuthenticated, visibleProjectIds } from '../auth/access';
import type { RequestContext } from '../common/context';
import { badInput, notFound } from '../common/errors';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination';
import { sanitizeJson, sanitizeString } from '../common/sanitize';
import { ProjectEntity } from './project.entity';
import type { CreateProjectInput, Project, ProjectConnection, ProjectStats, UpdateProjectInput } from './project.type';

/** Maps a project row to the API type (its creation time is LangSmith's start_time). */
export const toProject = (e: ProjectEntity): Project => ({ ...e, startTime: e.createdAt });

function cleanName(name: string): string {
  const n = sanitizeString(name).trim();
  if (!n) throw badInput('name must not be empty', { argumentName: 'name' });
  if (n.length > 200) throw badInput('name must be at most 200 characters', { argumentName: 'name' });
  return n;
}

/** Lists the projects the caller can see, by name. */
export async function listProjects(ctx: RequestContext, first?: number, after?: string): Promise<ProjectConnection> {
  const visible = visibleProjectIds(ctx);
  const size = pageSize(first, ctx.config.limits);
  const qb = ctx.ds.getRepository(ProjectEntity).createQueryBuilder('p');
  if (visible) qb.andWhere('p.id = ANY(:visible)', { visible });
  if (after) {
    const [name, id] = decodeCursor(after, 'projects', 2);
    if (typeof id !== 'string' || !isUuid(id)) throw badInput('Invalid cursor', { argumentName: 'after' });
    qb.andWhere('(p.name, p.id) > (:name, :id::uuid)', { name, id });
  }
  const rows = await qb.orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').limit(size + 1).getMany();
  return toConnection(rows, size, Boolean(after), (p) => encodeCursor('projects', [p.name, p.id]), toProject);
}

/** Loads a project the caller can read, or NOT_FOUND. */
export async function getProject(ctx: RequestContext, id: string): Promise<Project> {
  requireAuthenticated(ctx);
  const row = await ctx.loaders.projectById.load(id);
  if (!row || !canSeeProject(ctx, id)) throw notFound('Project', id);
  assertProjectAccess(ctx, id, 'read');
  return toProject(row);
}

async function assertNameFree(ctx: RequestContext, name: string, exceptId?: string) {
  const clash = await ctx.ds.getRepository(ProjectEntity).findOneBy({ name });
  if (clash && clash.id !== exceptId) throw badInput(`A project named "${name}" already exists`, { argumentName: 'name' });
}

/** Creates a project (bootstrap admin only: other keys are bound to one project). */
export async function createProject(ctx: RequestContext, input: CreateProjectInput): Promise<Project> {
  assertGlobalAdmin(ctx);
  const name = cleanName(input.name);
  await assertNameFree(ctx, name);
  const id = uuidv7();
  await ctx.ds.getRepository(ProjectEntity).insert({
    id,
    name,
    description: input.description === undefined ? null : sanitizeString(input.description),
    tags: (input.tags ?? []).map(sanitizeString),
    metadata: sanitizeJson(input.metadata ?? {}) as never,
    referenceDatasetId: input.referenceDatasetId ?? null,
  });
  return toProject(await ctx.ds.getRepository(ProjectEntity).findOneByOrFail({ id }));
}

/** Updates the fields given; the others keep their values. */
export async function updateProject(ctx: RequestContext, id: string, input: UpdateProjectInput): Promise<Project> {
  requireAuthenticated(ctx);
  const row = await ctx.loaders.projectById.load(id);
  if (!row || !canSeeProject(ctx, id)) throw notFound('Project', id);
  assertProjectAccess(ctx, id, 'admin');
  const patch: Partial<ProjectEntity> = {};
  if (input.name !== undefined && input.name !== null) {
    patch.name = cleanName(input.name);
    await assertNameFree(ctx, patch.name, id);
  }
  if (input.description !== undefined) patch.description = input.description === null ? null : sanitizeString(input.description);
  if (input.tags) patch.tags = input.tags.map(sanitizeString);
  if (input.metadata) patch.metadata = sanitizeJson(input.metadata) as Record<string, unknown>;
  if (input.referenceDatasetId !== undefined) patch.referenceDatasetId = input.referenceDatasetId;
  if (input.endTime !== undefined) patch.endTime = input.endTime;
  if (Object.keys(patch).length) await ctx.ds.getRepository(ProjectEntity).update({ id }, patch as never);
  return toProject(await ctx.ds.getRepository(ProjectEntity).findOneByOrFail({ id }));
}

type StatsRow = {
  trace_count: string; error_count: string; prompt_tokens: string | null; completion_tokens: string | null; total_tokens: string | null;
  prompt_cost: number | null; completion_cost: number | null; total_cost: number | null; p: number[] | null; last_start: Date | null;
};
type SpanStatsRow = { span_count: string; ft: number[] | null; streamed: string; llm: string; facets: { runType: string; count: number }[] | null };

/** Aggregates the traces that started in [from, to): counts, error rate, tokens, cost, latency percentiles. */
export async function projectStats(ctx: RequestContext, projectId: string, from?: Date, to?: Date): Promise<ProjectStats> {
  assertProjectAccess(ctx, projectId, 'read');
  const end = to ?? new Date();
  const start = from ?? new Date(end.getTime() - 24 * 3600 * 1000);
  if (start > end) throw badInput('from must not be after to');
  const [t]: StatsRow[] = await ctx.ds.query(
    `SELECT count(*) AS trace_count, count(*) FILTER (WHERE error_flag) AS error_count,
            sum(prompt_tokens) AS prompt_tokens, sum(completion_tokens) AS completion_tokens, sum(total_tokens) AS total_tokens,
            sum(prompt_cost) AS prompt_cost, sum(completion_cost) AS completion_cost, sum(total_cost) AS total_cost,
            percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY duration_ms) AS p,
            max(start_time) AS last_start
       FROM traces WHERE project_id = $1 AND start_time >= $2 AND start_time < $3`,
    [projectId, start, end],
  );
  const [s]: SpanStatsRow[] = await ctx.ds.query(
    `WITH sp AS (
       SELECT sp.run_type, sp.kind, sp.streaming, sp.first_token_time, sp.start_time
         FROM spans sp JOIN traces t ON t.id = sp.trace_id
        WHERE t.project_id = $1 AND t.start_time >= $2 AND t.start_time < $3)
     SELECT (SELECT count(*) FROM sp) AS span_count,
            (SELECT percentile_cont(ARRAY[0.5, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM first_token_time - start_time) * 1000)
               FROM sp WHERE first_token_time IS NOT NULL) AS ft,
            (SELECT count(*) FROM sp WHERE kind = 'llm' AND streaming) AS streamed,
            (SELECT count(*) FROM sp WHERE kind = 'llm') AS llm,
            (SELECT json_agg(json_build_object('runType', run_type, 'count', n) ORDER BY run_type)
               FROM (SELECT run_type, count(*) AS n FROM sp GROUP BY run_type) f) AS facets`,
    [projectId, start, end],
  );
  const traces = Number(t.trace_count);
  const errorsN = Number(t.error_count);
  const llm = Number(s.llm);
  return {
    from: start,
    to: end,
    traceCount: traces,
    spanCount: Number(s.span_count),
    errorCount: errorsN,
    errorRate: traces ? errorsN / traces : 0,
    promptTokens: Number(t.prompt_tokens ?? 0),
    completionTokens: Number(t.completion_tokens ?? 0),
    totalTokens: Number(t.total_tokens ?? 0),
    promptCost: Number(t.prompt_cost ?? 0),
    completionCost: Number(t.completion_cost ?? 0),
    totalCost: Number(t.total_cost ?? 0),
    latencyP50: t.p?.[0] ?? null,
    latencyP95: t.p?.[1] ?? null,
    latencyP99: t.p?.[2] ?? null,
    firstTokenP50: s.ft?.[0] ?? null,
    firstTokenP99: s.ft?.[1] ?? null,
    streamingRate: llm ? Number(s.streamed) / llm : null,
    runFacets: s.facets ?? [],
    lastTraceStartTime: t.last_start,
  };
}
