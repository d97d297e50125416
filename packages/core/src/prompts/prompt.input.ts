import { Field, ID, InputType } from 'type-graphql';
import { JSONObjectScalar } from '../common/scalars.type';
import { PromptTemplateFormatEnum } from './prompt.type';

@InputType()
export class CreatePromptInput {
  @Field(() => ID) projectId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
}

@InputType()
export class UpdatePromptInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'Replaces the tags' }) tags?: string[] | null;
}

@InputType()
export class PromptMessageInput {
  @Field() role: string;
  @Field() content: string;
}

@InputType({ description: 'A new version: give promptId, or projectId and promptName (the prompt is created on first use)' })
export class CreatePromptVersionInput {
  @Field(() => ID, { nullable: true }) promptId?: string | null;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => String, { nullable: true }) promptName?: string | null;
  @Field(() => PromptTemplateFormatEnum) templateFormat: PromptTemplateFormatEnum;
  @Field(() => [PromptMessageInput], { nullable: true, description: 'The messages of a CHAT template' }) messages?: PromptMessageInput[] | null;
  @Field(() => String, { nullable: true, description: 'The text of a TEXT template' }) text?: string | null;
  @Field(() => String, { nullable: true }) model?: string | null;
  @Field(() => JSONObjectScalar, { nullable: true }) parameters?: Record<string, unknown> | null;
  @Field(() => String, { nullable: true }) commitMessage?: string | null;
  @Field(() => [String], { nullable: true, description: 'Labels to point at the new version (moved from where they were)' }) labels?: string[] | null;
}
