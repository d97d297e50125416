/** A message as the span panel shows it, whatever shape the client sent. */
export type ChatMessage = { role: string; content: string; toolCalls: { name: string; arguments: string }[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// LangChain's message class names and serialized `type`s, as roles.
const LANGCHAIN_ROLES: Record<string, string> = {
  HumanMessage: 'user',
  human: 'user',
  AIMessage: 'assistant',
  AIMessageChunk: 'assistant',
  ai: 'assistant',
  SystemMessage: 'system',
  system: 'system',
  ToolMessage: 'tool',
  tool: 'tool',
  FunctionMessage: 'tool',
  function: 'tool',
};

/** Text of a content that is a string or a list of parts (OpenAI and Anthropic content blocks). */
function text(content: unknown): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => {
        if (typeof part === 'string') return part;
        if (isObj(part)) {
          if (typeof part.text === 'string') return part.text;
          if (part.type === 'tool_result') return text(part.content);
          if (part.type === 'tool_use') return '';
        }
        return JSON.stringify(part);
      })
      .filter(Boolean)
      .join('\n');
  }
  return JSON.stringify(content);
}

function toolCalls(m: Obj): ChatMessage['toolCalls'] {
  const calls: ChatMessage['toolCalls'] = [];
  // OpenAI (and LangChain's additional_kwargs): { function: { name, arguments } }; LangChain: { name, args }.
  const listed = Array.isArray(m.tool_calls)
    ? m.tool_calls
    : isObj(m.additional_kwargs) && Array.isArray(m.additional_kwargs.tool_calls)
      ? m.additional_kwargs.tool_calls
      : [];
  for (const c of listed) {
    if (!isObj(c)) continue;
    const fn = isObj(c.function) ? c.function : c;
    const args = fn.arguments ?? fn.args ?? {};
    calls.push({ name: String(fn.name ?? ''), arguments: typeof args === 'string' ? args : JSON.stringify(args) });
  }
  // Anthropic: tool_use blocks in the content.
  if (Array.isArray(m.content)) {
    for (const part of m.content) {
      if (isObj(part) && part.type === 'tool_use') calls.push({ name: String(part.name ?? ''), arguments: JSON.stringify(part.input ?? {}) });
    }
  }
  return calls;
}

function message(v: unknown): ChatMessage | null {
  if (!isObj(v)) return null;
  // LangChain serialized: { lc: 1, type: 'constructor', id: [..., 'HumanMessage'], kwargs: { content } }.
  if (v.lc !== undefined && Array.isArray(v.id) && isObj(v.kwargs)) {
    const role = LANGCHAIN_ROLES[String(v.id[v.id.length - 1])];
    return role ? { role, content: text(v.kwargs.content), toolCalls: toolCalls(v.kwargs) } : null;
  }
  // LangChain's dict form: { type: 'human', data: { content } }.
  if (typeof v.type === 'string' && isObj(v.data) && LANGCHAIN_ROLES[v.type]) {
    return { role: LANGCHAIN_ROLES[v.type], content: text(v.data.content), toolCalls: toolCalls(v.data) };
  }
  if (typeof v.role === 'string' && ('content' in v || 'tool_calls' in v)) return { role: v.role, content: text(v.content), toolCalls: toolCalls(v) };
  if (typeof v.type === 'string' && LANGCHAIN_ROLES[v.type] && 'content' in v)
    return { role: LANGCHAIN_ROLES[v.type], content: text(v.content), toolCalls: toolCalls(v) };
  return null;
}

function list(v: unknown): ChatMessage[] | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  // LangChain's chat model inputs are batches: [[messages]]; the first prompt is the one a span ran.
  const flat = Array.isArray(v[0]) ? v[0] : v;
  const messages = flat.map(message);
  return messages.every((m): m is ChatMessage => m !== null) ? messages : null;
}

/**
 * The chat messages in an LLM span's inputs or outputs, or null when the value is not a messages list
 * (then the panel shows JSON). Reads OpenAI (messages, choices), Anthropic (content blocks, a response
 * with role and content), LangChain (serialized and dict messages, generations) and a bare list.
 */
export function chatMessages(value: unknown): ChatMessage[] | null {
  const direct = list(value) ?? (isObj(value) ? message(value) && [message(value)!] : null);
  if (direct) return direct;
  if (!isObj(value)) return null;
  for (const key of ['messages', 'prompt', 'input']) {
    const found = list(value[key]);
    if (found) return found;
  }
  if (Array.isArray(value.choices)) {
    const found = list(value.choices.map((c) => (isObj(c) ? (c.message ?? c.delta) : null)));
    if (found) return found;
  }
  // LangChain LLMResult: { generations: [[{ message }]] }.
  if (Array.isArray(value.generations)) {
    const first = Array.isArray(value.generations[0]) ? value.generations[0] : value.generations;
    const found = list(
      first.map((g: unknown) => (isObj(g) ? (g.message ?? (typeof g.text === 'string' ? { role: 'assistant', content: g.text } : null)) : null)),
    );
    if (found) return found;
  }
  return null;
}
