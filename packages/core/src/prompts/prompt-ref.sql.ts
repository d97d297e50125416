import type { DbContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import type { PromptRef } from './prompt-ref.compute';

// One row per distinct reference: by id (kept only when the version is the project's), else by
// prompt name with a version number, a label, or neither (the latest version).
const RESOLVE_SQL = `
  SELECT r.i, CASE
    WHEN r.id IS NOT NULL THEN (SELECT v.id FROM prompt_versions v WHERE v.id = r.id AND v.project_id = $1)
    WHEN r.label IS NOT NULL THEN (
      SELECT l.version_id FROM prompts p JOIN prompt_labels l ON l.prompt_id = p.id
       WHERE p.project_id = $1 AND p.name = r.name AND l.label = r.label)
    ELSE (
      SELECT v.id FROM prompts p JOIN prompt_versions v ON v.prompt_id = p.id
       WHERE p.project_id = $1 AND p.name = r.name AND v.version = COALESCE(r.version, p.latest_version))
  END AS version_id
  FROM json_to_recordset($2::json) AS r(i int, id uuid, name text, version int, label text)`;

const keyOf = (r: PromptRef) => ('id' in r ? `id:${r.id}` : JSON.stringify([r.name, r.version ?? null, r.label ?? null]));

/**
 * The version ids the references name within one project, in their order: one query for a whole
 * batch of LLM calls. A reference to another project's version or to an unknown prompt, version or
 * label resolves to null.
 */
export async function resolvePromptRefs(ctx: DbContext, projectId: string, refs: readonly PromptRef[]): Promise<(string | null)[]> {
  if (!refs.length) return [];
  const distinct = new Map<string, number>();
  const rows: Record<string, unknown>[] = [];
  for (const r of refs) {
    const k = keyOf(r);
    if (distinct.has(k)) continue;
    distinct.set(k, rows.length);
    rows.push('id' in r ? { i: rows.length, id: r.id } : { i: rows.length, name: r.name, version: r.version ?? null, label: r.label ?? null });
  }
  const found: { i: number; version_id: string | null }[] = await db(ctx).query(RESOLVE_SQL, [projectId, JSON.stringify(rows)]);
  const byIndex = new Map(found.map((f) => [f.i, f.version_id]));
  return refs.map((r) => byIndex.get(distinct.get(keyOf(r))!) ?? null);
}
