import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProjectEntity } from '../projects/project.entity';

/** How a dataset's examples are shaped (LangSmith's data_type): key-value, an LLM prompt, or chat messages. */
export type DatasetDataType = 'kv' | 'llm' | 'chat';

/**
 * A project's collection of examples to evaluate against. `version` is the latest version: every
 * change of its examples (added, edited, deleted) makes a new one, and experiments record the
 * version they ran on.
 */
@Entity({ name: 'datasets' })
@Index('datasets_project_name_key', ['projectId', 'name'], { unique: true })
export class DatasetEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'datasets_project_fk' })
  project?: ProjectEntity;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { default: 'kv' }) dataType: DatasetDataType;
  @Column('jsonb', { nullable: true }) inputsSchema: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) outputsSchema: Record<string, unknown> | null;
  @Column('jsonb', { default: () => "'{}'" }) metadata: Record<string, unknown>;
  /** The latest version; 0 while the dataset has no examples yet. */
  @Column('integer', { default: 0 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** One version of a dataset: when it was made, why, and the tags that name it (LangSmith's dataset version tags). */
@Entity({ name: 'dataset_versions' })
export class DatasetVersionEntity {
  @PrimaryColumn('uuid') datasetId: string;
  @ManyToOne(() => DatasetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id', foreignKeyConstraintName: 'dataset_versions_dataset_fk' })
  dataset?: DatasetEntity;
  @PrimaryColumn('integer') version: number;
  /** What made it: 'add', 'edit', 'delete', 'import', … with a count, for the version list. */
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) tags: string[];
  /** The key that made it; null for the bootstrap admin. */
  @Column('uuid', { nullable: true }) authorKeyId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
