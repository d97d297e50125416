import { ChatCompletionError, postChatCompletion } from '../../common/chat-completions.client';

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
  try {
    const answer = await postChatCompletion(
      { baseUrl: judge.baseUrl, apiKey: judge.apiKey, timeoutMs: judge.timeoutMs },
      { model: judge.model, temperature: 0, response_format: { type: 'json_object' }, messages: [{ role: 'user', content: prompt }] },
      fetchFn,
    );
    return { content: answer.content, model: answer.model, usage: answer.rawUsage };
  } catch (e) {
    if (!(e instanceof ChatCompletionError)) throw e;
    if (e.timedOut) throw new JudgeTimeoutError(`The judge did not answer within ${judge.timeoutMs} ms`, { cause: e });
    if (e.status !== null) throw new JudgeUnavailableError(`The judge answered ${e.message}`, { cause: e });
    throw new JudgeUnavailableError(`The judge request failed: ${e.message.replace(/^the request failed: /, '')}`, { cause: e });
  }
}
