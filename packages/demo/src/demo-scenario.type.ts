// Shapes of the demo scenario data (src/data): plain values the builder turns into ingest batches.
import type { DEMO_HOSTS } from './data/hosts.data';
import type { DEMO_MODELS } from './data/models.data';

export type DemoToolName = 'web_search' | 'retriever' | 'python_exec';

export type DemoEnv = 'prod' | 'staging';

export type DemoModel = {
  provider: 'openai' | 'anthropic';
  model: string;
};

type DemoModelKey = keyof typeof DEMO_MODELS;

export type DemoHost = {
  osName: string;
  osVersion: string;
  pythonVersion?: string;
  runtimeName?: string;
  runtimeVersion?: string;
  hostname: string;
  cpuInfo: Record<string, unknown>;
  gpuInfo: Record<string, unknown>[];
  diskInfo: Record<string, unknown>;
  memoryTotal: number;
  installedPackages: Record<string, string>;
};

type DemoHostKey = keyof typeof DEMO_HOSTS;

type DemoSource = { title: string; url: string; snippet: string };
type DemoDoc = { id: string; title: string; source: string; content: string };

type DemoToolFailure = { tool: DemoToolName; errorType: string; message: string; stackTrace: string };

export type DemoTurn = {
  question: string;
  /** Absent when the run failed before answering. */
  answer?: string;
  tools: DemoToolName[];
  query?: string;
  code?: string;
  stdout?: string;
  /** Runs the summarizer agent inside the first search or retrieval tool call. */
  summarize?: boolean;
  toolFailure?: DemoToolFailure;
  rateLimited?: boolean;
};

export type DemoSession = {
  userId: string;
  customer: string;
  env: DemoEnv;
  model: DemoModelKey;
  host: DemoHostKey;
  /** How long before now the conversation began. */
  hoursAgo: number;
  collection: string;
  sources: DemoSource[];
  docs: DemoDoc[];
  turns: DemoTurn[];
};

/** The agent build that served a session, by environment. */
export type DemoRelease = { agentVersion: string; promptTemplateVersion: string; channel: string };

export type DemoProject = { name: string; description: string; tags: string[]; metadata: Record<string, string> };
