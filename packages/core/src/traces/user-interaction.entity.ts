import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TraceEntity } from './trace.entity';

/** A user's input to, or an output shown to the user by, an agent (AgentNeo UserInteraction). */
@Entity({ name: 'user_interactions' })
@Index('user_interactions_trace_idx', ['traceId', 'timestamp'])
export class UserInteractionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @Column('uuid') traceId: string;
  @ManyToOne(() => TraceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trace_id', foreignKeyConstraintName: 'user_interactions_trace_fk' })
  trace?: TraceEntity;
  @Column('uuid', { nullable: true }) agentId: string | null;
  /** 'input' or 'output' in AgentNeo; feedback and other kinds are allowed. */
  @Column('text') interactionType: string;
  @Column('text') content: string;
  @Column('text', { nullable: true }) userId: string | null;
  @Column('timestamptz') timestamp: Date;
  @Column('jsonb', { default: () => "'{}'" }) metadata: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
