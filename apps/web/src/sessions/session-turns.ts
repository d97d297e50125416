import { type ChatMessage, chatMessages } from '../traces/chat-messages';

/** What a chat bubble shows: prose, or compact JSON (shown monospaced) when no text could be found. */
export type TurnText = { text: string; json: boolean };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// The keys agents and frameworks put the user's turn and the agent's answer under, most specific first.
// `messages` is not listed: a messages list is read as a chat, so its last user (or assistant) message wins.
const INPUT_KEYS = ['input', 'question', 'query', 'prompt', 'user_input', 'message', 'text', 'content'];
const OUTPUT_KEYS = ['output', 'answer', 'response', 'final_output', 'result', 'completion', 'generation', 'text', 'content', 'message'];
// A chat bubble is a summary: the full value is one click away in the trace.
const MAX_JSON = 600;
// Nested wrappers ({ input: { messages: [...] } }) are followed this deep, no further.
const MAX_DEPTH = 3;

const compact = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > MAX_JSON ? `${s.slice(0, MAX_JSON)}…` : s;
};

const callsText = (m: ChatMessage): string => m.toolCalls.map((c) => `→ ${c.name}(${c.arguments})`).join('\n');

/** The last message of one of `roles` with something to show, as text (tool calls spelled out when it has no content). */
function fromChat(messages: ChatMessage[], roles: string[]): string | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (!roles.includes(m.role)) continue;
    const text = [m.content, callsText(m)].filter(Boolean).join('\n');
    if (text) return text;
  }
  return null;
}

function find(value: unknown, keys: string[], roles: string[], depth: number): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth > MAX_DEPTH) return null;
  const chat = chatMessages(value);
  if (chat) return fromChat(chat, roles);
  if (!isObj(value)) return null;
  for (const key of keys) {
    if (!(key in value)) continue;
    const found = find(value[key], keys, roles, depth + 1);
    if (found !== null) return found;
  }
  // A dict of one entry is a wrapper whatever its key ({ state: { question } }).
  const entries = Object.values(value);
  return entries.length === 1 ? find(entries[0], keys, roles, depth + 1) : null;
}

function turnText(value: unknown, keys: string[], roles: string[]): TurnText | null {
  if (value === null || value === undefined) return null;
  const text = find(value, keys, roles, 0);
  if (text !== null && text.trim() !== '') return { text, json: false };
  if (isObj(value) && Object.keys(value).length === 0) return null;
  return { text: compact(value), json: true };
}

/**
 * The user's turn in a trace's inputs: a plain string, the last user message of a chat (OpenAI,
 * Anthropic, LangChain), or the value under a common key ({input}, {question}, {query}, …); compact JSON
 * when none of those; null when there is no input.
 */
export const userInput = (inputs: unknown): TurnText | null => turnText(inputs, INPUT_KEYS, ['user']);

/**
 * The agent's answer in a trace's outputs: a plain string, the last assistant message of a chat, or the
 * value under a common key ({output}, {answer}, …); compact JSON when none of those; null when there is
 * no output.
 */
export const agentAnswer = (outputs: unknown): TurnText | null => turnText(outputs, OUTPUT_KEYS, ['assistant']);
