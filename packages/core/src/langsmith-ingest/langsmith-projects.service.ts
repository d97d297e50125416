import type { RequestContext } from '../common/service.context';
import { sanitizeString } from '../common/sanitize.util';
import { db } from '../common/transaction.util';
import { projectLoaders } from '../projects/project.loaders';
import { projectIdByName } from '../projects/project.service';

/** The project name the SDKs send when the user chose none (LANGSMITH_PROJECT unset). */
const DEFAULT_PROJECT_NAME = 'default';
/**
 * The project evaluate() traces its evaluators into. A project key writes them to its own project,
 * as it does "default": a key cannot create that project, and refusing would make every evaluate()
 * with a project key print ingest warnings.
 */
const EVALUATORS_PROJECT_NAME = 'evaluators';

/** A run's project (and the client experiment its session is, if it is one), or why it has none. */
export type ProjectChoice = { projectId: string; experimentId?: string } | { problem: string; forbidden: boolean };

/** A client experiment the caller may write, found by name or id. */
type ExperimentSession = { id: string; project_id: string };

/**
 * The caller's client experiment with this id (or, when `byName`, this name): the newest one of that
 * name, as the admin key sees every project's. One query.
 */
export async function findExperimentSession(ctx: RequestContext, key: string, byName: boolean): Promise<ExperimentSession | undefined> {
  const p = ctx.principal;
  const rows: ExperimentSession[] = await db(ctx).query(
    `SELECT id, project_id FROM experiments
      WHERE kind = 'client' AND ${byName ? 'name = $1' : 'id = $1::uuid'} AND ($2::uuid IS NULL OR project_id = $2)
      ORDER BY created_at DESC LIMIT 1`,
    [key, p.kind === 'key' ? p.projectId : null],
  );
  return rows[0];
}

/**
 * Chooses runs' projects from `session_name` (a client experiment's name, else a project name,
 * created on first use) or `session_id` (an experiment's or a project's id), memoising per request:
 * a run of an experiment goes to the experiment's project. A project key writes to its own project
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
    const experiment = p.kind === 'anonymous' ? undefined : await findExperimentSession(this.ctx, id, false);
    if (experiment) return { projectId: experiment.project_id, experimentId: experiment.id };
    if (p.kind === 'key' && p.projectId !== id) return { problem: `This API key belongs to another project than session_id ${id}`, forbidden: true };
    if (!(await projectLoaders(this.ctx).projectById.load(id))) return { problem: `Project ${id} (session_id) not found`, forbidden: false };
    return { projectId: id };
  }

  private async fromName(name: string): Promise<ProjectChoice> {
    const p = this.ctx.principal;
    if (name.length > 200) return { problem: 'session_name must be at most 200 characters', forbidden: false };
    if (p.kind === 'anonymous') return { problem: 'A valid API key is required', forbidden: true };
    const experiment = await findExperimentSession(this.ctx, name, true);
    if (experiment) return { projectId: experiment.project_id, experimentId: experiment.id };
    if (p.kind === 'key') {
      if (name === DEFAULT_PROJECT_NAME || name === EVALUATORS_PROJECT_NAME) return { projectId: p.projectId };
      const own = await projectLoaders(this.ctx).projectById.load(p.projectId);
      if (own?.name === name) return { projectId: p.projectId };
      return { problem: `This API key belongs to project "${own?.name ?? p.projectId}"; it cannot write to project "${name}"`, forbidden: true };
    }
    return { projectId: await projectIdByName(this.ctx, name) };
  }
}
