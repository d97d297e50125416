/** A tool call a model asked for; `arguments` is the JSON text the model wrote. */
export type ChatToolCall = { id?: string; name: string; arguments: string };

/**
 * A message as the span panel shows it, whatever shape the client sent. A tool's result is a message
 * of role `tool` naming the call it answers (`toolCallId`), as OpenAI sends it; Anthropic's tool_result
 * blocks and LangChain's ToolMessage are read into the same shape.
 */
export type ChatMessage = { role: string; content: string; name?: string; toolCalls: ChatToolCall[]; toolCallId?: string; isError?: boolean };

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
          if (part.type === 'tool_result' || part.type === 'tool_use') return '';
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
    calls.push({ ...idOf(c.id), name: String(fn.name ?? ''), arguments: typeof args === 'string' ? args : JSON.stringify(args) });
  }
  // Anthropic: tool_use blocks in the content.
  if (Array.isArray(m.content)) {
    for (const part of m.content) {
      if (isObj(part) && part.type === 'tool_use') calls.push({ ...idOf(part.id), name: String(part.name ?? ''), arguments: JSON.stringify(part.input ?? {}) });
    }
  }
  return calls;
}

const idOf = (id: unknown): { id?: string } => (typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {});

/** One message from its role and fields (OpenAI's, or LangChain's kwargs/data), split when it carries tool results. */
function build(role: string, m: Obj): ChatMessage[] {
  const name = typeof m.name === 'string' ? { name: m.name } : {};
  // A tool's answer: OpenAI { role: 'tool', tool_call_id }, LangChain ToolMessage { tool_call_id }.
  if (role === 'tool' || role === 'function') {
    return [{ role: 'tool', content: text(m.content), ...name, toolCalls: [], ...callId(m.tool_call_id), ...(m.status === 'error' ? { isError: true } : {}) }];
  }
  const out: ChatMessage[] = [];
  // Anthropic puts tool results in a user message as tool_result blocks: each becomes a tool message.
  if (Array.isArray(m.content)) {
    for (const part of m.content) {
      if (isObj(part) && part.type === 'tool_result') {
        out.push({ role: 'tool', content: text(part.content), toolCalls: [], ...callId(part.tool_use_id), ...(part.is_error ? { isError: true } : {}) });
      }
    }
  }
  const content = text(m.content);
  const calls = toolCalls(m);
  if (content || calls.length || out.length === 0) out.push({ role, content, ...name, toolCalls: calls });
  return out;
}

const callId = (id: unknown): { toolCallId?: string } => (typeof id === 'string' || typeof id === 'number' ? { toolCallId: String(id) } : {});

function message(v: unknown): ChatMessage[] | null {
  if (!isObj(v)) return null;
  // LangChain serialized: { lc: 1, type: 'constructor', id: [..., 'HumanMessage'], kwargs: { content } }.
  if (v.lc !== undefined && Array.isArray(v.id) && isObj(v.kwargs)) {
    const role = LANGCHAIN_ROLES[String(v.id[v.id.length - 1])];
    return role ? build(role, v.kwargs) : null;
  }
  // LangChain's dict form: { type: 'human', data: { content } }.
  if (typeof v.type === 'string' && isObj(v.data) && LANGCHAIN_ROLES[v.type]) return build(LANGCHAIN_ROLES[v.type], v.data);
  if (typeof v.role === 'string' && ('content' in v || 'tool_calls' in v)) return build(v.role, v);
  if (typeof v.type === 'string' && LANGCHAIN_ROLES[v.type] && 'content' in v) return build(LANGCHAIN_ROLES[v.type], v);
  // Gemini: { role: 'user' | 'model', parts: [{ text } | { functionCall } | { functionResponse }] }.
  if (Array.isArray(v.parts)) return gemini(v);
  return null;
}

function gemini(v: Obj): ChatMessage[] {
  const parts = (v.parts as unknown[]).filter(isObj);
  const role = v.role === 'model' ? 'assistant' : typeof v.role === 'string' ? v.role : 'user';
  const out: ChatMessage[] = [];
  const content = parts
    .map((p) => (typeof p.text === 'string' ? p.text : ''))
    .filter(Boolean)
    .join('\n');
  const calls = parts
    .map((p) => p.functionCall)
    .filter(isObj)
    .map((c) => ({ name: String(c.name ?? ''), arguments: JSON.stringify(c.args ?? {}) }));
  if (content || calls.length) out.push({ role, content, toolCalls: calls });
  for (const p of parts) {
    if (isObj(p.functionResponse)) {
      out.push({ role: 'tool', content: JSON.stringify(p.functionResponse.response ?? {}), name: String(p.functionResponse.name ?? ''), toolCalls: [] });
    }
  }
  return out;
}

function list(v: unknown): ChatMessage[] | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  // LangChain's chat model inputs are batches: [[messages]]; the first prompt is the one a span ran.
  const flat = Array.isArray(v[0]) ? v[0] : v;
  const out: ChatMessage[] = [];
  for (const item of flat) {
    const m = message(item);
    if (!m) return null;
    out.push(...m);
  }
  return out;
}

/** Anthropic's system prompt sits beside the messages, a string or text blocks: shown as the first message. */
function withSystem(value: Obj, messages: ChatMessage[]): ChatMessage[] {
  const system = value.system ?? value.systemInstruction;
  if (system === undefined || system === null) return messages;
  const content = isObj(system) && Array.isArray(system.parts) ? text(system.parts) : text(system);
  return content ? [{ role: 'system', content, toolCalls: [] }, ...messages] : messages;
}

/**
 * The chat messages in an LLM span's inputs or outputs, or null when the value is not a messages list
 * (then the panel shows JSON). Reads OpenAI (messages, choices, tool results), Anthropic (system prompt,
 * content blocks, tool_use and tool_result, a response with role and content), LangChain (serialized and
 * dict messages, ToolMessage, generations), Gemini (contents with parts) and a bare list.
 */
export function chatMessages(value: unknown): ChatMessage[] | null {
  const direct = list(value) ?? message(value);
  if (direct) return direct;
  if (!isObj(value)) return null;
  for (const key of ['messages', 'contents', 'prompt', 'input']) {
    const found = list(value[key]);
    if (found) return withSystem(value, found);
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
