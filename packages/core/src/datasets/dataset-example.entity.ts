import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DatasetEntity } from './dataset.entity';

/**
 * The identity of an example: which dataset it is in, when it was added and where it came from.
 * Its content lives in revisions, one per dataset version that changed it.
 */
@Entity({ name: 'dataset_examples' })
@Index('dataset_examples_dataset_idx', ['datasetId', 'createdAt', 'id'])
@Index('dataset_examples_source_trace_idx', ['sourceTraceId'], { where: 'source_trace_id IS NOT NULL' })
export class DatasetExampleEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') datasetId: string;
  @ManyToOne(() => DatasetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id', foreignKeyConstraintName: 'dataset_examples_dataset_fk' })
  dataset?: DatasetEntity;
  @Column('uuid') projectId: string;
  /** The trace (and span) it was made from; not foreign keys, so the example outlives them. */
  @Column('uuid', { nullable: true }) sourceTraceId: string | null;
  @Column('uuid', { nullable: true }) sourceSpanId: string | null;
  /** The dataset version that added it. */
  @Column('integer') createdVersion: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/**
 * An example's content as of a dataset version. The example at version N is its revision with the
 * greatest version ≤ N; a deleted revision means it is not in the dataset from that version on.
 */
@Entity({ name: 'dataset_example_revisions' })
@Index('dataset_example_revisions_dataset_idx', ['datasetId', 'version'])
export class DatasetExampleRevisionEntity {
  @PrimaryColumn('uuid') exampleId: string;
  @ManyToOne(() => DatasetExampleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'example_id', foreignKeyConstraintName: 'dataset_example_revisions_example_fk' })
  example?: DatasetExampleEntity;
  @PrimaryColumn('integer') version: number;
  @Column('uuid') datasetId: string;
  @Column('jsonb') inputs: Record<string, unknown>;
  /** Reference outputs: what a good answer is. */
  @Column('jsonb', { nullable: true }) outputs: Record<string, unknown> | null;
  @Column('jsonb', { default: () => "'{}'" }) metadata: Record<string, unknown>;
  /** Splits it belongs to (train, test, …); empty means the base split. */
  @Column('text', { array: true, default: () => "'{}'" }) splits: string[];
  @Column('boolean', { default: false }) deleted: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
