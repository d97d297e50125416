import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../common/columns.util';
import { TraceEntity } from './trace.entity';

/** The machine an agent ran on (AgentNeo SystemInfo); one per trace. */
@Entity({ name: 'system_infos' })
@Index('system_infos_trace_key', ['traceId'], { unique: true })
export class SystemInfoEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @Column('uuid') traceId: string;
  @ManyToOne(() => TraceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trace_id', foreignKeyConstraintName: 'system_infos_trace_fk' })
  trace?: TraceEntity;
  @Column('text', { nullable: true }) osName: string | null;
  @Column('text', { nullable: true }) osVersion: string | null;
  @Column('text', { nullable: true }) pythonVersion: string | null;
  /** The agent's runtime when it is not Python (node, deno, bun, jvm...). */
  @Column('text', { nullable: true }) runtimeName: string | null;
  @Column('text', { nullable: true }) runtimeVersion: string | null;
  @Column('text', { nullable: true }) hostname: string | null;
  @Column('jsonb', { nullable: true }) cpuInfo: unknown;
  @Column('jsonb', { nullable: true }) gpuInfo: unknown;
  @Column('jsonb', { nullable: true }) diskInfo: unknown;
  @Column('bigint', { nullable: true, transformer: bigintAsNumber })
  memoryTotal: number | null;
  @Column('jsonb', { nullable: true }) installedPackages: unknown;
  @Column('jsonb', { default: () => "'{}'" }) metadata: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
