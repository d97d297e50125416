/** Where the LLM judge lives and how long to wait for it; the same shape as Config['judge']. */
export type JudgeSettings = { baseUrl: string | undefined; apiKey: string | undefined; model: string; timeoutMs: number };

/** The judge could not be asked (network, HTTP status, protocol): the metric failed and the job should be retried. */
export class JudgeUnavailableError extends Error {
  override name = 'JudgeUnavailableError';
}

/** The judge did not answer within timeoutMs. */
export class JudgeTimeoutError extends JudgeUnavailableError {
  override name = 'JudgeTimeoutError';
}

export type JudgeAnswer = { content: string; model: string | null; usage: unknown };

/**
 * Sends one prompt to an OpenAI-compatible chat-completions endpoint, asking for a JSON object at
 * temperature 0, and returns the answer's text. Parsing the text is the caller's business: a
 * malformed verdict is a result (score 0), while a failed request is an error to retry.
 */
export async function askJudge(judge: JudgeSettings, prompt: string, fetchFn: typeof fetch = fetch): Promise<JudgeAnswer> {
  if (!judge.baseUrl) throw new JudgeUnavailableError('No judge is configured (JUDGE_BASE_URL)');
  const url = `${judge.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (judge.apiKey) headers.authorization = `Bearer ${judge.apiKey}`;
  const body = JSON.stringify({
    model: judge.model,
    temperature: 0,
    response_format: { type: 'json_object' },
    messages: [{ role: 'user', content: prompt }],
  });
  const controller = new AbortController();
  // One deadline for the whole exchange, body included: a server that sends headers and then stalls is as stuck as a silent one.
  const timer = setTimeout(() => controller.abort(), judge.timeoutMs);
  try {
    const res = await fetchFn(url, { method: 'POST', headers, body, signal: controller.signal });
    const text = await res.text();
    if (!res.ok) throw new JudgeUnavailableError(`The judge answered HTTP ${res.status}: ${text.slice(0, 300)}`);
    let parsed: { model?: unknown; usage?: unknown; choices?: { message?: { content?: unknown } }[] };
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new JudgeUnavailableError(`The judge answered a body that is not JSON: ${text.slice(0, 300)}`);
    }
    const content = parsed?.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new JudgeUnavailableError('The judge answer has no choices[0].message.content');
    return { content, model: typeof parsed.model === 'string' ? parsed.model : null, usage: parsed.usage ?? null };
  } catch (e) {
    if (controller.signal.aborted) throw new JudgeTimeoutError(`The judge did not answer within ${judge.timeoutMs} ms`, { cause: e });
    if (e instanceof JudgeUnavailableError) throw e;
    throw new JudgeUnavailableError(`The judge request failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  } finally {
    clearTimeout(timer);
  }
}
