import type { ConversationEntry } from '../trace-metrics.compute';
import { askJudge, JudgeTimeoutError, JudgeUnavailableError, type JudgeSettings } from './judge.client';
import { judgeInputHash, type JudgeInputs, loadPrompt, parseVerdict, type PromptName, renderPrompt, runJudgeMetrics } from './judge-metrics.service';

const judge: JudgeSettings = { baseUrl: 'http://judge.test/v1/', apiKey: 'sk-test', model: 'judge-model', timeoutMs: 200 };
const conversation: ConversationEntry[] = [
  { function_name: 'gpt-4o', input: 'Find flights to Tokyo', response: 'I will search flights, then compare prices.' },
  { function_name: 'flight_search', input: { to: 'TYO' }, response: { cheapest: 640 } },
];
const inputs: JudgeInputs = { conversation, tools: [{ name: 'flight_search', description: 'Searches flights' }] };

type Call = { url: string; init: RequestInit; body: any; prompt: string };
const chat = (content: string) =>
  new Response(
    JSON.stringify({
      id: 'x',
      object: 'chat.completion',
      model: 'judge-model',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { total_tokens: 1 },
    }),
    {
      status: 200,
      headers: { 'content-type': 'application/json' },
    },
  );

/** A fetch that answers by which prompt it was sent, and records every request. */
function fakeJudge(answers: Partial<Record<PromptName, string | (() => Response | Promise<Response>)>>) {
  const calls: Call[] = [];
  const markers: [PromptName, string][] = [
    ['intent-identification', 'find what the user wanted'],
    ['thought-process', 'extract the plan'],
    ['goal-fulfillment-rate', 'fulfilled the user'],
    ['goal-decomposition-efficiency', 'broke a complex goal'],
  ];
  const fetchFn = (async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body));
    const prompt: string = body.messages[0].content;
    calls.push({ url, init, body, prompt });
    const which = markers.find(([, m]) => prompt.includes(m))?.[0];
    const answer = which ? answers[which] : undefined;
    if (answer === undefined) return new Response('no script', { status: 500 });
    return typeof answer === 'string' ? chat(answer) : answer();
  }) as unknown as typeof fetch;
  return { fetchFn, calls };
}

const happy = {
  'intent-identification': JSON.stringify({ intent: 'The user wants the cheapest flight to Tokyo.' }),
  'thought-process': JSON.stringify({ plan: ['Search flights', 'Compare prices'] }),
  'goal-fulfillment-rate': JSON.stringify({ score: 0.8, explanation: 'Found a cheap flight but no dates.' }),
  'goal-decomposition-efficiency': JSON.stringify({ originalGoal: 'Cheapest flight', subtasks: ['search', 'compare'], score: 0.7, reason: 'Sensible steps.' }),
};

describe('prompts', () => {
  it('loads every versioned prompt file, each asking for JSON', () => {
    for (const name of ['intent-identification', 'thought-process', 'goal-fulfillment-rate', 'goal-decomposition-efficiency'] as const) {
      const text = loadPrompt(name);
      expect(text).toMatch(/JSON/);
      expect(text).toMatch(/\{\{\w+\}\}/);
    }
    expect(() => loadPrompt('intent-identification', 'v999')).toThrow(/ENOENT/);
  });

  it('fills placeholders and refuses a missing one', () => {
    expect(renderPrompt('a {{x}} b {{ y }}', { x: '1', y: '$&2' })).toBe('a 1 b $&2');
    expect(() => renderPrompt('a {{x}} {{z}}', { x: '1' })).toThrow(/\{\{z\}\}/);
  });
});

describe('askJudge', () => {
  it('posts an OpenAI chat-completions request with the key, the model, temperature 0 and JSON mode', async () => {
    const { fetchFn, calls } = fakeJudge({ 'intent-identification': '{"intent":"x"}' });
    const answer = await askJudge(judge, 'find what the user wanted', fetchFn);
    expect(answer.content).toBe('{"intent":"x"}');
    expect(calls[0].url).toBe('http://judge.test/v1/chat/completions');
    expect(calls[0].init.method).toBe('POST');
    expect((calls[0].init.headers as Record<string, string>).authorization).toBe('Bearer sk-test');
    expect(calls[0].body).toEqual({
      model: 'judge-model',
      temperature: 0,
      response_format: { type: 'json_object' },
      messages: [{ role: 'user', content: 'find what the user wanted' }],
    });
    await askJudge({ ...judge, apiKey: undefined }, 'find what the user wanted', fetchFn);
    expect((calls[1].init.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it('turns HTTP errors and bodies without content into retryable errors', async () => {
    await expect(askJudge(judge, 'nothing scripted', fakeJudge({}).fetchFn)).rejects.toThrow(JudgeUnavailableError);
    const noContent = (async () => new Response(JSON.stringify({ choices: [] }), { status: 200 })) as unknown as typeof fetch;
    await expect(askJudge(judge, 'p', noContent)).rejects.toThrow(/choices\[0\]\.message\.content/);
  });

  it('gives up after timeoutMs with a JudgeTimeoutError', async () => {
    const hang = ((_: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as unknown as typeof fetch;
    const started = Date.now();
    await expect(askJudge({ ...judge, timeoutMs: 50 }, 'p', hang)).rejects.toThrow(JudgeTimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});

describe('parseVerdict', () => {
  it('clamps the score to [0, 1] and accepts a numeric string', () => {
    expect(parseVerdict('{"score": 7}')).toMatchObject({ ok: true, score: 1 });
    expect(parseVerdict('{"score": -0.5}')).toMatchObject({ ok: true, score: 0 });
    expect(parseVerdict('{"score": "0.25"}')).toMatchObject({ ok: true, score: 0.25 });
  });

  it('reports malformed JSON, non-objects and missing scores', () => {
    expect(parseVerdict('{score: 1')).toMatchObject({ ok: false, error: expect.stringMatching(/^Error: the judge did not return valid JSON \(/) });
    expect(parseVerdict('[1]')).toMatchObject({ ok: false });
    expect(parseVerdict('{"score": "high"}')).toEqual({ ok: false, error: 'Error: the judge answer has no numeric score' });
  });
});

describe('judgeInputHash', () => {
  it('changes with the conversation, the model and the prompt version; the tools only matter to decomposition', () => {
    const h = judgeInputHash('goal_fulfillment_rate', inputs, 'm');
    expect(judgeInputHash('goal_fulfillment_rate', { ...inputs }, 'm')).toBe(h);
    expect(judgeInputHash('goal_fulfillment_rate', { ...inputs, conversation: conversation.slice(1) }, 'm')).not.toBe(h);
    expect(judgeInputHash('goal_fulfillment_rate', inputs, 'm2')).not.toBe(h);
    expect(judgeInputHash('goal_fulfillment_rate', inputs, 'm', 'v2')).not.toBe(h);
    expect(judgeInputHash('goal_fulfillment_rate', { ...inputs, tools: [] }, 'm')).toBe(h);
    expect(judgeInputHash('goal_decomposition_efficiency', { ...inputs, tools: [] }, 'm')).not.toBe(
      judgeInputHash('goal_decomposition_efficiency', inputs, 'm'),
    );
  });
});

describe('runJudgeMetrics', () => {
  it("runs AgentNeo's steps, asking the intent once for both metrics", async () => {
    const { fetchFn, calls } = fakeJudge(happy);
    const run = await runJudgeMetrics(judge, inputs, ['goal_fulfillment_rate', 'goal_decomposition_efficiency'], { fetch: fetchFn });
    expect(run.failures).toEqual([]);
    expect(run.requests).toBe(4);
    expect(calls.filter((c) => c.prompt.includes('find what the user wanted'))).toHaveLength(1);

    const fulfillment = run.results.find((r) => r.name === 'goal_fulfillment_rate')!;
    expect(fulfillment).toMatchObject({ score: 0.8, value: null, reason: 'Found a cheap flight but no dates.', spanId: null });
    expect(fulfillment.resultDetail).toEqual({
      inputGoal: 'The user wants the cheapest flight to Tokyo.',
      relevantResponses: 'gpt-4o: I will search flights, then compare prices.\n\nflight_search: {"cheapest":640}',
      score: 0.8,
      reason: 'Found a cheap flight but no dates.',
      judge: { score: 0.8, explanation: 'Found a cheap flight but no dates.' },
    });
    expect(fulfillment.config).toEqual({
      model: 'judge-model',
      promptVersion: 'v1',
      prompts: ['intent-identification', 'goal-fulfillment-rate'],
      temperature: 0,
      inputHash: judgeInputHash('goal_fulfillment_rate', inputs, 'judge-model'),
    });
    // The intent and the relevant responses reached the verdict prompt.
    const verdictPrompt = calls.find((c) => c.prompt.includes('fulfilled the user'))!.prompt;
    expect(verdictPrompt).toContain('The user wants the cheapest flight to Tokyo.');
    expect(verdictPrompt).toContain('flight_search: {"cheapest":640}');

    const decomposition = run.results.find((r) => r.name === 'goal_decomposition_efficiency')!;
    expect(decomposition).toMatchObject({ score: 0.7, reason: 'Sensible steps.' });
    expect(decomposition.resultDetail).toMatchObject({
      originalGoal: 'Cheapest flight',
      subtasks: ['search', 'compare'],
      thoughtProcess: '- Search flights\n- Compare prices',
      intent: 'The user wants the cheapest flight to Tokyo.',
    });
    const decompositionPrompt = calls.find((c) => c.prompt.includes('broke a complex goal'))!.prompt;
    expect(decompositionPrompt).toContain('"description": "Searches flights"');
    expect(decompositionPrompt).toContain('- Compare prices');
    expect(decomposition.config).toMatchObject({ prompts: ['intent-identification', 'thought-process', 'goal-decomposition-efficiency'] });
  });

  it('gives score 0 with the parse error as reason for a malformed verdict, and keeps a plain-text intent', async () => {
    const { fetchFn } = fakeJudge({ ...happy, 'intent-identification': 'Cheapest flight, as prose.', 'goal-fulfillment-rate': 'not json at all' });
    const run = await runJudgeMetrics(judge, inputs, ['goal_fulfillment_rate'], { fetch: fetchFn });
    expect(run.failures).toEqual([]);
    const [m] = run.results;
    expect(m.score).toBe(0);
    expect(m.reason).toMatch(/^Error: the judge did not return valid JSON/);
    expect(m.resultDetail).toMatchObject({ inputGoal: 'Cheapest flight, as prose.', score: 0, reason: m.reason, rawAnswer: 'not json at all' });
  });

  it('reports a failed request per metric, keeping the other result', async () => {
    const { fetchFn } = fakeJudge({ ...happy, 'thought-process': undefined });
    const run = await runJudgeMetrics(judge, inputs, ['goal_fulfillment_rate', 'goal_decomposition_efficiency'], { fetch: fetchFn });
    expect(run.results.map((r) => r.name)).toEqual(['goal_fulfillment_rate']);
    expect(run.failures.map((f) => f.name)).toEqual(['goal_decomposition_efficiency']);
    expect(run.failures[0].error).toBeInstanceOf(JudgeUnavailableError);
  });

  it('fails every requested metric when the intent cannot be had', async () => {
    const { fetchFn, calls } = fakeJudge({ ...happy, 'intent-identification': () => new Response('overloaded', { status: 503 }) });
    const run = await runJudgeMetrics(judge, inputs, ['goal_fulfillment_rate', 'goal_decomposition_efficiency'], { fetch: fetchFn });
    expect(run.results).toEqual([]);
    expect(run.failures.map((f) => [f.name, f.error.message])).toEqual([
      ['goal_fulfillment_rate', 'The judge answered HTTP 503: overloaded'],
      ['goal_decomposition_efficiency', 'The judge answered HTTP 503: overloaded'],
    ]);
    expect(calls).toHaveLength(1);
  });

  it('asks nothing when no metric is requested', async () => {
    const { fetchFn, calls } = fakeJudge(happy);
    expect(await runJudgeMetrics(judge, inputs, [], { fetch: fetchFn })).toEqual({ results: [], failures: [], requests: 0 });
    expect(calls).toEqual([]);
  });

  it('records the timing of the judge calls', async () => {
    let t = 1000;
    const { fetchFn } = fakeJudge(happy);
    const run = await runJudgeMetrics(judge, inputs, ['goal_fulfillment_rate'], { fetch: fetchFn, now: () => new Date((t += 10)) });
    expect(run.results[0].startTime.getTime()).toBe(1010);
    expect(run.results[0].endTime.getTime()).toBe(1020);
  });
});
