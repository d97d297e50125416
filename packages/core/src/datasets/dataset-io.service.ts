import { stringify } from 'csv-stringify/sync';
import type { RequestContext } from '../common/service.context';
import { type ExampleAtVersion, examplesAt } from './dataset-examples.sql';
import { badInput } from '../common/app.errors';
import { type CsvColumns, parseCsv, parseJsonl } from './dataset-import.parser';
import { accessibleDataset, addExamplesTo, versionToRead } from './dataset.service';

const PAGE = 500;

/** A dataset's examples at a version, read a page at a time so a big dataset never sits in memory whole. */
async function* examplePages(ctx: RequestContext, datasetId: string, version: number): AsyncGenerator<ExampleAtVersion[]> {
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const rows = await examplesAt(ctx, datasetId, version, { first: PAGE, after });
    if (rows.length) yield rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1];
    after = { createdAt: last.createdAt, id: last.id };
  }
}

/** The JSONL line of an example: what importExamples reads back, with its id and source link. */
const jsonlLine = (e: ExampleAtVersion) =>
  `${JSON.stringify({ id: e.id, inputs: e.inputs, outputs: e.outputs, metadata: e.metadata, splits: e.splits, source_trace_id: e.sourceTraceId, source_span_id: e.sourceSpanId, created_at: e.createdAt })}\n`;

/** The keys of a page's objects, in first-seen order. */
const keysOf = (rows: (Record<string, unknown> | null)[]) => [...new Set(rows.flatMap((r) => Object.keys(r ?? {})))];

const cell = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/**
 * Checks access and resolves the version, then answers the export as chunks of text: JSONL, or CSV
 * with input./output./metadata. columns (importExamples' default mapping) taken from the first page
 * and a split column.
 */
export async function exportExamples(
  ctx: RequestContext,
  datasetId: string,
  format: 'jsonl' | 'csv',
  version?: number | null,
): Promise<{ name: string; version: number; chunks: AsyncGenerator<string> }> {
  const dataset = await accessibleDataset(ctx, datasetId, 'read');
  const v = versionToRead(dataset, version);
  async function* chunks() {
    let header: { inputs: string[]; outputs: string[]; metadata: string[] } | null = null;
    for await (const rows of examplePages(ctx, dataset.id, v)) {
      if (format === 'jsonl') {
        yield rows.map(jsonlLine).join('');
        continue;
      }
      if (!header) {
        header = { inputs: keysOf(rows.map((r) => r.inputs)), outputs: keysOf(rows.map((r) => r.outputs)), metadata: keysOf(rows.map((r) => r.metadata)) };
        yield stringify([
          [...header.inputs.map((k) => `input.${k}`), ...header.outputs.map((k) => `output.${k}`), ...header.metadata.map((k) => `metadata.${k}`), 'split'],
        ]);
      }
      const h = header;
      yield stringify(
        rows.map((r) => [
          ...h.inputs.map((k) => cell(r.inputs[k])),
          ...h.outputs.map((k) => cell(r.outputs?.[k])),
          ...h.metadata.map((k) => cell(r.metadata[k])),
          r.splits.join('|'),
        ]),
      );
    }
  }
  return { name: dataset.name, version: v, chunks: chunks() };
}

/**
 * Imports JSONL or CSV content as one new version: every good line is added, every bad one
 * reported by its line number.
 */
export async function importExamples(
  ctx: RequestContext,
  datasetId: string,
  format: 'jsonl' | 'csv',
  content: string,
  columns?: CsvColumns | null,
): Promise<{ version: number | null; imported: number; errors: { line: number; message: string }[] }> {
  await accessibleDataset(ctx, datasetId, 'ingest');
  if (Buffer.byteLength(content) > ctx.config.limits.maxBodyBytes)
    throw badInput(`The content exceeds ${ctx.config.limits.maxBodyBytes} bytes (MAX_BODY_BYTES)`);
  const parsed = format === 'csv' ? parseCsv(content, columns) : parseJsonl(content);
  // One version for the whole file: its size is bounded by the body limit, not by the batch limit of addExamples.
  const batch = await addExamplesTo(
    ctx,
    datasetId,
    parsed.examples.map((c) => c.example),
    { description: `imported ${parsed.examples.length} example${parsed.examples.length === 1 ? '' : 's'} (${format.toUpperCase()})`, maxItems: Infinity },
  );
  const errors = [...parsed.errors, ...batch.errors.map((e) => ({ line: parsed.examples[e.index].line, message: e.message }))];
  errors.sort((a, b) => a.line - b.line);
  return { version: batch.version, imported: batch.examples.length, errors };
}
