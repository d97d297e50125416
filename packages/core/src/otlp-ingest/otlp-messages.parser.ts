import { asObject, parseMaybeJson } from './otlp-attributes.util';

// Every convention's chat messages, normalised to one model the UI renders:
// { role, content, tool_calls?, tool_call_id?, name?, finish_reason? }, where content is a string
// (text only), an array of parts (`{ type: 'text', text }`, `{ type: 'reasoning', text }` and any
// other part kept as sent), or null (a message that only calls tools).

export type ToolCallRequest = { id?: string; name: string; arguments: unknown };

export type ChatMessage = {
  role: string;
  content: string | unknown[] | null;
  tool_calls?: ToolCallRequest[];
  tool_call_id?: string;
  name?: string;
  finish_reason?: string;
};

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Parts → content: one string when every part is text, else the parts (text parts as `{type:'text', text}`). */
function contentOf(parts: { type: string; text?: string; [k: string]: unknown }[]): string | unknown[] | null {
  if (parts.length === 0) return null;
  if (parts.every((p) => p.type === 'text' && typeof p.text === 'string')) return parts.map((p) => p.text).join('\n');
  return parts;
}

function message(role: string, content: ChatMessage['content'], extra: Partial<ChatMessage> = {}): ChatMessage {
  const m: ChatMessage = { role, content };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) (m as Record<string, unknown>)[k] = v;
  return m;
}

// --- OTel GenAI semconv (gen_ai.input.messages / gen_ai.output.messages / gen_ai.system_instructions)

/** `[{ role, parts: [{type:'text', content} | {type:'tool_call', id, name, arguments} | ...], finish_reason? }]`. */
export function fromSemconvMessages(value: unknown, systemInstructions?: unknown): ChatMessage[] | undefined {
  const list = parseMaybeJson(value);
  const system = parseMaybeJson(systemInstructions);
  if (!Array.isArray(list) && system === undefined) return undefined;
  const out: ChatMessage[] = [];
  if (system !== undefined && system !== null) {
    const parts = Array.isArray(system) ? system : [system];
    out.push(message('system', contentOf(parts.map(semconvPart).filter((p) => p !== null))));
  }
  for (const raw of Array.isArray(list) ? list : []) {
    const m = asObject(raw);
    if (!m) continue;
    const parts: ReturnType<typeof semconvPart>[] = [];
    const toolCalls: ToolCallRequest[] = [];
    const responses: ChatMessage[] = [];
    for (const p of Array.isArray(m.parts) ? m.parts : []) {
      const part = asObject(p);
      if (part?.type === 'tool_call') toolCalls.push({ id: text(part.id), name: String(part.name ?? ''), arguments: parseMaybeJson(part.arguments) });
      else if (part?.type === 'tool_call_response') responses.push(message('tool', toolResult(part.response ?? part.result), { tool_call_id: text(part.id) }));
      else parts.push(semconvPart(p));
    }
    const kept = parts.filter((p) => p !== null);
    // A tool message is its responses; an assistant message may carry text and tool calls together.
    if (responses.length > 0 && kept.length === 0 && toolCalls.length === 0) {
      out.push(...responses);
      continue;
    }
    out.push(message(String(m.role ?? 'user'), contentOf(kept), { tool_calls: toolCalls, name: text(m.name), finish_reason: text(m.finish_reason) }));
    out.push(...responses);
  }
  return out;
}

function semconvPart(p: unknown): { type: string; text?: string; [k: string]: unknown } | null {
  if (typeof p === 'string') return { type: 'text', text: p };
  const part = asObject(p);
  if (!part) return null;
  if ((part.type === 'text' || part.type === 'reasoning' || part.type === undefined) && typeof part.content === 'string') {
    return { type: (part.type as string | undefined) ?? 'text', text: part.content };
  }
  return { ...part, type: String(part.type ?? 'unknown') };
}

function toolResult(v: unknown): string | unknown[] | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

// --- OpenInference (llm.input_messages.N.message.*, already unflattened)

/** `[{ message: { role, content | contents: [{message_content: {type, text}}], tool_calls: [{tool_call: {id, function: {name, arguments}}}], tool_call_id, name } }]`. */
export function fromOpenInferenceMessages(value: unknown): ChatMessage[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((raw) => {
    const m = asObject(asObject(raw)?.message);
    if (!m) return [];
    const contents = Array.isArray(m.contents)
      ? m.contents.map((c) => {
          const mc = asObject(asObject(c)?.message_content) ?? {};
          return mc.type === 'text' || typeof mc.text === 'string'
            ? { type: 'text', text: String(mc.text ?? '') }
            : { ...mc, type: String(mc.type ?? 'unknown') };
        })
      : undefined;
    const toolCalls = (Array.isArray(m.tool_calls) ? m.tool_calls : []).map((t) => {
      const tc = asObject(asObject(t)?.tool_call) ?? {};
      const fn = asObject(tc.function) ?? {};
      return { id: text(tc.id), name: String(fn.name ?? ''), arguments: parseMaybeJson(fn.arguments) };
    });
    const content = typeof m.content === 'string' ? m.content : contents ? contentOf(contents) : null;
    return [message(String(m.role ?? 'user'), content, { tool_calls: toolCalls, tool_call_id: text(m.tool_call_id), name: text(m.name) })];
  });
}

// --- OpenLLMetry (gen_ai.prompt.N.* / gen_ai.completion.N.*, already unflattened)

/** `[{ role, content, tool_calls: [{id, name, arguments}], tool_call_id, finish_reason }]`; content may be JSON of parts. */
export function fromOpenLlmetryMessages(value: unknown): ChatMessage[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((raw) => {
    const m = asObject(raw);
    if (!m) return [];
    const toolCalls = (Array.isArray(m.tool_calls) ? m.tool_calls : []).map((t) => {
      const tc = asObject(t) ?? {};
      return { id: text(tc.id), name: String(tc.name ?? ''), arguments: parseMaybeJson(tc.arguments) };
    });
    const fn = asObject(m.function_call);
    if (fn) toolCalls.push({ id: undefined, name: String(fn.name ?? ''), arguments: parseMaybeJson(fn.arguments) });
    return [
      message(String(m.role ?? 'user'), contentValue(m.content), {
        tool_calls: toolCalls,
        tool_call_id: text(m.tool_call_id),
        finish_reason: text(m.finish_reason),
      }),
    ];
  });
}

/** A content attribute: text, or JSON text of OpenAI-style parts (`[{type:'text', text}]`). */
function contentValue(v: unknown): string | unknown[] | null {
  if (v === undefined || v === null) return null;
  const parsed = typeof v === 'string' && v.trim().startsWith('[') ? parseMaybeJson(v) : v;
  if (Array.isArray(parsed) && parsed.every((p) => asObject(p)?.type !== undefined)) {
    return contentOf(parsed.map((p) => ({ ...(p as Record<string, unknown>), type: String((p as Record<string, unknown>).type) })));
  }
  return typeof v === 'string' ? v : JSON.stringify(v);
}

// --- Older GenAI semconv span events

type EventLike = { name?: string; attributes: Record<string, unknown> };

/**
 * Input and output messages from span events: `gen_ai.{system,user,assistant,tool}.message` and
 * `gen_ai.choice`, else `gen_ai.content.prompt` / `gen_ai.content.completion`.
 */
export function fromMessageEvents(events: EventLike[]): { input?: ChatMessage[]; output?: ChatMessage[]; inputSource: string; outputSource: string } {
  const input: ChatMessage[] = [];
  const output: ChatMessage[] = [];
  for (const e of events) {
    const a = e.attributes;
    // Some SDKs put the log body in one JSON attribute instead of one attribute per field.
    const body = asObject(parseMaybeJson(a['gen_ai.event.content'])) ?? a;
    const role = /^gen_ai\.(system|user|assistant|tool)\.message$/.exec(e.name ?? '')?.[1];
    if (role) {
      input.push(
        message(String(body.role ?? role), contentValue(parseMaybeJson(body.content)), {
          tool_calls: eventToolCalls(body.tool_calls),
          tool_call_id: text(body.id) ?? text(body.tool_call_id),
        }),
      );
    } else if (e.name === 'gen_ai.choice') {
      const m = asObject(parseMaybeJson(body.message)) ?? {};
      output.push(
        message(String(m.role ?? 'assistant'), contentValue(parseMaybeJson(m.content)), {
          tool_calls: eventToolCalls(m.tool_calls ?? body.tool_calls),
          finish_reason: text(body.finish_reason),
        }),
      );
    }
  }
  const prompt = events.find((e) => e.name === 'gen_ai.content.prompt')?.attributes['gen_ai.prompt'];
  const completion = events.find((e) => e.name === 'gen_ai.content.completion')?.attributes['gen_ai.completion'];
  return {
    input: input.length ? input : prompt !== undefined ? loose(prompt, 'user') : undefined,
    output: output.length ? output : completion !== undefined ? loose(completion, 'assistant') : undefined,
    inputSource: input.length ? 'events gen_ai.*.message' : 'event gen_ai.content.prompt',
    outputSource: output.length ? 'event gen_ai.choice' : 'event gen_ai.content.completion',
  };
}

/** `[{ id, type: 'function', function: { name, arguments } }]` as the older events carry tool calls. */
function eventToolCalls(v: unknown): ToolCallRequest[] | undefined {
  const list = parseMaybeJson(v);
  if (!Array.isArray(list)) return undefined;
  return list.map((t) => {
    const tc = asObject(t) ?? {};
    const fn = asObject(tc.function) ?? tc;
    return { id: text(tc.id), name: String(fn.name ?? ''), arguments: parseMaybeJson(fn.arguments) };
  });
}

/** A prompt or completion attribute: JSON messages (`[{role, content}]`), else one message of text. */
function loose(v: unknown, role: string): ChatMessage[] {
  const parsed = parseMaybeJson(v);
  if (Array.isArray(parsed) && parsed.every((m) => typeof asObject(m)?.role === 'string')) {
    return parsed.map((m) => {
      const o = asObject(m)!;
      return message(String(o.role), contentValue(o.content));
    });
  }
  return [message(role, typeof parsed === 'string' ? parsed : JSON.stringify(parsed))];
}

// --- Vercel AI SDK (ai.prompt.messages, ai.prompt)

/** `[{ role, content: string | [{type:'text', text} | {type:'tool-call', toolCallId, toolName, input|args} | {type:'tool-result', ...}] }]`. */
export function fromVercelMessages(value: unknown): ChatMessage[] | undefined {
  const list = parseMaybeJson(value);
  if (!Array.isArray(list)) return undefined;
  return list.flatMap((raw): ChatMessage[] => {
    const m = asObject(raw);
    if (!m) return [];
    const role = String(m.role ?? 'user');
    if (typeof m.content === 'string') return [message(role, m.content)];
    const parts: { type: string; text?: string; [k: string]: unknown }[] = [];
    const toolCalls: ToolCallRequest[] = [];
    const results: ChatMessage[] = [];
    for (const p of Array.isArray(m.content) ? m.content : []) {
      const part = asObject(p);
      if (!part) continue;
      if (part.type === 'tool-call') toolCalls.push({ id: text(part.toolCallId), name: String(part.toolName ?? ''), arguments: part.input ?? part.args });
      else if (part.type === 'tool-result') {
        results.push(message('tool', toolResult(vercelOutput(part.output ?? part.result)), { tool_call_id: text(part.toolCallId), name: text(part.toolName) }));
      } else if ((part.type === 'text' || part.type === 'reasoning') && typeof part.text === 'string') parts.push({ type: part.type, text: part.text });
      else parts.push({ ...part, type: String(part.type ?? 'unknown') });
    }
    if (results.length > 0 && parts.length === 0 && toolCalls.length === 0) return results;
    return [message(role, contentOf(parts), { tool_calls: toolCalls }), ...results];
  });
}

/** AI SDK ≥ 5 wraps tool outputs as `{ type: 'json' | 'text' | ..., value }`. */
function vercelOutput(v: unknown): unknown {
  const o = asObject(v);
  return o && typeof o.type === 'string' && 'value' in o ? o.value : v;
}

/** `ai.prompt`: `{ system?, prompt?, messages? }` as messages. */
export function fromVercelPrompt(value: unknown): ChatMessage[] | undefined {
  const p = asObject(parseMaybeJson(value));
  if (!p) return undefined;
  const out: ChatMessage[] = [];
  if (typeof p.system === 'string') out.push(message('system', p.system));
  if (typeof p.prompt === 'string') out.push(message('user', p.prompt));
  else if (Array.isArray(p.prompt)) out.push(...(fromVercelMessages(p.prompt) ?? []));
  if (Array.isArray(p.messages)) out.push(...(fromVercelMessages(p.messages) ?? []));
  return out.length ? out : undefined;
}

/** `ai.response.toolCalls`: `[{ toolCallType, toolCallId, toolName, args | input }]`. */
export function fromVercelToolCalls(value: unknown): ToolCallRequest[] | undefined {
  const list = parseMaybeJson(value);
  if (!Array.isArray(list)) return undefined;
  return list.map((t) => {
    const tc = asObject(t) ?? {};
    return { id: text(tc.toolCallId), name: String(tc.toolName ?? ''), arguments: parseMaybeJson(tc.input ?? tc.args) };
  });
}
