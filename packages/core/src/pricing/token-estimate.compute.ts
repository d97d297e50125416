import type { Tiktoken } from 'js-tiktoken/lite' with { 'resolution-mode': 'import' };
import { normalizeModelName } from './price-table.compute';

type EncodingName = 'o200k_base' | 'cl100k_base';

// OpenAI's models since gpt-4o count with o200k_base; every other model gets cl100k_base, a fair
// approximation of most tokenizers (an estimate is marked as one, never taken for a count).
const O200K_MODELS = /^(?:gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|gpt-oss|chatgpt-4o|o\d|codex)/;

/** The tokenizer an estimate for `model` uses. */
export function encodingFor(model: string | null | undefined): EncodingName {
  return model && O200K_MODELS.test(normalizeModelName(model)) ? 'o200k_base' : 'cl100k_base';
}

// The ranks are megabytes of data, parsed in about a second: loaded on first use, once per process.
const encoders = new Map<EncodingName, Promise<Tiktoken>>();

function encoder(name: EncodingName): Promise<Tiktoken> {
  let e = encoders.get(name);
  if (!e) {
    e = (async () => {
      const { Tiktoken } = await import('js-tiktoken/lite');
      const ranks = name === 'o200k_base' ? await import('js-tiktoken/ranks/o200k_base') : await import('js-tiktoken/ranks/cl100k_base');
      return new Tiktoken(ranks.default);
    })();
    encoders.set(name, e);
    // A failed load is retried on the next use rather than remembered.
    e.catch(() => encoders.delete(name));
  }
  return e;
}

// Keys whose values are structure, not text the model read or wrote (LangChain's serialised
// class paths, message ids, content part types).
const SKIPPED_KEYS = new Set(['id', 'ids', 'lc', 'type', 'tool_call_id', 'response_metadata', 'usage_metadata', 'llm_output']);

/**
 * The text of a call's inputs or outputs: every string in it, once each (LangChain repeats a
 * generation's text in its message), without structure keys and inline files (data: URLs).
 */
export function textOf(value: unknown): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 64 || v === null || v === undefined) return;
    if (typeof v === 'string') {
      if (v.startsWith('data:') || seen.has(v)) return;
      seen.add(v);
      parts.push(v);
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
    } else if (typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (!SKIPPED_KEYS.has(k)) walk(x, depth + 1);
    }
  };
  walk(value, 0);
  return parts.join('\n');
}

/** The most characters one text is tokenized from; a longer one is extrapolated from them. */
const SAMPLE_CHARS = 32_000;
/** Characters per token when the batch's tokenizing budget is spent (English text averages about 4). */
const CHARS_PER_TOKEN = 4;

/**
 * Counts tokens for one ingested batch (or recompute batch). Tokenizing is CPU on the event loop,
 * so a batch tokenizes at most `budgetChars` characters; past that it estimates from the length.
 */
export class TokenEstimator {
  private spent = 0;

  constructor(private readonly budgetChars = 2_000_000) {}

  /** Estimated tokens of `text` with the tokenizer of `model`. */
  async count(model: string | null | undefined, text: string): Promise<number> {
    if (!text) return 0;
    if (this.spent >= this.budgetChars) return Math.ceil(text.length / CHARS_PER_TOKEN);
    const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
    this.spent += sample.length;
    const tokens = (await encoder(encodingFor(model))).encode(sample, 'all').length;
    return sample.length === text.length ? tokens : Math.ceil((tokens * text.length) / sample.length);
  }
}
