import {
  allDeclaredTools,
  buildConversation,
  type ComputedMetric,
  computeDeterministicMetrics,
  declaredTools,
  llmInputText,
  llmOutputText,
  type MetricsError,
  type MetricsSpan,
  type MetricsTrace,
  percentile,
  relevantResponses,
} from './trace-metrics.compute';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const at = (ms: number) => new Date(T0 + ms);

const trace = (over: Partial<MetricsTrace> = {}): MetricsTrace => ({
  id: 'trace',
  projectId: 'project',
  startTime: at(0),
  endTime: at(10_000),
  durationMs: 10_000,
  metadata: {},
  ...over,
});

function span(
  kind: 'agent' | 'llm' | 'tool',
  id: string,
  parentId: string | null,
  from: number,
  to: number | null,
  over: Partial<MetricsSpan> = {},
): MetricsSpan {
  return {
    id,
    kind,
    parentId,
    runType: kind,
    name: id,
    status: to === null ? 'running' : 'success',
    startTime: at(from),
    endTime: to === null ? null : at(to),
    durationMs: to === null ? null : to - from,
    error: null,
    metadata: {},
    ...over,
  };
}

const err = (over: Partial<MetricsError>): MetricsError => ({
  id: `e-${Math.random()}`,
  agentId: null,
  llmCallId: null,
  toolCallId: null,
  errorType: null,
  errorMessage: 'boom',
  ...over,
});

/** A planner agent with two LLM calls and two tools; the search tool runs a summarizer agent with its own LLM call and tool. */
function richTrace() {
  const spans: MetricsSpan[] = [
    span('agent', 'planner', null, 0, 10_000, { metadata: { tools: [{ name: 'search', description: 'Web search' }, 'calculator'] } }),
    span('llm', 'llm1', 'planner', 100, 1100, {
      provider: 'openai',
      model: 'gpt-4o',
      promptTokens: 1000,
      completionTokens: 200,
      totalTokens: 1200,
      cacheReadTokens: 400,
      totalCost: 0.01,
      firstTokenTime: at(400),
      retryCount: 1,
      decisionId: 'd1',
    }),
    span('tool', 'search', 'planner', 1200, 2200, { totalCost: 0.001 }),
    span('agent', 'summarizer', 'search', 1300, 2100),
    span('llm', 'llm2', 'summarizer', 1400, 2000, {
      provider: 'anthropic',
      model: 'claude-3-5-sonnet',
      promptTokens: 500,
      completionTokens: 100,
      totalTokens: 600,
      totalCost: 0.005,
      firstTokenTime: at(1500),
      retryCount: 0,
      decisionId: 'd2',
    }),
    span('tool', 'browse', 'summarizer', 2000, 2050),
    span('tool', 'calculator', 'planner', 2300, 2800, { status: 'error', error: 'division by zero' }),
    span('llm', 'llm3', 'planner', 3000, 6000, {
      provider: 'openai',
      model: 'gpt-4o',
      promptTokens: 300,
      completionTokens: 300,
      totalTokens: 600,
      decisionId: 'd1',
      status: 'error',
    }),
  ];
  const errors = [err({ toolCallId: 'browse', errorMessage: 'HTTP 503' }), err({ llmCallId: 'llm2', errorMessage: 'overloaded' }), err({ agentId: 'planner' })];
  return { spans, errors };
}

const find = (ms: ComputedMetric[], name: string, spanOrLabel: string | null = null) =>
  ms.filter((m) => m.name === name && (spanOrLabel === null || m.spanId === spanOrLabel || m.label === spanOrLabel));
const valueOf = (ms: ComputedMetric[], name: string) => {
  const rows = find(ms, name);
  expect(rows).toHaveLength(1);
  return rows[0].value;
};

describe('computeDeterministicMetrics on a nested trace', () => {
  const { spans, errors } = richTrace();
  // The database returns spans in no particular order; the result must not depend on it.
  const metrics = computeDeterministicMetrics(trace(), [...spans].reverse(), errors);

  it('computes the operational counts, tokens and cost', () => {
    expect(valueOf(metrics, 'duration_ms')).toBe(10_000);
    expect(valueOf(metrics, 'agent_invocations')).toBe(2);
    expect(valueOf(metrics, 'llm_calls')).toBe(3);
    expect(valueOf(metrics, 'tool_calls')).toBe(3);
    expect(valueOf(metrics, 'prompt_tokens')).toBe(1800);
    expect(valueOf(metrics, 'completion_tokens')).toBe(600);
    expect(valueOf(metrics, 'total_tokens')).toBe(2400);
    expect(valueOf(metrics, 'cost_usd')).toBeCloseTo(0.016, 12);
    expect(find(metrics, 'cost_usd')[0].resultDetail).toMatchObject({ tool: 0.001, pricedSpans: 3 });
  });

  it('counts an LLM or tool call as failed by its status or by a linked Error row', () => {
    // llm3 by status, llm2 by an Error row; calculator by status, browse by an Error row.
    expect(valueOf(metrics, 'llm_error_rate')).toBeCloseTo(2 / 3, 12);
    expect(find(metrics, 'llm_error_rate')[0].resultDetail).toEqual({ calls: 3, failures: 2 });
    expect(valueOf(metrics, 'tool_error_rate')).toBeCloseTo(2 / 3, 12);
  });

  it('sums retries over the calls that report them and computes latency, TTFT, cache share and throughput', () => {
    expect(valueOf(metrics, 'retries')).toBe(1);
    expect(valueOf(metrics, 'llm_latency_mean_ms')).toBeCloseTo((1000 + 600 + 3000) / 3, 9);
    expect(valueOf(metrics, 'llm_latency_p95_ms')).toBe(3000);
    expect(valueOf(metrics, 'time_to_first_token_ms')).toBe(200);
    expect(find(metrics, 'time_to_first_token_ms')[0].resultDetail).toEqual({ calls: 2, p95Ms: 300 });
    expect(valueOf(metrics, 'cache_read_share')).toBeCloseTo(400 / 1800, 12);
    expect(valueOf(metrics, 'output_tokens_per_second')).toBeCloseTo(600 / 4.6, 9);
  });

  it('computes the plan keys: duration, cost, decisions and child plans', () => {
    expect(valueOf(metrics, 'plan.duration_seconds')).toBe(10);
    expect(valueOf(metrics, 'plan.cost_usd')).toBeCloseTo(0.016, 12);
    expect(valueOf(metrics, 'plan.decisions_count')).toBe(2);
    expect(find(metrics, 'plan.decisions_count')[0].resultDetail).toEqual({ basis: 'decision_id', llmCalls: 3 });
    // The summarizer sits under a tool under the planner: still a child plan.
    expect(valueOf(metrics, 'plan.child_plans_count')).toBe(1);
  });

  it('writes one actor duration and one token usage row per agent call, tokens going to the nearest agent', () => {
    const durations = find(metrics, 'actor.invocation_duration_ms');
    expect(durations.map((m) => [m.spanId, m.value])).toEqual([
      ['planner', 10_000],
      ['summarizer', 800],
    ]);
    expect(durations[0].resultDetail).toMatchObject({ actor: 'planner' });
    const usage = find(metrics, 'actor.token_usage');
    expect(usage.map((m) => [m.spanId, m.value])).toEqual([
      ['planner', 1800],
      ['summarizer', 600],
    ]);
    expect(usage[0].resultDetail).toEqual({
      actor: 'planner',
      llmCalls: 2,
      byModel: [{ provider: 'openai', model: 'gpt-4o', calls: 2, promptTokens: 1300, completionTokens: 500, totalTokens: 1800 }],
    });
    expect((usage[1].resultDetail as { byModel: unknown[] }).byModel).toEqual([
      { provider: 'anthropic', model: 'claude-3-5-sonnet', calls: 1, promptTokens: 500, completionTokens: 100, totalTokens: 600 },
    ]);
  });

  it('writes one duration row per tool call and one error rate per tool name', () => {
    expect(find(metrics, 'tool.invocation_duration_ms').map((m) => [m.spanId, m.value, (m.resultDetail as { failed: boolean }).failed])).toEqual([
      ['search', 1000, false],
      ['browse', 50, true],
      ['calculator', 500, true],
    ]);
    expect(find(metrics, 'tool.error_rate').map((m) => [m.label, m.spanId, m.value, m.resultDetail])).toEqual([
      ['tool:browse', null, 1, { tool: 'browse', calls: 1, failures: 1 }],
      ['tool:calculator', null, 1, { tool: 'calculator', calls: 1, failures: 1 }],
      ['tool:search', null, 0, { tool: 'search', calls: 1, failures: 0 }],
    ]);
  });

  it("scores tool_call_success_rate deterministically in AgentNeo's result shape", () => {
    const [m] = find(metrics, 'tool_call_success_rate');
    expect(m.score).toBeCloseTo(1 / 3, 12);
    expect(m.value).toBeNull();
    expect(m.reason).toBe('1 of 3 tool calls succeeded; failed: browse, calculator.');
    expect(m.resultDetail).toEqual({
      score: m.score,
      reason: m.reason,
      details: {
        successful_calls: 1,
        total_calls: 3,
        failed_calls: [
          { span_id: 'browse', tool: 'browse', error: 'HTTP 503' },
          { span_id: 'calculator', tool: 'calculator', error: 'division by zero' },
        ],
      },
    });
  });

  it('scores tool_call_correctness_rate against the tools declared by enclosing agents', () => {
    const [m] = find(metrics, 'tool_call_correctness_rate');
    expect(m.score).toBeCloseTo(2 / 3, 12);
    expect(m.resultDetail).toMatchObject({
      details: { correct_calls: 2, total_calls: 3, declared_tools: ['calculator', 'search'], undeclared_calls: [{ span_id: 'browse', tool: 'browse' }] },
    });
    expect(m.reason).toContain('undeclared: browse');
  });

  it('gives every row a distinct key and the deterministic config', () => {
    const keys = metrics.map((m) => `${m.name}|${m.spanId ?? m.label ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(metrics.map((m) => JSON.stringify(m.config)))).toEqual(new Set(['{"method":"deterministic","version":1}']));
  });
});

describe('computeDeterministicMetrics edge cases', () => {
  it('leaves out what needs LLM calls or tools when the trace has neither', () => {
    const metrics = computeDeterministicMetrics(trace({ durationMs: 1500 }), [span('agent', 'a', null, 0, 1500)], []);
    const names = metrics.map((m) => m.name).sort();
    expect(names).toEqual(
      [
        'actor.invocation_duration_ms',
        'actor.token_usage',
        'agent_invocations',
        'duration_ms',
        'llm_calls',
        'plan.child_plans_count',
        'plan.decisions_count',
        'plan.duration_seconds',
        'tool_call_success_rate',
        'tool_calls',
      ].sort(),
    );
    expect(valueOf(metrics, 'llm_calls')).toBe(0);
    expect(valueOf(metrics, 'plan.decisions_count')).toBe(0);
    expect(find(metrics, 'actor.token_usage')[0].value).toBe(0);
    const [success] = find(metrics, 'tool_call_success_rate');
    expect(success.score).toBe(1);
    expect(success.reason).toMatch(/no tool calls/i);
  });

  it('counts LLM calls as decisions when none carries a decision id', () => {
    const spans = [span('llm', 'l1', null, 0, 10), span('llm', 'l2', null, 10, 20)];
    const metrics = computeDeterministicMetrics(trace(), spans, []);
    expect(valueOf(metrics, 'plan.decisions_count')).toBe(2);
    expect(find(metrics, 'plan.decisions_count')[0].resultDetail).toEqual({ basis: 'llm_calls', llmCalls: 2 });
  });

  it('skips token, cost, retry, TTFT and cache metrics when no call reports them', () => {
    const metrics = computeDeterministicMetrics(trace(), [span('llm', 'l1', null, 0, 1000)], []);
    for (const name of [
      'prompt_tokens',
      'completion_tokens',
      'total_tokens',
      'cost_usd',
      'plan.cost_usd',
      'retries',
      'time_to_first_token_ms',
      'cache_read_share',
      'output_tokens_per_second',
    ]) {
      expect(find(metrics, name)).toEqual([]);
    }
    expect(valueOf(metrics, 'llm_latency_mean_ms')).toBe(1000);
    expect(valueOf(metrics, 'llm_error_rate')).toBe(0);
  });

  it('writes no duration for spans still running and leaves them out of latencies', () => {
    const spans = [span('agent', 'a', null, 0, null), span('llm', 'l', 'a', 0, null), span('tool', 't', 'a', 0, null)];
    const metrics = computeDeterministicMetrics(trace(), spans, []);
    expect(find(metrics, 'actor.invocation_duration_ms')).toEqual([]);
    expect(find(metrics, 'tool.invocation_duration_ms')).toEqual([]);
    expect(find(metrics, 'llm_latency_mean_ms')).toEqual([]);
    expect(find(metrics, 'actor.token_usage')).toHaveLength(1);
  });

  it('fails a tool by its own Error row only: an error on its LLM call or agent does not count', () => {
    const spans = [span('agent', 'a', null, 0, 100), span('llm', 'l', 'a', 0, 10), span('tool', 't', 'a', 10, 20, { llmCallId: 'l' })];
    const metrics = computeDeterministicMetrics(trace(), spans, [err({ llmCallId: 'l' }), err({ agentId: 'a' })]);
    expect(valueOf(metrics, 'tool_error_rate')).toBe(0);
    expect(valueOf(metrics, 'llm_error_rate')).toBe(1);
    expect(find(metrics, 'tool_call_success_rate')[0].score).toBe(1);
    const withOwn = computeDeterministicMetrics(trace(), spans, [err({ toolCallId: 't' })]);
    expect(valueOf(withOwn, 'tool_error_rate')).toBe(1);
  });

  it('counts child plans at every depth of agent nesting', () => {
    const spans = [span('agent', 'a', null, 0, 100), span('agent', 'b', 'a', 1, 90), span('agent', 'c', 'b', 2, 80), span('agent', 'd', null, 100, 110)];
    expect(valueOf(computeDeterministicMetrics(trace(), spans, []), 'plan.child_plans_count')).toBe(2);
  });

  it('skips tool_call_correctness_rate when no tools are declared, and scores 1 when declared but none called', () => {
    expect(find(computeDeterministicMetrics(trace(), [span('tool', 't', null, 0, 1)], []), 'tool_call_correctness_rate')).toEqual([]);
    const [m] = find(computeDeterministicMetrics(trace({ metadata: { tools: ['x'] } }), [], []), 'tool_call_correctness_rate');
    expect(m.score).toBe(1);
    expect(m.resultDetail).toMatchObject({ details: { total_calls: 0, declared_tools: ['x'] } });
  });

  it('checks a tool call with no declaring scope against every declaration in the trace', () => {
    const spans = [
      span('agent', 'a', null, 0, 100, { metadata: { tools: ['search'] } }),
      span('agent', 'b', null, 100, 200),
      span('tool', 'search', 'b', 110, 120),
      span('tool', 'write', 'a', 10, 20),
    ];
    const [m] = find(computeDeterministicMetrics(trace(), spans, []), 'tool_call_correctness_rate');
    // 'search' under b passes on a's declaration; 'write' under a is not in a's list.
    expect(m.score).toBe(0.5);
    expect(m.resultDetail).toMatchObject({ details: { undeclared_calls: [{ span_id: 'write', tool: 'write' }] } });
  });

  it('takes trace-level declarations as a scope of every call', () => {
    const spans = [span('agent', 'a', null, 0, 100, { metadata: { tools: ['x'] } }), span('tool', 'y', 'a', 1, 2)];
    const [m] = find(
      computeDeterministicMetrics(trace({ metadata: { tools: [{ type: 'function', function: { name: 'y' } }] } }), spans, []),
      'tool_call_correctness_rate',
    );
    expect(m.score).toBe(1);
  });

  it('scopes a declaration to the agent subtree that makes it, inherited by nested agents', () => {
    const spans = [
      span('agent', 'outer', null, 0, 100, { metadata: { tools: ['x'] } }),
      span('agent', 'inner', 'outer', 1, 50, { metadata: { tools: ['y'] } }),
      span('tool', 'x', 'inner', 2, 3),
      span('tool', 'y', 'outer', 60, 70),
    ];
    const [m] = find(computeDeterministicMetrics(trace(), spans, []), 'tool_call_correctness_rate');
    // x under inner passes on outer's declaration; y after inner has closed is outside inner's scope.
    expect(m.resultDetail).toMatchObject({ details: { correct_calls: 1, undeclared_calls: [{ span_id: 'y', tool: 'y' }] } });
  });

  it('computes a 20,000-deep chain of agents and tools', () => {
    // Each agent declares the tool it calls; one stray tool at the bottom is declared nowhere.
    const chain = Array.from({ length: 20_000 }, (_, i) =>
      i % 2
        ? span('tool', `t${i}`, `a${i - 1}`, i, 40_000 - i)
        : span('agent', `a${i}`, i ? `t${i - 1}` : null, i, 40_000 - i, { metadata: { tools: [`t${i + 1}`] } }),
    );
    chain.push(span('tool', 'stray', 't19999', 20_000, 20_001));
    const metrics = computeDeterministicMetrics(trace(), chain, []);
    const [m] = find(metrics, 'tool_call_correctness_rate');
    expect([m.score, m.resultDetail]).toMatchObject([10_000 / 10_001, { details: { undeclared_calls: [{ span_id: 'stray', tool: 'stray' }] } }]);
    expect(valueOf(metrics, 'plan.child_plans_count')).toBe(9_999);
  });

  it('puts unnamed tools in one error-rate row', () => {
    const spans = [span('tool', 't1', null, 0, 1, { name: null }), span('tool', 't2', null, 1, 2, { name: null, status: 'error' })];
    const rows = find(computeDeterministicMetrics(trace(), spans, []), 'tool.error_rate');
    expect(rows.map((r) => [r.label, r.value, r.resultDetail])).toEqual([['tool:', 0.5, { tool: null, calls: 2, failures: 1 }]]);
  });

  it('computes the duration from start and end when the stored duration is missing', () => {
    const metrics = computeDeterministicMetrics(trace(), [span('tool', 't', null, 0, 250, { durationMs: null })], []);
    expect(find(metrics, 'tool.invocation_duration_ms')[0].value).toBe(250);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    expect(percentile([], 95)).toBeNull();
    expect(percentile([5], 95)).toBe(5);
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(19);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => 100 - i),
        95,
      ),
    ).toBe(95);
    expect(percentile([3, 1, 2], 50)).toBe(2);
  });
});

describe('declared tools', () => {
  it('reads names, {name, description} objects and OpenAI function entries, ignoring junk', () => {
    expect(
      declaredTools({ tools: ['a', { name: 'b', description: 'B' }, { type: 'function', function: { name: 'c', description: 'C' } }, 3, null, {}, ''] }),
    ).toEqual([
      { name: 'a', description: null },
      { name: 'b', description: 'B' },
      { name: 'c', description: 'C' },
    ]);
    expect(declaredTools({ tools: 'a' })).toEqual([]);
    expect(declaredTools(null)).toEqual([]);
  });

  it('merges the trace and agent declarations, first one of a name winning', () => {
    const spans = [
      span('agent', 'a', null, 0, 1, { metadata: { tools: [{ name: 'x', description: 'later' }, 'y'] } }),
      span('tool', 't', null, 0, 1, { metadata: { tools: ['z'] } }),
    ];
    expect(allDeclaredTools({ metadata: { tools: [{ name: 'x', description: 'first' }] } }, spans)).toEqual([
      { name: 'x', description: 'first' },
      { name: 'y', description: null },
    ]);
  });
});

describe('conversation for the judge', () => {
  it('lists LLM and tool calls by start time as {function_name, input, response}', () => {
    const spans = [
      span('tool', 'search', null, 200, 300, { inputs: { q: 'tokyo' }, outputs: { hits: 3 } }),
      span('llm', 'l1', null, 100, 150, {
        name: null,
        model: 'gpt-4o',
        inputs: {
          messages: [
            { role: 'system', content: 'Be brief.' },
            { role: 'user', content: 'Plan a trip' },
          ],
        },
        outputs: { choices: [{ message: { role: 'assistant', content: 'Step 1: search' } }] },
      }),
      span('agent', 'a', null, 0, 1000),
      span('tool', 'fail', null, 400, 500, { error: 'Timeout' }),
      span('llm', 'l2', null, 600, null),
    ];
    const conversation = buildConversation(spans);
    expect(conversation).toEqual([
      { function_name: 'gpt-4o', input: 'Plan a trip', response: 'Step 1: search' },
      { function_name: 'search', input: { q: 'tokyo' }, response: { hits: 3 } },
      { function_name: 'fail', input: null, response: 'Error: Timeout' },
      { function_name: 'l2', input: null, response: 'No response' },
    ]);
    expect(relevantResponses(conversation)).toBe('gpt-4o: Step 1: search\n\nsearch: {"hits":3}\n\nfail: Error: Timeout');
  });

  it('truncates very long fields', () => {
    const [entry] = buildConversation([span('tool', 't', null, 0, 1, { inputs: 'x'.repeat(10_000) })]);
    expect(String(entry.input)).toHaveLength(4000 + '…[truncated]'.length);
  });

  it('reads the prompt and answer of the usual LLM payload shapes', () => {
    expect(llmInputText('hi')).toBe('hi');
    expect(llmInputText({ prompt: 'p' })).toBe('p');
    expect(llmInputText({ prompts: ['p1', 'p2'] })).toBe('p1');
    expect(
      llmInputText({
        messages: [
          [
            { role: 'system', content: 's' },
            { role: 'human', content: 'u' },
          ],
        ],
      }),
    ).toBe('u');
    expect(llmInputText([{ role: 'system', content: 's' }])).toBe('s');
    expect(llmInputText([{ role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'image_url' }, { type: 'text', text: 'b' }] }])).toBe('a\nb');
    expect(llmInputText({ other: 1 })).toEqual({ other: 1 });
    expect(llmOutputText({ generations: [[{ text: 'g' }]] })).toBe('g');
    expect(llmOutputText({ choices: [{ text: 'c' }] })).toBe('c');
    expect(llmOutputText({ content: 'k' })).toBe('k');
    expect(llmOutputText({ text: 't' })).toBe('t');
    expect(llmOutputText({ output: 'o' })).toBe('o');
    expect(llmOutputText('s')).toBe('s');
    expect(llmOutputText({ x: 1 })).toEqual({ x: 1 });
  });
});
