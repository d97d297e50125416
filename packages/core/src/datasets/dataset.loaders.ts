import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderCache } from '../common/loader-cache.util';
import { rowLoader } from '../common/loader-factory.util';
import { isUuid } from '../common/uuid.util';
import { DatasetExampleEntity } from './dataset-example.entity';
import { DatasetEntity } from './dataset.entity';

/** A dataset's examples at its latest version: how many, and the splits they are in. */
type DatasetStats = { exampleCount: number; splits: string[] };

/** One version of a dataset with the number of examples it holds. */
type DatasetVersionRow = { datasetId: string; version: number; description: string | null; tags: string[]; createdAt: Date; exampleCount: number };

/** The datasets context's loaders of this request. */
export const datasetLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createDatasetLoaders);

const validIds = (keys: readonly string[]) => keys.filter((k) => isUuid(k));

// The examples current at `version` (a column of the outer row), for correlated counts.
const CURRENT_AT = (version: string, dataset: string, join = '') => `
  FROM dataset_examples e
  CROSS JOIN LATERAL (
    SELECT r.splits, r.deleted FROM dataset_example_revisions r WHERE r.example_id = e.id AND r.version <= ${version} ORDER BY r.version DESC LIMIT 1
  ) r ${join}
  WHERE e.dataset_id = ${dataset} AND e.created_version <= ${version} AND NOT r.deleted`;

/** Per-request loaders of datasets and their examples' identity rows. */
function createDatasetLoaders(ds: DataSource) {
  return {
    datasetById: rowLoader(ds, DatasetEntity, 'id'),
    exampleById: rowLoader(ds, DatasetExampleEntity, 'id'),
    statsByDataset: new DataLoader<string, DatasetStats>(async (ids) => {
      const valid = validIds(ids);
      const rows: { id: string; n: number; splits: string[] }[] = valid.length
        ? await ds.query(
            `SELECT d.id,
                    (SELECT count(*)::int ${CURRENT_AT('d.version', 'd.id')}) AS n,
                    (SELECT coalesce(array_agg(DISTINCT s ORDER BY s), '{}') ${CURRENT_AT('d.version', 'd.id', 'CROSS JOIN unnest(r.splits) s')}) AS splits
               FROM datasets d WHERE d.id = ANY($1::uuid[])`,
            [valid],
          )
        : [];
      const byId = new Map(rows.map((r) => [r.id, { exampleCount: r.n, splits: r.splits }]));
      return ids.map((id) => byId.get(id) ?? { exampleCount: 0, splits: [] });
    }),
    versionsByDataset: new DataLoader<string, DatasetVersionRow[]>(async (ids) => {
      const valid = validIds(ids);
      const rows: DatasetVersionRow[] = valid.length
        ? await ds.query(
            `SELECT v.dataset_id AS "datasetId", v.version, v.description, v.tags, v.created_at AS "createdAt",
                    (SELECT count(*)::int ${CURRENT_AT('v.version', 'v.dataset_id')}) AS "exampleCount"
               FROM dataset_versions v WHERE v.dataset_id = ANY($1::uuid[]) ORDER BY v.version DESC`,
            [valid],
          )
        : [];
      const byId = new Map<string, DatasetVersionRow[]>(ids.map((k) => [k, []]));
      for (const r of rows) byId.get(r.datasetId)?.push(r);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}
