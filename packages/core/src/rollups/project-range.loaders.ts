import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderCache } from '../common/loader-cache.util';

/** When a project's first and last traces started; null for a project without traces. */
type ProjectRange = { first: Date | null; last: Date | null };

/** The rollups context's loaders of this request. */
export const projectRangeLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createProjectRangeLoaders);

/** Per-request loaders: one query for every project of the page whose stats leave their range open. */
function createProjectRangeLoaders(ds: DataSource) {
  return {
    // min and max of the (project_id, start_time) index: two index probes per project, not a scan.
    rangeByProject: new DataLoader<string, ProjectRange>(async (ids) => {
      const rows: { project_id: string; first: Date; last: Date }[] = await ds.query(
        `SELECT p.id AS project_id,
                (SELECT min(start_time) FROM traces t WHERE t.project_id = p.id) AS first,
                (SELECT max(start_time) FROM traces t WHERE t.project_id = p.id) AS last
           FROM unnest($1::uuid[]) AS p(id)`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.project_id, { first: r.first, last: r.last }]));
      return ids.map((id) => byId.get(id) ?? { first: null, last: null });
    }),
  };
}
