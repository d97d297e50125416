import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { LangSmithForwardEntity } from './langsmith-forward.entity';
import type { LoaderCache } from '../common/loader-cache.util';
import { rowLoader } from '../common/loader-factory.util';

/** Forwards of a project still queued and failed. */
type ForwardCounts = { pending: number; failed: number };

/** Per-request loaders of the langsmith context. */
/** The forwarding context's loaders of this request or job. */
export const forwardLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createForwardLoaders);

function createForwardLoaders(ds: DataSource) {
  return {
    forwardingByTrace: rowLoader(ds, LangSmithForwardEntity, 'traceId'),
    // From the partial indexes on pending and failed rows: cheap however many traces were sent.
    forwardCountsByProject: new DataLoader<string, ForwardCounts>(async (projectIds) => {
      const rows: Array<{ project_id: string; status: 'pending' | 'failed'; n: number }> = await ds.query(
        `SELECT t.project_id, f.status, count(*)::int AS n FROM langsmith_forwards f JOIN traces t ON t.id = f.trace_id
         WHERE f.status IN ('pending', 'failed') AND t.project_id = ANY($1::uuid[]) GROUP BY 1, 2`,
        [[...projectIds]],
      );
      const counts = new Map(projectIds.map((id) => [id, { pending: 0, failed: 0 }]));
      for (const r of rows) counts.get(r.project_id)![r.status] = r.n;
      return projectIds.map((id) => counts.get(id)!);
    }),
  };
}
