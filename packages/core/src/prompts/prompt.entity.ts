import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ProjectEntity } from '../projects/project.entity';

/** A chat template is a list of messages; a text template is one string. */
export type PromptTemplateFormat = 'chat' | 'text';
/** One message of a chat template; `content` may hold {{variables}}. */
export type PromptMessage = { role: string; content: string };

/** A named prompt of a project; its content is in its versions. */
@Entity({ name: 'prompts' })
@Index('prompts_project_name_key', ['projectId', 'name'], { unique: true })
export class PromptEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'prompts_project_fk' })
  project?: ProjectEntity;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) tags: string[];
  /** The latest version number; 0 before the first. */
  @Column('integer', { default: 0 }) latestVersion: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** One immutable version of a prompt: its template, variables, model and parameters, and why it was made. */
@Entity({ name: 'prompt_versions' })
@Index('prompt_versions_prompt_version_key', ['promptId', 'version'], { unique: true })
export class PromptVersionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') promptId: string;
  @ManyToOne(() => PromptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prompt_id', foreignKeyConstraintName: 'prompt_versions_prompt_fk' })
  prompt?: PromptEntity;
  @Column('uuid') projectId: string;
  @Column('integer') version: number;
  @Column('text') templateFormat: PromptTemplateFormat;
  /** PromptMessage[] for chat, a string for text. */
  @Column('jsonb') template: PromptMessage[] | string;
  /** The {{variables}} the template uses, in order of first use. */
  @Column('text', { array: true, default: () => "'{}'" }) variables: string[];
  @Column('text', { nullable: true }) model: string | null;
  /** Model parameters (temperature, max_tokens, …) sent with it. */
  @Column('jsonb', { default: () => "'{}'" }) parameters: Record<string, unknown>;
  @Column('text', { nullable: true }) commitMessage: string | null;
  @Column('uuid', { nullable: true }) authorKeyId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** A label (production, staging, …) that points at one version of a prompt and can move. */
@Entity({ name: 'prompt_labels' })
export class PromptLabelEntity {
  @PrimaryColumn('uuid') promptId: string;
  @ManyToOne(() => PromptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prompt_id', foreignKeyConstraintName: 'prompt_labels_prompt_fk' })
  prompt?: PromptEntity;
  @PrimaryColumn('text') label: string;
  @Column('uuid') versionId: string;
  @ManyToOne(() => PromptVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'prompt_labels_version_fk' })
  promptVersion?: PromptVersionEntity;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** Each move of a label, so its history can be shown and a move rolled back. */
@Entity({ name: 'prompt_label_events' })
@Index('prompt_label_events_prompt_idx', ['promptId', 'label', 'createdAt'])
export class PromptLabelEventEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') promptId: string;
  @ManyToOne(() => PromptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prompt_id', foreignKeyConstraintName: 'prompt_label_events_prompt_fk' })
  prompt?: PromptEntity;
  @Column('text') label: string;
  /** Where it now points; null when the label was removed. */
  @Column('uuid', { nullable: true }) versionId: string | null;
  @Column('uuid', { nullable: true }) previousVersionId: string | null;
  @Column('uuid', { nullable: true }) authorKeyId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
