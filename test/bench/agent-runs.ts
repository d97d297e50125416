// The traces the ingestion benchmarks send: support-agent runs (a root agent with LLM and tool calls
// and a nested research agent), seeded so that every path of a run stores the same content.
import { mulberry32 } from '../support/random';
import type { RunType } from '../gql/graphql';
import { uuidv7 } from './bench-kit';

type Kind = 'agent' | 'llm' | 'tool';

export type Span = {
  kind: Kind;
  id: string;
  traceId: string;
  parentId: string | null;
  runType: Lowercase<RunType>;
  name: string;
  start: Date;
  end: Date;
  inputs: unknown;
  outputs: unknown;
  metadata: Record<string, unknown>;
  tags: string[];
  provider?: string;
  model?: string;
  promptTokens?: number;
  completionTokens?: number;
  temperature?: number;
  llmCallId?: string;
};

export type Trace = {
  id: string;
  name: string;
  start: Date;
  end: Date;
  userId: string;
  sessionId: string;
  agentVersion: string;
  modelName: string;
  inputs: unknown;
  outputs: unknown;
  tags: string[];
  metadata: Record<string, unknown>;
  spans: Span[];
};

export type Batch = { traces: Trace[]; spanCount: number };

const WORDS = (
  'the order refund shipment customer account invoice policy warranty delivery address payment card ' +
  'status tracking number please check whether we can update cancel return item within days business ' +
  'support ticket agent summary details according to our records your request has been processed and ' +
  'a confirmation email will follow shortly if you have any further questions let me know'
).split(' ');
const SYSTEM_PROMPT =
  'You are a helpful customer-support agent for an online store. Answer concisely, cite the policy ' +
  'documents you used, never invent order data, and escalate to a human when the customer is upset.';
const MODELS = [
  { model: 'gpt-4o', provider: 'openai' },
  { model: 'claude-sonnet-4-5', provider: 'anthropic' },
] as const;
const REGIONS = ['eu-west-1', 'us-east-1', 'ap-southeast-2'];

type Gen = {
  rnd: () => number;
  int(min: number, max: number): number;
  pick<T>(xs: readonly T[]): T;
  text(minWords: number, maxWords: number): string;
};

// Seeded so that both paths store the same content (only the ids differ) and their rows can be compared.
function generator(seed: number): Gen {
  const rnd = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const text = (minWords: number, maxWords: number) => {
    const n = int(minWords, maxWords);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(pick(WORDS));
    return `${words.join(' ')}.`;
  };
  return { rnd, int, pick, text };
}

/**
 * One agent run shaped like a support agent: a root agent with LLM and tool calls and a nested
 * research agent (9 to 12 spans, about 10.7). Spans are listed parents first, so cutting the list
 * short (the last trace of a run) still leaves a consistent tree.
 */
function generateTrace(g: Gen, index: number, startMs: number): Trace {
  const traceId = uuidv7();
  const main = g.pick(MODELS);
  const sub = g.rnd() < 0.5 ? main : g.pick(MODELS);
  const question = `Order #${100000 + index}: ${g.text(20, 35)}`;
  const spans: Span[] = [];
  let cursor = startMs;
  const metadata = (step: string) => ({ env: 'bench', region: REGIONS[index % REGIONS.length], step, requestId: `req-${index}-${spans.length}` });
  const tags = (...extra: string[]) => ['bench', 'support', ...extra];

  const llm = (parent: Span, name: string, m: (typeof MODELS)[number]): Span => {
    const start = cursor + g.int(1, 20);
    const end = start + g.int(300, 4000);
    cursor = end;
    const span: Span = {
      kind: 'llm',
      id: uuidv7(),
      traceId,
      parentId: parent.id,
      runType: 'llm',
      name,
      start: new Date(start),
      end: new Date(end),
      inputs: {
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: question },
        ],
      },
      outputs: { choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: g.text(30, 60) } }] },
      metadata: metadata(name),
      tags: tags(m.model),
      provider: m.provider,
      model: m.model,
      promptTokens: g.int(200, 4000),
      completionTokens: g.int(20, 800),
      temperature: 0.2,
    };
    spans.push(span);
    return span;
  };
  const tool = (parent: Span, name: string, runType: 'tool' | 'retriever', llmCall: Span): Span => {
    const start = cursor + g.int(1, 10);
    const end = start + g.int(5, 600);
    cursor = end;
    const span: Span = {
      kind: 'tool',
      id: uuidv7(),
      traceId,
      parentId: parent.id,
      runType,
      name,
      start: new Date(start),
      end: new Date(end),
      inputs: { query: g.text(6, 14), top_k: 3 },
      outputs: {
        documents: [
          { id: `doc-${g.int(1, 9999)}`, title: g.text(3, 6), snippet: g.text(15, 30) },
          { id: `doc-${g.int(1, 9999)}`, title: g.text(3, 6), snippet: g.text(10, 20) },
        ],
      },
      metadata: metadata(name),
      tags: tags(runType),
      llmCallId: llmCall.id,
    };
    spans.push(span);
    return span;
  };
  const agent = (parent: Span | null, name: string, body: (self: Span) => void): Span => {
    const span: Span = {
      kind: 'agent',
      id: uuidv7(),
      traceId,
      parentId: parent?.id ?? null,
      runType: parent ? 'chain' : 'agent',
      name,
      start: new Date(cursor),
      end: new Date(cursor),
      inputs: { input: question, chat_history: [] },
      outputs: null,
      metadata: metadata(name),
      tags: tags('agent'),
    };
    spans.push(span);
    body(span);
    span.end = new Date(cursor + g.int(1, 5));
    cursor = span.end.getTime();
    span.outputs = { output: g.text(25, 45) };
    return span;
  };

  const root = agent(null, 'support-agent', (self) => {
    const plan = llm(self, 'plan', main);
    tool(self, 'search_docs', 'retriever', plan);
    if (g.rnd() < 0.7) tool(self, 'lookup_order', 'tool', plan);
    agent(self, 'research-subagent', (subAgent) => {
      const reason = llm(subAgent, 'research.reason', sub);
      tool(subAgent, 'web_fetch', 'tool', reason);
      if (g.rnd() < 0.5) tool(subAgent, 'web_fetch', 'tool', reason);
      llm(subAgent, 'research.summarize', sub);
    });
    const draft = llm(self, 'draft_answer', main);
    if (g.rnd() < 0.5) tool(self, 'policy_check', 'tool', draft);
    llm(self, 'final_answer', main);
  });

  return {
    id: traceId,
    name: 'support-agent',
    start: root.start,
    end: root.end,
    userId: `user-${index % 997}`,
    sessionId: `session-${Math.floor(index / 3)}`,
    agentVersion: '1.4.2',
    modelName: main.model,
    inputs: { question },
    outputs: root.outputs,
    tags: ['bench', 'support'],
    metadata: { env: 'bench', channel: g.pick(['web', 'email', 'chat']) },
    spans,
  };
}

/** Exactly `total` spans as whole traces, packed into batches of at most `batchSize` spans. */
export function generateBatches(seed: number, total: number, batchSize: number, baseMs: number): Batch[] {
  const g = generator(seed);
  const batches: Batch[] = [];
  let current: Batch = { traces: [], spanCount: 0 };
  let produced = 0;
  for (let i = 0; produced < total; i++) {
    const trace = generateTrace(g, i, baseMs + i * 1000);
    trace.spans = trace.spans.slice(0, Math.min(trace.spans.length, total - produced, batchSize));
    trace.end = trace.spans.reduce((max, s) => (s.end > max ? s.end : max), trace.spans[0].end);
    produced += trace.spans.length;
    if (current.spanCount + trace.spans.length > batchSize) {
      batches.push(current);
      current = { traces: [], spanCount: 0 };
    }
    current.traces.push(trace);
    current.spanCount += trace.spans.length;
  }
  if (current.spanCount) batches.push(current);
  return batches;
}
