import { parse } from 'csv-parse/sync';
import { AppError, badInput } from '../common/app.errors';
import type { NewExample } from './dataset.service';
import { validExample } from './dataset.validate';

/** Which CSV columns make an example's inputs, outputs and metadata, and which holds its splits. */
export type CsvColumns = { inputs?: string[] | null; outputs?: string[] | null; metadata?: string[] | null; split?: string | null };

/** Examples read from a file, and the lines that could not be. */
export type ParsedExamples = { examples: { line: number; example: NewExample }[]; errors: { line: number; message: string }[] };

const OUTPUT_NAMES = new Set(['output', 'outputs', 'expected', 'expected_output', 'answer', 'reference', 'reference_output']);
const SPLIT_NAMES = new Set(['split', 'splits', 'dataset_split']);

const messageOf = (e: unknown) => {
  if (e instanceof AppError) return e.message;
  if (e instanceof SyntaxError) return `Not valid JSON: ${e.message}`;
  throw e;
};

/**
 * Reads JSONL: one example per line, as {inputs, outputs?, metadata?, splits?} or as LangSmith
 * exports them ({inputs, outputs, metadata: {dataset_split}, …}). Blank lines are skipped.
 */
export function parseJsonl(content: string): ParsedExamples {
  const out: ParsedExamples = { examples: [], errors: [] };
  content.split(/\r?\n/).forEach((text, i) => {
    const line = i + 1;
    if (!text.trim()) return;
    try {
      const v = JSON.parse(text) as Record<string, unknown>;
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw badInput('Each line must be a JSON object');
      const metadata = (v.metadata ?? undefined) as Record<string, unknown> | undefined;
      const lsSplit = metadata && typeof metadata === 'object' ? metadata.dataset_split : undefined;
      out.examples.push({
        line,
        example: validExample({
          inputs: v.inputs,
          outputs: v.outputs ?? v.reference_outputs,
          metadata: metadata && typeof metadata === 'object' && 'dataset_split' in metadata ? omit(metadata, 'dataset_split') : metadata,
          splits: v.splits ?? v.split ?? lsSplit,
        }),
      });
    } catch (e) {
      out.errors.push({ line, message: messageOf(e) });
    }
  });
  return out;
}

const omit = (o: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

/** A CSV cell as JSON when it reads as a JSON object or array, else as the text it is. */
const cellValue = (text: string): unknown => {
  const t = text.trim();
  if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))) {
    try {
      return JSON.parse(t);
    } catch {
      return text;
    }
  }
  return text;
};

/** Where each column of a CSV header goes: explicit columns when given, else by prefix and name (see CsvColumnsInput). */
function placeColumns(header: string[], columns: CsvColumns | null | undefined) {
  const place = new Map<string, { to: 'inputs' | 'outputs' | 'metadata' | 'split'; key: string }>();
  if (columns && (columns.inputs?.length || columns.outputs?.length || columns.metadata?.length || columns.split)) {
    const missing = [...(columns.inputs ?? []), ...(columns.outputs ?? []), ...(columns.metadata ?? []), ...(columns.split ? [columns.split] : [])].filter(
      (c) => !header.includes(c),
    );
    if (missing.length) throw badInput(`The CSV header has no column ${missing.map((m) => `"${m}"`).join(', ')}`);
    for (const c of columns.inputs ?? []) place.set(c, { to: 'inputs', key: c });
    for (const c of columns.outputs ?? []) place.set(c, { to: 'outputs', key: c });
    for (const c of columns.metadata ?? []) place.set(c, { to: 'metadata', key: c });
    if (columns.split) place.set(columns.split, { to: 'split', key: columns.split });
    return place;
  }
  for (const c of header) {
    const lower = c.toLowerCase();
    const prefixed = /^(inputs?|outputs?|metadata)\.(.+)$/i.exec(c);
    if (prefixed) {
      const kind = prefixed[1].toLowerCase();
      place.set(c, { to: kind.startsWith('input') ? 'inputs' : kind.startsWith('output') ? 'outputs' : 'metadata', key: prefixed[2] });
    } else if (SPLIT_NAMES.has(lower)) place.set(c, { to: 'split', key: c });
    else if (OUTPUT_NAMES.has(lower)) place.set(c, { to: 'outputs', key: c });
    else place.set(c, { to: 'inputs', key: c });
  }
  return place;
}

/** Reads CSV with a header row into examples; a record that cannot be read or makes no valid example is reported by its line. */
export function parseCsv(content: string, columns?: CsvColumns | null): ParsedExamples {
  const out: ParsedExamples = { examples: [], errors: [] };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as never;
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    throw badInput(`The CSV could not be read: ${err.message ?? 'malformed'}`);
  }
  if (!records.length) return out;
  const header = records[0].record.map((h) => h.trim());
  const place = placeColumns(header, columns);
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    try {
      if (record.length !== header.length) throw badInput(`Expected ${header.length} fields, found ${record.length}`);
      const ex = {
        inputs: {} as Record<string, unknown>,
        outputs: {} as Record<string, unknown>,
        metadata: {} as Record<string, unknown>,
        splits: [] as string[],
      };
      header.forEach((h, i) => {
        const p = place.get(h);
        if (!p) return;
        if (p.to === 'split')
          ex.splits = record[i]
            .split('|')
            .map((s) => s.trim())
            .filter(Boolean);
        else ex[p.to][p.key] = cellValue(record[i]);
      });
      if (!Object.keys(ex.inputs).length) throw badInput('No input column');
      out.examples.push({ line, example: validExample({ ...ex, outputs: Object.keys(ex.outputs).length ? ex.outputs : null }) });
    } catch (e) {
      out.errors.push({ line, message: messageOf(e) });
    }
  }
  return out;
}
