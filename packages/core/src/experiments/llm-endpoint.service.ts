import { assertProjectAccess, canSeeProject } from '../common/access.policy';
import { badInput, notFound } from '../common/app.errors';
import type { BaseContext, RequestContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { LlmEndpointEntity } from '../projects/llm-endpoint.entity';
import { projectLoaders } from '../projects/project.loaders';
import { experimentLoaders } from './experiment.loaders';
import type { LlmEndpoint, LlmEndpointInput } from './llm-endpoint.type';
import { decryptSecret, encryptSecret, secretsKey } from './secret-box.util';

const toEndpoint = (e: LlmEndpointEntity): LlmEndpoint => ({
  baseUrl: e.baseUrl,
  defaultModel: e.defaultModel,
  hasApiKey: e.apiKeyEncrypted !== null,
  apiKeyHint: e.apiKeyHint,
  updatedAt: e.updatedAt,
});

/** A project's endpoint as shown to clients (never its key); null when none is set. */
export async function llmEndpointOf(ctx: RequestContext, projectId: string): Promise<LlmEndpoint | null> {
  assertProjectAccess(ctx, projectId, 'read');
  const row = await experimentLoaders(ctx).endpointByProject.load(projectId);
  return row ? toEndpoint(row) : null;
}

/** Sets a project's endpoint; the key is encrypted before it is stored, and kept when the input omits it. */
export async function setLlmEndpoint(ctx: RequestContext, projectId: string, input: LlmEndpointInput): Promise<LlmEndpoint> {
  assertProjectAccess(ctx, projectId, 'admin');
  if (!(await projectLoaders(ctx).projectById.load(projectId))) throw notFound('Project', projectId);
  let url: URL;
  try {
    url = new URL(input.baseUrl.trim());
  } catch {
    throw badInput('baseUrl must be an http(s) URL', { argumentName: 'input.baseUrl' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badInput('baseUrl must be an http(s) URL', { argumentName: 'input.baseUrl' });
  const existing = await db(ctx).findOne(LlmEndpointEntity, { where: { projectId } });
  const row = existing ?? Object.assign(new LlmEndpointEntity(), { projectId, apiKeyEncrypted: null, apiKeyHint: null });
  row.baseUrl = url.toString().replace(/\/+$/, '');
  row.defaultModel = input.defaultModel?.trim() || null;
  if (input.apiKey === '') {
    row.apiKeyEncrypted = null;
    row.apiKeyHint = null;
  } else if (input.apiKey !== undefined && input.apiKey !== null) {
    row.apiKeyEncrypted = encryptSecret(await secretsKey(ctx.config), input.apiKey);
    row.apiKeyHint = input.apiKey.length > 8 ? input.apiKey.slice(-4) : null;
  }
  return toEndpoint(await db(ctx).save(LlmEndpointEntity, row));
}

/** Removes a project's endpoint; true when there was one. */
export async function removeLlmEndpoint(ctx: RequestContext, projectId: string): Promise<boolean> {
  assertProjectAccess(ctx, projectId, 'admin');
  if (!canSeeProject(ctx, projectId)) throw notFound('Project', projectId);
  const r = await db(ctx).delete(LlmEndpointEntity, { projectId });
  return (r.affected ?? 0) > 0;
}

/** What the worker calls: the endpoint with its key decrypted (throws SecretDecryptError on a wrong SECRETS_KEY); null when none is set. */
export async function endpointWithSecret(
  ctx: BaseContext,
  projectId: string,
): Promise<{ baseUrl: string; apiKey: string | null; defaultModel: string | null } | null> {
  const row = await db(ctx).findOne(LlmEndpointEntity, { where: { projectId } });
  if (!row) return null;
  const apiKey = row.apiKeyEncrypted ? decryptSecret(await secretsKey(ctx.config), row.apiKeyEncrypted) : null;
  return { baseUrl: row.baseUrl, apiKey, defaultModel: row.defaultModel };
}
