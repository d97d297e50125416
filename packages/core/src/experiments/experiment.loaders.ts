import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderCache } from '../common/loader-cache.util';
import { rowLoader } from '../common/loader-factory.util';
import { decodeCursor } from '../common/pagination.util';
import { isUuid } from '../common/uuid.util';
import { type ExampleAtVersion, examplesAt } from '../datasets/dataset-examples.sql';
import { DatasetEntity } from '../datasets/dataset.entity';
import { ExperimentEntity } from '../datasets/experiment.entity';
import { LlmEndpointEntity } from '../projects/llm-endpoint.entity';
import { experimentSummaries } from './experiment-stats.sql';
import type { ExperimentSummary } from './experiment.type';

/** The experiments context's loaders of this request or job. */
export const experimentLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createExperimentLoaders);

/** The key of an example as it was at a dataset version. */
export const exampleKey = (datasetId: string, version: number, exampleId: string) => `${datasetId}|${version}|${exampleId}`;

/** The key of a page of a dataset's experiments: `limit` rows (the page and one to look ahead) after a cursor. */
export const datasetExperimentsKey = (datasetId: string, limit: number, after: string | null) => `${datasetId}|${limit}|${after ?? ''}`;

/** Per-request loaders of experiments, their datasets, examples, summaries and the projects' endpoints. */
function createExperimentLoaders(ds: DataSource) {
  const experimentById = rowLoader(ds, ExperimentEntity, 'id');
  return {
    experimentById,
    // Pages of many datasets' experiments (a list of datasets with their experiments): one query per
    // page size and cursor, the newest `limit` of each dataset by a window, then the rows by id.
    experimentsByDataset: new DataLoader<string, ExperimentEntity[]>(async (keys) => {
      const groups = new Map<string, { limit: number; after: string; datasetIds: string[] }>();
      for (const k of keys) {
        const [datasetId, limit, after] = k.split('|');
        const g = groups.get(`${limit}|${after}`) ?? { limit: Number(limit), after, datasetIds: [] };
        if (isUuid(datasetId)) g.datasetIds.push(datasetId);
        groups.set(`${limit}|${after}`, g);
      }
      const found = new Map<string, string[]>();
      for (const g of groups.values()) {
        if (!g.datasetIds.length) continue;
        const params: unknown[] = [g.datasetIds, g.limit];
        let cursor = '';
        if (g.after) {
          const [createdAt, id] = decodeCursor(g.after, 'experiments', 2);
          params.push(createdAt, id);
          cursor = `AND (created_at, id) < ($3::timestamptz, $4::uuid)`;
        }
        const rows: { id: string; dataset_id: string }[] = await ds.query(
          `SELECT id, dataset_id FROM (
             SELECT id, dataset_id, created_at, row_number() OVER (PARTITION BY dataset_id ORDER BY created_at DESC, id DESC) AS n
               FROM experiments WHERE dataset_id = ANY($1::uuid[]) ${cursor}) x
            WHERE n <= $2 ORDER BY dataset_id, created_at DESC, id DESC`,
          params,
        );
        for (const r of rows) found.set(`${r.dataset_id}|${g.limit}|${g.after}`, [...(found.get(`${r.dataset_id}|${g.limit}|${g.after}`) ?? []), r.id]);
      }
      const ids = [...found.values()].flat();
      const byId = new Map((await experimentById.loadMany(ids)).map((r, i) => [ids[i], r]));
      return keys.map((k) => (found.get(k) ?? []).map((id) => byId.get(id)).filter((r): r is ExperimentEntity => Boolean(r) && !(r instanceof Error)));
    }),
    datasetById: rowLoader(ds, DatasetEntity, 'id'),
    endpointByProject: rowLoader(ds, LlmEndpointEntity, 'projectId'),
    summaryByExperiment: new DataLoader<string, ExperimentSummary>((ids) => experimentSummaries({ ds }, ids)),
    // Examples at a version, one query per dataset version however many runs ask.
    exampleAt: new DataLoader<string, ExampleAtVersion | null>(async (keys) => {
      const groups = new Map<string, { datasetId: string; version: number; ids: string[] }>();
      for (const k of keys) {
        const [datasetId, version, id] = k.split('|');
        const g = groups.get(`${datasetId}|${version}`) ?? { datasetId, version: Number(version), ids: [] };
        g.ids.push(id);
        groups.set(`${datasetId}|${version}`, g);
      }
      const found = new Map<string, ExampleAtVersion>();
      for (const g of groups.values()) {
        for (const e of await examplesAt({ ds }, g.datasetId, g.version, { ids: g.ids })) found.set(exampleKey(g.datasetId, g.version, e.id), e);
      }
      return keys.map((k) => found.get(k) ?? null);
    }),
  };
}
