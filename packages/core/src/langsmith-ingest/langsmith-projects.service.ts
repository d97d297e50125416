import type { RequestContext } from '../common/service.context';
import { sanitizeString } from '../common/sanitize.util';
import { projectLoaders } from '../projects/project.loaders';
import { projectIdByName } from '../projects/project.service';

/** The project name the SDKs send when the user chose none (LANGSMITH_PROJECT unset). */
const DEFAULT_PROJECT_NAME = 'default';

/** A run's project, or why it has none. */
export type ProjectChoice = { projectId: string } | { problem: string; forbidden: boolean };

/**
 * Chooses runs' projects from `session_name` (a project name, created on first use) or
 * `session_id` (a project id), memoising per request. A project key writes to its own project
 * only; the SDK's placeholder name "default" (or none) means that project for it.
 */
export class LangSmithProjects {
  private readonly byName = new Map<string, Promise<ProjectChoice>>();
  private readonly byId = new Map<string, Promise<ProjectChoice>>();

  constructor(private readonly ctx: RequestContext) {}

  /** The project a run goes to; `storedProjectId` is the project of the run already stored, for updates that name none. */
  choose(sessionName: string | null | undefined, sessionId: string | null | undefined, storedProjectId?: string): Promise<ProjectChoice> {
    if (sessionId) return this.memo(this.byId, sessionId, () => this.fromId(sessionId));
    const name = sessionName === null || sessionName === undefined ? '' : sanitizeString(sessionName).trim();
    if (!name && storedProjectId) return Promise.resolve({ projectId: storedProjectId });
    return this.memo(this.byName, name || DEFAULT_PROJECT_NAME, () => this.fromName(name || DEFAULT_PROJECT_NAME));
  }

  private memo(map: Map<string, Promise<ProjectChoice>>, key: string, load: () => Promise<ProjectChoice>) {
    let p = map.get(key);
    if (!p) {
      p = load();
      map.set(key, p);
    }
    return p;
  }

  private async fromId(id: string): Promise<ProjectChoice> {
    const p = this.ctx.principal;
    if (p.kind === 'key' && p.projectId !== id) return { problem: `This API key belongs to another project than session_id ${id}`, forbidden: true };
    if (!(await projectLoaders(this.ctx).projectById.load(id))) return { problem: `Project ${id} (session_id) not found`, forbidden: false };
    return { projectId: id };
  }

  private async fromName(name: string): Promise<ProjectChoice> {
    const p = this.ctx.principal;
    if (name.length > 200) return { problem: 'session_name must be at most 200 characters', forbidden: false };
    if (p.kind === 'key') {
      if (name === DEFAULT_PROJECT_NAME) return { projectId: p.projectId };
      const own = await projectLoaders(this.ctx).projectById.load(p.projectId);
      if (own?.name === name) return { projectId: p.projectId };
      return { problem: `This API key belongs to project "${own?.name ?? p.projectId}"; it cannot write to project "${name}"`, forbidden: true };
    }
    if (p.kind !== 'admin') return { problem: 'A valid API key is required', forbidden: true };
    return { projectId: await projectIdByName(this.ctx, name) };
  }
}
