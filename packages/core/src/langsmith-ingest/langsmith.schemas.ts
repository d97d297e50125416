import { z } from 'zod';

// zod's guid() takes any 8-4-4-4-12 hex string: LangSmith ids are UUIDv7 from the JS SDK,
// v4 from older clients, and Postgres stores whatever has the shape.
const runId = z.guid().transform((s) => s.toLowerCase());

const ISO_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads a LangSmith time: epoch milliseconds (number or digits), or ISO 8601 with any number of
 * fractional digits, where a missing zone means UTC (Python clients send naive UTC times).
 */
export function parseLangSmithTime(v: number | string): Date | null {
  if (typeof v === 'number') return Number.isFinite(v) ? validDate(new Date(v)) : null;
  const s = v.trim();
  if (/^\d{10,16}(\.\d+)?$/.test(s)) return validDate(new Date(Number(s)));
  const m = ISO_TIME.exec(s);
  if (!m) return null;
  const [, date, hm, sec = '00', frac = '', zone = 'Z'] = m;
  // Date.parse reads at most milliseconds reliably; the microseconds LangSmith sends are dropped.
  const ms = frac.padEnd(3, '0').slice(0, 3);
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 3 ? `${zone}:00` : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return validDate(new Date(`${date}T${hm}:${sec}.${ms}${offset}`));
}

const validDate = (d: Date) => (Number.isNaN(d.getTime()) ? null : d);

const time = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const d = parseLangSmithTime(v);
  if (d) return d;
  ctx.addIssue({ code: 'custom', message: `${JSON.stringify(String(v).slice(0, 40))} is not a time (epoch milliseconds or ISO 8601)` });
  return z.NEVER;
});

const number = z.number().nullish();
const object = z.record(z.string(), z.unknown());

// LangSmith's error is a string; a client that sends an object still gets it stored, as JSON text.
const errorText = z.unknown().transform((v) => (v === null || v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v)));

/** Fields a run may carry, on a create or an update. Unknown keys are kept and ignored, as LangSmith does. */
const runFields = {
  id: runId.optional(),
  name: z.string().nullish(),
  run_type: z.string().nullish(),
  start_time: time.nullish(),
  end_time: time.nullish(),
  inputs: z.unknown().optional(),
  outputs: z.unknown().optional(),
  extra: object.nullish(),
  error: errorText.optional(),
  serialized: z.unknown().optional(),
  events: z.array(z.unknown()).nullish(),
  tags: z.array(z.string()).nullish(),
  parent_run_id: runId.nullish(),
  trace_id: runId.nullish(),
  dotted_order: z.string().nullish(),
  reference_example_id: runId.nullish(),
  session_name: z.string().nullish(),
  session_id: runId.nullish(),
  revision_id: z.string().nullish(),
  // Legacy clients nest a whole tree in one create.
  child_runs: z.array(z.unknown()).nullish(),
  // LangSmith's legacy position of the run in its trace (1 for the root).
  execution_order: number,
  // The read model's token and cost columns, which some clients send on writes too.
  prompt_tokens: number,
  completion_tokens: number,
  total_tokens: number,
  prompt_cost: number,
  completion_cost: number,
  total_cost: number,
  first_token_time: time.nullish(),
};

/** RunCreate as the SDKs send it: a name and a run type are required, as on LangSmith. */
export const runCreateSchema = z.looseObject({ ...runFields, name: z.string(), run_type: z.string() });

/** RunUpdate: every field optional; an absent field keeps what is stored. */
export const runUpdateSchema = z.looseObject(runFields);

export type LangSmithRun = z.infer<typeof runUpdateSchema>;

/** The body of POST /runs/batch; each item is validated on its own, so one bad run never fails the others. */
export const runBatchSchema = z.object({
  post: z.array(z.unknown()).nullish(),
  patch: z.array(z.unknown()).nullish(),
});

/** `extra.metadata.usage_metadata` / `outputs.usage_metadata` (LangChain's UsageMetadata). */
export type LangSmithUsage = {
  input_tokens?: number;
  output_tokens?: number;
  total_tokens?: number;
  input_token_details?: Record<string, unknown>;
  output_token_details?: Record<string, unknown>;
  input_cost?: number;
  output_cost?: number;
  total_cost?: number;
  input_cost_details?: Record<string, unknown>;
  output_cost_details?: Record<string, unknown>;
};

/** One line per zod issue, each naming its field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
