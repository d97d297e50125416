import { canSeeProject, requireAuthenticated } from '../common/access.policy';
import { notFound } from '../common/app.errors';
import type { RequestContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { storedTraceId } from '../common/uuid.util';
import { spanLoaders } from '../spans/span.loaders';
import { traceLoaders } from '../traces/trace.loaders';
import { accessibleDataset, addExamplesTo, type ExampleBatch, itemError, type NewExample } from './dataset.service';
import { asExampleObject, validSplits } from './dataset.validate';

/** A trace, or one span of it, to make an example of. */
export type TraceItem = { traceId: string; spanId?: string | null; splits?: string[] | null };

/**
 * Adds examples made from traces (their root inputs and outputs) or spans (their own), keeping the
 * link to the source and marking the source spans as in a dataset. A trace the caller cannot see,
 * of another project, or without inputs is refused on its own; the others make one version.
 */
export async function addExamplesFromTraces(ctx: RequestContext, datasetId: string, items: TraceItem[]): Promise<ExampleBatch> {
  requireAuthenticated(ctx);
  const dataset = await accessibleDataset(ctx, datasetId, 'ingest');
  const made: { example: NewExample; index: number }[] = [];
  const errors: ExampleBatch['errors'] = [];
  const spanRows = spanLoaders(ctx).spanRows(['id', 'traceId', 'projectId', 'kind', 'inputs', 'outputs']);
  await Promise.all(
    items.map(async (item, index) => {
      try {
        const trace = await traceLoaders(ctx).traceById.load(storedTraceId(item.traceId));
        // Another project's trace is as unknown as a missing one.
        if (!trace || !canSeeProject(ctx, trace.projectId) || trace.projectId !== dataset.projectId) throw notFound('Trace', item.traceId);
        let source: { inputs: unknown; outputs: unknown; spanId: string | null } = { inputs: trace.input, outputs: trace.output, spanId: null };
        if (item.spanId) {
          const span = await spanRows.load(item.spanId);
          if (!span || span.traceId !== trace.id) throw notFound('Span', item.spanId);
          source = { inputs: span.inputs, outputs: span.outputs, spanId: span.id };
        }
        made.push({
          index,
          example: {
            inputs: asExampleObject(source.inputs, 'input') ?? {},
            outputs: asExampleObject(source.outputs, 'output'),
            metadata: {},
            splits: validSplits(item.splits),
            sourceTraceId: trace.id,
            sourceSpanId: source.spanId,
          },
        });
      } catch (e) {
        errors.push(itemError(index, item.spanId ?? item.traceId, e));
      }
    }),
  );
  made.sort((a, b) => a.index - b.index);
  const batch = await addExamplesTo(
    ctx,
    dataset.id,
    made.map((m) => m.example),
    { description: `added ${made.length} example${made.length === 1 ? '' : 's'} from traces`, errorIndex: (i) => made[i].index },
  );
  if (batch.version !== null) await markInDataset(ctx, batch.examples);
  return { ...batch, errors: [...errors, ...batch.errors].sort((a, b) => a.index - b.index) };
}

/** Flags the source spans (a trace's root spans when the example came from the whole trace) as in a dataset. */
async function markInDataset(ctx: RequestContext, examples: { sourceTraceId: string | null; sourceSpanId: string | null }[]) {
  const spanIds = examples.map((e) => e.sourceSpanId).filter((id): id is string => Boolean(id));
  const traceIds = examples.filter((e) => !e.sourceSpanId && e.sourceTraceId).map((e) => e.sourceTraceId as string);
  await db(ctx).query(
    `UPDATE spans SET in_dataset = true
      WHERE NOT in_dataset AND (id = ANY($1::uuid[]) OR (trace_id = ANY($2::uuid[]) AND parent_id IS NULL))`,
    [spanIds, traceIds],
  );
}
