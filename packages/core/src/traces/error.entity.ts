import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TraceEntity } from './trace.entity';

/** An error raised during a trace (AgentNeo Error), optionally tied to the agent, LLM or tool call that raised it. */
@Entity({ name: 'errors' })
@Index('errors_trace_idx', ['traceId', 'timestamp'])
@Index('errors_project_time_idx', ['projectId', 'timestamp'])
@Index('errors_project_created_idx', ['projectId', 'createdAt'])
export class ErrorEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @Column('uuid') traceId: string;
  @ManyToOne(() => TraceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trace_id', foreignKeyConstraintName: 'errors_trace_fk' })
  trace?: TraceEntity;
  @Column('uuid', { nullable: true }) agentId: string | null;
  @Column('uuid', { nullable: true }) llmCallId: string | null;
  @Column('uuid', { nullable: true }) toolCallId: string | null;
  /** 'LLM', 'Tool', 'Agent' in AgentNeo's terms, or an exception class name. */
  @Column('text', { nullable: true }) errorType: string | null;
  @Column('text') errorMessage: string;
  @Column('text', { nullable: true }) stackTrace: string | null;
  @Column('timestamptz') timestamp: Date;
  @Column('jsonb', { default: () => "'{}'" }) metadata: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
