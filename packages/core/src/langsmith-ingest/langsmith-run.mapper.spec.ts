import { assembleMultipartOps } from './langsmith-multipart.parser';
import { kindOfRunType, mapRun, type ResolvedRun, sessionIdOf, storedRunType } from './langsmith-run.mapper';
import { runUpdateSchema } from './langsmith.schemas';

const id = '0193a000-0000-7000-8000-000000000002';
const traceId = '0193a000-0000-7000-8000-000000000001';
const resolved = (run: Record<string, unknown>, over: Partial<ResolvedRun> = {}): ResolvedRun => ({
  op: 'post',
  run: runUpdateSchema.parse(run),
  id,
  kind: 'llm',
  runType: 'llm',
  traceId,
  parentId: traceId,
  isRoot: false,
  dottedOrder: undefined,
  startTime: new Date('2026-01-01T00:00:00Z'),
  ...over,
});

describe('run types', () => {
  it('maps LangSmith run types to span kinds, and chains with an agent role to agents', () => {
    expect(['llm', 'embedding', 'tool', 'retriever', 'chain', 'prompt', 'parser', 'bogus'].map(kindOfRunType)).toEqual([
      'llm',
      'llm',
      'tool',
      'tool',
      'agent',
      'agent',
      'agent',
      null,
    ]);
    expect(storedRunType('chain', { ls_agent_type: 'subagent' })).toBe('agent');
    expect(storedRunType('prompt', { ls_agent_type: 'root' })).toBe('prompt');
  });

  it('reads the session from session_id, thread_id or conversation_id, in that order', () => {
    expect(sessionIdOf({ thread_id: 't', conversation_id: 'c' })).toBe('t');
    expect(sessionIdOf({ session_id: 7, thread_id: 't' })).toBe('7');
    expect(sessionIdOf({ conversation_id: ' ' })).toBeUndefined();
  });
});

describe('mapRun', () => {
  it('maps usage_metadata, model metadata and costs of an LLM run, dropping hints that would fail validation', () => {
    const { span, trace, error } = mapRun(
      resolved({
        extra: {
          metadata: { ls_provider: 'openai', ls_max_tokens: 100, ls_stop: ['\n'], thread_id: 'th' },
          invocation_params: { model: 'gpt-4o', top_p: 3, temperature: -1 },
        },
        outputs: {
          usage_metadata: {
            input_tokens: 100,
            output_tokens: 20,
            total_tokens: 120,
            input_token_details: { cache_read: 30, cache_creation: 5, audio: 'n/a' },
            output_token_details: { reasoning: 7 },
            input_cost: 0.1,
            output_cost: 0.2,
          },
        },
      }),
    );
    expect(span.kind).toBe('llm');
    expect(span.input).toMatchObject({
      model: 'gpt-4o',
      provider: 'openai',
      promptTokens: 100,
      completionTokens: 20,
      totalTokens: 120,
      cacheReadTokens: 30,
      cacheCreationTokens: 5,
      reasoningTokens: 7,
      promptTokenDetails: { cache_read: 30, cache_creation: 5 },
      promptCost: 0.1,
      completionCost: 0.2,
      maxTokens: 100,
      stopTokens: ['\n'],
      topP: undefined,
      temperature: undefined,
    });
    expect(trace).toEqual({ id: traceId, sessionId: 'th' });
    expect(error).toBeUndefined();
  });

  it('makes a root run its trace too, and an error both the span error and an error row with an id derived from the run', () => {
    const run = { name: 'root', inputs: { q: 1 }, outputs: { a: 2 }, error: 'Traceback (most recent call last):\n  ...\nValueError: bad', tags: ['x'] };
    const a = mapRun(resolved(run, { kind: 'agent', runType: 'chain', isRoot: true, parentId: undefined }));
    const b = mapRun(resolved(run, { kind: 'agent', runType: 'chain', isRoot: true, parentId: undefined }));
    expect(a.trace).toMatchObject({
      id: traceId,
      name: 'root',
      inputs: { q: 1 },
      outputs: { a: 2 },
      errorMessage: run.error,
      errorType: 'ValueError',
      tags: ['x'],
    });
    expect(a.span.input).toMatchObject({ error: run.error, errorType: 'ValueError' });
    expect(a.error).toMatchObject({ traceId, agentId: id, errorMessage: 'Traceback (most recent call last):', stackTrace: run.error });
    expect(a.error!.id).toBe(b.error!.id);
  });

  it('reads LangChain chat generations and llm_output token usage when usage_metadata is absent', () => {
    const fromMessage = mapRun(resolved({ outputs: { generations: [[{ message: { kwargs: { usage_metadata: { input_tokens: 3, output_tokens: 4 } } } }]] } }));
    expect(fromMessage.span.input).toMatchObject({ promptTokens: 3, completionTokens: 4 });
    const fromLlmOutput = mapRun(resolved({ outputs: { llm_output: { tokenUsage: { promptTokens: 5, completionTokens: 6, totalTokens: 11 } } } }));
    expect(fromLlmOutput.span.input).toMatchObject({ promptTokens: 5, completionTokens: 6, totalTokens: 11 });
  });
});

describe('assembleMultipartOps', () => {
  const part = (name: string, data: unknown, contentType = 'application/json') => ({
    name,
    contentType,
    data: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)),
  });

  it('groups parts by operation and run, creates before updates, attachments on the run whichever op carries them, feedback apart', () => {
    const other = '0193a000-0000-7000-8000-000000000009';
    const { ops, feedback, ignoredParts } = assembleMultipartOps(
      [
        part(`patch.${id}`, { end_time: 1 }),
        part(`post.${id}.inputs`, { q: 1 }),
        part(`post.${id}`, { name: 'n', run_type: 'llm' }),
        part(`post.${id}.error`, '"Error: x"'),
        part(`attachment.${id}.img`, 'bytes', 'image/png'),
        part(`attachment.${other}.doc`, 'x'.repeat(10), 'text/plain'),
        part(`feedback.${other}`, { run_id: id, key: 'k', score: 1 }),
        part(`feedback.${traceId}`, '{nope'),
        part(`events.${id}`, {}),
      ],
      5,
    );
    expect(ignoredParts).toBe(1);
    expect(feedback).toEqual([
      { source: `feedback.${other}`, id: other, body: { run_id: id, key: 'k', score: 1 } },
      { source: `feedback.${traceId}`, id: traceId, body: null, problem: expect.stringMatching(/not valid JSON/) },
    ]);
    expect(ops.map((o) => o.source)).toEqual([`post.${id}`, `patch.${id}`, `patch.${other}`]);
    expect(ops[0]).toMatchObject({
      body: { name: 'n', run_type: 'llm', inputs: { q: 1 }, error: 'Error: x' },
      attachments: { img: { contentType: 'image/png', size: 5, data: 'Ynl0ZXM=' } },
    });
    expect(ops[2].attachments!.doc).toMatchObject({ size: 10, omitted: expect.stringContaining('5-byte') });
  });

  it('marks an operation whose part is not JSON instead of failing the others', () => {
    const { ops } = assembleMultipartOps([part(`post.${id}`, '{nope'), part(`post.${traceId}`, { name: 'ok' })], 10);
    expect(ops.find((o) => o.id === id)!.problem).toMatch(/not valid JSON/);
    expect(ops.find((o) => o.id === traceId)!.problem).toBeUndefined();
  });
});
