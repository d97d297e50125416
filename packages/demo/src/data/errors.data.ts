// The provider limit the rate-limited turn runs into, and the stack its SDK reports.

export const RATE_LIMIT = { organization: 'org-demo', tokensPerMinute: 30_000 };

export const RATE_LIMIT_STACK_FRAMES = [
  '    at APIError.generate (/app/node_modules/openai/error.js:63:20)',
  '    at OpenAI.makeStatusError (/app/node_modules/openai/core.js:293:33)',
  '    at OpenAI.makeRequest (/app/node_modules/openai/core.js:337:30)',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)',
  '    at async plan (/app/dist/agents/orchestrator.js:48:22)',
];
