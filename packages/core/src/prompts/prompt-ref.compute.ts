import { isUuid } from '../common/uuid.util';

/** How an LLM call names the prompt version it used: by id, or by prompt name with a version number or a label (neither: the latest). */
export type PromptRef = { id: string } | { name: string; version?: number; label?: string };

/** The metadata key holding a prompt version's id. */
const PROMPT_VERSION_ID_KEY = 'sextant.prompt_version_id';
/** The metadata key holding `name`, `name:3` or `name@production`. */
const PROMPT_KEY = 'sextant.prompt';
// What Langfuse's SDKs set on a generation's OTLP span when it was made from a Langfuse prompt.
const LANGFUSE_NAME = 'langfuse.observation.prompt.name';
const LANGFUSE_VERSION = 'langfuse.observation.prompt.version';

/** Reads `name`, `name:3` or `name@label`; null for anything else. */
export function parsePromptRef(text: string): PromptRef | null {
  const t = text.trim();
  const m = /^(.+?)(?::(\d{1,9})|@([a-z0-9_-]{1,40}))?$/.exec(t);
  if (!m || !m[1]!.trim() || m[1]!.length > 200) return null;
  const name = m[1]!.trim();
  if (m[2]) return { name, version: Number(m[2]) };
  if (m[3]) return { name, label: m[3] };
  return { name };
}

const asObject = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/**
 * The prompt version an LLM call's metadata names, by the convention for clients that can only
 * send metadata (LangSmith runs, OpenTelemetry spans): `sextant.prompt_version_id`, else
 * `sextant.prompt`, else Langfuse's prompt attributes. OTLP attributes the mapper did not lift
 * into metadata are looked up in `otel.attributes`. Null when it names none (or not readably).
 */
export function promptRefOfMetadata(metadata: Record<string, unknown> | null | undefined): PromptRef | null {
  if (!metadata) return null;
  const attrs = asObject(metadata['otel.attributes']) ?? {};
  const pick = (key: string) => metadata[key] ?? attrs[key];
  const id = pick(PROMPT_VERSION_ID_KEY);
  if (typeof id === 'string' && isUuid(id)) return { id: id.toLowerCase() };
  const named = pick(PROMPT_KEY);
  if (typeof named === 'string') return parsePromptRef(named);
  const lfName = pick(LANGFUSE_NAME);
  if (typeof lfName === 'string' && lfName.trim()) {
    const v = Number(pick(LANGFUSE_VERSION));
    return Number.isInteger(v) && v > 0 ? { name: lfName.trim(), version: v } : { name: lfName.trim() };
  }
  return null;
}
