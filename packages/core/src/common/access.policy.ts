import { isUuid } from './uuid.util';
import type { RequestContext } from './service.context';
import { forbidden, notFound, unauthenticated } from './app.errors';

export const API_KEY_ROLES = ['ingest', 'read', 'admin'] as const;
/** What a project-scoped key may do: ingest only, read only, or everything on its project. */
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** Who is calling: the bootstrap admin (every project), a project-scoped key, or nobody. */
export type Principal = { kind: 'admin' } | { kind: 'key'; keyId: string; projectId: string; role: ApiKeyRole } | { kind: 'anonymous' };

export type Permission = 'read' | 'ingest' | 'admin';

const GRANTS: Record<ApiKeyRole, readonly Permission[]> = {
  ingest: ['ingest'],
  read: ['read'],
  admin: ['read', 'ingest', 'admin'],
};

/** Whether a principal may do `permission` on some project at all: checked before a request's body is read. */
export function principalMay(principal: Principal, permission: Permission): boolean {
  if (principal.kind === 'admin') return true;
  return principal.kind === 'key' && GRANTS[principal.role].includes(permission);
}

/** Fails with UNAUTHENTICATED unless the request carries a valid key. */
export function requireAuthenticated(ctx: RequestContext): Exclude<Principal, { kind: 'anonymous' }> {
  if (ctx.principal.kind === 'anonymous') throw unauthenticated();
  return ctx.principal;
}

/** Fails unless the caller may act on `projectId` with `permission`. */
export function assertProjectAccess(ctx: RequestContext, projectId: string, permission: Permission): void {
  const p = requireAuthenticated(ctx);
  if (!isUuid(projectId)) throw notFound('Project', projectId);
  if (p.kind === 'admin') return;
  if (p.projectId !== projectId) throw forbidden('This API key belongs to another project');
  if (!GRANTS[p.role].includes(permission)) throw forbidden(`This API key has the ${p.role} role; ${permission} access is required`);
}

/** True when the caller could see `projectId` at all; used to answer NOT_FOUND rather than reveal another project's rows. */
export function canSeeProject(ctx: RequestContext, projectId: string): boolean {
  const p = ctx.principal;
  return p.kind === 'admin' || (p.kind === 'key' && p.projectId === projectId);
}

/** Fails unless the caller is the bootstrap admin, the only principal that spans projects. */
export function assertGlobalAdmin(ctx: RequestContext): void {
  const p = requireAuthenticated(ctx);
  if (p.kind !== 'admin') throw forbidden('Only the bootstrap admin key may do this');
}

/** The projects the caller may list: null means all; an ingest-only key reads nothing. */
export function visibleProjectIds(ctx: RequestContext): string[] | null {
  const p = requireAuthenticated(ctx);
  if (p.kind === 'admin') return null;
  return GRANTS[p.role].includes('read') ? [p.projectId] : [];
}
