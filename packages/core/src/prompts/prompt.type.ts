import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CountedConnection, PageInfo } from '../common/pagination.util';
import { JSONObjectScalar, JSONScalar } from '../common/scalars.type';

export enum PromptTemplateFormatEnum {
  CHAT = 'chat',
  TEXT = 'text',
}
registerEnumType(PromptTemplateFormatEnum, { name: 'PromptTemplateFormat', description: 'CHAT: a list of messages; TEXT: one string' });

export enum PromptMessageChangeEnum {
  ADDED = 'added',
  REMOVED = 'removed',
  CHANGED = 'changed',
  SAME = 'same',
}
registerEnumType(PromptMessageChangeEnum, { name: 'PromptMessageChange' });

export enum PromptLineOpEnum {
  ADD = 'add',
  REMOVE = 'remove',
  KEEP = 'keep',
}
registerEnumType(PromptLineOpEnum, { name: 'PromptLineOp' });

@ObjectType({ description: 'One message of a chat template, or of a rendered prompt' })
export class PromptMessageType {
  @Field() role: string;
  @Field() content: string;
}

@ObjectType({ description: 'A named prompt of a project; its content is in its versions' })
export class Prompt {
  projectId: string;
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [String]) tags: string[];
  @Field(() => Int, { description: 'The newest version number; 0 before the first version' }) latestVersion: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType({ description: 'One immutable version of a prompt' })
export class PromptVersion {
  projectId: string;
  promptId: string;
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => PromptTemplateFormatEnum) templateFormat: PromptTemplateFormatEnum;
  @Field(() => [PromptMessageType], { nullable: true, description: 'The messages of a CHAT template' }) messages: PromptMessageType[] | null;
  @Field(() => String, { nullable: true, description: 'The text of a TEXT template' }) text: string | null;
  @Field(() => [String], { description: 'The {{variables}} the template uses, in order of first use' }) variables: string[];
  @Field(() => String, { nullable: true }) model: string | null;
  @Field(() => JSONObjectScalar, { description: 'Model parameters (temperature, max_tokens, …)' }) parameters: Record<string, unknown>;
  @Field(() => String, { nullable: true }) commitMessage: string | null;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'Where a label of a prompt points now' })
export class PromptLabel {
  @Field() label: string;
  @Field(() => Int) version: number;
  @Field(() => ID) versionId: string;
  @Field() updatedAt: Date;
}

@ObjectType({ description: 'One move of a label: set, moved, rolled back or removed' })
export class PromptLabelEvent {
  @Field() label: string;
  @Field(() => Int, { nullable: true, description: 'Where it pointed after the move; null when it was removed' }) version: number | null;
  @Field(() => Int, { nullable: true, description: 'Where it pointed before; null when the move created it' }) previousVersion: number | null;
  @Field(() => String, { nullable: true, description: 'The name of the API key that moved it; null for the bootstrap admin' }) author: string | null;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'The LLM calls ingested with this prompt version' })
export class PromptVersionUsage {
  @Field(() => Int) llmCalls: number;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
}

@ObjectType()
export class PromptEdge {
  @Field() cursor: string;
  @Field(() => Prompt) node: Prompt;
}

@ObjectType()
export class PromptConnection extends CountedConnection {
  @Field(() => [PromptEdge]) edges: PromptEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType()
export class PromptVersionEdge {
  @Field() cursor: string;
  @Field(() => PromptVersion) node: PromptVersion;
}

@ObjectType()
export class PromptVersionConnection extends CountedConnection {
  @Field(() => [PromptVersionEdge]) edges: PromptVersionEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType({ description: 'One line of a message diff' })
export class PromptDiffLine {
  @Field(() => PromptLineOpEnum) op: PromptLineOpEnum;
  @Field() text: string;
}

@ObjectType({ description: 'One message of two aligned versions (a TEXT template is one message without a role)' })
export class PromptMessageDiff {
  @Field(() => Int) index: number;
  @Field(() => String, { nullable: true, description: "The message's role in version a; null when a lacks it" }) roleA: string | null;
  @Field(() => String, { nullable: true }) roleB: string | null;
  @Field(() => PromptMessageChangeEnum) change: PromptMessageChangeEnum;
  @Field(() => [PromptDiffLine]) lines: PromptDiffLine[];
}

@ObjectType()
export class PromptModelDiff {
  @Field(() => String, { nullable: true }) a: string | null;
  @Field(() => String, { nullable: true }) b: string | null;
  @Field() changed: boolean;
}

@ObjectType({ description: 'A model parameter whose value differs; null where a version lacks it' })
export class PromptParameterDiff {
  @Field() key: string;
  @Field(() => JSONScalar, { nullable: true }) a: unknown;
  @Field(() => JSONScalar, { nullable: true }) b: unknown;
}

@ObjectType({ description: 'What changed from prompt version a to version b' })
export class PromptVersionComparison {
  @Field(() => PromptVersion) a: PromptVersion;
  @Field(() => PromptVersion) b: PromptVersion;
  @Field(() => [PromptMessageDiff]) messages: PromptMessageDiff[];
  @Field(() => PromptModelDiff) model: PromptModelDiff;
  @Field(() => [PromptParameterDiff], { description: 'Only the parameters that differ' }) parameters: PromptParameterDiff[];
  @Field(() => [String]) variablesAdded: string[];
  @Field(() => [String]) variablesRemoved: string[];
}

@ObjectType()
export class DeletePromptPayload {
  @Field(() => ID) id: string;
  @Field() deleted: boolean;
}
