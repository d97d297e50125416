// The project the demo loads into, and the agent builds that produced its traces.
import type { DemoEnv, DemoProject, DemoRelease } from '../demo-scenario.type';

export const DEMO_PROJECT: DemoProject = {
  name: 'Demo: research assistant',
  description: 'Sample traces of a multi-agent research assistant, loaded by `pnpm demo`. Safe to delete.',
  tags: ['demo'],
  metadata: { source: 'sextant-demo', generator: 'packages/demo' },
};

// Staging runs the next release candidate, which users reach from Slack.
export const DEMO_RELEASES: Record<DemoEnv, DemoRelease> = {
  prod: { agentVersion: '1.4.2', promptTemplateVersion: 'planner-v7', channel: 'web' },
  staging: { agentVersion: '1.5.0-rc.1', promptTemplateVersion: 'planner-v8', channel: 'slack' },
};
