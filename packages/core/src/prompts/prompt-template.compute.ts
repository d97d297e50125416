import type { PromptMessage, PromptTemplateFormat } from './prompt.entity';

/** A {{variable}} (Mustache-style, as Langfuse writes them): letters, digits, `_`, `.` and `-`, spaces inside the braces allowed. */
const VARIABLE = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** The template's texts in order: the string of a text template, each message's content of a chat one. */
const texts = (template: PromptMessage[] | string): string[] => (typeof template === 'string' ? [template] : template.map((m) => m.content));

/** The variables a template uses, in order of first use, each once. */
export function templateVariables(template: PromptMessage[] | string): string[] {
  const seen = new Set<string>();
  for (const text of texts(template)) for (const m of text.matchAll(VARIABLE)) seen.add(m[1]!);
  return [...seen];
}

/** A variable the values did not give; the caller turns it into a BAD_USER_INPUT or a failed run. */
export class MissingVariablesError extends Error {
  override name = 'MissingVariablesError';
  constructor(readonly missing: string[]) {
    super(`The prompt needs ${missing.map((v) => `{{${v}}}`).join(', ')}, which the inputs do not give`);
  }
}

/** A value as it goes into the text: strings as they are, anything else as JSON. */
const asText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** A dotted name (`a.b`) looked up as a path when the flat key is absent. */
function lookup(values: Record<string, unknown>, name: string): { found: boolean; value?: unknown } {
  if (Object.hasOwn(values, name)) return { found: true, value: values[name] };
  let cur: unknown = values;
  for (const part of name.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, part)) return { found: false };
    cur = (cur as Record<string, unknown>)[part];
  }
  return { found: true, value: cur };
}

/**
 * Fills a template's {{variables}} from `values` (an example's inputs): chat templates become
 * messages, text templates one user message. Throws MissingVariablesError naming every variable
 * the values lack; extra values are ignored.
 */
export function renderTemplate(format: PromptTemplateFormat, template: PromptMessage[] | string, values: Record<string, unknown>): PromptMessage[] {
  const missing = templateVariables(template).filter((v) => !lookup(values, v).found);
  if (missing.length) throw new MissingVariablesError(missing);
  const fill = (text: string) => text.replace(VARIABLE, (_, name: string) => asText(lookup(values, name).value));
  if (format === 'text' || typeof template === 'string') return [{ role: 'user', content: fill(texts(template).join('')) }];
  return template.map((m) => ({ ...m, content: fill(m.content) }));
}
