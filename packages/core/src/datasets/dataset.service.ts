import { randomUUID } from 'node:crypto';
import { assertProjectAccess, canSeeProject, type Permission, requireAuthenticated } from '../common/access.policy';
import { AppError, badInput, notFound } from '../common/app.errors';
import { decodeCursor, encodeCursor, pageSize, toConnection, withTotalCount } from '../common/pagination.util';
import { sanitizeJson, sanitizeString, toStorableJson } from '../common/sanitize.util';
import type { RequestContext, TxContext } from '../common/service.context';
import { countRows } from '../common/total-count.sql';
import { db, withTransaction } from '../common/transaction.util';
import { isUuid } from '../common/uuid.util';
import { type ExampleAtVersion, examplesAt, examplesAtCountQuery } from './dataset-examples.sql';
import { type DatasetDataType, DatasetEntity } from './dataset.entity';
import { datasetLoaders } from './dataset.loaders';
import { toDataset, toDatasetExample } from './dataset.mapper';
import type { DatasetItemError } from './dataset.result';
import type { Dataset, DatasetConnection, DatasetExampleConnection } from './dataset.type';
import { type ExampleContent, patchedExample, validDatasetName } from './dataset.validate';

/** An example to add: its content, and optionally its id, where it came from and when it was made. */
export type NewExample = ExampleContent & { id?: string; sourceTraceId?: string | null; sourceSpanId?: string | null; createdAt?: Date | null };

/** What a batch of example changes made: the new version (null when nothing was applied), the examples as they now are, and the items refused. */
export type ExampleBatch = { version: number | null; examples: ExampleAtVersion[]; errors: DatasetItemError[] };

/** A dataset's fields as its creator gives them. */
export type DatasetFields = {
  name?: string | null;
  description?: string | null;
  dataType?: DatasetDataType | null;
  metadata?: Record<string, unknown> | null;
  inputsSchema?: Record<string, unknown> | null;
  outputsSchema?: Record<string, unknown> | null;
};

const DATA_TYPES: readonly DatasetDataType[] = ['kv', 'llm', 'chat'];
const MAX_BATCH = 1000;

const authorOf = (ctx: RequestContext) => (ctx.principal.kind === 'key' ? ctx.principal.keyId : null);

/** An item's error from whatever refused it: the client-facing ones keep their code, anything else is not caught here. */
export function itemError(index: number, id: string | null, e: unknown): DatasetItemError {
  if (!(e instanceof AppError)) throw e;
  return { index, id, code: String(e.extensions.code), message: e.message };
}

/** Loads a dataset the caller may act on with `permission`, or NOT_FOUND (also for another project's). */
export async function accessibleDataset(ctx: RequestContext, id: string, permission: Permission): Promise<DatasetEntity> {
  requireAuthenticated(ctx);
  const row = isUuid(id) ? await datasetLoaders(ctx).datasetById.load(id) : null;
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Dataset', id);
  assertProjectAccess(ctx, row.projectId, permission);
  return row;
}

/** The dataset row under a lock held to commit, so concurrent writers of its examples get distinct versions. */
async function lockDataset(tx: TxContext<RequestContext>, id: string): Promise<DatasetEntity> {
  const row = await db(tx)
    .getRepository(DatasetEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound('Dataset', id);
  return row;
}

/** Makes the next version of a locked dataset, recording what made it. */
async function nextVersion(tx: TxContext<RequestContext>, dataset: DatasetEntity, description: string): Promise<number> {
  const [[{ version }]]: [[{ version: number }], number] = await db(tx).query(
    'UPDATE datasets SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version',
    [dataset.id],
  );
  await db(tx).query('INSERT INTO dataset_versions (dataset_id, version, description, author_key_id) VALUES ($1, $2, $3, $4)', [
    dataset.id,
    version,
    description,
    authorOf(tx),
  ]);
  dataset.version = version;
  return version;
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Stores one revision per item at `version`. */
async function insertRevisions(
  tx: TxContext<RequestContext>,
  datasetId: string,
  version: number,
  items: (ExampleContent & { id: string; deleted?: boolean })[],
) {
  const rows = items.map((x) => ({ id: x.id, inputs: x.inputs, outputs: x.outputs, metadata: x.metadata, splits: x.splits, deleted: Boolean(x.deleted) }));
  await db(tx).query(
    `INSERT INTO dataset_example_revisions (example_id, version, dataset_id, inputs, outputs, metadata, splits, deleted)
     SELECT x.id, $2, $1, x.inputs, nullif(x.outputs, 'null'::jsonb), x.metadata, ARRAY(SELECT jsonb_array_elements_text(x.splits)), x.deleted
       FROM jsonb_to_recordset($3::jsonb) AS x(id uuid, inputs jsonb, outputs jsonb, metadata jsonb, splits jsonb, deleted boolean)`,
    [datasetId, version, toStorableJson(rows)],
  );
}

/**
 * Adds examples to a dataset in one new version. Items whose id is taken are refused, the others
 * kept; `errorIndex` maps an item's position to the one the caller knows it by.
 */
export async function addExamplesTo(
  ctx: RequestContext,
  datasetId: string,
  items: NewExample[],
  opts: { description?: string; errorIndex?: (i: number) => number; maxItems?: number } = {},
): Promise<ExampleBatch> {
  if (items.length > (opts.maxItems ?? MAX_BATCH)) throw badInput(`At most ${MAX_BATCH} examples per batch`);
  const dataset = await accessibleDataset(ctx, datasetId, 'ingest');
  return withTransaction(ctx, async (tx) => {
    await lockDataset(tx, dataset.id);
    const errors: DatasetItemError[] = [];
    const given = items.map((x) => x.id).filter((id): id is string => Boolean(id));
    const taken = new Set<string>(
      given.length ? (await db(tx).query('SELECT id FROM dataset_examples WHERE id = ANY($1::uuid[])', [given])).map((r: { id: string }) => r.id) : [],
    );
    const seen = new Set<string>();
    const good: (NewExample & { id: string; ord: number })[] = [];
    items.forEach((x, i) => {
      const id = x.id ?? randomUUID();
      if (!isUuid(id)) errors.push({ index: opts.errorIndex?.(i) ?? i, id, code: 'BAD_USER_INPUT', message: 'An example id must be a UUID' });
      else if (taken.has(id) || seen.has(id))
        errors.push({ index: opts.errorIndex?.(i) ?? i, id, code: 'BAD_USER_INPUT', message: `Example ${id} already exists` });
      else {
        seen.add(id);
        good.push({ ...x, id, ord: good.length });
      }
    });
    if (!good.length) return { version: null, examples: [], errors };
    const version = await nextVersion(tx, dataset, opts.description ?? `added ${plural(good.length, 'example')}`);
    // created_at orders a dataset's examples; a millisecond apart (what a cursor's time holds) keeps a batch in the order it was given.
    await db(tx).query(
      `INSERT INTO dataset_examples (id, dataset_id, project_id, source_trace_id, source_span_id, created_version, created_at)
       SELECT x.id, $1, $2, x.source_trace_id, x.source_span_id, $3, coalesce(x.created_at, date_trunc('milliseconds', now()) + x.ord * interval '1 millisecond')
         FROM jsonb_to_recordset($4::jsonb) AS x(id uuid, source_trace_id uuid, source_span_id uuid, created_at timestamptz, ord int)`,
      [
        dataset.id,
        dataset.projectId,
        version,
        JSON.stringify(
          good.map((x) => ({
            id: x.id,
            source_trace_id: x.sourceTraceId ?? null,
            source_span_id: x.sourceSpanId ?? null,
            created_at: x.createdAt?.toISOString() ?? null,
            ord: x.ord,
          })),
        ),
      ],
    );
    await insertRevisions(tx, dataset.id, version, good);
    const examples = await examplesAt(tx, dataset.id, version, { ids: good.map((x) => x.id) });
    return { version, examples, errors };
  });
}

/** Applies patches to examples of one dataset in one new version; unknown (or deleted) examples are refused per item. */
export async function updateExamplesOf(
  ctx: RequestContext,
  datasetId: string,
  patches: { id: string; patch: { inputs?: unknown; outputs?: unknown; metadata?: unknown; splits?: unknown } }[],
): Promise<ExampleBatch> {
  if (patches.length > MAX_BATCH) throw badInput(`At most ${MAX_BATCH} examples per batch`);
  const dataset = await accessibleDataset(ctx, datasetId, 'ingest');
  return withTransaction(ctx, async (tx) => {
    const locked = await lockDataset(tx, dataset.id);
    const ids = patches.map((p) => p.id).filter((id) => isUuid(id));
    const current = new Map((ids.length ? await examplesAt(tx, dataset.id, locked.version, { ids }) : []).map((e) => [e.id, e]));
    const errors: DatasetItemError[] = [];
    const good: (ExampleContent & { id: string })[] = [];
    patches.forEach((p, i) => {
      const old = current.get(p.id);
      if (!old || good.some((g) => g.id === p.id)) return void errors.push({ index: i, id: p.id, code: 'NOT_FOUND', message: `Example ${p.id} not found` });
      try {
        good.push({ id: p.id, ...patchedExample(old, p.patch) });
      } catch (e) {
        errors.push(itemError(i, p.id, e));
      }
    });
    if (!good.length) return { version: null, examples: [], errors };
    const version = await nextVersion(tx, locked, `edited ${plural(good.length, 'example')}`);
    await insertRevisions(tx, dataset.id, version, good);
    return { version, examples: await examplesAt(tx, dataset.id, version, { ids: good.map((g) => g.id) }), errors };
  });
}

/** Deletes examples (of any datasets the caller may write), one new version per dataset; the older versions keep them. */
export async function deleteExamples(ctx: RequestContext, ids: string[]): Promise<{ deletedIds: string[]; errors: DatasetItemError[] }> {
  requireAuthenticated(ctx);
  if (ids.length > MAX_BATCH) throw badInput(`At most ${MAX_BATCH} examples per batch`);
  const rows = await Promise.all(ids.map((id) => (isUuid(id) ? datasetLoaders(ctx).exampleById.load(id) : null)));
  const errors: DatasetItemError[] = [];
  const byDataset = new Map<string, { id: string; index: number }[]>();
  rows.forEach((r, index) => {
    if (!r || !canSeeProject(ctx, r.projectId))
      return void errors.push({ index, id: ids[index], code: 'NOT_FOUND', message: `Example ${ids[index]} not found` });
    const list = byDataset.get(r.datasetId) ?? [];
    if (!list.some((x) => x.id === r.id)) list.push({ id: r.id, index });
    byDataset.set(r.datasetId, list);
  });
  const deletedIds: string[] = [];
  for (const [datasetId, items] of byDataset) {
    try {
      await accessibleDataset(ctx, datasetId, 'ingest');
    } catch (e) {
      for (const x of items) errors.push(itemError(x.index, x.id, e));
      continue;
    }
    await withTransaction(ctx, async (tx) => {
      const locked = await lockDataset(tx, datasetId);
      const current = new Map((await examplesAt(tx, datasetId, locked.version, { ids: items.map((x) => x.id) })).map((e) => [e.id, e]));
      const gone = items.filter((x) => !current.has(x.id));
      for (const x of gone) errors.push({ index: x.index, id: x.id, code: 'NOT_FOUND', message: `Example ${x.id} not found` });
      const doomed = [...current.values()];
      if (!doomed.length) return;
      const version = await nextVersion(tx, locked, `deleted ${plural(doomed.length, 'example')}`);
      await insertRevisions(
        tx,
        datasetId,
        version,
        doomed.map((e) => ({ ...e, deleted: true })),
      );
      deletedIds.push(...doomed.map((e) => e.id));
    });
  }
  errors.sort((a, b) => a.index - b.index);
  return { deletedIds, errors };
}

/** Creates an empty dataset (version 0) in a project the caller may write. */
export async function createDataset(ctx: RequestContext, projectId: string, fields: DatasetFields): Promise<DatasetEntity> {
  assertProjectAccess(ctx, projectId, 'ingest');
  const name = validDatasetName(fields.name);
  const row = Object.assign(new DatasetEntity(), {
    id: randomUUID(),
    projectId,
    name,
    ...checkedFields(fields),
  });
  return withTransaction(ctx, async (tx) => {
    const clash = await db(tx).query('SELECT 1 FROM datasets WHERE project_id = $1 AND name = $2', [projectId, name]);
    if (clash.length) throw badInput(`A dataset named "${name}" already exists in this project`, { argumentName: 'name', conflict: true });
    const project = await db(tx).query('SELECT 1 FROM projects WHERE id = $1', [projectId]);
    if (!project.length) throw notFound('Project', projectId);
    return db(tx).getRepository(DatasetEntity).save(row);
  });
}

function checkedFields(fields: DatasetFields): Partial<DatasetEntity> {
  const out: Partial<DatasetEntity> = {};
  if (fields.description !== undefined) out.description = fields.description === null ? null : sanitizeString(fields.description);
  if (fields.dataType) {
    if (!DATA_TYPES.includes(fields.dataType)) throw badInput(`data_type must be one of ${DATA_TYPES.join(', ')}`);
    out.dataType = fields.dataType;
  }
  if (fields.metadata !== undefined) out.metadata = (sanitizeJson(fields.metadata ?? {}) as Record<string, unknown>) ?? {};
  if (fields.inputsSchema !== undefined) out.inputsSchema = fields.inputsSchema;
  if (fields.outputsSchema !== undefined) out.outputsSchema = fields.outputsSchema;
  return out;
}

/** Changes a dataset's name, description, data type or metadata; its examples and version stay. */
export async function updateDataset(ctx: RequestContext, id: string, fields: DatasetFields): Promise<DatasetEntity> {
  const dataset = await accessibleDataset(ctx, id, 'ingest');
  const patch = checkedFields(fields);
  if (fields.name !== undefined && fields.name !== null) patch.name = validDatasetName(fields.name);
  return withTransaction(ctx, async (tx) => {
    const locked = await lockDataset(tx, dataset.id);
    if (patch.name && patch.name !== locked.name) {
      const clash = await db(tx).query('SELECT 1 FROM datasets WHERE project_id = $1 AND name = $2', [locked.projectId, patch.name]);
      if (clash.length) throw badInput(`A dataset named "${patch.name}" already exists in this project`, { argumentName: 'name', conflict: true });
    }
    Object.assign(locked, patch);
    return db(tx).getRepository(DatasetEntity).save(locked);
  });
}

/** Deletes a dataset with its examples and versions (admin). */
export async function deleteDataset(ctx: RequestContext, id: string): Promise<{ id: string; deleted: boolean }> {
  const dataset = await accessibleDataset(ctx, id, 'admin');
  await db(ctx).query('DELETE FROM datasets WHERE id = $1', [dataset.id]);
  return { id: dataset.id, deleted: true };
}

/** One dataset the caller may read. */
export async function getDataset(ctx: RequestContext, id: string): Promise<Dataset> {
  return toDataset(await accessibleDataset(ctx, id, 'read'));
}

/** A project's datasets, newest first; `search` keeps names containing it (any case). */
export async function listDatasets(
  ctx: RequestContext,
  projectId: string,
  search?: string | null,
  first?: number | null,
  after?: string | null,
): Promise<DatasetConnection> {
  assertProjectAccess(ctx, projectId, 'read');
  const size = pageSize(first, ctx.config.limits);
  const filtered = () => {
    const q = db(ctx).getRepository(DatasetEntity).createQueryBuilder('d').where('d.project_id = :projectId', { projectId });
    if (search?.trim()) q.andWhere("d.name ILIKE :pattern ESCAPE '\\'", { pattern: `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    return q;
  };
  const page = filtered();
  if (after) {
    const [createdAt, id] = decodeCursor(after, 'datasets', 2);
    if (typeof createdAt !== 'string' || typeof id !== 'string' || !isUuid(id)) throw badInput('Invalid cursor', { argumentName: 'after' });
    page.andWhere('(d.created_at, d.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
  }
  const rows = await page
    .orderBy('d.created_at', 'DESC')
    .addOrderBy('d.id', 'DESC')
    .limit(size + 1)
    .getMany();
  const connection = toConnection(rows, size, Boolean(after), (r) => encodeCursor('datasets', [r.createdAt.toISOString(), r.id]), toDataset);
  return withTotalCount(connection, () => countRows(db(ctx), ...filtered().select('d.id').getQueryAndParameters(), ctx.config.limits.maxExactCount));
}

/** The version to read: the one asked for (0 … latest), else the latest. */
export function versionToRead(dataset: { version: number }, version?: number | null): number {
  if (version === null || version === undefined) return dataset.version;
  if (!Number.isInteger(version) || version < 0 || version > dataset.version) {
    throw badInput(`version must be between 0 and the dataset's latest version, ${dataset.version}`, { argumentName: 'version' });
  }
  return version;
}

/** A dataset's examples at a version, oldest first, optionally in some splits. */
export async function listExamples(
  ctx: RequestContext,
  dataset: Dataset,
  opts: { version?: number | null; splits?: string[] | null; first?: number | null; after?: string | null },
): Promise<DatasetExampleConnection> {
  const version = versionToRead(dataset, opts.version);
  const size = pageSize(opts.first, ctx.config.limits);
  let after: { createdAt: Date; id: string } | null = null;
  if (opts.after) {
    const [createdAt, id] = decodeCursor(opts.after, 'examples', 2);
    const at = new Date(String(createdAt));
    if (typeof id !== 'string' || !isUuid(id) || Number.isNaN(at.getTime())) throw badInput('Invalid cursor', { argumentName: 'after' });
    after = { createdAt: at, id };
  }
  const rows = await examplesAt(ctx, dataset.id, version, { first: size + 1, after, splits: opts.splits });
  const connection = toConnection(rows, size, Boolean(opts.after), (r) => encodeCursor('examples', [r.createdAt.toISOString(), r.id]), toDatasetExample);
  return withTotalCount(connection, () => countRows(db(ctx), ...examplesAtCountQuery(dataset.id, version, opts.splits), ctx.config.limits.maxExactCount));
}

/** One example at a version (the latest by default), or NOT_FOUND when it is not in the dataset then. */
export async function getExample(ctx: RequestContext, id: string, version?: number | null): Promise<ExampleAtVersion> {
  requireAuthenticated(ctx);
  const row = isUuid(id) ? await datasetLoaders(ctx).exampleById.load(id) : null;
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Example', id);
  const dataset = await accessibleDataset(ctx, row.datasetId, 'read');
  const [example] = await examplesAt(ctx, dataset.id, versionToRead(dataset, version), { ids: [id] });
  if (!example) throw notFound('Example', id);
  return example;
}

/** Names a version with a tag; a tag names one version of a dataset, so it moves off any older one. */
export async function tagDatasetVersion(ctx: RequestContext, datasetId: string, version: number, tag: string): Promise<void> {
  const dataset = await accessibleDataset(ctx, datasetId, 'ingest');
  const name = sanitizeString(tag ?? '').trim();
  if (!name || name.length > 100) throw badInput('A tag must be 1 to 100 characters', { argumentName: 'tag' });
  if (name === 'latest') throw badInput('"latest" always names the latest version; it cannot be moved', { argumentName: 'tag' });
  await withTransaction(ctx, async (tx) => {
    await lockDataset(tx, dataset.id);
    const exists = await db(tx).query('SELECT 1 FROM dataset_versions WHERE dataset_id = $1 AND version = $2', [dataset.id, version]);
    if (!exists.length) throw notFound('Dataset version', String(version));
    await db(tx).query('UPDATE dataset_versions SET tags = array_remove(tags, $2) WHERE dataset_id = $1 AND $2 = ANY(tags)', [dataset.id, name]);
    await db(tx).query('UPDATE dataset_versions SET tags = array_append(tags, $3) WHERE dataset_id = $1 AND version = $2', [dataset.id, version, name]);
  });
}

/** The version a tag names, or the one current at a time; null when there is none (a time before the first version is version 0). */
export async function resolveDatasetVersion(
  ctx: RequestContext,
  dataset: { id: string; version: number },
  asOf: { tag: string } | { at: Date },
): Promise<number | null> {
  if ('tag' in asOf) {
    if (asOf.tag === 'latest') return dataset.version;
    const [row]: { version: number }[] = await db(ctx).query('SELECT version FROM dataset_versions WHERE dataset_id = $1 AND $2 = ANY(tags)', [
      dataset.id,
      asOf.tag,
    ]);
    return row?.version ?? null;
  }
  const [row]: { version: number }[] = await db(ctx).query('SELECT max(version) AS version FROM dataset_versions WHERE dataset_id = $1 AND created_at <= $2', [
    dataset.id,
    asOf.at,
  ]);
  return row?.version ?? 0;
}

/** Changes one example (found by its id) in a new version of its dataset. */
export async function updateExampleById(
  ctx: RequestContext,
  id: string,
  patch: { inputs?: unknown; outputs?: unknown; metadata?: unknown; splits?: unknown },
): Promise<ExampleAtVersion> {
  requireAuthenticated(ctx);
  const row = isUuid(id) ? await datasetLoaders(ctx).exampleById.load(id) : null;
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Example', id);
  const batch = await updateExamplesOf(ctx, row.datasetId, [{ id, patch }]);
  const [error] = batch.errors;
  if (error) throw new AppError(error.code as 'NOT_FOUND', error.message);
  return batch.examples[0];
}
