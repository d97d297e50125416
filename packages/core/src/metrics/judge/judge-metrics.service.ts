import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ComputedMetric, type ConversationEntry, type DeclaredTool, relevantResponses } from '../trace-metrics.compute';
import { askJudge, type JudgeSettings } from './judge.client';

/** The prompt files in use; changing a prompt means a new file version, never an edit of this one. */
const JUDGE_PROMPT_VERSION = 'v1';
export const JUDGE_METRIC_NAMES = ['goal_fulfillment_rate', 'goal_decomposition_efficiency'] as const;
export type JudgeMetricName = (typeof JUDGE_METRIC_NAMES)[number];
export type PromptName = 'intent-identification' | 'thought-process' | 'goal-fulfillment-rate' | 'goal-decomposition-efficiency';

const PROMPTS_BY_METRIC: Record<JudgeMetricName, PromptName[]> = {
  goal_fulfillment_rate: ['intent-identification', 'goal-fulfillment-rate'],
  goal_decomposition_efficiency: ['intent-identification', 'thought-process', 'goal-decomposition-efficiency'],
};

const promptCache = new Map<string, string>();

/** Reads a versioned prompt template from judge/prompts (once per process). */
export function loadPrompt(name: PromptName, version = JUDGE_PROMPT_VERSION): string {
  const file = path.join(__dirname, 'prompts', `${name}.${version}.md`);
  let text = promptCache.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    promptCache.set(file, text);
  }
  return text;
}

/** Fills `{{placeholders}}`; a placeholder without a value throws, so a template and its caller cannot drift apart silently. */
export function renderPrompt(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`Prompt placeholder {{${key}}} has no value`);
    return values[key];
  });
}

/** What a judged metric reads besides the prompts: its answer can only change when one of these does. */
export type JudgeInputs = { conversation: ConversationEntry[]; tools: DeclaredTool[] };

/** The hash stored in a judged metric's config; an equal hash means the judge need not be asked again. */
export function judgeInputHash(name: JudgeMetricName, inputs: JudgeInputs, model: string, promptVersion = JUDGE_PROMPT_VERSION): string {
  const material = {
    metric: name,
    promptVersion,
    model,
    conversation: inputs.conversation,
    tools: name === 'goal_decomposition_efficiency' ? inputs.tools : undefined,
  };
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}

/** A judged metric with the timing of the judge calls that produced it. */
type JudgedMetric = ComputedMetric & { startTime: Date; endTime: Date };
export type JudgeRun = { results: JudgedMetric[]; failures: { name: JudgeMetricName; error: Error }[]; requests: number };

type Verdict = { ok: true; json: Record<string, unknown>; score: number } | { ok: false; error: string };

/** Reads a verdict; anything unusable becomes AgentNeo's fallback (score 0, the error as the reason) rather than a retry. */
export function parseVerdict(content: string): Verdict {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (e) {
    return { ok: false, error: `Error: the judge did not return valid JSON (${(e as Error).message})` };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: 'Error: the judge did not return a JSON object' };
  const raw = (json as Record<string, unknown>).score;
  const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(score)) return { ok: false, error: 'Error: the judge answer has no numeric score' };
  return { ok: true, json: json as Record<string, unknown>, score: Math.min(1, Math.max(0, score)) };
}

/** An intermediate answer (intent, plan): the named field when the judge followed the format, else its whole text. */
function textField(content: string, field: string): string {
  try {
    const json = JSON.parse(content) as Record<string, unknown>;
    const v = json?.[field];
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.map((x) => `- ${typeof x === 'string' ? x : JSON.stringify(x)}`).join('\n');
  } catch {
    // Not JSON: the text itself is the answer.
  }
  return content;
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? null : JSON.stringify(v));

/**
 * Runs AgentNeo's two judged metrics over a trace's conversation: goal_fulfillment_rate (intent,
 * then a verdict on the relevant responses) and goal_decomposition_efficiency (intent, the plan
 * pulled from the responses, then a verdict against the criteria). The intent is asked once for
 * both. A metric whose request fails is reported in `failures`; the other may still succeed.
 */
export async function runJudgeMetrics(
  judge: JudgeSettings,
  inputs: JudgeInputs,
  names: readonly JudgeMetricName[],
  opts: { fetch?: typeof fetch; now?: () => Date } = {},
): Promise<JudgeRun> {
  const now = opts.now ?? (() => new Date());
  const run: JudgeRun = { results: [], failures: [], requests: 0 };
  if (names.length === 0) return run;
  const ask = async (prompt: PromptName, values: Record<string, string>) => {
    run.requests++;
    return (await askJudge(judge, renderPrompt(loadPrompt(prompt), values), opts.fetch)).content;
  };
  const conversation = JSON.stringify(inputs.conversation, null, 2);
  const config = (name: JudgeMetricName) => ({
    model: judge.model,
    promptVersion: JUDGE_PROMPT_VERSION,
    prompts: PROMPTS_BY_METRIC[name],
    temperature: 0,
    inputHash: judgeInputHash(name, inputs, judge.model),
  });

  const started = now();
  let intent: string;
  try {
    intent = textField(await ask('intent-identification', { conversation }), 'intent');
  } catch (e) {
    for (const name of names) run.failures.push({ name, error: e as Error });
    return run;
  }

  const fulfillment = async (): Promise<JudgedMetric> => {
    const responses = relevantResponses(inputs.conversation);
    const content = await ask('goal-fulfillment-rate', { intent, relevant_responses: responses });
    const v = parseVerdict(content);
    const base = {
      name: 'goal_fulfillment_rate',
      spanId: null,
      label: null,
      value: null,
      config: config('goal_fulfillment_rate'),
      startTime: started,
      endTime: now(),
    };
    if (!v.ok)
      return {
        ...base,
        score: 0,
        reason: v.error,
        resultDetail: { inputGoal: intent, relevantResponses: responses, score: 0, reason: v.error, rawAnswer: content },
      };
    const reason = str(v.json.explanation ?? v.json.reason);
    return { ...base, score: v.score, reason, resultDetail: { inputGoal: intent, relevantResponses: responses, score: v.score, reason, judge: v.json } };
  };

  const decomposition = async (): Promise<JudgedMetric> => {
    const plan = textField(await ask('thought-process', { conversation, intent }), 'plan');
    const tools = JSON.stringify({ tools: inputs.tools }, null, 2);
    const content = await ask('goal-decomposition-efficiency', { task: intent, subtasks: plan, tools_executed: conversation, tool_descriptions: tools });
    const v = parseVerdict(content);
    const name = 'goal_decomposition_efficiency';
    const base = { name, spanId: null, label: null, value: null, config: config(name), startTime: started, endTime: now() };
    if (!v.ok) return { ...base, score: 0, reason: v.error, resultDetail: { score: 0, reason: v.error, intent, thoughtProcess: plan, rawAnswer: content } };
    const reason = str(v.json.reason ?? v.json.explanation);
    const detail = {
      originalGoal: v.json.originalGoal ?? null,
      subtasks: v.json.subtasks ?? null,
      score: v.score,
      reason,
      intent,
      thoughtProcess: plan,
      judge: v.json,
    };
    return { ...base, score: v.score, reason, resultDetail: detail };
  };

  const branches: Record<JudgeMetricName, () => Promise<JudgedMetric>> = { goal_fulfillment_rate: fulfillment, goal_decomposition_efficiency: decomposition };
  const settled = await Promise.allSettled(names.map((n) => branches[n]()));
  settled.forEach((s, i) => (s.status === 'fulfilled' ? run.results.push(s.value) : run.failures.push({ name: names[i], error: s.reason as Error })));
  return run;
}
