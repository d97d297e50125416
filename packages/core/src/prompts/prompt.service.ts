import { v7 as uuidv7 } from 'uuid';
import { assertProjectAccess, canSeeProject, requireAuthenticated, type Permission } from '../common/access.policy';
import { badInput, notFound } from '../common/app.errors';
import { decodeCursor, encodeCursor, pageSize, toConnection, withTotalCount } from '../common/pagination.util';
import type { RequestContext, TxContext } from '../common/service.context';
import { countRows } from '../common/total-count.sql';
import { db, withTransaction } from '../common/transaction.util';
import { projectLoaders } from '../projects/project.loaders';
import { comparePromptVersions as diffVersions } from './prompt-diff.compute';
import { MissingVariablesError, renderTemplate, templateVariables } from './prompt-template.compute';
import { PromptEntity, PromptVersionEntity } from './prompt.entity';
import type { CreatePromptInput, CreatePromptVersionInput, UpdatePromptInput } from './prompt.input';
import { MAX_LABEL_HISTORY, promptLoaders } from './prompt.loaders';
import { toPrompt, toPromptVersion } from './prompt.mapper';
import {
  type DeletePromptPayload,
  type Prompt,
  type PromptConnection,
  type PromptLabelEvent,
  type PromptLineOpEnum,
  type PromptMessageChangeEnum,
  type PromptMessageType,
  PromptTemplateFormatEnum,
  type PromptVersion,
  type PromptVersionComparison,
  type PromptVersionConnection,
} from './prompt.type';
import { chatMessages, labelName, modelParameters, optionalText, promptName, promptTags, templateText } from './prompt.validate';

/** The key that made a change; null for the bootstrap admin. */
const authorOf = (ctx: RequestContext): string | null => (ctx.principal.kind === 'key' ? ctx.principal.keyId : null);

/** The prompt row the caller may use with `permission`: NOT_FOUND for one of a project it cannot see. */
async function promptFor(ctx: RequestContext, id: string, permission: Permission): Promise<PromptEntity> {
  requireAuthenticated(ctx);
  const row = await promptLoaders(ctx).promptById.load(id);
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Prompt', id);
  assertProjectAccess(ctx, row.projectId, permission);
  return row;
}

/** The version row the caller may read: NOT_FOUND for one of a project it cannot see. */
async function versionFor(ctx: RequestContext, id: string): Promise<PromptVersionEntity> {
  requireAuthenticated(ctx);
  const row = await promptLoaders(ctx).promptVersionById.load(id);
  if (!row || !canSeeProject(ctx, row.projectId)) throw notFound('Prompt version', id);
  assertProjectAccess(ctx, row.projectId, 'read');
  return row;
}

/** Fails with NOT_FOUND unless the project exists (the caller's access was checked). */
async function assertProjectExists(ctx: RequestContext, projectId: string) {
  if (!(await projectLoaders(ctx).projectById.load(projectId))) throw notFound('Project', projectId);
}

/** Lists a project's prompts by name, optionally those whose name contains `search`. */
export async function listPrompts(
  ctx: RequestContext,
  projectId: string,
  search?: string | null,
  first?: number | null,
  after?: string | null,
): Promise<PromptConnection> {
  assertProjectAccess(ctx, projectId, 'read');
  const size = pageSize(first, ctx.config.limits);
  const qb = db(ctx).getRepository(PromptEntity).createQueryBuilder('p').where('p.project_id = :projectId', { projectId });
  const term = search?.trim();
  if (term) qb.andWhere(`p.name ILIKE :term ESCAPE '\\'`, { term: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
  const counted = qb.clone().select('1');
  if (after) {
    const [name, id] = decodeCursor(after, 'prompts', 2);
    if (typeof name !== 'string' || typeof id !== 'string') throw badInput('Invalid cursor', { argumentName: 'after' });
    qb.andWhere('(p.name, p.id) > (:name, :id::uuid)', { name, id });
  }
  const rows = await qb
    .orderBy('p.name', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .limit(size + 1)
    .getMany();
  const connection = toConnection(rows, size, Boolean(after), (p) => encodeCursor('prompts', [p.name, p.id]), toPrompt);
  return withTotalCount(connection, () => countRows(db(ctx), ...counted.getQueryAndParameters(), ctx.config.limits.maxExactCount));
}

/** One prompt the caller can read. */
export async function getPrompt(ctx: RequestContext, id: string): Promise<Prompt> {
  return toPrompt(await promptFor(ctx, id, 'read'));
}

/** The prompt of that name in a project the caller can read. */
export async function getPromptByName(ctx: RequestContext, projectId: string, name: string): Promise<Prompt> {
  assertProjectAccess(ctx, projectId, 'read');
  const row = await db(ctx).getRepository(PromptEntity).findOneBy({ projectId, name: name.trim() });
  if (!row) throw notFound('Prompt named', JSON.stringify(name));
  return toPrompt(row);
}

/** Creates a prompt without versions; BAD_USER_INPUT when the project has one of that name. */
export async function createPrompt(ctx: RequestContext, input: CreatePromptInput): Promise<Prompt> {
  assertProjectAccess(ctx, input.projectId, 'ingest');
  await assertProjectExists(ctx, input.projectId);
  const name = promptName(input.name);
  const id = uuidv7();
  await db(ctx)
    .getRepository(PromptEntity)
    .createQueryBuilder()
    .insert()
    .values({
      id,
      projectId: input.projectId,
      name,
      description: optionalText(input.description, 'description', 2000),
      tags: promptTags(input.tags ?? []),
    })
    .orIgnore()
    .execute();
  if (!(await db(ctx).getRepository(PromptEntity).existsBy({ id })))
    throw badInput(`A prompt named "${name}" already exists in this project`, { argumentName: 'name' });
  return toPrompt(await db(ctx).getRepository(PromptEntity).findOneByOrFail({ id }));
}

/** Renames a prompt or changes its description or tags. */
export async function updatePrompt(ctx: RequestContext, id: string, input: UpdatePromptInput): Promise<Prompt> {
  const row = await promptFor(ctx, id, 'ingest');
  const patch: Partial<PromptEntity> = {};
  if (input.name !== undefined && input.name !== null) {
    patch.name = promptName(input.name);
    const clash = await db(ctx).getRepository(PromptEntity).findOneBy({ projectId: row.projectId, name: patch.name });
    if (clash && clash.id !== id) throw badInput(`A prompt named "${patch.name}" already exists in this project`, { argumentName: 'name' });
  }
  if (input.description !== undefined) patch.description = optionalText(input.description, 'description', 2000);
  if (input.tags) patch.tags = promptTags(input.tags);
  if (Object.keys(patch).length)
    await db(ctx)
      .getRepository(PromptEntity)
      .update({ id }, patch as never);
  return toPrompt(await db(ctx).getRepository(PromptEntity).findOneByOrFail({ id }));
}

/** Deletes a prompt with its versions and labels; LLM calls keep their (now dangling) version id. */
export async function deletePrompt(ctx: RequestContext, id: string): Promise<DeletePromptPayload> {
  await promptFor(ctx, id, 'admin');
  await db(ctx).getRepository(PromptEntity).delete({ id });
  return { id, deleted: true };
}

/** The prompt a new version goes to: by id, or by project and name, created on first use. */
async function targetPrompt(ctx: RequestContext, input: CreatePromptVersionInput): Promise<PromptEntity> {
  if (input.promptId) return promptFor(ctx, input.promptId, 'ingest');
  if (!input.projectId || input.promptName === null || input.promptName === undefined)
    throw badInput('Give promptId, or projectId and promptName', { argumentName: 'input.promptId' });
  assertProjectAccess(ctx, input.projectId, 'ingest');
  await assertProjectExists(ctx, input.projectId);
  const name = promptName(input.promptName, 'promptName');
  const repo = db(ctx).getRepository(PromptEntity);
  // Two first versions at once: the unique name makes one insert win, and both use its row.
  await repo.createQueryBuilder().insert().values({ id: uuidv7(), projectId: input.projectId, name }).orIgnore().execute();
  return repo.findOneByOrFail({ projectId: input.projectId, name });
}

/** Points a label at a version (or removes it, with null), recording the move; the caller holds the prompt's row lock. */
async function moveLabel(tx: TxContext<RequestContext>, promptId: string, label: string, versionId: string | null): Promise<void> {
  const m = db(tx);
  const [current]: { version_id: string }[] = await m.query('SELECT version_id FROM prompt_labels WHERE prompt_id = $1 AND label = $2', [promptId, label]);
  const previous = current?.version_id ?? null;
  if (previous === versionId) return;
  if (versionId)
    await m.query(
      `INSERT INTO prompt_labels (prompt_id, label, version_id, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (prompt_id, label) DO UPDATE SET version_id = EXCLUDED.version_id, updated_at = now()`,
      [promptId, label, versionId],
    );
  else await m.query('DELETE FROM prompt_labels WHERE prompt_id = $1 AND label = $2', [promptId, label]);
  // clock_timestamp: moves within one transaction (a version created with labels) keep their order.
  await m.query(
    `INSERT INTO prompt_label_events (id, prompt_id, label, version_id, previous_version_id, author_key_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp())`,
    [uuidv7(), promptId, label, versionId, previous, authorOf(tx)],
  );
}

/** Locks the prompt's row for the rest of the transaction: versions and label moves of one prompt go one at a time. */
async function lockPrompt(tx: TxContext<RequestContext>, promptId: string): Promise<number> {
  const [row]: { latest_version: number }[] = await db(tx).query('SELECT latest_version FROM prompts WHERE id = $1 FOR UPDATE', [promptId]);
  if (!row) throw notFound('Prompt', promptId);
  return row.latest_version;
}

/**
 * Adds a version to a prompt: the next number under the prompt's row lock (concurrent calls get
 * consecutive numbers), its variables read from the template, and the given labels moved to it.
 */
export async function createPromptVersion(ctx: RequestContext, input: CreatePromptVersionInput): Promise<PromptVersion> {
  const chat = input.templateFormat === PromptTemplateFormatEnum.CHAT;
  const template = chat ? chatMessages(input.messages) : templateText(input.text);
  const labels = [...new Set((input.labels ?? []).map(labelName))];
  const fields = {
    templateFormat: input.templateFormat,
    template,
    variables: templateVariables(template),
    model: optionalText(input.model, 'model', 200),
    parameters: modelParameters(input.parameters),
    commitMessage: optionalText(input.commitMessage, 'commitMessage', 2000),
    authorKeyId: authorOf(ctx),
  };
  const prompt = await targetPrompt(ctx, input);
  const id = uuidv7();
  await withTransaction(ctx, async (tx) => {
    const version = (await lockPrompt(tx, prompt.id)) + 1;
    await db(tx)
      .getRepository(PromptVersionEntity)
      .insert({ id, promptId: prompt.id, projectId: prompt.projectId, version, ...fields } as never);
    await db(tx).query('UPDATE prompts SET latest_version = $2, updated_at = now() WHERE id = $1', [prompt.id, version]);
    for (const label of labels) await moveLabel(tx, prompt.id, label, id);
  });
  // The prompt row this request loaded is a version behind now.
  promptLoaders(ctx).promptById.clear(prompt.id);
  return toPromptVersion(await db(ctx).getRepository(PromptVersionEntity).findOneByOrFail({ id }));
}

/** Points a label at a version of the prompt (by number), recording where it pointed before. */
export async function setPromptLabel(ctx: RequestContext, promptId: string, label: string, version: number): Promise<Prompt> {
  const prompt = await promptFor(ctx, promptId, 'ingest');
  const name = labelName(label);
  await withTransaction(ctx, async (tx) => {
    await lockPrompt(tx, prompt.id);
    const target = await db(tx).getRepository(PromptVersionEntity).findOneBy({ promptId, version });
    if (!target) throw notFound(`Version ${version} of prompt`, promptId);
    await moveLabel(tx, promptId, name, target.id);
  });
  return toPrompt(await db(ctx).getRepository(PromptEntity).findOneByOrFail({ id: promptId }));
}

/** Removes a label from a prompt (recorded, so it can be rolled back). */
export async function removePromptLabel(ctx: RequestContext, promptId: string, label: string): Promise<Prompt> {
  const prompt = await promptFor(ctx, promptId, 'ingest');
  const name = labelName(label);
  await withTransaction(ctx, async (tx) => {
    await lockPrompt(tx, prompt.id);
    const [current] = await db(tx).query('SELECT 1 FROM prompt_labels WHERE prompt_id = $1 AND label = $2', [promptId, name]);
    if (!current) throw notFound(`Label "${name}" of prompt`, promptId);
    await moveLabel(tx, promptId, name, null);
  });
  return toPrompt(await db(ctx).getRepository(PromptEntity).findOneByOrFail({ id: promptId }));
}

/**
 * Moves a label back to where it pointed before its last move (removing it if that move created
 * it). The rollback is itself a move: rolling back twice returns to where it was.
 */
export async function rollbackPromptLabel(ctx: RequestContext, promptId: string, label: string): Promise<Prompt> {
  const prompt = await promptFor(ctx, promptId, 'ingest');
  const name = labelName(label);
  await withTransaction(ctx, async (tx) => {
    await lockPrompt(tx, prompt.id);
    const [last]: { previous_version_id: string | null }[] = await db(tx).query(
      'SELECT previous_version_id FROM prompt_label_events WHERE prompt_id = $1 AND label = $2 ORDER BY created_at DESC, id DESC LIMIT 1',
      [promptId, name],
    );
    if (!last) throw badInput(`Label "${name}" has never moved: there is nothing to roll back`, { argumentName: 'label' });
    await moveLabel(tx, promptId, name, last.previous_version_id);
  });
  return toPrompt(await db(ctx).getRepository(PromptEntity).findOneByOrFail({ id: promptId }));
}

/** A prompt's versions, newest first. */
export async function listPromptVersions(ctx: RequestContext, prompt: Prompt, first?: number | null, after?: string | null): Promise<PromptVersionConnection> {
  const size = pageSize(first, ctx.config.limits);
  const qb = db(ctx).getRepository(PromptVersionEntity).createQueryBuilder('v').where('v.prompt_id = :id', { id: prompt.id });
  if (after) {
    const [version] = decodeCursor(after, 'prompt-versions', 1);
    if (typeof version !== 'number') throw badInput('Invalid cursor', { argumentName: 'after' });
    qb.andWhere('v.version < :version', { version });
  }
  const rows = await qb
    .orderBy('v.version', 'DESC')
    .limit(size + 1)
    .getMany();
  const connection = toConnection(rows, size, Boolean(after), (v) => encodeCursor('prompt-versions', [v.version]), toPromptVersion);
  // Versions are numbered 1..latestVersion without gaps.
  return withTotalCount(connection, async () => ({ value: prompt.latestVersion, estimated: false }));
}

/** One version of a prompt: by number, else through a label, else the latest; null when there is none such. */
export async function promptVersionOf(ctx: RequestContext, prompt: Prompt, version?: number | null, label?: string | null): Promise<PromptVersion | null> {
  const loaders = promptLoaders(ctx);
  let row: PromptVersionEntity | null;
  if (version !== null && version !== undefined) row = await loaders.versionByNumber.load(`${prompt.id}:${version}`);
  else if (label !== null && label !== undefined) {
    const found = (await loaders.labelsByPrompt.load(prompt.id)).find((l) => l.label === label);
    row = found ? await loaders.promptVersionById.load(found.versionId) : null;
  } else row = prompt.latestVersion ? await loaders.versionByNumber.load(`${prompt.id}:${prompt.latestVersion}`) : null;
  return row ? toPromptVersion(row) : null;
}

/** The moves of a prompt's labels (of one label, when given), newest first. */
export async function promptLabelHistory(ctx: RequestContext, promptId: string, label?: string | null, first?: number | null): Promise<PromptLabelEvent[]> {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 0 || n > MAX_LABEL_HISTORY)
    throw badInput(`\`first\` must be 0 to ${MAX_LABEL_HISTORY}`, { argumentName: 'first', maxPageSize: MAX_LABEL_HISTORY });
  const events = await promptLoaders(ctx).labelEventsByPrompt.load(promptId);
  return events.filter((e) => label === null || label === undefined || e.label === label).slice(0, n);
}

/** The prompt a version belongs to (the caller could read the version, so it may read its prompt). */
export async function promptOfVersion(ctx: RequestContext, v: PromptVersion): Promise<Prompt> {
  const row = await promptLoaders(ctx).promptById.load(v.promptId);
  if (!row) throw notFound('Prompt', v.promptId);
  return toPrompt(row);
}

/** Compares two versions the caller can read (of any prompts of its projects). */
export async function comparePromptVersions(ctx: RequestContext, aId: string, bId: string): Promise<PromptVersionComparison> {
  const [a, b] = [await versionFor(ctx, aId), await versionFor(ctx, bId)];
  const d = diffVersions(a, b);
  return {
    a: toPromptVersion(a),
    b: toPromptVersion(b),
    messages: d.messages.map((m) => ({
      ...m,
      change: m.change as PromptMessageChangeEnum,
      lines: m.lines.map((l) => ({ op: l.op as PromptLineOpEnum, text: l.text })),
    })),
    model: d.model,
    parameters: d.parameters.map((p) => ({ key: p.key, a: p.a ?? null, b: p.b ?? null })),
    variablesAdded: d.variablesAdded,
    variablesRemoved: d.variablesRemoved,
  };
}

/** A version's template filled with the given variables; BAD_USER_INPUT naming the missing ones. */
export async function renderPrompt(ctx: RequestContext, versionId: string, variables: Record<string, unknown>): Promise<PromptMessageType[]> {
  const v = await versionFor(ctx, versionId);
  try {
    return renderTemplate(v.templateFormat, v.template, variables ?? {});
  } catch (e) {
    if (e instanceof MissingVariablesError) throw badInput(e.message, { argumentName: 'variables', missing: e.missing });
    throw e;
  }
}
