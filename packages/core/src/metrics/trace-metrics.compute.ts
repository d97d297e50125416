// A trace's metrics are computed from its rows in two parts: the deterministic metrics
// (deterministic-metrics.compute.ts) and the conversation the judge reads (below).
import type { MetricsSpan } from './deterministic-metrics.compute';

export {
  allDeclaredTools,
  type ComputedMetric,
  computeDeterministicMetrics,
  type DeclaredTool,
  declaredTools,
  type MetricsError,
  type MetricsSpan,
  type MetricsTrace,
  percentile,
} from './deterministic-metrics.compute';

const present = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

/** One step of the conversation the judge reads, AgentNeo's `{function_name, input, response}`. */
export type ConversationEntry = { function_name: string; input: unknown; response: unknown };

// Long prompts or tool outputs would blow the judge's context; the head carries the meaning.
const MAX_FIELD_CHARS = 4000;
const clip = (s: string) => (s.length > MAX_FIELD_CHARS ? `${s.slice(0, MAX_FIELD_CHARS)}…[truncated]` : s);
const clipValue = (v: unknown): unknown => {
  if (typeof v === 'string') return clip(v);
  if (v === null || v === undefined) return v;
  const text = JSON.stringify(v);
  return text.length > MAX_FIELD_CHARS ? clip(text) : v;
};

type Message = { role?: unknown; content?: unknown };
const isMessage = (m: unknown): m is Message => !!m && typeof m === 'object' && 'content' in m;
const contentText = (c: unknown): unknown =>
  Array.isArray(c)
    ? c
        .map((p) => (p && typeof p === 'object' && 'text' in p ? (p as { text: unknown }).text : p))
        .filter((p) => typeof p === 'string')
        .join('\n')
    : c;

/**
 * The prompt an LLM call was given, as AgentNeo takes it (the content of the first message),
 * except that the first user message is preferred over a system prompt because it carries the
 * intent. Accepts a messages array, LangSmith's `{messages: [[...]]}`, `{prompt}` or a string.
 */
export function llmInputText(inputs: unknown): unknown {
  if (typeof inputs === 'string') return inputs;
  let messages: unknown = inputs;
  if (inputs && typeof inputs === 'object' && !Array.isArray(inputs)) {
    const o = inputs as Record<string, unknown>;
    if (typeof o.prompt === 'string') return o.prompt;
    if (Array.isArray(o.prompts) && typeof o.prompts[0] === 'string') return o.prompts[0];
    messages = o.messages;
  }
  if (Array.isArray(messages) && Array.isArray(messages[0])) messages = messages[0];
  if (Array.isArray(messages)) {
    const list = messages.filter(isMessage);
    const chosen = list.find((m) => m.role === 'user' || m.role === 'human') ?? list[0];
    if (chosen) return contentText(chosen.content);
  }
  return inputs ?? null;
}

/** The text an LLM call answered: OpenAI choices, LangChain generations, `{content}`/`{text}`, or the value itself. */
export function llmOutputText(outputs: unknown): unknown {
  if (outputs === null || outputs === undefined || typeof outputs !== 'object') return outputs;
  // Untrusted JSON from any SDK: every access below is checked before use.
  const o = outputs as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const choice = Array.isArray(o.choices) ? o.choices[0] : undefined;
  if (choice?.message && 'content' in choice.message) return contentText(choice.message.content);
  if (typeof choice?.text === 'string') return choice.text;
  const gen = Array.isArray(o.generations) ? (Array.isArray(o.generations[0]) ? o.generations[0][0] : o.generations[0]) : undefined;
  if (typeof gen?.text === 'string') return gen.text;
  if ('content' in o) return contentText(o.content);
  if (typeof o.text === 'string') return o.text;
  if (typeof o.output === 'string') return o.output;
  return outputs;
}

/**
 * AgentNeo's conversation: the LLM and tool calls by start time, each as `{function_name, input,
 * response}`. A call without output answers 'No response' (AgentNeo's marker), or its error.
 */
export function buildConversation(spans: readonly MetricsSpan[]): ConversationEntry[] {
  const calls = spans
    .filter((s) => s.kind === 'llm' || s.kind === 'tool')
    .sort((a, b) => a.startTime.getTime() - b.startTime.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return calls.map((s) => {
    const output = s.kind === 'llm' ? llmOutputText(s.outputs) : s.outputs;
    const response = present(output) ? output : s.error ? `Error: ${s.error}` : 'No response';
    return {
      function_name: s.name ?? (s.kind === 'llm' ? s.model : null) ?? 'Unknown',
      input: clipValue(s.kind === 'llm' ? llmInputText(s.inputs) : (s.inputs ?? null)),
      response: clipValue(response),
    };
  });
}

/** AgentNeo's "relevant responses": `name: response` of every named call that answered, separated by blank lines. */
export function relevantResponses(conversation: readonly ConversationEntry[]): string {
  return conversation
    .filter((e) => e.function_name !== 'Unknown' && e.response !== 'No response')
    .map((e) => `${e.function_name}: ${typeof e.response === 'string' ? e.response : JSON.stringify(e.response)}`)
    .join('\n\n');
}
