import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A project (LangSmith's tracer session, AgentNeo's ProjectInfo): the tenant every other row belongs to. */
@Entity({ name: 'projects' })
@Index('projects_name_key', ['name'], { unique: true })
export class ProjectEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) tags: string[];
  @Column('jsonb', { default: () => "'{}'" }) metadata: Record<string, unknown>;
  @Column('uuid', { nullable: true }) referenceDatasetId: string | null;
  @Column('timestamptz', { nullable: true }) endTime: Date | null;
  /** Forward this project's traces to LangSmith; null follows the server's default (LANGSMITH_TRACING). */
  @Column('boolean', { nullable: true }) langsmithForwarding: boolean | null;
  /** The LangSmith project its traces go to; null: LANGSMITH_PROJECT. */
  @Column('text', { nullable: true }) langsmithProject: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
