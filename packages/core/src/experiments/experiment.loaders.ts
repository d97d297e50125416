import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderCache } from '../common/loader-cache.util';
import { rowLoader } from '../common/loader-factory.util';
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

/** Per-request loaders of experiments, their datasets, examples, summaries and the projects' endpoints. */
function createExperimentLoaders(ds: DataSource) {
  return {
    experimentById: rowLoader(ds, ExperimentEntity, 'id'),
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
