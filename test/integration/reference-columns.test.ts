import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphql } from '../gql';
import type { AgentCallInput, ErrorInput, LlmCallInput, MetricInput, SystemInfoInput, ToolCallInput, TraceInput, UserInteractionInput } from '../gql/graphql';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Every column and field of the reference documents (shared/reference) is stored and queryable:
 * one fully populated trace goes in through the GraphQL `ingest` mutation, comes back in one
 * GraphQL query, and each row of COLUMNS below checks one reference column against its place in
 * the API. The table must also cover every column the CREATE TABLE statements of 000, the
 * models of 001 and the LLMTrace field list of 004 name. The documents live outside the
 * repository: their names are read from test/fixtures/reference-columns.json, which
 * `pnpm reference:check` extracts from them and keeps in step.
 */

type ReferenceColumns = {
  tables000: Record<string, string[]>;
  models001: Record<string, string[]>;
  llmTrace004: string[];
  names002003: string[];
};
const reference = JSON.parse(readFileSync(path.join(__dirname, '../fixtures/reference-columns.json'), 'utf8')) as ReferenceColumns;

const uuid = () => crypto.randomUUID();
const T0 = Date.UTC(2026, 4, 4, 3, 2, 1);
const at = (sec: number) => new Date(T0 + sec * 1000).toISOString();

const ids = {
  trace: uuid(),
  agent: uuid(),
  llm: uuid(),
  tool: uuid(),
  embedding: uuid(),
  error: uuid(),
  metric: uuid(),
  metric2: uuid(),
  interaction: uuid(),
  systemInfo: uuid(),
  referenceExample: uuid(),
  referenceDataset: uuid(),
};

const projectInput = {
  name: `reference-columns-${ids.trace.slice(0, 8)}`,
  description: 'Every reference column, stored and queried back',
  tags: ['reference', 'columns'],
  metadata: { team: 'observability', tier: 3 },
  referenceDatasetId: ids.referenceDataset,
};
const projectEnd = at(7200);

/** One input per item, every field set to a value that can't be a default. */
const sent = {
  trace: {
    id: ids.trace,
    name: 'plan-execution',
    startTime: at(0),
    endTime: at(10),
    userId: 'user-42',
    sessionId: 'session-7f3a',
    agentVersion: 'agent-v1.2.3',
    promptTemplateVersion: 'template-v9',
    modelName: 'gpt-4o-2024-08-06',
    inputs: 'What is the weather in Paris?',
    outputs: 'Sunny and 21°C in Paris.',
    errorFlag: true,
    errorType: 'AgentRunError',
    errorMessage: 'tool failed once',
    tags: ['plan', 'reference'],
    metadata: { env: 'staging', experiment: 'exp-12', nested: { a: [1, 2] } },
  },
  agent: {
    id: ids.agent,
    traceId: ids.trace,
    runType: 'AGENT',
    name: 'planner-actor',
    startTime: at(0),
    endTime: at(9),
    stepIndex: 1,
    inputs: { goal: 'answer the weather question' },
    outputs: { answer: 'Sunny and 21°C in Paris.' },
  },
  llm: {
    id: ids.llm,
    traceId: ids.trace,
    parentId: ids.agent,
    runType: 'LLM',
    name: 'ChatOpenAI',
    startTime: at(1),
    latencyMs: 2500,
    stepIndex: 2,
    dottedOrder: `20260504T030201000Z${ids.agent}.20260504T030202000Z${ids.llm}`,
    inputs: {
      messages: [
        { role: 'system', content: 'You plan.' },
        { role: 'user', content: 'What is the weather in Paris?' },
      ],
    },
    outputs: { generations: [{ text: 'I will call get_weather.' }] },
    error: 'RateLimitError: 429, succeeded after 3 retries',
    errorType: 'RateLimitError',
    metadata: { ls_provider: 'openai', node: 'plan' },
    tags: ['llm', 'primary'],
    events: [
      { name: 'new_token', time: at(1.25), kwargs: { token: 'I' } },
      { name: 'new_token', time: at(1.3), kwargs: { token: ' will' } },
    ],
    serialized: { lc: 1, type: 'constructor', id: ['langchain', 'chat_models', 'openai', 'ChatOpenAI'] },
    extra: { runtime: { sdk: 'langsmith-js', sdk_version: '0.3.0' } },
    attachments: { 'chart.png': { mime_type: 'image/png', presigned_url: 'https://files.example/chart.png' } },
    inputsS3Urls: { ROOT: { presigned_url: 's3://traces/in.json' } },
    outputsS3Urls: { ROOT: { presigned_url: 's3://traces/out.json' } },
    referenceExampleId: ids.referenceExample,
    manifestId: 'manifest-7c1',
    inDataset: true,
    memoryUsed: 123456789,
    provider: 'openai',
    model: 'gpt-4o-2024-08-06',
    promptTokens: 1234,
    completionTokens: 567,
    totalTokens: 1801,
    cacheReadTokens: 200,
    cacheCreationTokens: 100,
    reasoningTokens: 50,
    promptTokenDetails: { cache_read: 200, cache_creation: 100, audio: 7 },
    completionTokenDetails: { reasoning: 50, audio: 3 },
    promptCost: 0.0123,
    completionCost: 0.0456,
    totalCost: 0.0579,
    promptCostDetails: { cache_read: 0.0005, cache_creation: 0.0004 },
    completionCostDetails: { reasoning: 0.002 },
    firstTokenTime: at(1.25),
    temperature: 0.7,
    topP: 0.9,
    maxTokens: 1024,
    stopTokens: ['\nObservation:', 'END'],
    invocationParams: { model: 'gpt-4o', temperature: 0.7, top_p: 0.9, stream: true },
    toolCalls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
    streaming: true,
    retryCount: 3,
    contextHash: 'sha256:c0ffee42',
    contextRefs: ['doc://weather/paris', 'mem://turn-1'],
    hiddenStateHash: 'hs-deadbeef',
    promptDiffFromPrevious: '@@ -1 +1 @@\n-Hi\n+What is the weather',
    decisionId: 'decision-17',
  },
  tool: {
    id: ids.tool,
    traceId: ids.trace,
    parentId: ids.agent,
    runType: 'TOOL',
    name: 'get_weather',
    startTime: at(4),
    endTime: at(5.5),
    stepIndex: 3,
    llmCallId: ids.llm,
    inputs: { city: 'Paris', units: 'metric' },
    outputs: { temp_c: 21, sky: 'sunny' },
    error: 'HTTP 503 from weather API',
    errorType: 'HTTPError',
    events: [{ name: 'log', time: at(4.1), kwargs: { line: 'GET /v1/weather?q=Paris' } }],
    retrievedDocs: [{ id: 'doc-1', text: 'Paris weather today' }],
    docSimilarityScores: [0.91, 0.42],
    intermediateState: { cache: 'miss', attempts: 2 },
    totalCost: 0.0071,
    metadata: { tool_version: '2.0' },
    memoryUsed: 2048,
    networkCalls: [{ url: 'https://api.weather.example/v1?q=Paris', method: 'GET', status: 200 }],
  },
  /** A second, non-streamed model call, so that streaming_rate and run_facets have something to tell apart. */
  embedding: {
    id: ids.embedding,
    traceId: ids.trace,
    parentId: ids.agent,
    runType: 'EMBEDDING',
    name: 'embedder',
    startTime: at(6),
    endTime: at(6.2),
    streaming: false,
  },
  error: {
    id: ids.error,
    traceId: ids.trace,
    agentId: ids.agent,
    llmCallId: ids.llm,
    toolCallId: ids.tool,
    errorType: 'Tool',
    errorMessage: 'get_weather failed with 503',
    stackTrace: 'Traceback (most recent call last):\n  File "tool.py", line 3',
    timestamp: at(5),
    metadata: { retryable: true },
  },
  interaction: {
    id: ids.interaction,
    traceId: ids.trace,
    agentId: ids.agent,
    interactionType: 'input',
    content: 'What is the weather in Paris?',
    userId: 'user-42',
    timestamp: at(0.5),
    metadata: { channel: 'chat' },
  },
  systemInfo: {
    id: ids.systemInfo,
    traceId: ids.trace,
    osName: 'Linux',
    osVersion: '6.8.0-45-generic',
    pythonVersion: '3.12.4',
    cpuInfo: { model: 'AMD EPYC 7B13', cores: 16 },
    gpuInfo: [{ name: 'A100', memory_gb: 80 }],
    diskInfo: { total_gb: 512, free_gb: 128 },
    memoryTotal: 68719476736,
    installedPackages: ['langchain==0.3.0', 'agentneo==1.2.0'],
  },
  metric: {
    id: ids.metric,
    traceId: ids.trace,
    spanId: ids.llm,
    name: 'faithfulness',
    score: 0.8,
    value: 4,
    reason: 'Grounded in the tool output',
    resultDetail: { claims: 5, supported: 4 },
    config: { judge: 'gpt-4o-mini', threshold: 0.5 },
    startTime: at(11),
    endTime: at(12.5),
    timestamp: at(13),
  },
  metric2: { id: ids.metric2, traceId: ids.trace, spanId: ids.llm, name: 'faithfulness', score: 0.6, timestamp: at(14) },
} satisfies {
  trace: TraceInput;
  agent: AgentCallInput;
  llm: LlmCallInput;
  tool: ToolCallInput;
  embedding: LlmCallInput;
  error: ErrorInput;
  interaction: UserInteractionInput;
  systemInfo: SystemInfoInput;
  metric: MetricInput;
  metric2: MetricInput;
};

const statsFrom = at(-3600);
const statsTo = at(3600);
const llmEnd = at(1 + 2.5);
const traceCost = sent.llm.totalCost + sent.tool.totalCost;
let projectId = '';
let projectStart = '';
const appPath = () => `/projects/${projectId}/traces/${ids.trace}?span=${ids.llm}`;
const close = (x: number) => expect.closeTo(x, 10);

/**
 * [referenceDoc, table/model, column, graphqlPath, expected]. A path starts with the GraphQL type
 * of the object it reads: Project = project(id), Trace = trace(id), AgentCall/LLMCall/ToolCall =
 * the agent, LLM and tool span sent above (in trace.spans), TraceError/Metric/UserInteraction =
 * the error, first metric and interaction of trace, SystemInfo = trace.systemInfo. `a->b` reads
 * the span whose id is at `a`, then `b` on it. Expected values are functions when they depend on
 * ids only known once the project exists.
 */
type Row = [doc: string, model: string, column: string, graphqlPath: string, expected: unknown];

const COLUMNS: Row[] = [
  // 000: agent_runs, llm_calls, tool_calls
  ['000', 'agent_runs', 'run_id', 'Trace.id', ids.trace],
  ['000', 'agent_runs', 'start_time', 'Trace.startTime', sent.trace.startTime],
  ['000', 'agent_runs', 'end_time', 'Trace.endTime', sent.trace.endTime],
  ['000', 'agent_runs', 'user_id', 'Trace.userId', sent.trace.userId],
  ['000', 'agent_runs', 'session_id', 'Trace.sessionId', sent.trace.sessionId],
  ['000', 'agent_runs', 'agent_version', 'Trace.agentVersion', sent.trace.agentVersion],
  ['000', 'agent_runs', 'prompt_template_version', 'Trace.promptTemplateVersion', sent.trace.promptTemplateVersion],
  ['000', 'agent_runs', 'model_name', 'Trace.modelName', sent.trace.modelName],
  ['000', 'agent_runs', 'input_text', 'Trace.inputs', sent.trace.inputs],
  ['000', 'agent_runs', 'final_output', 'Trace.outputs', sent.trace.outputs],
  ['000', 'agent_runs', 'error_flag', 'Trace.errorFlag', true],
  ['000', 'agent_runs', 'error_type', 'Trace.errorType', sent.trace.errorType],
  ['000', 'agent_runs', 'total_cost', 'Trace.totalCost', close(traceCost)],
  ['000', 'agent_runs', 'total_tokens', 'Trace.totalTokens', sent.llm.totalTokens],
  ['000', 'agent_runs', 'extra_metadata', 'Trace.metadata', sent.trace.metadata],

  ['000', 'llm_calls', 'llm_call_id', 'LLMCall.id', ids.llm],
  ['000', 'llm_calls', 'run_id', 'LLMCall.traceId', ids.trace],
  ['000', 'llm_calls', 'step_index', 'LLMCall.stepIndex', sent.llm.stepIndex],
  ['000', 'llm_calls', 'model_name', 'LLMCall.model', sent.llm.model],
  ['000', 'llm_calls', 'prompt_text', 'LLMCall.inputs', sent.llm.inputs],
  ['000', 'llm_calls', 'prompt_diff_from_previous', 'LLMCall.promptDiffFromPrevious', sent.llm.promptDiffFromPrevious],
  ['000', 'llm_calls', 'temperature', 'LLMCall.temperature', sent.llm.temperature],
  ['000', 'llm_calls', 'top_p', 'LLMCall.topP', sent.llm.topP],
  ['000', 'llm_calls', 'stop_tokens', 'LLMCall.stopTokens', sent.llm.stopTokens],
  ['000', 'llm_calls', 'llm_output', 'LLMCall.outputs', sent.llm.outputs],
  ['000', 'llm_calls', 'llm_output_tokens', 'LLMCall.completionTokens', sent.llm.completionTokens],
  ['000', 'llm_calls', 'latency_ms', 'LLMCall.durationMs', sent.llm.latencyMs],
  ['000', 'llm_calls', 'streaming_trace', 'LLMCall.events', sent.llm.events],
  ['000', 'llm_calls', 'hidden_state_hash', 'LLMCall.hiddenStateHash', sent.llm.hiddenStateHash],
  ['000', 'llm_calls', 'error_flag', 'LLMCall.status', 'ERROR'],
  ['000', 'llm_calls', 'error_type', 'LLMCall.errorType', sent.llm.errorType],
  ['000', 'llm_calls', 'metadata', 'LLMCall.metadata', sent.llm.metadata],

  ['000', 'tool_calls', 'tool_call_id', 'ToolCall.id', ids.tool],
  ['000', 'tool_calls', 'run_id', 'ToolCall.traceId', ids.trace],
  ['000', 'tool_calls', 'llm_call_id', 'ToolCall.llmCallId', ids.llm],
  ['000', 'tool_calls', 'step_index', 'ToolCall.stepIndex', sent.tool.stepIndex],
  ['000', 'tool_calls', 'tool_name', 'ToolCall.name', sent.tool.name],
  ['000', 'tool_calls', 'tool_input', 'ToolCall.inputs', sent.tool.inputs],
  ['000', 'tool_calls', 'tool_output', 'ToolCall.outputs', sent.tool.outputs],
  ['000', 'tool_calls', 'tool_error_flag', 'ToolCall.status', 'ERROR'],
  ['000', 'tool_calls', 'tool_error_type', 'ToolCall.errorType', sent.tool.errorType],
  ['000', 'tool_calls', 'execution_latency_ms', 'ToolCall.durationMs', 1500],
  ['000', 'tool_calls', 'streaming_logs', 'ToolCall.events', sent.tool.events],
  ['000', 'tool_calls', 'retrieved_docs', 'ToolCall.retrievedDocs', sent.tool.retrievedDocs],
  ['000', 'tool_calls', 'doc_similarity_scores', 'ToolCall.docSimilarityScores', sent.tool.docSimilarityScores],
  ['000', 'tool_calls', 'intermediate_state', 'ToolCall.intermediateState', sent.tool.intermediateState],
  ['000', 'tool_calls', 'cost_estimate', 'ToolCall.totalCost', sent.tool.totalCost],
  ['000', 'tool_calls', 'metadata', 'ToolCall.metadata', sent.tool.metadata],

  // 001: AgentNeo models
  ['001', 'ProjectInfo', 'id', 'Project.id', () => projectId],
  ['001', 'ProjectInfo', 'project_name', 'Project.name', projectInput.name],
  ['001', 'ProjectInfo', 'start_time', 'Project.startTime', () => projectStart],
  ['001', 'ProjectInfo', 'end_time', 'Project.endTime', projectEnd],
  ['001', 'ProjectInfo', 'duration', 'Project.totals.durationSeconds', 10],
  ['001', 'ProjectInfo', 'total_cost', 'Project.totals.totalCost', close(traceCost)],
  ['001', 'ProjectInfo', 'total_tokens', 'Project.totals.totalTokens', sent.llm.totalTokens],

  ['001', 'Trace', 'id', 'Trace.id', ids.trace],
  ['001', 'Trace', 'project_id', 'Trace.project.id', () => projectId],
  ['001', 'Trace', 'start_time', 'Trace.startTime', sent.trace.startTime],
  ['001', 'Trace', 'end_time', 'Trace.endTime', sent.trace.endTime],
  ['001', 'Trace', 'duration', 'Trace.durationMs', 10_000],

  ['001', 'SystemInfo', 'id', 'SystemInfo.id', ids.systemInfo],
  ['001', 'SystemInfo', 'project_id', 'Trace.project.id', () => projectId],
  ['001', 'SystemInfo', 'os_name', 'SystemInfo.osName', sent.systemInfo.osName],
  ['001', 'SystemInfo', 'os_version', 'SystemInfo.osVersion', sent.systemInfo.osVersion],
  ['001', 'SystemInfo', 'python_version', 'SystemInfo.pythonVersion', sent.systemInfo.pythonVersion],
  ['001', 'SystemInfo', 'cpu_info', 'SystemInfo.cpuInfo', sent.systemInfo.cpuInfo],
  ['001', 'SystemInfo', 'gpu_info', 'SystemInfo.gpuInfo', sent.systemInfo.gpuInfo],
  ['001', 'SystemInfo', 'disk_info', 'SystemInfo.diskInfo', sent.systemInfo.diskInfo],
  ['001', 'SystemInfo', 'memory_total', 'SystemInfo.memoryTotal', sent.systemInfo.memoryTotal],
  ['001', 'SystemInfo', 'installed_packages', 'SystemInfo.installedPackages', sent.systemInfo.installedPackages],
  ['001', 'SystemInfo', 'trace_id', 'SystemInfo.traceId', ids.trace],

  ['001', 'Error', 'id', 'TraceError.id', ids.error],
  ['001', 'Error', 'project_id', 'Trace.project.id', () => projectId],
  ['001', 'Error', 'trace_id', 'TraceError.traceId', ids.trace],
  ['001', 'Error', 'agent_id', 'TraceError.agentId', ids.agent],
  ['001', 'Error', 'tool_call_id', 'TraceError.toolCallId', ids.tool],
  ['001', 'Error', 'llm_call_id', 'TraceError.llmCallId', ids.llm],
  ['001', 'Error', 'error_type', 'TraceError.errorType', sent.error.errorType],
  ['001', 'Error', 'error_message', 'TraceError.errorMessage', sent.error.errorMessage],
  ['001', 'Error', 'timestamp', 'TraceError.timestamp', sent.error.timestamp],

  ['001', 'LLMCall', 'id', 'LLMCall.id', ids.llm],
  ['001', 'LLMCall', 'project_id', 'Trace.project.id', () => projectId],
  ['001', 'LLMCall', 'agent_id', 'LLMCall.agentId', ids.agent],
  ['001', 'LLMCall', 'name', 'LLMCall.name', sent.llm.name],
  ['001', 'LLMCall', 'model', 'LLMCall.model', sent.llm.model],
  ['001', 'LLMCall', 'input_prompt', 'LLMCall.inputs', sent.llm.inputs],
  ['001', 'LLMCall', 'output', 'LLMCall.outputs', sent.llm.outputs],
  ['001', 'LLMCall', 'tool_call', 'LLMCall.toolCalls', sent.llm.toolCalls],
  ['001', 'LLMCall', 'start_time', 'LLMCall.startTime', sent.llm.startTime],
  ['001', 'LLMCall', 'end_time', 'LLMCall.endTime', llmEnd],
  ['001', 'LLMCall', 'duration', 'LLMCall.durationMs', sent.llm.latencyMs],
  ['001', 'LLMCall', 'token_usage', 'LLMCall.totalTokens', sent.llm.totalTokens],
  ['001', 'LLMCall', 'cost', 'LLMCall.totalCost', sent.llm.totalCost],
  ['001', 'LLMCall', 'memory_used', 'LLMCall.memoryUsed', sent.llm.memoryUsed],
  ['001', 'LLMCall', 'trace_id', 'LLMCall.traceId', ids.trace],

  ['001', 'ToolCall', 'id', 'ToolCall.id', ids.tool],
  ['001', 'ToolCall', 'project_id', 'Trace.project.id', () => projectId],
  ['001', 'ToolCall', 'agent_id', 'ToolCall.agentId', ids.agent],
  ['001', 'ToolCall', 'name', 'ToolCall.name', sent.tool.name],
  ['001', 'ToolCall', 'input_parameters', 'ToolCall.inputs', sent.tool.inputs],
  ['001', 'ToolCall', 'output', 'ToolCall.outputs', sent.tool.outputs],
  ['001', 'ToolCall', 'start_time', 'ToolCall.startTime', sent.tool.startTime],
  ['001', 'ToolCall', 'end_time', 'ToolCall.endTime', sent.tool.endTime],
  ['001', 'ToolCall', 'duration', 'ToolCall.durationMs', 1500],
  ['001', 'ToolCall', 'memory_used', 'ToolCall.memoryUsed', sent.tool.memoryUsed],
  ['001', 'ToolCall', 'trace_id', 'ToolCall.traceId', ids.trace],
  ['001', 'ToolCall', 'network_calls', 'ToolCall.networkCalls', sent.tool.networkCalls],

  ['001', 'AgentCall', 'id', 'AgentCall.id', ids.agent],
  ['001', 'AgentCall', 'project_id', 'Trace.project.id', () => projectId],
  ['001', 'AgentCall', 'name', 'AgentCall.name', sent.agent.name],
  ['001', 'AgentCall', 'start_time', 'AgentCall.startTime', sent.agent.startTime],
  ['001', 'AgentCall', 'end_time', 'AgentCall.endTime', sent.agent.endTime],
  ['001', 'AgentCall', 'trace_id', 'AgentCall.traceId', ids.trace],
  ['001', 'AgentCall', 'llm_call_ids', 'AgentCall.llmCallIds', [ids.llm, ids.embedding]],
  ['001', 'AgentCall', 'tool_call_ids', 'AgentCall.toolCallIds', [ids.tool]],
  ['001', 'AgentCall', 'user_interaction_ids', 'AgentCall.userInteractionIds', [ids.interaction]],

  ['001', 'UserInteraction', 'id', 'UserInteraction.id', ids.interaction],
  ['001', 'UserInteraction', 'project_id', 'Trace.project.id', () => projectId],
  ['001', 'UserInteraction', 'trace_id', 'UserInteraction.traceId', ids.trace],
  ['001', 'UserInteraction', 'agent_id', 'UserInteraction.agentId', ids.agent],
  ['001', 'UserInteraction', 'interaction_type', 'UserInteraction.interactionType', sent.interaction.interactionType],
  ['001', 'UserInteraction', 'content', 'UserInteraction.content', sent.interaction.content],
  ['001', 'UserInteraction', 'timestamp', 'UserInteraction.timestamp', sent.interaction.timestamp],

  ['001', 'Metric', 'id', 'Metric.id', ids.metric],
  ['001', 'Metric', 'trace_id', 'Metric.traceId', ids.trace],
  ['001', 'Metric', 'metric_name', 'Metric.name', sent.metric.name],
  ['001', 'Metric', 'score', 'Metric.score', sent.metric.score],
  ['001', 'Metric', 'reason', 'Metric.reason', sent.metric.reason],
  ['001', 'Metric', 'result_detail', 'Metric.resultDetail', sent.metric.resultDetail],
  ['001', 'Metric', 'config', 'Metric.config', sent.metric.config],
  ['001', 'Metric', 'start_time', 'Metric.startTime', sent.metric.startTime],
  ['001', 'Metric', 'end_time', 'Metric.endTime', sent.metric.endTime],
  ['001', 'Metric', 'duration', 'Metric.durationMs', 1500],
  ['001', 'Metric', 'timestamp', 'Metric.timestamp', sent.metric.timestamp],

  // 002: LangSmith Run (Python SDK), on the LLM call unless the field belongs elsewhere
  ['002', 'Run', 'id', 'LLMCall.id', ids.llm],
  ['002', 'Run', 'name', 'LLMCall.name', sent.llm.name],
  ['002', 'Run', 'run_type', 'LLMCall.runType', 'LLM'],
  ['002', 'Run', 'start_time', 'LLMCall.startTime', sent.llm.startTime],
  ['002', 'Run', 'end_time', 'LLMCall.endTime', llmEnd],
  ['002', 'Run', 'extra', 'LLMCall.extra', sent.llm.extra],
  ['002', 'Run', 'error', 'LLMCall.error', sent.llm.error],
  ['002', 'Run', 'serialized', 'LLMCall.serialized', sent.llm.serialized],
  ['002', 'Run', 'events', 'LLMCall.events', sent.llm.events],
  ['002', 'Run', 'inputs', 'LLMCall.inputs', sent.llm.inputs],
  ['002', 'Run', 'outputs', 'LLMCall.outputs', sent.llm.outputs],
  ['002', 'Run', 'reference_example_id', 'LLMCall.referenceExampleId', ids.referenceExample],
  ['002', 'Run', 'parent_run_id', 'LLMCall.parentId', ids.agent],
  ['002', 'Run', 'tags', 'LLMCall.tags', sent.llm.tags],
  ['002', 'Run', 'attachments', 'LLMCall.attachments', sent.llm.attachments],
  ['002', 'Run', 'session_id', 'Trace.project.id', () => projectId],
  ['002', 'Run', 'child_run_ids', 'AgentCall.childIds', [ids.llm, ids.tool, ids.embedding]],
  ['002', 'Run', 'child_runs', 'AgentCall.childIds', [ids.llm, ids.tool, ids.embedding]],
  ['002', 'Run', 'feedback_stats', 'LLMCall.feedbackStats', [{ name: 'faithfulness', count: 2, meanScore: close(0.7), meanValue: 4 }]],
  ['002', 'Run', 'app_path', 'LLMCall.appPath', appPath],
  ['002', 'Run', 'manifest_id', 'LLMCall.manifestId', sent.llm.manifestId],
  ['002', 'Run', 'status', 'LLMCall.status', 'ERROR'],
  ['002', 'Run', 'prompt_tokens', 'LLMCall.promptTokens', sent.llm.promptTokens],
  ['002', 'Run', 'completion_tokens', 'LLMCall.completionTokens', sent.llm.completionTokens],
  ['002', 'Run', 'total_tokens', 'LLMCall.totalTokens', sent.llm.totalTokens],
  ['002', 'Run', 'prompt_token_details', 'LLMCall.promptTokenDetails', sent.llm.promptTokenDetails],
  ['002', 'Run', 'prompt_token_details.cache_read', 'LLMCall.cacheReadTokens', sent.llm.cacheReadTokens],
  ['002', 'Run', 'prompt_token_details.cache_creation', 'LLMCall.cacheCreationTokens', sent.llm.cacheCreationTokens],
  ['002', 'Run', 'completion_token_details', 'LLMCall.completionTokenDetails', sent.llm.completionTokenDetails],
  ['002', 'Run', 'completion_token_details.reasoning', 'LLMCall.reasoningTokens', sent.llm.reasoningTokens],
  ['002', 'Run', 'first_token_time', 'LLMCall.firstTokenTime', sent.llm.firstTokenTime],
  ['002', 'Run', 'first_token_time (as latency)', 'LLMCall.timeToFirstTokenMs', 250],
  ['002', 'Run', 'total_cost', 'LLMCall.totalCost', sent.llm.totalCost],
  ['002', 'Run', 'prompt_cost', 'LLMCall.promptCost', sent.llm.promptCost],
  ['002', 'Run', 'completion_cost', 'LLMCall.completionCost', sent.llm.completionCost],
  ['002', 'Run', 'prompt_cost_details', 'LLMCall.promptCostDetails', sent.llm.promptCostDetails],
  ['002', 'Run', 'completion_cost_details', 'LLMCall.completionCostDetails', sent.llm.completionCostDetails],
  ['002', 'Run', 'parent_run_ids', 'LLMCall.ancestorIds', [ids.agent]],
  ['002', 'Run', 'trace_id', 'LLMCall.traceId', ids.trace],
  ['002', 'Run', 'dotted_order', 'LLMCall.dottedOrder', sent.llm.dottedOrder],
  ['002', 'Run', 'execution_order', 'LLMCall.stepIndex', sent.llm.stepIndex],
  ['002', 'Run', 'in_dataset', 'LLMCall.inDataset', true],
  ['002', 'Run', 'input_token_details', 'LLMCall.promptTokenDetails', sent.llm.promptTokenDetails],
  ['002', 'Run', 'output_token_details', 'LLMCall.completionTokenDetails', sent.llm.completionTokenDetails],
  ['002', 'Run', 'input_cost_details', 'LLMCall.promptCostDetails', sent.llm.promptCostDetails],
  ['002', 'Run', 'output_cost_details', 'LLMCall.completionCostDetails', sent.llm.completionCostDetails],
  ['002', 'UsageMetadata', 'input_tokens', 'LLMCall.promptTokens', sent.llm.promptTokens],
  ['002', 'UsageMetadata', 'output_tokens', 'LLMCall.completionTokens', sent.llm.completionTokens],
  ['002', 'UsageMetadata', 'total_tokens', 'LLMCall.totalTokens', sent.llm.totalTokens],
  ['002', 'UsageMetadata', 'input_token_details', 'LLMCall.promptTokenDetails', sent.llm.promptTokenDetails],
  ['002', 'UsageMetadata', 'output_token_details', 'LLMCall.completionTokenDetails', sent.llm.completionTokenDetails],
  ['002', 'UsageMetadata', 'input_cost_details', 'LLMCall.promptCostDetails', sent.llm.promptCostDetails],
  ['002', 'UsageMetadata', 'output_cost_details', 'LLMCall.completionCostDetails', sent.llm.completionCostDetails],
  // 003: LangSmith Run (JS SDK): the fields the Python schema does not list
  ['003', 'Run', 'invocation_params', 'LLMCall.invocationParams', sent.llm.invocationParams],
  ['003', 'Run', 'inputs_s3_urls', 'LLMCall.inputsS3Urls', sent.llm.inputsS3Urls],
  ['003', 'Run', 'outputs_s3_urls', 'LLMCall.outputsS3Urls', sent.llm.outputsS3Urls],

  // 002/003: LangSmith TracerSession (the project) and TracerSessionResult stats
  ['002', 'TracerSession', 'id', 'Project.id', () => projectId],
  ['002', 'TracerSession', 'name', 'Project.name', projectInput.name],
  ['002', 'TracerSession', 'description', 'Project.description', projectInput.description],
  ['002', 'TracerSession', 'start_time', 'Project.startTime', () => projectStart],
  ['002', 'TracerSession', 'end_time', 'Project.endTime', projectEnd],
  ['002', 'TracerSession', 'extra', 'Project.metadata', projectInput.metadata],
  ['002', 'TracerSession', 'tags', 'Project.tags', projectInput.tags],
  ['002', 'TracerSession', 'reference_dataset_id', 'Project.referenceDatasetId', ids.referenceDataset],
  ['002', 'TracerSessionResult', 'run_count', 'Project.stats.spanCount', 4],
  ['002', 'TracerSessionResult', 'latency_p50', 'Project.stats.latencyP50', close(10_000)],
  ['002', 'TracerSessionResult', 'latency_p99', 'Project.stats.latencyP99', close(10_000)],
  ['002', 'TracerSessionResult', 'total_tokens', 'Project.stats.totalTokens', sent.llm.totalTokens],
  ['002', 'TracerSessionResult', 'prompt_tokens', 'Project.stats.promptTokens', sent.llm.promptTokens],
  ['002', 'TracerSessionResult', 'completion_tokens', 'Project.stats.completionTokens', sent.llm.completionTokens],
  ['002', 'TracerSessionResult', 'total_cost', 'Project.stats.totalCost', close(traceCost)],
  ['002', 'TracerSessionResult', 'prompt_cost', 'Project.stats.promptCost', close(sent.llm.promptCost)],
  ['002', 'TracerSessionResult', 'completion_cost', 'Project.stats.completionCost', close(sent.llm.completionCost)],
  ['002', 'TracerSessionResult', 'first_token_p50', 'Project.stats.firstTokenP50', close(250)],
  ['002', 'TracerSessionResult', 'first_token_p99', 'Project.stats.firstTokenP99', close(250)],
  ['003', 'TracerSessionResult', 'error_rate', 'Project.stats.errorRate', 1],
  ['003', 'TracerSessionResult', 'streaming_rate', 'Project.stats.streamingRate', 0.5],
  [
    '002',
    'TracerSessionResult',
    'run_facets',
    'Project.stats.runFacets',
    [
      { runType: 'agent', count: 1 },
      { runType: 'embedding', count: 1 },
      { runType: 'llm', count: 1 },
      { runType: 'tool', count: 1 },
    ],
  ],
  ['002', 'TracerSessionResult', 'last_run_start_time', 'Project.stats.lastTraceStartTime', sent.trace.startTime],

  // 004: the LLMTrace model (one per LLM call)
  ['004', 'LLMTrace', 'trace_id', 'LLMCall.id', ids.llm],
  ['004', 'LLMTrace', 'plan_id', 'LLMCall.traceId', ids.trace],
  ['004', 'LLMTrace', 'decision_id', 'LLMCall.decisionId', sent.llm.decisionId],
  ['004', 'LLMTrace', 'actor', 'LLMCall.agentId->name', sent.agent.name],
  ['004', 'LLMTrace', 'provider', 'LLMCall.provider', sent.llm.provider],
  ['004', 'LLMTrace', 'model', 'LLMCall.model', sent.llm.model],
  ['004', 'LLMTrace', 'prompt_tokens', 'LLMCall.promptTokens', sent.llm.promptTokens],
  ['004', 'LLMTrace', 'completion_tokens', 'LLMCall.completionTokens', sent.llm.completionTokens],
  ['004', 'LLMTrace', 'total_tokens', 'LLMCall.totalTokens', sent.llm.totalTokens],
  ['004', 'LLMTrace', 'cost_usd', 'LLMCall.totalCost', sent.llm.totalCost],
  ['004', 'LLMTrace', 'latency_ms', 'LLMCall.durationMs', sent.llm.latencyMs],
  ['004', 'LLMTrace', 'tool_calls', 'LLMCall.toolCalls', sent.llm.toolCalls],
  ['004', 'LLMTrace', 'context_hash', 'LLMCall.contextHash', sent.llm.contextHash],
  ['004', 'LLMTrace', 'context_refs', 'LLMCall.contextRefs', sent.llm.contextRefs],
  ['004', 'LLMTrace', 'streaming', 'LLMCall.streaming', true],
  ['004', 'LLMTrace', 'retry_count', 'LLMCall.retryCount', sent.llm.retryCount],
  ['004', 'LLMTrace', 'temperature', 'LLMCall.temperature', sent.llm.temperature],
  ['004', 'LLMTrace', 'error', 'LLMCall.error', sent.llm.error],
  ['004', 'LLMTrace', 'timestamp', 'LLMCall.startTime', sent.llm.startTime],
];

const EVERYTHING = graphql(`query RefColumnsEverything($p: ID!, $t: ID!, $from: DateTimeISO, $to: DateTimeISO) {
  project(id: $p) {
    id name description tags metadata referenceDatasetId startTime endTime createdAt updatedAt
    totals { traceCount totalCost totalTokens firstTraceTime lastTraceTime durationSeconds }
    stats(from: $from, to: $to) { from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens
      promptCost completionCost totalCost latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate
      runFacets { runType count } lastTraceStartTime }
  }
  trace(id: $t) {
    id name status startTime endTime durationMs userId sessionId agentVersion promptTemplateVersion modelName models inputs outputs
    errorFlag errorType errorMessage tags metadata promptTokens completionTokens totalTokens cacheReadTokens cacheCreationTokens
    reasoningTokens promptCost completionCost totalCost agentCallCount llmCallCount toolCallCount errorCount createdAt updatedAt
    project { id name }
    spans {
      __typename id traceId parentId ancestorIds childIds depth agentId runType name status startTime endTime durationMs stepIndex
      dottedOrder inputs outputs error errorType metadata tags events serialized extra attachments inputsS3Urls outputsS3Urls
      referenceExampleId manifestId inDataset memoryUsed totalCost appPath feedbackStats { name count meanScore meanValue } createdAt updatedAt
      ... on AgentCall { llmCallIds toolCallIds userInteractionIds }
      ... on LLMCall { provider model promptTokens completionTokens totalTokens cacheReadTokens cacheCreationTokens reasoningTokens
        promptTokenDetails completionTokenDetails promptCost completionCost promptCostDetails completionCostDetails costSource
        firstTokenTime timeToFirstTokenMs temperature topP maxTokens stopTokens invocationParams toolCalls streaming retryCount
        contextHash contextRefs hiddenStateHash promptDiffFromPrevious decisionId }
      ... on ToolCall { llmCallId networkCalls retrievedDocs docSimilarityScores intermediateState }
    }
    errors { id traceId agentId llmCallId toolCallId errorType errorMessage stackTrace timestamp metadata }
    metrics { id traceId spanId name score value reason resultDetail config startTime endTime durationMs timestamp source }
    userInteractions { id traceId agentId interactionType content userId timestamp metadata }
    systemInfo { id traceId osName osVersion pythonVersion runtimeName runtimeVersion hostname cpuInfo gpuInfo diskInfo memoryTotal installedPackages metadata createdAt }
  }
}`);

type Obj = Record<string, any>;
let s: TestServer;
let view: Record<string, Obj | null | undefined>;
let spans: Obj[];
let ingestResult: Obj;

/** Reads `Type.a.b` from the view; `x->rest` reads `rest` on the span whose id is at `x`. */
function read(pathExpr: string): unknown {
  const [first, ...derefs] = pathExpr.split('->');
  const walk = (root: unknown, keys: string[]) => keys.reduce<any>((o, k) => (o === undefined || o === null ? undefined : o[k]), root);
  let value = walk(view, first.split('.'));
  for (const rest of derefs) {
    const span = spans.find((x) => x.id === value);
    if (!span) throw new Error(`${pathExpr}: no span with id ${String(value)}`);
    value = walk(span, rest.split('.'));
  }
  return value;
}

beforeAll(async () => {
  s = await startTestServer();
  const created = await s.gql(graphql(`mutation RefColumnsCreateProject($i: CreateProjectInput!) { createProject(input: $i) { id startTime } }`), {
    i: projectInput,
  });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  projectId = created.data.createProject.id;
  projectStart = created.data.createProject.startTime;
  const ended = await s.gql(
    graphql(`mutation RefColumnsEndProject($id: ID!, $e: DateTimeISO) { updateProject(id: $id, input: { endTime: $e }) { endTime } }`),
    { id: projectId, e: projectEnd },
  );
  if (!ended.data) throw new Error(JSON.stringify(ended.errors));

  const r = await s.gql(
    graphql(`mutation RefColumnsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }`),
    {
      b: {
        projectId,
        traces: [sent.trace],
        agentCalls: [sent.agent],
        llmCalls: [sent.llm, sent.embedding],
        toolCalls: [sent.tool],
        errors: [sent.error],
        userInteractions: [sent.interaction],
        systemInfos: [sent.systemInfo],
        metrics: [sent.metric, sent.metric2],
      },
    },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  ingestResult = r.data.ingest;

  const q = await s.gql(EVERYTHING, { p: projectId, t: ids.trace, from: statsFrom, to: statsTo });
  if (!q.data) throw new Error(JSON.stringify(q.errors));
  if (q.errors) throw new Error(`The query answered with errors: ${JSON.stringify(q.errors)}`);
  const { project, trace } = q.data;
  spans = trace.spans;
  const span = (id: string) => spans.find((x) => x.id === id);
  view = {
    Project: project,
    Trace: trace,
    AgentCall: span(ids.agent),
    LLMCall: span(ids.llm),
    ToolCall: span(ids.tool),
    TraceError: trace.errors.find((x: Obj) => x.id === ids.error),
    Metric: trace.metrics.find((x: Obj) => x.id === ids.metric),
    UserInteraction: trace.userInteractions.find((x: Obj) => x.id === ids.interaction),
    SystemInfo: trace.systemInfo,
  };
});
afterAll(() => s?.stop());

describe('reference columns', () => {
  it('accepts the fully populated trace without rejecting anything', () => {
    expect(ingestResult).toEqual({ accepted: 10, rejected: 0, rejections: [] });
    expect(spans.map((x) => [x.__typename, x.id])).toEqual([
      ['AgentCall', ids.agent],
      ['LLMCall', ids.llm],
      ['ToolCall', ids.tool],
      ['LLMCall', ids.embedding],
    ]);
    for (const [name, v] of Object.entries(view)) expect([name, v]).toEqual([name, expect.any(Object)]);
  });

  it.each(COLUMNS)('%s %s.%s is stored and read back at %s', (_doc, _model, _column, graphqlPath, expected) => {
    const actual = read(graphqlPath);
    expect(actual).not.toBeUndefined();
    expect(actual).toEqual(typeof expected === 'function' ? expected() : expected);
  });

  it('covers every column of the CREATE TABLE statements in 000', () => {
    const tables = Object.entries(reference.tables000).map(([table, columns]) => ({ table, columns }));
    // The fixture must hold the three tables and their 48 columns, or the check below proves nothing.
    expect(tables.map((t) => t.table)).toEqual(['agent_runs', 'llm_calls', 'tool_calls']);
    expect(tables.map((t) => t.columns.length)).toEqual([15, 17, 16]);
    const referenced = tables.flatMap((t) => t.columns.map((c) => `${t.table}.${c}`));
    const mapped = COLUMNS.filter((r) => r[0] === '000').map((r) => `${r[1]}.${r[2]}`);
    expect(referenced.filter((c) => !mapped.includes(c))).toEqual([]);
    expect(mapped.filter((c) => !referenced.includes(c))).toEqual([]);
    expect(new Set(mapped).size).toBe(mapped.length);
  });

  it('covers every field of the models described in 001', () => {
    const models = Object.keys(reference.models001);
    const fields = Object.entries(reference.models001).flatMap(([model, names]) => names.map((f) => `${model}.${f}`));
    expect([...models].sort()).toEqual(['AgentCall', 'Error', 'LLMCall', 'Metric', 'ProjectInfo', 'SystemInfo', 'ToolCall', 'Trace', 'UserInteraction']);
    expect(fields).toHaveLength(86);
    const mapped = COLUMNS.filter((r) => r[0] === '001').map((r) => `${r[1]}.${r[2]}`);
    expect(fields.filter((f) => !mapped.includes(f))).toEqual([]);
    expect(mapped.filter((f) => !fields.includes(f))).toEqual([]);
  });

  it('covers every LLMTrace field 004 lists', () => {
    const fields = reference.llmTrace004;
    expect(fields).toHaveLength(15);
    const mapped = COLUMNS.filter((r) => r[0] === '004').map((r) => r[2]);
    expect(fields.filter((f) => !mapped.includes(f))).toEqual([]);
  });

  it('covers the LangSmith run, usage and cost fields and the tracer session fields and stats', () => {
    const required = {
      Run: [
        'prompt_tokens',
        'completion_tokens',
        'total_tokens',
        'prompt_token_details',
        'completion_token_details',
        'prompt_token_details.cache_read',
        'prompt_token_details.cache_creation',
        'completion_token_details.reasoning',
        'prompt_cost',
        'completion_cost',
        'total_cost',
        'prompt_cost_details',
        'completion_cost_details',
        'first_token_time',
        'status',
        'dotted_order',
        'trace_id',
        'parent_run_id',
        'parent_run_ids',
        'child_run_ids',
        'execution_order',
        'extra',
        'events',
        'serialized',
        'inputs',
        'outputs',
        'error',
        'tags',
        'reference_example_id',
        'attachments',
        'inputs_s3_urls',
        'outputs_s3_urls',
        'manifest_id',
        'app_path',
        'in_dataset',
        'feedback_stats',
        'session_id',
        'id',
        'name',
        'run_type',
        'start_time',
        'end_time',
        'invocation_params',
      ],
      TracerSession: ['id', 'name', 'description', 'start_time', 'end_time', 'extra', 'tags', 'reference_dataset_id'],
      TracerSessionResult: [
        'run_count',
        'latency_p50',
        'latency_p99',
        'total_tokens',
        'prompt_tokens',
        'completion_tokens',
        'total_cost',
        'prompt_cost',
        'completion_cost',
        'first_token_p50',
        'first_token_p99',
        'error_rate',
        'streaming_rate',
        'run_facets',
        'last_run_start_time',
      ],
    };
    const mapped = COLUMNS.filter((r) => r[0] === '002' || r[0] === '003').map((r) => `${r[1]}.${r[2]}`);
    const missing = Object.entries(required)
      .flatMap(([model, cols]) => cols.map((c) => `${model}.${c}`))
      .filter((c) => !mapped.includes(c));
    expect(missing).toEqual([]);
    // Each field named here must appear in the documents (so the list above can't drift into inventions):
    // the fixture lists the names `pnpm reference:check` found in 002 or 003.
    const absent = Object.values(required)
      .flat()
      .flatMap((c) => c.split('.'))
      .filter((c) => !reference.names002003.includes(c));
    expect(absent).toEqual([]);
  });
});
