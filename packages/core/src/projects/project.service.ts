import { v7 as uuidv7, validate as isUuid } from 'uuid';
import { assertGlobalAdmin, assertProjectAccess, canSeeProject, requireAuthenticated, visibleProjectIds } from '../common/access.policy';
import type { RequestContext } from '../common/service.context';
import { badInput, notFound } from '../common/app.errors';
import { decodeCursor, encodeCursor, pageSize, toConnection, withTotalCount } from '../common/pagination.util';
import { countRows } from '../common/total-count.sql';
import { sanitizeJson, sanitizeString } from '../common/sanitize.util';
import { ProjectEntity } from './project.entity';
import type { CreateProjectInput, Project, ProjectConnection, UpdateProjectInput } from './project.type';
import { projectLoaders } from './project.loaders';
import { db } from '../common/transaction.util';

/** Maps a project row to the API type (its creation time is LangSmith's start_time). */
export const toProject = (e: ProjectEntity): Project => ({ ...e, startTime: e.createdAt });

function cleanName(name: string): string {
  const n = sanitizeString(name).trim();
  if (!n) throw badInput('name must not be empty', { argumentName: 'name' });
  if (n.length > 200) throw badInput('name must be at most 200 characters', { argumentName: 'name' });
  return n;
}

/**
 * The id of the project with this name, created on first use: what the inbound protocols (LangSmith,
 * OTLP) do with a project the admin key names. The caller has checked that it may. Two requests may
 * create the same project at once: the unique name makes one insert win.
 */
export async function projectIdByName(ctx: RequestContext, name: string): Promise<string> {
  const repo = db(ctx).getRepository(ProjectEntity);
  const found = await repo.findOneBy({ name });
  if (found) return found.id;
  await repo.createQueryBuilder().insert().values({ id: uuidv7(), name }).orIgnore().execute();
  return (await repo.findOneByOrFail({ name })).id;
}

/** Lists the projects the caller can see, by name. */
export async function listProjects(ctx: RequestContext, first?: number, after?: string): Promise<ProjectConnection> {
  const visible = visibleProjectIds(ctx);
  const size = pageSize(first, ctx.config.limits);
  const qb = db(ctx).getRepository(ProjectEntity).createQueryBuilder('p');
  if (visible) qb.andWhere('p.id = ANY(:visible)', { visible });
  // The count covers every page: the visible projects, whatever the cursor.
  const counted = qb.clone().select('1');
  if (after) {
    const [name, id] = decodeCursor(after, 'projects', 2);
    if (typeof id !== 'string' || !isUuid(id)) throw badInput('Invalid cursor', { argumentName: 'after' });
    qb.andWhere('(p.name, p.id) > (:name, :id::uuid)', { name, id });
  }
  const rows = await qb
    .orderBy('p.name', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .limit(size + 1)
    .getMany();
  const connection = toConnection(rows, size, Boolean(after), (p) => encodeCursor('projects', [p.name, p.id]), toProject);
  return withTotalCount(connection, () => countRows(db(ctx), ...counted.getQueryAndParameters(), ctx.config.limits.maxExactCount));
}

/** The row of a project the caller may use with `permission`; NOT_FOUND for one it cannot see, FORBIDDEN beyond its role. */
export async function projectFor(ctx: RequestContext, id: string, permission: 'read' | 'admin'): Promise<ProjectEntity> {
  requireAuthenticated(ctx);
  const row = await projectLoaders(ctx).projectById.load(id);
  if (!row || !canSeeProject(ctx, id)) throw notFound('Project', id);
  assertProjectAccess(ctx, id, permission);
  return row;
}

/** Loads a project the caller can read, or NOT_FOUND. */
export async function getProject(ctx: RequestContext, id: string): Promise<Project> {
  return toProject(await projectFor(ctx, id, 'read'));
}

/** Loads the project of that name the caller can read, or NOT_FOUND (the same answer whether it exists elsewhere or not at all). */
export async function getProjectByName(ctx: RequestContext, name: string): Promise<Project> {
  requireAuthenticated(ctx);
  const row = await db(ctx).getRepository(ProjectEntity).findOneBy({ name: name.trim() });
  if (!row || !canSeeProject(ctx, row.id)) throw notFound('Project named', JSON.stringify(name));
  assertProjectAccess(ctx, row.id, 'read');
  return toProject(row);
}

async function assertNameFree(ctx: RequestContext, name: string, exceptId?: string) {
  const clash = await db(ctx).getRepository(ProjectEntity).findOneBy({ name });
  if (clash && clash.id !== exceptId) throw badInput(`A project named "${name}" already exists`, { argumentName: 'name' });
}

/** Creates a project (bootstrap admin only: other keys are bound to one project). */
export async function createProject(ctx: RequestContext, input: CreateProjectInput): Promise<Project> {
  assertGlobalAdmin(ctx);
  const name = cleanName(input.name);
  await assertNameFree(ctx, name);
  const id = uuidv7();
  await db(ctx)
    .getRepository(ProjectEntity)
    .insert({
      id,
      name,
      description: input.description === undefined ? null : sanitizeString(input.description),
      tags: (input.tags ?? []).map(sanitizeString),
      metadata: sanitizeJson(input.metadata ?? {}) as never,
      referenceDatasetId: input.referenceDatasetId ?? null,
    });
  return toProject(await db(ctx).getRepository(ProjectEntity).findOneByOrFail({ id }));
}

/** Updates the fields given; the others keep their values. */
export async function updateProject(ctx: RequestContext, id: string, input: UpdateProjectInput): Promise<Project> {
  await projectFor(ctx, id, 'admin');
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
  if (Object.keys(patch).length)
    await db(ctx)
      .getRepository(ProjectEntity)
      .update({ id }, patch as never);
  return toProject(await db(ctx).getRepository(ProjectEntity).findOneByOrFail({ id }));
}
