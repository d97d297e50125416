import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { validate as isUuid } from 'uuid';
import type { LoaderCache } from '../common/loader-cache.util';
import { rowLoader } from '../common/loader-factory.util';
import { SpanEntity } from './span.entity';
import type { TreeInput } from './span.tree';

/** The spans context's loaders of this request or job. */
export const spanLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createSpanLoaders);

/** The columns that place a span in its tree, and nothing else: a trace's whole skeleton stays small however big its spans are. */
type SpanSkeletonRow = TreeInput & { traceId: string };

/** Per-request loaders of spans. */
function createSpanLoaders(ds: DataSource) {
  return {
    /** Every span of a trace, as its tree placement needs it. */
    skeletonByTrace: new DataLoader<string, SpanSkeletonRow[]>(async (traceIds) => {
      const valid = traceIds.filter((k) => isUuid(k));
      const rows = valid.length
        ? ((await ds.getRepository(SpanEntity).find({
            select: { id: true, traceId: true, parentId: true, kind: true, startTime: true, stepIndex: true },
            where: { traceId: In(valid) },
          })) as SpanSkeletonRow[])
        : [];
      const byTrace = new Map<string, SpanSkeletonRow[]>(traceIds.map((k) => [k, []]));
      for (const r of rows) byTrace.get(r.traceId)?.push(r);
      return traceIds.map((k) => byTrace.get(k) ?? []);
    }),
    /** Whole span rows, for the page being answered. */
    spanById: rowLoader(ds, SpanEntity, 'id'),
  };
}
