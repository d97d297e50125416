import type { ExampleAtVersion } from '../datasets/dataset-examples.sql';
import type { DatasetEntity } from '../datasets/dataset.entity';

/** LangSmith's dataset JSON, with what Sextant knows of its experiments. */
export const toLangSmithDataset = (d: DatasetEntity, stats: { exampleCount: number; sessionCount: number; lastSessionStart: Date | null }) => ({
  id: d.id,
  name: d.name,
  description: d.description,
  data_type: d.dataType,
  created_at: d.createdAt.toISOString(),
  modified_at: d.updatedAt.toISOString(),
  example_count: stats.exampleCount,
  session_count: stats.sessionCount,
  last_session_start_time: stats.lastSessionStart?.toISOString() ?? null,
  inputs_schema_definition: d.inputsSchema,
  outputs_schema_definition: d.outputsSchema,
  metadata: d.metadata,
  // A project stands where LangSmith has a workspace (tenant).
  tenant_id: d.projectId,
});

/** LangSmith's example JSON: its splits go in metadata.dataset_split (["base"] when none), as LangSmith keeps them. */
export const toLangSmithExample = (e: ExampleAtVersion) => ({
  id: e.id,
  dataset_id: e.datasetId,
  inputs: e.inputs,
  outputs: e.outputs,
  metadata: { ...e.metadata, dataset_split: e.splits.length ? e.splits : ['base'] },
  created_at: e.createdAt.toISOString(),
  modified_at: e.createdAt.toISOString(),
  source_run_id: e.sourceSpanId ?? e.sourceTraceId,
  attachment_urls: null,
});

/** A version as LangSmith's readDatasetVersion answers it. */
export const toLangSmithVersion = (v: { version: number; tags: string[]; createdAt: Date; description: string | null }) => ({
  as_of: v.createdAt.toISOString(),
  tags: v.tags,
  version: v.version,
  description: v.description,
});
