import { randomBytes } from 'node:crypto';
import { JOBS } from '@sextant/jobs';
import { v7 as uuidv7 } from 'uuid';
import { assertProjectAccess, canSeeProject, requireAuthenticated } from '../common/access.policy';
import { badInput, notFound } from '../common/app.errors';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination.util';
import type { BaseContext, RequestContext, TxContext } from '../common/service.context';
import { db, withTransaction } from '../common/transaction.util';
import { isUuid } from '../common/uuid.util';
import { examplesAt } from '../datasets/dataset-examples.sql';
import { DatasetEntity } from '../datasets/dataset.entity';
import { ExperimentEntity, ExperimentRunEntity, type ExperimentRunStatus } from '../datasets/experiment.entity';
import type { LiveHub } from '../live/live.hub';
import { LlmEndpointEntity } from '../projects/llm-endpoint.entity';
import { MissingVariablesError, renderTemplate } from '../prompts/prompt-template.compute';
import { PromptEntity, PromptLabelEntity, PromptVersionEntity } from '../prompts/prompt.entity';
import { validateEvaluators } from './evaluators.validate';
import { publishExperimentUpdate } from './experiment.events';
import type { CreateExperimentInput } from './experiment.input';
import { experimentLoaders } from './experiment.loaders';
import { toExperiment, toExperimentRun } from './experiment.mapper';
import type { Experiment, ExperimentConnection, ExperimentRunConnection, ExperimentRunStatusEnum } from './experiment.type';

const MAX_CONCURRENCY = 16;
/** How many offending examples a validation error lists. */
const LISTED_EXAMPLES = 5;

/** An experiment the caller may read with `permission`; another project's answers NOT_FOUND. */
export async function visibleExperiment(ctx: RequestContext, id: string, permission: 'read' | 'ingest' | 'admin' = 'read'): Promise<ExperimentEntity> {
  requireAuthenticated(ctx);
  const row = isUuid(id) ? await experimentLoaders(ctx).experimentById.load(id) : null;
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Experiment', id);
  assertProjectAccess(ctx, row.projectId, permission);
  return row;
}

/** A dataset the caller may read with `permission`; another project's answers NOT_FOUND. */
export async function visibleDataset(ctx: RequestContext, id: string, permission: 'read' | 'ingest' = 'read'): Promise<DatasetEntity> {
  requireAuthenticated(ctx);
  const row = isUuid(id) ? await experimentLoaders(ctx).datasetById.load(id) : null;
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Dataset', id);
  assertProjectAccess(ctx, row.projectId, permission);
  return row;
}

/** The prompt version an experiment runs: by id, or the version a prompt's label points at. */
async function promptVersionOf(ctx: RequestContext, projectId: string, input: CreateExperimentInput): Promise<PromptVersionEntity | null> {
  if (input.promptVersionId && input.prompt) throw badInput('Give promptVersionId or prompt, not both', { argumentName: 'input.prompt' });
  let versionId = input.promptVersionId ?? null;
  if (input.prompt) {
    const prompt = isUuid(input.prompt.promptId) ? await db(ctx).findOne(PromptEntity, { where: { id: input.prompt.promptId } }) : null;
    if (!prompt || prompt.projectId !== projectId) throw notFound('Prompt', input.prompt.promptId);
    const label = await db(ctx).findOne(PromptLabelEntity, { where: { promptId: prompt.id, label: input.prompt.label } });
    if (!label) throw badInput(`Prompt ${prompt.name} has no label "${input.prompt.label}"`, { argumentName: 'input.prompt.label' });
    versionId = label.versionId;
  }
  if (!versionId) return null;
  const version = isUuid(versionId) ? await db(ctx).findOne(PromptVersionEntity, { where: { id: versionId } }) : null;
  if (!version || version.projectId !== projectId) throw notFound('PromptVersion', versionId);
  return version;
}

/**
 * Creates an experiment after checking everything a run needs (examples at the version, every
 * template variable in every example, an endpoint and a model, valid evaluators), with one pending
 * run per example, and starts its first runs.
 */
export async function createExperiment(ctx: RequestContext & { live: LiveHub }, input: CreateExperimentInput): Promise<Experiment> {
  const dataset = await visibleDataset(ctx, input.datasetId, 'ingest');
  const version = input.datasetVersion ?? dataset.version;
  if (!Number.isInteger(version) || version < 1 || version > dataset.version) {
    throw badInput(`datasetVersion must be between 1 and ${dataset.version}, the dataset's latest version`, { argumentName: 'input.datasetVersion' });
  }
  const concurrency = input.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw badInput(`concurrency must be between 1 and ${MAX_CONCURRENCY}`, { argumentName: 'input.concurrency' });
  }
  const evaluators = validateEvaluators(input.evaluators ?? []);
  const promptVersion = await promptVersionOf(ctx, dataset.projectId, input);
  const endpoint = await db(ctx).findOne(LlmEndpointEntity, { where: { projectId: dataset.projectId } });
  if (!endpoint) throw badInput('The project has no LLM endpoint: set one with setLlmEndpoint first', { argumentName: 'input' });
  const model = input.model?.trim() || promptVersion?.model || endpoint.defaultModel;
  if (!model) throw badInput('No model: give one, or use a prompt version or an endpoint that names one', { argumentName: 'input.model' });

  const examples = await examplesAt(ctx, dataset.id, version, { splits: input.splits });
  if (!examples.length) {
    throw badInput(`Dataset ${dataset.name} has no examples at version ${version}${input.splits?.length ? ' in these splits' : ''}`, {
      argumentName: 'input.datasetId',
    });
  }
  if (promptVersion) {
    const offending: string[] = [];
    for (const e of examples) {
      try {
        renderTemplate(promptVersion.templateFormat, promptVersion.template, e.inputs);
      } catch (err) {
        if (!(err instanceof MissingVariablesError)) throw err;
        offending.push(`example ${e.id} lacks ${err.missing.join(', ')}`);
        if (offending.length >= LISTED_EXAMPLES) break;
      }
    }
    if (offending.length) {
      throw badInput(`Examples lack variables of the prompt: ${offending.join('; ')}`, { argumentName: 'input.promptVersionId', examples: offending });
    }
  }

  const name = input.name?.trim() || `${dataset.name}-${promptVersion ? `v${promptVersion.version}` : model}-${randomBytes(3).toString('hex')}`;
  const principal = requireAuthenticated(ctx);
  const id = uuidv7();
  const dispatched = await withTransaction(ctx, async (tx) => {
    const taken = await db(tx).query(`SELECT 1 FROM experiments WHERE project_id = $1 AND name = $2`, [dataset.projectId, name]);
    if (taken.length) throw badInput(`An experiment named "${name}" already exists in this project`, { argumentName: 'input.name' });
    const row: Partial<ExperimentEntity> = {
      id,
      projectId: dataset.projectId,
      datasetId: dataset.id,
      datasetVersion: version,
      name,
      description: input.description ?? null,
      kind: 'sextant',
      promptVersionId: promptVersion?.id ?? null,
      model,
      parameters: { ...(promptVersion?.parameters ?? {}), ...(input.parameters ?? {}) },
      evaluators,
      concurrency,
      status: 'queued',
      exampleCount: examples.length,
      metadata: input.metadata ?? {},
      authorKeyId: principal.kind === 'key' ? principal.keyId : null,
    };
    await db(tx).save(ExperimentEntity, row);
    const runs = examples.map((e) => ({ id: uuidv7(), experimentId: id, projectId: dataset.projectId, exampleId: e.id, status: 'pending' as const }));
    for (let i = 0; i < runs.length; i += 1000) await db(tx).insert(ExperimentRunEntity, runs.slice(i, i + 1000));
    return dispatchRuns(tx, id);
  });
  await enqueueRuns(ctx, id, dispatched);
  return toExperiment((await db(ctx).findOneByOrFail(ExperimentEntity, { id }))!);
}

/**
 * Starts pending runs of an experiment until `concurrency` are in flight, in the caller's
 * transaction: marks them running and returns their ids, to enqueue after commit. The experiment row
 * is locked, so two runs finishing at once never both fill the same free slot. A run marked running
 * whose job was lost (a crash between commit and enqueue) is enqueued again by the sweep
 * (staleExperimentRuns); the job's deduplication id keeps it from running twice at once.
 */
export async function dispatchRuns(tx: TxContext, experimentId: string): Promise<string[]> {
  // Only Sextant's own experiments: a client's (LangSmith evaluate()) runs are recorded by ingest, never dispatched.
  const [exp]: { concurrency: number; status: string }[] = await db(tx).query(
    `SELECT concurrency, status FROM experiments WHERE id = $1 AND kind = 'sextant' FOR UPDATE`,
    [experimentId],
  );
  if (!exp || (exp.status !== 'queued' && exp.status !== 'running')) return [];
  const [{ n }]: { n: number }[] = await db(tx).query(`SELECT count(*)::int AS n FROM experiment_runs WHERE experiment_id = $1 AND status = 'running'`, [
    experimentId,
  ]);
  const free = exp.concurrency - n;
  if (free <= 0) return [];
  const [rows]: [{ id: string }[], number] = await db(tx).query(
    `UPDATE experiment_runs SET status = 'running', started_at = now()
      WHERE id IN (SELECT id FROM experiment_runs WHERE experiment_id = $1 AND status = 'pending' ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
      RETURNING id`,
    [experimentId, free],
  );
  return rows.map((r) => r.id);
}

/** Enqueues the jobs of dispatched runs (after their transaction committed). */
export async function enqueueRuns(ctx: BaseContext, experimentId: string, runIds: string[]): Promise<void> {
  await ctx.jobs.enqueue(
    JOBS.experimentRun,
    runIds.map((runId) => ({ experimentId, runId })),
  );
}

/**
 * Runs marked running long ago whose experiment (one Sextant runs; a client's are recorded by
 * ingest) still runs: their job may be lost, so the sweep enqueues them again.
 */
export async function staleExperimentRuns(ctx: BaseContext, olderThanMs: number): Promise<{ experimentId: string; runId: string }[]> {
  return db(ctx).query(
    `SELECT r.experiment_id AS "experimentId", r.id AS "runId" FROM experiment_runs r JOIN experiments e ON e.id = r.experiment_id
      WHERE r.status = 'running' AND e.kind = 'sextant' AND e.status IN ('queued', 'running') AND r.started_at < now() - $1 * interval '1 millisecond' LIMIT 1000`,
    [olderThanMs],
  );
}

/** Cancels an experiment: no more runs start; runs in flight finish and are recorded. */
export async function cancelExperiment(ctx: RequestContext & { live: LiveHub }, id: string): Promise<Experiment> {
  const exp = await visibleExperiment(ctx, id, 'ingest');
  if (exp.kind !== 'sextant') throw badInput('Only experiments run by Sextant can be cancelled', { argumentName: 'id' });
  const [rows]: [{ id: string }[], number] = await db(ctx).query(
    `UPDATE experiments SET status = 'cancelled', finished_at = now(), updated_at = now() WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`,
    [id],
  );
  if (rows.length) publishExperimentUpdate(ctx.live, { experimentId: id, runId: null, status: 'cancelled' });
  return toExperiment((await db(ctx).findOneByOrFail(ExperimentEntity, { id }))!);
}

/** Deletes an experiment and its runs; the traces of its runs stay, as traces of the project. */
export async function deleteExperiment(ctx: RequestContext, id: string): Promise<boolean> {
  const exp = await visibleExperiment(ctx, id, 'admin');
  const r = await db(ctx).delete(ExperimentEntity, { id: exp.id });
  return (r.affected ?? 0) > 0;
}

/** A project's experiments, newest first, optionally of one dataset. */
export async function listExperiments(
  ctx: RequestContext,
  projectId: string,
  args: { datasetId?: string | null; first?: number | null; after?: string | null },
): Promise<ExperimentConnection> {
  assertProjectAccess(ctx, projectId, 'read');
  const size = pageSize(args.first, ctx.config.limits);
  const params: unknown[] = [projectId];
  const where = ['project_id = $1'];
  if (args.datasetId) {
    if (!isUuid(args.datasetId)) throw notFound('Dataset', args.datasetId);
    params.push(args.datasetId);
    where.push(`dataset_id = $${params.length}`);
  }
  if (args.after) {
    const [createdAt, after] = decodeCursor(args.after, 'experiments', 2);
    params.push(createdAt, after);
    where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(size + 1);
  const ids: { id: string }[] = await db(ctx).query(
    `SELECT id FROM experiments WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  const rows = ids.length ? await db(ctx).find(ExperimentEntity, { where: ids.map((r) => ({ id: r.id })) }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((r) => byId.get(r.id)!).filter(Boolean);
  return toConnection(ordered, size, Boolean(args.after), (r) => encodeCursor('experiments', [r.createdAt.toISOString(), r.id]), toExperiment);
}

/** An experiment's runs in example order, optionally of one status. */
export async function listRuns(
  ctx: RequestContext,
  experiment: Pick<ExperimentEntity, 'id' | 'datasetId' | 'datasetVersion'>,
  args: { status?: ExperimentRunStatusEnum | null; first?: number | null; after?: string | null },
): Promise<ExperimentRunConnection> {
  const size = pageSize(args.first, ctx.config.limits);
  const params: unknown[] = [experiment.id];
  const where = ['experiment_id = $1'];
  if (args.status) {
    params.push(args.status as ExperimentRunStatus);
    where.push(`status = $${params.length}`);
  }
  if (args.after) {
    const [after] = decodeCursor(args.after, 'experiment-runs', 1);
    params.push(after);
    where.push(`id > $${params.length}::uuid`);
  }
  params.push(size + 1);
  const ids: { id: string }[] = await db(ctx).query(`SELECT id FROM experiment_runs WHERE ${where.join(' AND ')} ORDER BY id LIMIT $${params.length}`, params);
  const rows = ids.length ? await db(ctx).find(ExperimentRunEntity, { where: ids.map((r) => ({ id: r.id })), order: { id: 'ASC' } }) : [];
  return toConnection(
    rows,
    size,
    Boolean(args.after),
    (r) => encodeCursor('experiment-runs', [r.id]),
    (r) => toExperimentRun(r, experiment),
  );
}
