import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canSeeProject } from '../common/access.policy';
import { QUERY_COST } from '../common/query-cost.util';
import type { RequestContext } from '../common/service.context';
import { Project } from '../projects/project.type';
import { traceLoaders } from '../traces/trace.loaders';
import { toTrace } from '../traces/trace.mapper';
import { DeletePayload, Trace } from '../traces/trace.type';
import { addExamplesFromTraces } from './dataset-from-traces.service';
import { importExamples } from './dataset-io.service';
import { CreateDatasetInput, CsvColumnsInput, ExampleFormat, ExampleInput, ExamplePatchInput, TraceItemInput, UpdateDatasetInput } from './dataset.input';
import { datasetLoaders } from './dataset.loaders';
import { toDataset, toDatasetExample } from './dataset.mapper';
import { DeleteExamplesResult, ExampleBatchResult, ImportExamplesResult } from './dataset.result';
import {
  addExamplesTo,
  createDataset,
  deleteDataset,
  deleteExamples,
  getDataset,
  getExample,
  listDatasets,
  listExamples,
  tagDatasetVersion,
  updateDataset,
  updateExampleById,
} from './dataset.service';
import { Dataset, DatasetConnection, DatasetExample, DatasetExampleConnection, DatasetVersion } from './dataset.type';
import { validExample } from './dataset.validate';

const toBatch = (b: Awaited<ReturnType<typeof addExamplesTo>>): ExampleBatchResult => ({ ...b, examples: b.examples.map(toDatasetExample) });

@Resolver(() => Dataset)
export class DatasetResolver {
  @Query(() => DatasetConnection, { description: "A project's datasets, newest first; search keeps names containing it" })
  datasets(
    @Ctx() ctx: RequestContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listDatasets(ctx, projectId, search, first, after);
  }

  @Query(() => Dataset)
  dataset(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return getDataset(ctx, id);
  }

  @Query(() => DatasetExample, { description: 'One example as it is at a dataset version (the latest by default)' })
  async datasetExample(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version?: number) {
    return toDatasetExample(await getExample(ctx, id, version));
  }

  @Mutation(() => Dataset, { description: 'Creates an empty dataset (ingest or admin keys)' })
  async createDataset(@Ctx() ctx: RequestContext, @Arg('input', () => CreateDatasetInput) input: CreateDatasetInput) {
    return toDataset(await createDataset(ctx, input.projectId, input));
  }

  @Mutation(() => Dataset, { description: "Changes a dataset's name, description, data type or metadata; its version stays" })
  async updateDataset(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateDatasetInput) input: UpdateDatasetInput) {
    return toDataset(await updateDataset(ctx, id, input));
  }

  @Mutation(() => DeletePayload, { description: 'Deletes a dataset with all its versions and examples (admin keys)' })
  deleteDataset(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return deleteDataset(ctx, id);
  }

  @Mutation(() => ExampleBatchResult, {
    description: 'Adds examples written by hand, all in one new version; an invalid example is reported, the others added',
  })
  async addExamples(
    @Ctx() ctx: RequestContext,
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('examples', () => [ExampleInput]) examples: ExampleInput[],
  ) {
    return toBatch(await addHandWritten(ctx, datasetId, examples));
  }

  @Mutation(() => ExampleBatchResult, {
    description:
      'Adds examples made from traces (root inputs and outputs) or spans (their own), linked to their source; each item that cannot be read is reported',
  })
  async addExamplesFromTraces(
    @Ctx() ctx: RequestContext,
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('items', () => [TraceItemInput]) items: TraceItemInput[],
  ) {
    return toBatch(await addExamplesFromTraces(ctx, datasetId, items));
  }

  @Mutation(() => DatasetExample, { description: 'Changes an example in a new dataset version; older versions keep the old content' })
  async updateExample(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('patch', () => ExamplePatchInput) patch: ExamplePatchInput) {
    return toDatasetExample(await updateExampleById(ctx, id, patch));
  }

  @Mutation(() => DeleteExamplesResult, { description: 'Removes examples from their datasets in a new version of each; older versions keep them' })
  deleteExamples(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]) {
    return deleteExamples(ctx, ids);
  }

  @Mutation(() => Dataset, { description: 'Names a dataset version with a tag, moving the tag off any other version' })
  async tagDatasetVersion(
    @Ctx() ctx: RequestContext,
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('tag', () => String) tag: string,
  ) {
    await tagDatasetVersion(ctx, datasetId, version, tag);
    return getDataset(ctx, datasetId);
  }

  @Mutation(() => ImportExamplesResult, { description: 'Imports JSONL or CSV content in one new version; bad lines are reported, the good ones added' })
  importExamples(
    @Ctx() ctx: RequestContext,
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('format', () => ExampleFormat) format: ExampleFormat,
    @Arg('content', () => String) content: string,
    @Arg('columns', () => CsvColumnsInput, { nullable: true }) columns?: CsvColumnsInput,
  ) {
    return importExamples(ctx, datasetId, format, content, columns);
  }

  @FieldResolver(() => Int, { complexity: QUERY_COST.count, description: 'How many examples the latest version holds' })
  async exampleCount(@Ctx() ctx: RequestContext, @Root() d: Dataset) {
    return (await datasetLoaders(ctx).statsByDataset.load(d.id)).exampleCount;
  }

  @FieldResolver(() => [String], { complexity: QUERY_COST.count, description: "The splits of the latest version's examples" })
  async splits(@Ctx() ctx: RequestContext, @Root() d: Dataset) {
    return (await datasetLoaders(ctx).statsByDataset.load(d.id)).splits;
  }

  @FieldResolver(() => [DatasetVersion], { complexity: QUERY_COST.count, description: 'Its versions, newest first' })
  versions(@Ctx() ctx: RequestContext, @Root() d: Dataset) {
    return datasetLoaders(ctx).versionsByDataset.load(d.id);
  }

  @FieldResolver(() => DatasetExampleConnection, {
    description: 'Its examples at a version (the latest by default), oldest first; splits keeps those in any of them',
  })
  examples(
    @Ctx() ctx: RequestContext,
    @Root() d: Dataset,
    @Arg('version', () => Int, { nullable: true }) version?: number,
    @Arg('splits', () => [String], { nullable: true }) splits?: string[],
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listExamples(ctx, d, { version, splits, first, after });
  }
}

/** Hand-written examples: each checked on its own, so one invalid example is reported and the rest added. */
async function addHandWritten(ctx: RequestContext, datasetId: string, examples: ExampleInput[]) {
  const good: { index: number; example: ReturnType<typeof validExample> }[] = [];
  const errors: ExampleBatchResult['errors'] = [];
  examples.forEach((e, index) => {
    try {
      good.push({ index, example: validExample(e) });
    } catch (err) {
      errors.push({ index, id: null, code: 'BAD_USER_INPUT', message: (err as Error).message });
    }
  });
  const batch = await addExamplesTo(
    ctx,
    datasetId,
    good.map((g) => g.example),
    { errorIndex: (i) => good[i].index },
  );
  return { ...batch, errors: [...errors, ...batch.errors].sort((a, b) => a.index - b.index) };
}

@Resolver(() => DatasetExample)
export class DatasetExampleResolver {
  @FieldResolver(() => Trace, { nullable: true, description: 'The trace it was made from; null when that trace is gone' })
  async sourceTrace(@Ctx() ctx: RequestContext, @Root() e: DatasetExample) {
    if (!e.sourceTraceId) return null;
    const row = await traceLoaders(ctx).traceById.load(e.sourceTraceId);
    return row && canSeeProject(ctx, row.projectId) ? toTrace(row) : null;
  }
}

@Resolver(() => Project)
export class ProjectDatasetsResolver {
  @FieldResolver(() => DatasetConnection, { description: "The project's datasets, newest first" })
  datasets(
    @Ctx() ctx: RequestContext,
    @Root() project: Project,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listDatasets(ctx, project.id, null, first, after);
  }
}
