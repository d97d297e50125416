// Datasets and prompts for evaluation tests, written through the entities (the datasets and prompt
// registry APIs are built elsewhere): a dataset at version 1 with its examples, a prompt with versions.
import type { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { DatasetExampleEntity, DatasetExampleRevisionEntity } from '../../packages/core/src/datasets/dataset-example.entity';
import { DatasetEntity, DatasetVersionEntity } from '../../packages/core/src/datasets/dataset.entity';
import { templateVariables } from '../../packages/core/src/prompts/prompt-template.compute';
import { PromptEntity, PromptLabelEntity, type PromptMessage, PromptVersionEntity } from '../../packages/core/src/prompts/prompt.entity';

export type SeedExample = { inputs: Record<string, unknown>; outputs?: Record<string, unknown> | null; metadata?: Record<string, unknown> };

/** A dataset whose version 1 adds the examples, in order; returns its id and its examples' ids. */
export async function seedDataset(ds: DataSource, projectId: string, name: string, examples: SeedExample[]): Promise<{ id: string; exampleIds: string[] }> {
  const id = randomUUID();
  const exampleIds = examples.map(() => randomUUID());
  await ds.transaction(async (m) => {
    await m.save(DatasetEntity, { id, projectId, name, version: 1 });
    await m.save(DatasetVersionEntity, { datasetId: id, version: 1, description: `add ${examples.length}` });
    // One at a time: the examples' creation times give their order.
    for (const [i, e] of examples.entries()) {
      await m.save(DatasetExampleEntity, { id: exampleIds[i], datasetId: id, projectId, createdVersion: 1, createdAt: new Date(Date.now() + i) });
      await m.save(DatasetExampleRevisionEntity, {
        exampleId: exampleIds[i],
        version: 1,
        datasetId: id,
        inputs: e.inputs,
        outputs: e.outputs ?? null,
        metadata: e.metadata ?? {},
      });
    }
  });
  return { id, exampleIds };
}

export type SeedVersion = { template: PromptMessage[] | string; model?: string; parameters?: Record<string, unknown>; label?: string };

/** A chat (or text) prompt with versions 1..n; returns its id and its versions' ids. */
export async function seedPrompt(ds: DataSource, projectId: string, name: string, versions: SeedVersion[]): Promise<{ id: string; versionIds: string[] }> {
  const id = randomUUID();
  const versionIds = versions.map(() => randomUUID());
  await ds.transaction(async (m) => {
    await m.save(PromptEntity, { id, projectId, name, latestVersion: versions.length });
    for (const [i, v] of versions.entries()) {
      await m.save(PromptVersionEntity, {
        id: versionIds[i],
        promptId: id,
        projectId,
        version: i + 1,
        templateFormat: typeof v.template === 'string' ? 'text' : 'chat',
        template: v.template,
        variables: templateVariables(v.template),
        model: v.model ?? null,
        parameters: v.parameters ?? {},
      });
      if (v.label) await m.save(PromptLabelEntity, { promptId: id, label: v.label, versionId: versionIds[i] });
    }
  });
  return { id, versionIds };
}
