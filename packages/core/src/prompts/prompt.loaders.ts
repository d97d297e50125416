import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderCache } from '../common/loader-cache.util';
import { rowLoader } from '../common/loader-factory.util';
import { isUuid } from '../common/uuid.util';
import { PromptEntity, PromptVersionEntity } from './prompt.entity';
import type { PromptLabel, PromptLabelEvent, PromptVersionUsage } from './prompt.type';

/** The prompts context's loaders of this request or job. */
export const promptLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createPromptLoaders);

/** How many moves of each label labelHistory can show. */
export const MAX_LABEL_HISTORY = 100;

type LabelRow = { prompt_id: string; label: string; version: number; version_id: string; updated_at: Date };
type EventRow = { prompt_id: string; label: string; version: number | null; previous_version: number | null; author: string | null; created_at: Date };

/** Groups rows by a key, in row order, one (possibly empty) list per requested key. */
function grouped<R>(keys: readonly string[], rows: R[], keyOf: (r: R) => string): R[][] {
  const by = new Map<string, R[]>(keys.map((k) => [k, []]));
  for (const r of rows) by.get(keyOf(r))?.push(r);
  return keys.map((k) => by.get(k) ?? []);
}

const valid = (keys: readonly string[]) => keys.filter((k) => isUuid(k));

/** Per-request loaders of prompts, their versions, labels and usage. */
function createPromptLoaders(ds: DataSource) {
  return {
    promptById: rowLoader(ds, PromptEntity, 'id'),
    /** A version row by id: what experiments and LLM calls resolve their prompt version through. */
    promptVersionById: rowLoader(ds, PromptVersionEntity, 'id'),
    /** A version by `promptId:version`. */
    versionByNumber: new DataLoader<string, PromptVersionEntity | null>(async (keys) => {
      const pairs = keys.map((k) => k.split(':')).filter(([id, n]) => isUuid(id!) && /^\d{1,9}$/.test(n!));
      const rows = pairs.length
        ? await ds
            .getRepository(PromptVersionEntity)
            .createQueryBuilder('v')
            .where('(v.prompt_id, v.version) IN (SELECT * FROM unnest(:ids::uuid[], :ns::int[]))', {
              ids: pairs.map((p) => p[0]),
              ns: pairs.map((p) => Number(p[1])),
            })
            .getMany()
        : [];
      const by = new Map(rows.map((r) => [`${r.promptId}:${r.version}`, r]));
      return keys.map((k) => by.get(k) ?? null);
    }),
    /** A prompt's labels, by name, with the version each points at. */
    labelsByPrompt: new DataLoader<string, PromptLabel[]>(async (ids) => {
      const ok = valid(ids);
      const rows: LabelRow[] = ok.length
        ? await ds.query(
            `SELECT l.prompt_id, l.label, v.version, l.version_id, l.updated_at
               FROM prompt_labels l JOIN prompt_versions v ON v.id = l.version_id
              WHERE l.prompt_id = ANY($1::uuid[]) ORDER BY l.label`,
            [ok],
          )
        : [];
      return grouped(ids, rows, (r) => r.prompt_id).map((list) =>
        list.map((r) => ({ label: r.label, version: r.version, versionId: r.version_id, updatedAt: r.updated_at })),
      );
    }),
    /** The labels pointing at a version. */
    labelsByVersion: new DataLoader<string, string[]>(async (ids) => {
      const ok = valid(ids);
      const rows: { version_id: string; label: string }[] = ok.length
        ? await ds.query('SELECT version_id, label FROM prompt_labels WHERE version_id = ANY($1::uuid[]) ORDER BY label', [ok])
        : [];
      return grouped(ids, rows, (r) => r.version_id).map((list) => list.map((r) => r.label));
    }),
    /** The latest MAX_LABEL_HISTORY moves of each label of a prompt, newest first. */
    labelEventsByPrompt: new DataLoader<string, (PromptLabelEvent & { promptId: string })[]>(async (ids) => {
      const ok = valid(ids);
      const rows: EventRow[] = ok.length
        ? await ds.query(
            `SELECT e.prompt_id, e.label, v.version, pv.version AS previous_version, k.name AS author, e.created_at
               FROM (SELECT *, row_number() OVER (PARTITION BY prompt_id, label ORDER BY created_at DESC, id DESC) AS n
                       FROM prompt_label_events WHERE prompt_id = ANY($1::uuid[])) e
               LEFT JOIN prompt_versions v ON v.id = e.version_id
               LEFT JOIN prompt_versions pv ON pv.id = e.previous_version_id
               LEFT JOIN api_keys k ON k.id = e.author_key_id
              WHERE e.n <= $2
              ORDER BY e.created_at DESC, e.id DESC`,
            [ok, MAX_LABEL_HISTORY],
          )
        : [];
      return grouped(ids, rows, (r) => r.prompt_id).map((list) =>
        list.map((r) => ({
          promptId: r.prompt_id,
          label: r.label,
          version: r.version,
          previousVersion: r.previous_version,
          author: r.author,
          createdAt: r.created_at,
        })),
      );
    }),
    /** How many LLM calls used a version, and the latest one's start (through spans_prompt_version_idx). */
    usageByVersion: new DataLoader<string, PromptVersionUsage>(async (ids) => {
      const ok = valid(ids);
      const rows: { id: string; n: string; last: Date | null }[] = ok.length
        ? await ds.query(
            `SELECT prompt_version_id AS id, count(*) AS n, max(start_time) AS last FROM spans
              WHERE prompt_version_id = ANY($1::uuid[]) GROUP BY prompt_version_id`,
            [ok],
          )
        : [];
      const by = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => {
        const r = by.get(id);
        return { llmCalls: Number(r?.n ?? 0), lastUsedAt: r?.last ?? null };
      });
    }),
  };
}
