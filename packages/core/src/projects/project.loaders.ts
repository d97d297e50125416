import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderCache } from '../common/loader-cache.util';
import { rowLoader } from '../common/loader-factory.util';
import { ProjectEntity } from './project.entity';
import type { ProjectTotals } from './project.type';

type TotalsRow = {
  project_id: string;
  trace_count: string;
  total_cost: number | null;
  unpriced_call_count: string | null;
  total_tokens: string | null;
  first: Date | null;
  last: Date | null;
};

/** The projects context's loaders of this request or job. */
export const projectLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createProjectLoaders);

/** Per-request loaders of the projects context. */
function createProjectLoaders(ds: DataSource) {
  return {
    projectById: rowLoader(ds, ProjectEntity, 'id'),
    projectTotals: new DataLoader<string, ProjectTotals>(async (ids) => {
      const rows: TotalsRow[] = await ds.query(
        `SELECT project_id, count(*) AS trace_count, sum(total_cost) AS total_cost, sum(unpriced_call_count) AS unpriced_call_count,
                sum(total_tokens) AS total_tokens,
                min(start_time) AS first, max(coalesce(end_time, start_time + duration_ms * interval '1 millisecond')) AS last
           FROM traces WHERE project_id = ANY($1::uuid[]) GROUP BY project_id`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.project_id, r]));
      return ids.map((id) => {
        const r = byId.get(id);
        const first = r?.first ?? null;
        const last = r?.last ?? null;
        return {
          traceCount: Number(r?.trace_count ?? 0),
          totalCost: Number(r?.total_cost ?? 0),
          unpricedCallCount: Number(r?.unpriced_call_count ?? 0),
          totalTokens: Number(r?.total_tokens ?? 0),
          firstTraceTime: first,
          lastTraceTime: last,
          durationSeconds: first && last ? (last.getTime() - first.getTime()) / 1000 : 0,
        };
      });
    }),
  };
}
