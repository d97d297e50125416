import { badInput } from '../common/app.errors';
import { sanitizeJson, sanitizeString } from '../common/sanitize.util';
import type { PromptMessage } from './prompt.entity';

/** At most this many messages in a chat template. */
const MAX_PROMPT_MESSAGES = 100;
/** At most this many characters in one message or text template (the whole chat template: 4 times it). */
const MAX_PROMPT_TEXT = 100_000;
/** At most this many characters in the parameters' JSON. */
const MAX_PARAMETERS_JSON = 20_000;
const LABEL = /^[a-z0-9_-]{1,40}$/;

/** A prompt name, trimmed and storable; BAD_USER_INPUT when empty or over 200 characters. */
export function promptName(name: string, argumentName = 'name'): string {
  const n = sanitizeString(name).trim();
  if (!n) throw badInput('The prompt name must not be empty', { argumentName });
  if (n.length > 200) throw badInput('The prompt name must be at most 200 characters', { argumentName });
  return n;
}

/** Tags, storable, at most 50 of 100 characters each. */
export function promptTags(tags: readonly string[]): string[] {
  if (tags.length > 50) throw badInput('At most 50 tags', { argumentName: 'tags' });
  const out = [...new Set(tags.map((t) => sanitizeString(t).trim()).filter(Boolean))];
  if (out.some((t) => t.length > 100)) throw badInput('A tag must be at most 100 characters', { argumentName: 'tags' });
  return out;
}

/** A label name: lower-case letters, digits, `_` and `-`, 1 to 40 of them (production, staging, …). */
export function labelName(label: string): string {
  if (!LABEL.test(label)) throw badInput(`Label "${label.slice(0, 50)}" must be 1 to 40 of a-z, 0-9, _ and -`, { argumentName: 'label' });
  return label;
}

/** A chat template's messages: 1 to MAX_PROMPT_MESSAGES, each with a non-empty role and bounded content. */
export function chatMessages(messages: readonly { role: string; content: string }[] | null | undefined): PromptMessage[] {
  if (!messages?.length) throw badInput('A CHAT template needs at least one message', { argumentName: 'messages' });
  if (messages.length > MAX_PROMPT_MESSAGES) throw badInput(`A CHAT template holds at most ${MAX_PROMPT_MESSAGES} messages`, { argumentName: 'messages' });
  let total = 0;
  return messages.map((m, i) => {
    const role = sanitizeString(m.role).trim();
    if (!role || role.length > 40) throw badInput(`messages[${i}].role must be 1 to 40 characters`, { argumentName: 'messages' });
    if (m.content.length > MAX_PROMPT_TEXT) throw badInput(`messages[${i}].content is over ${MAX_PROMPT_TEXT} characters`, { argumentName: 'messages' });
    total += m.content.length;
    if (total > 4 * MAX_PROMPT_TEXT) throw badInput(`The messages hold over ${4 * MAX_PROMPT_TEXT} characters`, { argumentName: 'messages' });
    return { role, content: sanitizeString(m.content) };
  });
}

/** A text template: non-empty and bounded. */
export function templateText(text: string | null | undefined): string {
  if (text === null || text === undefined || !text.trim()) throw badInput('A TEXT template needs a non-empty text', { argumentName: 'text' });
  if (text.length > MAX_PROMPT_TEXT) throw badInput(`The text is over ${MAX_PROMPT_TEXT} characters`, { argumentName: 'text' });
  return sanitizeString(text);
}

/** Model parameters: a JSON object of bounded size. */
export function modelParameters(parameters: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const p = (sanitizeJson(parameters ?? {}) as Record<string, unknown>) ?? {};
  if (JSON.stringify(p).length > MAX_PARAMETERS_JSON)
    throw badInput(`The parameters are over ${MAX_PARAMETERS_JSON} characters of JSON`, { argumentName: 'parameters' });
  return p;
}

/** An optional short text (model, commit message, description): trimmed, empty as null, bounded. */
export function optionalText(value: string | null | undefined, argumentName: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const t = sanitizeString(value).trim();
  if (t.length > max) throw badInput(`${argumentName} must be at most ${max} characters`, { argumentName });
  return t || null;
}
