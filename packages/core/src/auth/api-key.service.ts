import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { v7 as uuidv7, validate as isUuid } from 'uuid';
import type { Principal } from '../common/access.policy';
import type { DbContext, RequestContext } from '../common/service.context';
import { badInput, notFound } from '../common/app.errors';
import { assertProjectAccess, requireAuthenticated } from '../common/access.policy';
import { API_KEY_ROLES, type ApiKeyRole } from '../common/access.policy';
import { ApiKeyEntity } from './api-key.entity';
import { projectLoaders } from '../projects/project.loaders';
import { db } from '../common/transaction.util';

const KEY_PREFIX = 'sx_';
// last_used_at is a hint for humans; writing it on every request would put a write on every read.
const LAST_USED_RESOLUTION_MS = 60_000;

/** Hashes a key for storage and lookup; keys are 256-bit random, so a fast hash is enough. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Generates a new secret key string. */
export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** Resolves the presented key (if any) to a principal; an unknown or revoked key resolves to null. */
export async function resolvePrincipal(ctx: DbContext, adminKey: string | undefined, presented: string | undefined): Promise<Principal | null> {
  if (!presented) return { kind: 'anonymous' };
  if (adminKey && safeEqual(presented, adminKey)) return { kind: 'admin' };
  if (!presented.startsWith(KEY_PREFIX)) return null;
  const row = await db(ctx)
    .getRepository(ApiKeyEntity)
    .findOne({ where: { keyHash: hashApiKey(presented) } });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    void db(ctx)
      .query('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [row.id])
      .catch(() => undefined);
  }
  return { kind: 'key', keyId: row.id, projectId: row.projectId, role: row.role };
}

/** Creates a key for a project; the secret is returned once and only its hash is kept. */
export async function createApiKey(
  ctx: RequestContext,
  input: { projectId: string; name: string; role: ApiKeyRole },
): Promise<{ key: ApiKeyEntity; secret: string }> {
  assertProjectAccess(ctx, input.projectId, 'admin');
  if (!API_KEY_ROLES.includes(input.role)) throw badInput(`role must be one of ${API_KEY_ROLES.join(', ')}`);
  const project = await projectLoaders(ctx).projectById.load(input.projectId);
  if (!project) throw notFound('Project', input.projectId);
  const secret = generateApiKey();
  const id = uuidv7();
  await db(ctx)
    .getRepository(ApiKeyEntity)
    .insert({
      id,
      projectId: input.projectId,
      name: input.name.trim() || 'unnamed',
      role: input.role,
      keyHash: hashApiKey(secret),
      prefix: secret.slice(0, KEY_PREFIX.length + 6),
      lastUsedAt: null,
      revokedAt: null,
    });
  return { key: await db(ctx).getRepository(ApiKeyEntity).findOneByOrFail({ id }), secret };
}

/** Lists a project's keys (never their secrets). */
export async function listApiKeys(ctx: RequestContext, projectId: string): Promise<ApiKeyEntity[]> {
  assertProjectAccess(ctx, projectId, 'admin');
  return db(ctx)
    .getRepository(ApiKeyEntity)
    .find({ where: { projectId }, order: { createdAt: 'ASC' } });
}

/** Revokes a key at once; later requests with it are UNAUTHENTICATED. */
export async function revokeApiKey(ctx: RequestContext, id: string): Promise<ApiKeyEntity> {
  requireAuthenticated(ctx);
  const repo = db(ctx).getRepository(ApiKeyEntity);
  const key = isUuid(id) ? await repo.findOneBy({ id }) : null;
  if (!key || (ctx.principal.kind === 'key' && ctx.principal.projectId !== key.projectId)) throw notFound('API key', id);
  assertProjectAccess(ctx, key.projectId, 'admin');
  if (!key.revokedAt) {
    await repo.update({ id }, { revokedAt: new Date() });
  }
  return repo.findOneByOrFail({ id });
}

/** The calling key's role and project (the bootstrap admin: admin of every project). */
export function viewerOf(ctx: RequestContext): { role: ApiKeyRole; bootstrapAdmin: boolean; projectId: string | null } {
  const p = requireAuthenticated(ctx);
  return p.kind === 'admin' ? { role: 'admin', bootstrapAdmin: true, projectId: null } : { role: p.role, bootstrapAdmin: false, projectId: p.projectId };
}
