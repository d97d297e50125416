import { v7 as uuidv7 } from 'uuid';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import { assertProjectAccess, canSeeProject, requireAuthenticated } from '../common/access.policy';
import { badInput, forbidden } from '../common/app.errors';
import type { RequestContext } from '../common/service.context';
import { sanitizeString } from '../common/sanitize.util';
import { db } from '../common/transaction.util';
import { examplesAt } from '../datasets/dataset-examples.sql';
import { DatasetEntity } from '../datasets/dataset.entity';
import { ExperimentEntity } from '../datasets/experiment.entity';
import { ProjectEntity } from '../projects/project.entity';
import { projectIdByName } from '../projects/project.service';
import { describeIssues, parseLangSmithTime } from './langsmith.schemas';

/*
 * What the LangSmith JS SDK's (0.12) evaluate() asks of the server, in order, with its defaults
 * (maxConcurrency 0: one example at a time; numRepetitions 1; experiment name = experimentPrefix
 * plus 8 random characters):
 *   GET  /datasets?name=…                 readDataset, for the example count (langsmith-datasets)
 *   GET  /examples?dataset=…              listExamples (langsmith-datasets)
 *   POST /sessions                        createProject({ name, reference_dataset_id, extra.metadata,
 *                                         description, num_examples, num_repetitions, evaluator_keys });
 *                                         a 409 makes it retry with a suffixed name
 *   GET  /datasets/{id}                   getDatasetUrl → readDataset (langsmith-datasets)
 *   GET  /sessions?limit=1                _getTenantId: the first session's tenant_id
 *   GET  /info                            before the first batch
 *   POST /runs/multipart (or /runs/batch) each example's target run, a root with reference_example_id
 *                                         and session_name = the experiment's name, its children, and
 *                                         each evaluator's run (session "evaluators"); feedback with
 *                                         run_id, trace_id and session_id = the experiment's id rides
 *                                         along as multipart parts
 *   POST /feedback                        the same feedback when multipart is off
 *   PATCH /sessions/{id}                  _end(): extra.metadata with dataset_version, dataset_splits
 *                                         and revision_id; end_time stays null
 * An experiment is completed when all its examples have run (or a PATCH sets end_time).
 */

/** LangSmith's TracerSession, as the SDKs read it. */
type TracerSession = {
  id: string;
  name: string;
  description: string | null;
  start_time: string;
  end_time: string | null;
  extra: { metadata: Record<string, unknown> } | null;
  reference_dataset_id: string | null;
  tenant_id: string;
  default_dataset_id: null;
  run_count: number | null;
};

/** The answer to a session request: the session, or why not with its HTTP status. */
export type SessionAnswer = { session: TracerSession } | { status: 404 | 409; message: string };

const uuid = z.guid().transform((s) => s.toLowerCase());
const name = z
  .string()
  .transform((s) => sanitizeString(s).trim())
  .pipe(z.string().min(1).max(200));
const extra = z.looseObject({ metadata: z.record(z.string(), z.unknown()).nullish() }).nullish();

/** LangSmith's TracerSessionCreate, as the SDK's createProject sends it. Unknown keys are ignored. */
const sessionCreateSchema = z.looseObject({
  name,
  description: z.string().max(10_000).nullish(),
  extra,
  reference_dataset_id: uuid.nullish(),
  num_examples: z.number().int().min(0).nullish(),
  num_repetitions: z.number().int().min(1).nullish(),
  evaluator_keys: z.array(z.string()).nullish(),
});

/** LangSmith's TracerSessionUpdate, as the SDK's updateProject sends it (every field, null when unchanged). */
const sessionUpdateSchema = z.looseObject({
  name: name.nullish(),
  description: z.string().max(10_000).nullish(),
  extra,
  end_time: z.union([z.string(), z.number()]).nullish(),
});

const iso = (d: Date) => d.toISOString();

function experimentSession(x: ExperimentEntity): TracerSession {
  return {
    id: x.id,
    name: x.name,
    description: x.description,
    start_time: iso(x.startedAt ?? x.createdAt),
    end_time: x.finishedAt ? iso(x.finishedAt) : null,
    extra: { metadata: x.metadata },
    reference_dataset_id: x.datasetId,
    tenant_id: x.projectId,
    default_dataset_id: null,
    run_count: x.completedCount + x.failedCount,
  };
}

function projectSession(p: ProjectEntity): TracerSession {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    start_time: iso(p.createdAt),
    end_time: p.endTime ? iso(p.endTime) : null,
    extra: { metadata: p.metadata },
    reference_dataset_id: null,
    // A project is Sextant's tenant: every row belongs to one.
    tenant_id: p.id,
    default_dataset_id: null,
    run_count: null,
  };
}

const conflict = (sessionName: string): SessionAnswer => ({ status: 409, message: `A session named "${sessionName}" already exists` });

/** Whether a project or client experiment the caller can see already has this name. */
async function nameTaken(ctx: RequestContext, sessionName: string, projectId: string): Promise<boolean> {
  const rows: unknown[] = await db(ctx).query(
    `SELECT 1 FROM projects WHERE name = $1 UNION ALL SELECT 1 FROM experiments WHERE project_id = $2 AND name = $1 LIMIT 1`,
    [sessionName, projectId],
  );
  return rows.length > 0;
}

/**
 * `POST /sessions`: with reference_dataset_id, a client experiment over that dataset in the
 * dataset's project (what evaluate() creates); without, a project, created as a run naming it
 * would create it (the admin key only). A name in use answers 409 (the SDK then picks another),
 * unless `upsert` asks for the existing project.
 */
export async function createLangSmithSession(ctx: RequestContext, body: unknown, upsert: boolean): Promise<SessionAnswer> {
  const p = requireAuthenticated(ctx);
  const r = sessionCreateSchema.safeParse(body);
  if (!r.success) throw badInput(`Invalid session: ${describeIssues(r.error)}`);
  const s = r.data;
  const metadata = s.extra?.metadata ?? {};

  if (!s.reference_dataset_id) {
    const project = await db(ctx).getRepository(ProjectEntity).findOneBy({ name: s.name });
    if (p.kind === 'key' && project?.id !== p.projectId) throw forbidden(`A project key cannot create projects; this key belongs to project ${p.projectId}`);
    if (project) {
      assertProjectAccess(ctx, project.id, 'ingest');
      return upsert ? { session: projectSession(project) } : conflict(s.name);
    }
    const id = await projectIdByName(ctx, s.name);
    return { session: projectSession(await db(ctx).getRepository(ProjectEntity).findOneByOrFail({ id })) };
  }

  const dataset = await db(ctx).getRepository(DatasetEntity).findOneBy({ id: s.reference_dataset_id });
  if (!dataset || !canSeeProject(ctx, dataset.projectId)) return { status: 404, message: `Dataset ${s.reference_dataset_id} not found` };
  assertProjectAccess(ctx, dataset.projectId, 'ingest');
  if (await nameTaken(ctx, s.name, dataset.projectId)) return conflict(s.name);
  const exampleCount = s.num_examples ?? (await examplesAt(ctx, dataset.id, dataset.version)).length;
  const now = new Date();
  const experiment = db(ctx)
    .getRepository(ExperimentEntity)
    .create({
      id: uuidv7(),
      projectId: dataset.projectId,
      datasetId: dataset.id,
      datasetVersion: dataset.version,
      name: s.name,
      description: s.description ?? null,
      kind: 'client',
      status: 'running',
      exampleCount,
      // evaluate()'s evaluator keys and repetitions: what it will score, kept for the experiment's reader.
      metadata: {
        ...metadata,
        ...(s.evaluator_keys?.length ? { evaluator_keys: s.evaluator_keys } : {}),
        ...(s.num_repetitions ? { num_repetitions: s.num_repetitions } : {}),
      },
      authorKeyId: p.kind === 'key' ? p.keyId : null,
      startedAt: now,
    });
  try {
    await db(ctx).getRepository(ExperimentEntity).save(experiment);
  } catch (err) {
    // Two evaluate() calls chose the same name at once: the unique (project, name) decides.
    if ((err as { code?: string }).code === '23505') return conflict(s.name);
    throw err;
  }
  return { session: experimentSession(await db(ctx).getRepository(ExperimentEntity).findOneByOrFail({ id: experiment.id })) };
}

/** `GET /sessions/:id`: a client experiment or a project the caller can see. */
export async function readLangSmithSession(ctx: RequestContext, id: string): Promise<SessionAnswer> {
  requireAuthenticated(ctx);
  const missing: SessionAnswer = { status: 404, message: `Session ${id} not found` };
  if (!uuid.safeParse(id).success) return missing;
  const experiment = await db(ctx).getRepository(ExperimentEntity).findOneBy({ id, kind: 'client' });
  if (experiment) return canSeeProject(ctx, experiment.projectId) ? { session: experimentSession(experiment) } : missing;
  const project = await db(ctx).getRepository(ProjectEntity).findOneBy({ id });
  return project && canSeeProject(ctx, project.id) ? { session: projectSession(project) } : missing;
}

const listQuerySchema = z.object({
  name: z.string().optional(),
  name_contains: z.string().optional(),
  id: z.array(uuid).optional(),
  reference_dataset: z.array(uuid).optional(),
  reference_free: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const asList = (v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/**
 * `GET /sessions`: the projects and client experiments the caller can see, newest first, by name,
 * id, name fragment or reference dataset (experiments only) or reference_free (projects only).
 */
export async function listLangSmithSessions(ctx: RequestContext, query: Record<string, unknown>): Promise<TracerSession[]> {
  const p = requireAuthenticated(ctx);
  const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const r = listQuerySchema.safeParse({
    name: first(query.name),
    name_contains: first(query.name_contains),
    id: asList(query.id),
    reference_dataset: asList(query.reference_dataset),
    reference_free: first(query.reference_free),
    limit: first(query.limit),
    offset: first(query.offset),
  });
  if (!r.success) throw badInput(`Invalid query: ${describeIssues(r.error)}`);
  const q = r.data;
  const take = q.offset + q.limit;
  const filtered = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, projectColumn: string) => {
    if (p.kind === 'key') qb.andWhere(`${projectColumn} = :own`, { own: p.projectId });
    if (q.name !== undefined) qb.andWhere('x.name = :name', { name: q.name });
    if (q.name_contains) qb.andWhere('strpos(lower(x.name), lower(:part)) > 0', { part: q.name_contains });
    if (q.id) qb.andWhere('x.id IN (:...ids)', { ids: q.id });
    return qb.orderBy('x.createdAt', 'DESC').take(take).getMany();
  };
  const experiments =
    q.reference_free === 'true'
      ? []
      : await filtered(
          db(ctx)
            .getRepository(ExperimentEntity)
            .createQueryBuilder('x')
            .where("x.kind = 'client'")
            .andWhere(q.reference_dataset ? 'x.datasetId IN (:...datasets)' : 'TRUE', { datasets: q.reference_dataset }),
          'x.projectId',
        );
  const projects = q.reference_dataset ? [] : await filtered(db(ctx).getRepository(ProjectEntity).createQueryBuilder('x').where('TRUE'), 'x.id');
  return [...experiments.map(experimentSession), ...projects.map(projectSession)]
    .sort((a, b) => b.start_time.localeCompare(a.start_time))
    .slice(q.offset, take);
}

/**
 * `PATCH /sessions/:id`: a client experiment's name, description and metadata (merged); an
 * end_time completes it. A project's description, metadata and end time.
 */
export async function updateLangSmithSession(ctx: RequestContext, id: string, body: unknown): Promise<SessionAnswer> {
  requireAuthenticated(ctx);
  const r = sessionUpdateSchema.safeParse(body);
  if (!r.success) throw badInput(`Invalid session update: ${describeIssues(r.error)}`);
  const u = r.data;
  const endTime = u.end_time === null || u.end_time === undefined ? null : parseLangSmithTime(u.end_time);
  if (u.end_time !== null && u.end_time !== undefined && !endTime) throw badInput('end_time is not a valid time');
  const found = await readLangSmithSession(ctx, id);
  if (!('session' in found)) return found;
  const meta = u.extra?.metadata ?? undefined;

  if (found.session.reference_dataset_id) {
    const repo = db(ctx).getRepository(ExperimentEntity);
    const x = await repo.findOneByOrFail({ id });
    assertProjectAccess(ctx, x.projectId, 'ingest');
    if (u.name && u.name !== x.name) {
      if (await nameTaken(ctx, u.name, x.projectId)) return conflict(u.name);
      x.name = u.name;
    }
    if (u.description !== null && u.description !== undefined) x.description = u.description;
    if (meta) x.metadata = { ...x.metadata, ...meta };
    if (endTime) {
      x.finishedAt = endTime;
      if (x.status === 'running' || x.status === 'queued') x.status = 'completed';
    }
    try {
      await repo.save(x);
    } catch (err) {
      if ((err as { code?: string }).code === '23505') return conflict(x.name);
      throw err;
    }
    return { session: experimentSession(x) };
  }

  const repo = db(ctx).getRepository(ProjectEntity);
  const project = await repo.findOneByOrFail({ id });
  assertProjectAccess(ctx, project.id, 'ingest');
  if (u.name && u.name !== project.name) throw badInput('A project is renamed through GraphQL (updateProject), not this endpoint');
  if (u.description !== null && u.description !== undefined) project.description = u.description;
  if (meta) project.metadata = { ...project.metadata, ...meta };
  if (endTime) project.endTime = endTime;
  await repo.save(project);
  return { session: projectSession(project) };
}
