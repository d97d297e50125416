/** An OpenAI-compatible endpoint: where it is, its key (if it takes one) and how long to wait. */
export type ChatEndpoint = { baseUrl: string; apiKey: string | undefined | null; timeoutMs: number };

/** One message of a chat request. */
export type ChatMessage = { role: string; content: string };

/** What a non-streaming chat completion answered: its text, the model named, the token usage. */
export type ChatAnswer = {
  content: string;
  model: string | null;
  usage: { promptTokens: number | null; completionTokens: number | null; totalTokens: number | null } | null;
  rawUsage: unknown;
};

/**
 * The endpoint could not give an answer. `retryable` is true for what may pass on a second try
 * (network errors, timeouts, HTTP 429 and 5xx) and false for what will not (other 4xx, a body that
 * is not a chat completion).
 */
export class ChatCompletionError extends Error {
  override name = 'ChatCompletionError';
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status: number | null = null,
    readonly timedOut = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * POSTs one non-streaming request to {baseUrl}/chat/completions and returns the first choice's
 * text. Shared by the LLM judge and experiments, so both speak the protocol the same way.
 */
export async function postChatCompletion(endpoint: ChatEndpoint, body: Record<string, unknown>, fetchFn: typeof fetch = fetch): Promise<ChatAnswer> {
  const url = `${endpoint.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (endpoint.apiKey) headers.authorization = `Bearer ${endpoint.apiKey}`;
  const controller = new AbortController();
  // One deadline for the whole exchange, body included: a server that sends headers and then stalls is as stuck as a silent one.
  const timer = setTimeout(() => controller.abort(), endpoint.timeoutMs);
  try {
    const res = await fetchFn(url, { method: 'POST', headers, body: JSON.stringify(body), signal: controller.signal });
    const text = await res.text();
    if (!res.ok) {
      const retryable = res.status === 429 || res.status >= 500 || res.status === 408;
      throw new ChatCompletionError(`HTTP ${res.status}: ${text.slice(0, 300)}`, retryable, res.status);
    }
    let parsed: { model?: unknown; usage?: Record<string, unknown>; choices?: { message?: { content?: unknown } }[] };
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ChatCompletionError(`a body that is not JSON: ${text.slice(0, 300)}`, false, res.status);
    }
    const content = parsed?.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new ChatCompletionError('no choices[0].message.content in the answer', false, res.status);
    const u = parsed.usage;
    return {
      content,
      model: typeof parsed.model === 'string' ? parsed.model : null,
      usage: u ? { promptTokens: num(u.prompt_tokens), completionTokens: num(u.completion_tokens), totalTokens: num(u.total_tokens) } : null,
      rawUsage: u ?? null,
    };
  } catch (e) {
    if (controller.signal.aborted) throw new ChatCompletionError(`no answer within ${endpoint.timeoutMs} ms`, true, null, true, { cause: e });
    if (e instanceof ChatCompletionError) throw e;
    throw new ChatCompletionError(`the request failed: ${e instanceof Error ? e.message : String(e)}`, true, null, false, { cause: e });
  } finally {
    clearTimeout(timer);
  }
}
