// The LLM judge that scores goal fulfilment on the demo traces.

export const GOAL_JUDGE_CONFIG = {
  judge: { provider: 'openai', model: 'gpt-4o-mini', temperature: 0 },
  rubricVersion: 'goal-v3',
  threshold: 0.7,
};
