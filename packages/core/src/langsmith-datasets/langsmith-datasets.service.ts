import { canSeeProject, requireAuthenticated, visibleProjectIds } from '../common/access.policy';
import { AppError, badInput, notFound } from '../common/app.errors';
import { sanitizeString } from '../common/sanitize.util';
import type { RequestContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { isUuid } from '../common/uuid.util';
import { examplesAt } from '../datasets/dataset-examples.sql';
import { type DatasetDataType, DatasetEntity } from '../datasets/dataset.entity';
import { datasetLoaders } from '../datasets/dataset.loaders';
import {
  accessibleDataset,
  addExamplesTo,
  createDataset,
  deleteDataset,
  deleteExamples,
  getExample,
  type NewExample,
  resolveDatasetVersion,
  tagDatasetVersion,
  updateDataset,
  updateExamplesOf,
} from '../datasets/dataset.service';
import { validExample, validSplits } from '../datasets/dataset.validate';
import { projectIdByName } from '../projects/project.service';
import { spanLoaders } from '../spans/span.loaders';
import { toLangSmithDataset, toLangSmithExample, toLangSmithVersion } from './langsmith-dataset.mapper';

/** The project name the SDKs' datasets go to for the bootstrap admin when the request names none. */
const DEFAULT_PROJECT_NAME = 'default';

type Query = Record<string, unknown>;
/** A multipart part as the server reads it. */
type MultipartPart = { name: string; data: Buffer };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const all = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)]);
const one = (v: unknown): string | undefined => all(v)[0];
const int = (v: unknown, fallback: number, max: number) => {
  const n = Number(one(v) ?? fallback);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
};

/**
 * The project a dataset goes to: a project key's own; for the bootstrap admin, the project named
 * by `projectName` (the X-Sextant-Project header), else "default", created on first use.
 */
async function projectFor(ctx: RequestContext, projectName: string | undefined): Promise<string> {
  const p = requireAuthenticated(ctx);
  if (p.kind === 'key') return p.projectId;
  const name = sanitizeString(projectName ?? '').trim() || DEFAULT_PROJECT_NAME;
  if (name.length > 200) throw badInput('The project name must be at most 200 characters');
  return projectIdByName(ctx, name);
}

/** Answers datasets as LangSmith does, with their example counts and experiment counts. */
async function withStats(ctx: RequestContext, rows: DatasetEntity[]) {
  const ids = rows.map((r) => r.id);
  const sessions: { dataset_id: string; n: number; last: Date | null }[] = ids.length
    ? await db(ctx).query(
        'SELECT dataset_id, count(*)::int AS n, max(created_at) AS last FROM experiments WHERE dataset_id = ANY($1::uuid[]) GROUP BY dataset_id',
        [ids],
      )
    : [];
  const byId = new Map(sessions.map((s) => [s.dataset_id, s]));
  return Promise.all(
    rows.map(async (r) => {
      const stats = await datasetLoaders(ctx).statsByDataset.load(r.id);
      const s = byId.get(r.id);
      return toLangSmithDataset(r, { exampleCount: stats.exampleCount, sessionCount: s?.n ?? 0, lastSessionStart: s?.last ?? null });
    }),
  );
}

/** POST /datasets: creates a dataset; a name taken in the project is a conflict (409). */
export async function langsmithCreateDataset(ctx: RequestContext, body: unknown, projectName?: string) {
  if (!isObject(body)) throw badInput('The body must be a JSON object');
  const projectId = await projectFor(ctx, projectName);
  const extra = isObject(body.extra) ? body.extra : {};
  const metadata = isObject(body.metadata) ? body.metadata : isObject(extra.metadata) ? extra.metadata : {};
  const row = await createDataset(ctx, projectId, {
    name: typeof body.name === 'string' ? body.name : '',
    description: typeof body.description === 'string' ? body.description : null,
    dataType: typeof body.data_type === 'string' ? (body.data_type as DatasetDataType) : undefined,
    metadata,
    inputsSchema: isObject(body.inputs_schema_definition) ? body.inputs_schema_definition : null,
    outputsSchema: isObject(body.outputs_schema_definition) ? body.outputs_schema_definition : null,
  });
  return (await withStats(ctx, [row]))[0];
}

/** GET /datasets: the caller's datasets, newest first, by id, name, name_contains, data_type or metadata. */
export async function langsmithListDatasets(ctx: RequestContext, q: Query) {
  const visible = visibleProjectIds(ctx);
  const qb = db(ctx).getRepository(DatasetEntity).createQueryBuilder('d');
  if (visible) qb.andWhere('d.project_id = ANY(:visible)', { visible });
  const ids = all(q.id).filter(isUuid);
  if (all(q.id).length) qb.andWhere('d.id = ANY(:ids)', { ids });
  if (one(q.name) !== undefined) qb.andWhere('d.name = :name', { name: one(q.name) });
  const contains = one(q.name_contains);
  if (contains) qb.andWhere("d.name ILIKE :pattern ESCAPE '\\'", { pattern: `%${contains.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
  const dataType = one(q.data_type);
  if (dataType) qb.andWhere('d.data_type = :dataType', { dataType });
  const metadata = one(q.metadata);
  if (metadata) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(metadata);
    } catch {
      throw badInput('metadata must be a JSON object');
    }
    qb.andWhere('d.metadata @> :metadata::jsonb', { metadata: JSON.stringify(parsed) });
  }
  const rows = await qb
    .orderBy('d.created_at', 'DESC')
    .addOrderBy('d.id', 'DESC')
    .offset(int(q.offset, 0, Number.MAX_SAFE_INTEGER))
    .limit(int(q.limit, 100, 1000))
    .getMany();
  return withStats(ctx, rows);
}

/** GET /datasets/:id. */
export async function langsmithReadDataset(ctx: RequestContext, id: string) {
  return (await withStats(ctx, [await accessibleDataset(ctx, id, 'read')]))[0];
}

/** PATCH /datasets/:id: name, description, metadata. */
export async function langsmithUpdateDataset(ctx: RequestContext, id: string, body: unknown) {
  if (!isObject(body)) throw badInput('The body must be a JSON object');
  const row = await updateDataset(ctx, id, {
    name: typeof body.name === 'string' ? body.name : undefined,
    description: typeof body.description === 'string' || body.description === null ? (body.description as string | null) : undefined,
    metadata: isObject(body.metadata) ? body.metadata : undefined,
  });
  return (await withStats(ctx, [row]))[0];
}

/** DELETE /datasets/:id. */
export async function langsmithDeleteDataset(ctx: RequestContext, id: string) {
  await deleteDataset(ctx, id);
}

/**
 * The version `as_of` names: a tag, "latest", or a time (the version current then); the latest
 * without one. An unknown tag is NOT_FOUND.
 */
async function versionAsOf(ctx: RequestContext, dataset: DatasetEntity, asOf: string | undefined): Promise<number> {
  if (!asOf || asOf === 'latest') return dataset.version;
  const at = /^\d{4}-\d{2}-\d{2}/.test(asOf) ? new Date(asOf) : null;
  const version = await resolveDatasetVersion(ctx, dataset, at && !Number.isNaN(at.getTime()) ? { at } : { tag: asOf });
  if (version === null) throw notFound('Dataset version', asOf);
  return version;
}

/** GET /examples: a dataset's examples as of a version, by splits, ids or metadata, with limit and offset. */
export async function langsmithListExamples(ctx: RequestContext, q: Query) {
  const datasetId = one(q.dataset);
  if (!datasetId) throw badInput('dataset is required');
  const dataset = await accessibleDataset(ctx, datasetId, 'read');
  const version = await versionAsOf(ctx, dataset, one(q.as_of));
  const ids = all(q.id);
  const wanted = all(q.splits);
  let rows = await examplesAt(ctx, dataset.id, version, { ids: ids.length ? ids.filter(isUuid) : null });
  // "base" is LangSmith's name for the examples in no split.
  if (wanted.length) rows = rows.filter((r) => (r.splits.length ? r.splits.some((s) => wanted.includes(s)) : wanted.includes('base')));
  const metadata = one(q.metadata);
  if (metadata) {
    let wanted: unknown;
    try {
      wanted = JSON.parse(metadata);
    } catch {
      throw badInput('metadata must be a JSON object');
    }
    if (isObject(wanted)) rows = rows.filter((r) => Object.entries(wanted).every(([k, v]) => JSON.stringify(r.metadata[k]) === JSON.stringify(v)));
  }
  const offset = int(q.offset, 0, Number.MAX_SAFE_INTEGER);
  return rows.slice(offset, offset + int(q.limit, 100, 10_000)).map(toLangSmithExample);
}

/** GET /examples/:id (as_of optional). */
export async function langsmithReadExample(ctx: RequestContext, id: string, q: Query) {
  const asOf = one(q.as_of);
  if (!asOf) return toLangSmithExample(await getExample(ctx, id));
  const row = isUuid(id) ? await datasetLoaders(ctx).exampleById.load(id) : null;
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Example', id);
  const dataset = await accessibleDataset(ctx, row.datasetId, 'read');
  return toLangSmithExample(await getExample(ctx, id, await versionAsOf(ctx, dataset, asOf)));
}

/** The splits of an example as LangSmith sends them: `split` (a name or a list), or metadata.dataset_split. */
function splitsAndMetadata(split: unknown, metadata: unknown): { splits: string[] | undefined; metadata: Record<string, unknown> | undefined } {
  const meta = isObject(metadata) ? { ...metadata } : undefined;
  let fromMeta: unknown;
  if (meta && 'dataset_split' in meta) {
    fromMeta = meta.dataset_split;
    delete meta.dataset_split;
  }
  const raw = split ?? fromMeta;
  return { splits: raw === undefined || raw === null ? undefined : validSplits(raw), metadata: meta };
}

/** Parses one JSON part, or fails the item. */
function jsonPart(part: MultipartPart | undefined): unknown {
  if (!part) return undefined;
  try {
    return JSON.parse(part.data.toString('utf8'));
  } catch {
    throw badInput(`Part ${part.name} is not valid JSON`);
  }
}

/** Groups the SDK's multipart example parts (`<id>`, `<id>.inputs`, `<id>.outputs`, `<id>.attachment.*`) by example id, in order. */
function groupParts(parts: MultipartPart[]) {
  const byId = new Map<string, { body?: MultipartPart; inputs?: MultipartPart; outputs?: MultipartPart }>();
  for (const part of parts) {
    const [id, field] = [part.name.split('.')[0], part.name.split('.').slice(1).join('.')];
    const entry = byId.get(id) ?? {};
    if (!field) entry.body = part;
    else if (field === 'inputs') entry.inputs = part;
    else if (field === 'outputs') entry.outputs = part;
    // Attachments are not stored: examples keep JSON only.
    byId.set(id, entry);
  }
  return byId;
}

/** A run the SDK names as an example's source: the span with that id in a project the caller sees. */
async function sourceRun(ctx: RequestContext, runId: unknown) {
  if (typeof runId !== 'string' || !isUuid(runId)) return null;
  const span = await spanLoaders(ctx).spanRows(['id', 'traceId', 'projectId', 'kind', 'inputs', 'outputs']).load(runId);
  return span && canSeeProject(ctx, span.projectId) ? span : null;
}

/** Throws the first item error when nothing at all was applied, so the SDK sees a failed request; else keeps the good items. */
function failIfNone(batch: { version: number | null; errors: { code: string; message: string }[] }) {
  if (batch.version === null && batch.errors.length)
    throw new AppError(batch.errors[0].code as 'BAD_USER_INPUT', batch.errors.map((e) => e.message).join('; '));
}

/** POST /v1/platform/datasets/:id/examples (multipart, the SDK's createExample(s)): adds the examples in one version. */
export async function langsmithUploadExamples(ctx: RequestContext, datasetId: string, parts: MultipartPart[]) {
  const items: NewExample[] = [];
  for (const [id, p] of groupParts(parts)) {
    const body = (jsonPart(p.body) ?? {}) as Record<string, unknown>;
    const source = await sourceRun(ctx, body.source_run_id);
    const { splits, metadata } = splitsAndMetadata(body.split, body.metadata);
    const useSource = Boolean(body.use_source_run_io) && source;
    const content = validExample({
      inputs: useSource ? source.inputs : (jsonPart(p.inputs) ?? {}),
      outputs: useSource ? source.outputs : jsonPart(p.outputs),
      metadata,
      splits,
    });
    const createdAt = typeof body.created_at === 'string' ? new Date(body.created_at) : null;
    items.push({
      ...content,
      id,
      sourceTraceId: source ? source.traceId : null,
      sourceSpanId: source ? source.id : null,
      createdAt: createdAt && !Number.isNaN(createdAt.getTime()) ? createdAt : null,
    });
  }
  return examplesCreated(await addExamplesTo(ctx, datasetId, items));
}

const examplesCreated = (batch: Awaited<ReturnType<typeof addExamplesTo>>) => {
  failIfNone(batch);
  return { example_ids: batch.examples.map((e) => e.id), count: batch.examples.length, errors: batch.errors };
};

/** POST /examples and /examples/bulk (the JSON endpoints of older SDKs): one example or a list. */
export async function langsmithCreateExamplesJson(ctx: RequestContext, body: unknown, single: boolean) {
  const list = single ? [body] : body;
  if (!Array.isArray(list) || !list.length || !list.every(isObject)) throw badInput('The body must be an example or a list of them');
  const datasetId = String(list[0].dataset_id ?? '');
  const items = list.map((x) => {
    const { splits, metadata } = splitsAndMetadata(x.split, x.metadata);
    return { ...validExample({ inputs: x.inputs, outputs: x.outputs, metadata, splits }), id: typeof x.id === 'string' ? x.id : undefined };
  });
  const batch = await addExamplesTo(ctx, datasetId, items);
  failIfNone(batch);
  const examples = batch.examples.map(toLangSmithExample);
  return single ? examples[0] : examples;
}

/** PATCH /v1/platform/datasets/:id/examples (multipart, the SDK's updateExample(s)): one new version for all. */
export async function langsmithUpdateExamples(ctx: RequestContext, datasetId: string, parts: MultipartPart[]) {
  const patches = [...groupParts(parts)].map(([id, p]) => {
    const body = (jsonPart(p.body) ?? {}) as Record<string, unknown>;
    const { splits, metadata } = splitsAndMetadata(body.split, body.metadata);
    return { id, patch: { inputs: jsonPart(p.inputs), outputs: jsonPart(p.outputs), metadata, splits } };
  });
  const batch = await updateExamplesOf(ctx, datasetId, patches);
  failIfNone(batch);
  return { example_ids: batch.examples.map((e) => e.id), count: batch.examples.length, errors: batch.errors };
}

/** PATCH /examples/:id (JSON, older SDKs). */
export async function langsmithUpdateExampleJson(ctx: RequestContext, id: string, body: unknown) {
  if (!isObject(body)) throw badInput('The body must be a JSON object');
  const row = isUuid(id) ? await datasetLoaders(ctx).exampleById.load(id) : null;
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Example', id);
  const { splits, metadata } = splitsAndMetadata(body.split, body.metadata);
  const batch = await updateExamplesOf(ctx, row.datasetId, [{ id, patch: { inputs: body.inputs, outputs: body.outputs, metadata, splits } }]);
  failIfNone(batch);
  return toLangSmithExample(batch.examples[0]);
}

/** DELETE /examples/:id and DELETE /examples?example_ids=…: each example leaves its dataset in a new version. */
export async function langsmithDeleteExamples(ctx: RequestContext, ids: string[]) {
  const result = await deleteExamples(ctx, ids);
  if (!result.deletedIds.length && result.errors.length) throw notFound('Example', result.errors[0].id ?? '');
  return { deleted: result.deletedIds };
}

/** GET /datasets/:id/version?as_of=…|tag=…: the version a time or tag names. */
export async function langsmithReadDatasetVersion(ctx: RequestContext, datasetId: string, q: Query) {
  const dataset = await accessibleDataset(ctx, datasetId, 'read');
  const version = await versionAsOf(ctx, dataset, one(q.tag) ?? one(q.as_of));
  const versions = await datasetLoaders(ctx).versionsByDataset.load(dataset.id);
  const v = versions.find((x) => x.version === version);
  if (!v) throw notFound('Dataset version', String(version));
  return toLangSmithVersion(v);
}

/** GET /datasets/:id/versions: newest first, with limit, offset and search (a tag). */
export async function langsmithListDatasetVersions(ctx: RequestContext, datasetId: string, q: Query) {
  const dataset = await accessibleDataset(ctx, datasetId, 'read');
  const search = one(q.search);
  const versions = (await datasetLoaders(ctx).versionsByDataset.load(dataset.id)).filter((v) => !search || v.tags.some((t) => t.includes(search)));
  const offset = int(q.offset, 0, Number.MAX_SAFE_INTEGER);
  return versions.slice(offset, offset + int(q.limit, 100, 1000)).map(toLangSmithVersion);
}

/** PUT /datasets/:id/tags {as_of, tag}: moves the tag to the version current at as_of. */
export async function langsmithTagDatasetVersion(ctx: RequestContext, datasetId: string, body: unknown) {
  if (!isObject(body) || typeof body.tag !== 'string' || typeof body.as_of !== 'string') throw badInput('as_of and tag are required');
  const dataset = await accessibleDataset(ctx, datasetId, 'ingest');
  const version = await versionAsOf(ctx, dataset, body.as_of);
  await tagDatasetVersion(ctx, dataset.id, version, body.tag);
  return langsmithReadDatasetVersion(ctx, dataset.id, { tag: body.tag });
}

/** GET /datasets/:id/splits: the split names of a version's examples. */
export async function langsmithListSplits(ctx: RequestContext, datasetId: string, q: Query) {
  const dataset = await accessibleDataset(ctx, datasetId, 'read');
  const rows = await examplesAt(ctx, dataset.id, await versionAsOf(ctx, dataset, one(q.as_of)));
  return [...new Set(rows.flatMap((r) => (r.splits.length ? r.splits : ['base'])))].sort();
}
