// The models the demo agents call; sessions name them by key.
import type { DemoModel } from '../demo-scenario.type';

export const DEMO_MODELS = {
  sonnet: { provider: 'anthropic', model: 'claude-sonnet-4-5-20250929' },
  gpt4o: { provider: 'openai', model: 'gpt-4o' },
  mini: { provider: 'openai', model: 'gpt-4o-mini' },
} as const satisfies Record<string, DemoModel>;

/** The model the summarizer agent runs on, whatever model the session's orchestrator uses. */
export const SUMMARIZER_MODEL: DemoModel = DEMO_MODELS.mini;
