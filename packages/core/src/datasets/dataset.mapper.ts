import { mapEntity } from '../common/mapping.util';
import type { ExampleAtVersion } from './dataset-examples.sql';
import type { DatasetEntity } from './dataset.entity';
import { type DatasetDataTypeEnum, Dataset, DatasetExample } from './dataset.type';

/** Maps a dataset row to the API type; projectId stays (not a field) for access checks, the schemas stay out. */
export const toDataset = (e: DatasetEntity): Dataset =>
  Object.assign(mapEntity(Dataset, e, ['project', 'inputsSchema', 'outputsSchema', 'dataType']), { dataType: e.dataType as DatasetDataTypeEnum });

/** Maps an example at a version to the API type. */
export const toDatasetExample = (r: ExampleAtVersion): DatasetExample => Object.assign(new DatasetExample(), r);
