import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { LoaderCache } from '../common/loader-cache.util';
import { MetricEntity } from '../traces/metric.entity';
import type { AnnotationProgress } from './annotation.type';

/** The annotation context's loaders of this request. */
export const annotationLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createAnnotationLoaders);

type ProgressRow = { queue_id: string; me: string; total: string; pending: string; claimed: string; done: string; skipped: string };

const NIL = '00000000-0000-0000-0000-000000000000';

/** Per-request loaders of the annotation context. */
function createAnnotationLoaders(ds: DataSource) {
  return {
    /** Keyed by `queueId|annotatorId`: "skipped by me" depends on who asks. */
    progress: new DataLoader<string, AnnotationProgress>(async (keys) => {
      const pairs = keys.map((k) => k.split('|') as [string, string]);
      const rows: ProgressRow[] = await ds.query(
        `SELECT k.queue_id, k.me, count(i.id) AS total,
                count(*) FILTER (WHERE i.status = 'pending') AS pending,
                count(*) FILTER (WHERE i.status = 'pending' AND i.claimed_until > now()) AS claimed,
                count(*) FILTER (WHERE i.status = 'done') AS done,
                count(*) FILTER (WHERE i.status = 'pending' AND k.me = ANY(i.skipped_by)) AS skipped
           FROM unnest($1::uuid[], $2::uuid[]) AS k(queue_id, me)
           LEFT JOIN annotation_queue_items i ON i.queue_id = k.queue_id
          GROUP BY k.queue_id, k.me`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const byKey = new Map(rows.map((r) => [`${r.queue_id}|${r.me}`, r]));
      return keys.map((k) => {
        const r = byKey.get(k);
        return {
          total: Number(r?.total ?? 0),
          pending: Number(r?.pending ?? 0),
          claimed: Number(r?.claimed ?? 0),
          done: Number(r?.done ?? 0),
          skippedByMe: Number(r?.skipped ?? 0),
        };
      });
    }),
    /** Who completed how many items of each queue, most first. */
    annotators: new DataLoader<string, { keyId: string; done: number }[]>(async (queueIds) => {
      const rows: { queue_id: string; key_id: string; done: string }[] = await ds.query(
        `SELECT queue_id, completed_by_key_id AS key_id, count(*) AS done FROM annotation_queue_items
          WHERE queue_id = ANY($1::uuid[]) AND status = 'done' GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
        [[...queueIds]],
      );
      return queueIds.map((q) => rows.filter((r) => r.queue_id === q).map((r) => ({ keyId: r.key_id, done: Number(r.done) })));
    }),
    /** The scores an item's submission wrote: human feedback by its annotator on its trace or span at its completion time. */
    scoresByItem: new DataLoader<string, MetricEntity[]>(async (itemIds) => {
      const links: { item_id: string; metric_id: string }[] = await ds.query(
        `SELECT i.id AS item_id, m.id AS metric_id
           FROM annotation_queue_items i
           JOIN metrics m ON m.trace_id = i.trace_id AND m.span_id IS NOT DISTINCT FROM i.span_id AND m.source = 'human'
                         AND m."timestamp" = i.completed_at AND m.author_key_id IS NOT DISTINCT FROM nullif(i.completed_by_key_id, '${NIL}'::uuid)
          WHERE i.id = ANY($1::uuid[]) AND i.status = 'done'`,
        [[...itemIds]],
      );
      const metrics = links.length
        ? await ds.getRepository(MetricEntity).find({ where: { id: In(links.map((l) => l.metric_id)) }, order: { name: 'ASC' } })
        : [];
      const byId = new Map(metrics.map((m) => [m.id, m]));
      return itemIds.map((id) =>
        links
          .filter((l) => l.item_id === id)
          .map((l) => byId.get(l.metric_id)!)
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    }),
  };
}
