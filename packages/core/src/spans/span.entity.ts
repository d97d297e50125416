import { ChildEntity, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, TableInheritance, UpdateDateColumn } from 'typeorm';
import { bigintAsNumber } from '../common/columns.util';
import { TraceEntity } from '../traces/trace.entity';

export type SpanKind = 'agent' | 'llm' | 'tool';
export type SpanStatus = 'running' | 'success' | 'error';

/** LangSmith run types, each stored under the span kind it maps to. */
export const RUN_TYPES_BY_KIND = {
  agent: ['agent', 'chain', 'prompt', 'parser'],
  llm: ['llm', 'embedding'],
  tool: ['tool', 'retriever'],
} as const satisfies Record<SpanKind, readonly string[]>;
export type RunType = (typeof RUN_TYPES_BY_KIND)[SpanKind][number];

/**
 * One step of a trace. All kinds share one table (single-table inheritance) so that a tree that
 * mixes kinds (an agent inside a tool inside an agent) is one indexed read, and a parent may
 * arrive after its children: parent_id is deliberately not a foreign key.
 */
@Entity({ name: 'spans' })
@TableInheritance({ column: { type: 'text', name: 'kind' } })
@Index('spans_trace_start_idx', ['traceId', 'startTime'])
@Index('spans_project_start_idx', ['projectId', 'startTime'])
@Index('spans_trace_seq_idx', ['traceId', 'seq'])
@Index('spans_prompt_version_idx', ['promptVersionId', 'startTime'], { where: 'prompt_version_id IS NOT NULL' })
export class SpanEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') kind: SpanKind;
  @Column('uuid') projectId: string;
  @Column('uuid') traceId: string;
  @ManyToOne(() => TraceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trace_id', foreignKeyConstraintName: 'spans_trace_fk' })
  trace?: TraceEntity;
  @Column('uuid', { nullable: true }) parentId: string | null;
  @Column('text') runType: RunType;
  @Column('text', { nullable: true }) name: string | null;
  @Column('text', { default: 'running' }) status: SpanStatus;
  @Column('timestamptz') startTime: Date;
  @Column('timestamptz', { nullable: true }) endTime: Date | null;
  @Column('double precision', { nullable: true }) durationMs: number | null;
  @Column('integer', { nullable: true }) stepIndex: number | null;
  @Column('text', { nullable: true }) dottedOrder: string | null;
  @Column('jsonb', { nullable: true }) inputs: unknown;
  @Column('jsonb', { nullable: true }) outputs: unknown;
  @Column('text', { nullable: true }) error: string | null;
  @Column('text', { nullable: true }) errorType: string | null;
  @Column('jsonb', { default: () => "'{}'" }) metadata: Record<string, unknown>;
  @Column('text', { array: true, default: () => "'{}'" }) tags: string[];
  /** Streamed chunks and other timed events (LangSmith events, streaming_trace, streaming_logs). */
  @Column('jsonb', { nullable: true }) events: unknown;
  @Column('jsonb', { nullable: true }) serialized: unknown;
  /** LangSmith's `extra` minus `metadata` (runtime, invocation info). */
  @Column('jsonb', { nullable: true }) extra: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) attachments: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) inputsS3Urls: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) outputsS3Urls: Record<string, unknown> | null;
  @Column('uuid', { nullable: true }) referenceExampleId: string | null;
  @Column('text', { nullable: true }) manifestId: string | null;
  @Column('boolean', { default: false }) inDataset: boolean;
  /** The prompt version this step rendered (an LLM call made from the registry), set at ingestion. */
  @Column('uuid', { nullable: true }) promptVersionId: string | null;
  @Column('bigint', { nullable: true, transformer: bigintAsNumber })
  memoryUsed: number | null;
  /** Cost of any span: an LLM call's price, a tool's cost_estimate. */
  @Column('double precision', { nullable: true }) totalCost: number | null;
  /** Position of this span's latest version in its trace's ingestion order (see traces.span_seq). */
  @Column('integer', { default: 0 }) seq: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** An agent, chain, prompt or parser step (AgentNeo AgentCall, agent_runs steps). */
@ChildEntity('agent')
export class AgentCallEntity extends SpanEntity {}

/** A call to a language or embedding model (llm_calls, AgentNeo LLMCall, the LLMTrace model). */
@ChildEntity('llm')
export class LLMCallEntity extends SpanEntity {
  @Column('text', { nullable: true }) provider: string | null;
  @Column('text', { nullable: true }) model: string | null;
  @Column('integer', { nullable: true }) promptTokens: number | null;
  @Column('integer', { nullable: true }) completionTokens: number | null;
  @Column('integer', { nullable: true }) totalTokens: number | null;
  @Column('integer', { nullable: true }) cacheReadTokens: number | null;
  @Column('integer', { nullable: true }) cacheCreationTokens: number | null;
  @Column('integer', { nullable: true }) reasoningTokens: number | null;
  @Column('jsonb', { nullable: true }) promptTokenDetails: Record<string, number> | null;
  @Column('jsonb', { nullable: true }) completionTokenDetails: Record<string, number> | null;
  @Column('double precision', { nullable: true }) promptCost: number | null;
  @Column('double precision', { nullable: true }) completionCost: number | null;
  @Column('jsonb', { nullable: true }) promptCostDetails: Record<string, number> | null;
  @Column('jsonb', { nullable: true }) completionCostDetails: Record<string, number> | null;
  /** 'client' when the caller sent the cost (it always wins), 'computed' when priced from a custom or the bundled price. */
  @Column('text', { nullable: true }) costSource: 'client' | 'computed' | null;
  /** True when Sextant counted the prompt and completion tokens itself, from the inputs and outputs, because the client sent no counts. */
  @Column('boolean', { default: false }) tokensEstimated: boolean;
  @Column('timestamptz', { nullable: true }) firstTokenTime: Date | null;
  @Column('double precision', { nullable: true }) temperature: number | null;
  @Column('double precision', { nullable: true }) topP: number | null;
  @Column('integer', { nullable: true }) maxTokens: number | null;
  @Column('text', { array: true, nullable: true }) stopTokens: string[] | null;
  @Column('jsonb', { nullable: true }) invocationParams: Record<string, unknown> | null;
  /** The tool calls the model asked for in its output. */
  @Column('jsonb', { nullable: true }) toolCalls: unknown;
  @Column('boolean', { nullable: true }) streaming: boolean | null;
  @Column('integer', { nullable: true }) retryCount: number | null;
  @Column('text', { nullable: true }) contextHash: string | null;
  @Column('text', { array: true, nullable: true }) contextRefs: string[] | null;
  @Column('text', { nullable: true }) hiddenStateHash: string | null;
  @Column('text', { nullable: true }) promptDiffFromPrevious: string | null;
  @Column('text', { nullable: true }) decisionId: string | null;
}

/** A tool or retriever invocation (tool_calls, AgentNeo ToolCall). */
@ChildEntity('tool')
export class ToolCallEntity extends SpanEntity {
  /** The LLM call whose output requested this tool call. */
  @Column('uuid', { nullable: true }) llmCallId: string | null;
  @Column('jsonb', { nullable: true }) networkCalls: unknown;
  @Column('jsonb', { nullable: true }) retrievedDocs: unknown;
  @Column('jsonb', { nullable: true }) docSimilarityScores: unknown;
  @Column('jsonb', { nullable: true }) intermediateState: unknown;
}
