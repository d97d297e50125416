// One run of a small research agent as an ingest batch, for the tests that compare two runs
// (compareTraces through the API and the compare page in the browser).
import type { IngestBatchInput } from '../gql/graphql';

const at = (ms: number) => new Date(Date.UTC(2026, 11, 6, 10) + ms).toISOString();

/** A planner with an LLM call (gpt-4o) and a search, and optionally a second search; `ms` is the run's duration. */
export function researchRun(projectId: string, o: { answer: string; tokens: number; query: string; secondSearch: boolean; ms: number }) {
  const uuid = () => crypto.randomUUID();
  const trace = uuid();
  const planner = uuid();
  const batch: IngestBatchInput = {
    projectId,
    traces: [{ id: trace, name: 'research', startTime: at(0), endTime: at(o.ms) }],
    agentCalls: [{ id: planner, traceId: trace, name: 'planner', startTime: at(0), endTime: at(o.ms) }],
    llmCalls: [
      {
        id: uuid(),
        traceId: trace,
        parentId: planner,
        model: 'gpt-4o',
        promptTokens: o.tokens,
        completionTokens: 50,
        startTime: at(10),
        endTime: at(o.ms / 2),
        outputs: { answer: o.answer },
      },
    ],
    toolCalls: [
      { id: uuid(), traceId: trace, parentId: planner, name: 'search', startTime: at(o.ms / 2 + 1), endTime: at(o.ms - 10), inputs: { q: o.query } },
      ...(o.secondSearch
        ? [{ id: uuid(), traceId: trace, parentId: planner, name: 'search', startTime: at(o.ms - 5), endTime: at(o.ms - 1), inputs: { q: 'more' } }]
        : []),
    ],
  };
  return { trace, batch };
}
