import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { JSONObjectScalar } from '../common/scalars.type';
import type { RequestContext } from '../common/service.context';
import { CreatePromptInput, CreatePromptVersionInput, UpdatePromptInput } from './prompt.input';
import { promptLoaders } from './prompt.loaders';
import {
  comparePromptVersions,
  createPrompt,
  createPromptVersion,
  deletePrompt,
  getPrompt,
  getPromptByName,
  listPrompts,
  listPromptVersions,
  promptLabelHistory,
  promptOfVersion,
  promptVersionOf,
  removePromptLabel,
  renderPrompt,
  rollbackPromptLabel,
  setPromptLabel,
  updatePrompt,
} from './prompt.service';
import {
  DeletePromptPayload,
  Prompt,
  PromptConnection,
  PromptLabel,
  PromptLabelEvent,
  PromptMessageType,
  PromptVersion,
  PromptVersionComparison,
  PromptVersionConnection,
  PromptVersionUsage,
} from './prompt.type';

/** The prompt registry: prompts, their versions and labels. */
@Resolver(() => Prompt)
export class PromptResolver {
  @Query(() => PromptConnection, { description: "A project's prompts by name; `search` keeps those whose name contains it" })
  prompts(
    @Ctx() ctx: RequestContext,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listPrompts(ctx, projectId, search, first, after);
  }

  @Query(() => Prompt)
  prompt(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return getPrompt(ctx, id);
  }

  @Query(() => Prompt, { description: 'A prompt by its name (unique in its project)' })
  promptByName(@Ctx() ctx: RequestContext, @Arg('projectId', () => ID) projectId: string, @Arg('name', () => String) name: string) {
    return getPromptByName(ctx, projectId, name);
  }

  @Query(() => PromptVersionComparison, { description: 'What changed from version a to version b: messages line by line, model, parameters, variables' })
  comparePromptVersions(@Ctx() ctx: RequestContext, @Arg('a', () => ID) a: string, @Arg('b', () => ID) b: string) {
    return comparePromptVersions(ctx, a, b);
  }

  @Query(() => [PromptMessageType], {
    description: "A version's template filled with the variables; BAD_USER_INPUT names the missing ones (extensions.missing)",
  })
  renderPrompt(
    @Ctx() ctx: RequestContext,
    @Arg('versionId', () => ID) versionId: string,
    @Arg('variables', () => JSONObjectScalar, { nullable: true }) variables?: Record<string, unknown> | null,
  ) {
    return renderPrompt(ctx, versionId, variables ?? {});
  }

  @Mutation(() => Prompt, { description: 'Needs ingest access (admin keys have it; read keys do not)' })
  createPrompt(@Ctx() ctx: RequestContext, @Arg('input', () => CreatePromptInput) input: CreatePromptInput) {
    return createPrompt(ctx, input);
  }

  @Mutation(() => Prompt)
  updatePrompt(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePromptInput) input: UpdatePromptInput) {
    return updatePrompt(ctx, id, input);
  }

  @Mutation(() => DeletePromptPayload, { description: 'Admin access: deletes the prompt, its versions and labels' })
  deletePrompt(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return deletePrompt(ctx, id);
  }

  @Mutation(() => PromptVersion, { description: 'Adds the next version to a prompt (created on first use when named by projectId and promptName)' })
  createPromptVersion(@Ctx() ctx: RequestContext, @Arg('input', () => CreatePromptVersionInput) input: CreatePromptVersionInput) {
    return createPromptVersion(ctx, input);
  }

  @Mutation(() => Prompt, { description: 'Points a label (production, staging, …) at a version; the move is recorded' })
  setPromptLabel(
    @Ctx() ctx: RequestContext,
    @Arg('promptId', () => ID) promptId: string,
    @Arg('label', () => String) label: string,
    @Arg('version', () => Int) version: number,
  ) {
    return setPromptLabel(ctx, promptId, label, version);
  }

  @Mutation(() => Prompt)
  removePromptLabel(@Ctx() ctx: RequestContext, @Arg('promptId', () => ID) promptId: string, @Arg('label', () => String) label: string) {
    return removePromptLabel(ctx, promptId, label);
  }

  @Mutation(() => Prompt, { description: 'Moves a label back to where it pointed before its last move' })
  rollbackPromptLabel(@Ctx() ctx: RequestContext, @Arg('promptId', () => ID) promptId: string, @Arg('label', () => String) label: string) {
    return rollbackPromptLabel(ctx, promptId, label);
  }

  @FieldResolver(() => PromptVersionConnection, { description: 'Newest first' })
  versions(
    @Ctx() ctx: RequestContext,
    @Root() prompt: Prompt,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listPromptVersions(ctx, prompt, first, after);
  }

  @FieldResolver(() => PromptVersion, { nullable: true, description: 'A version by number, or the one a label points at; neither: the latest' })
  version(
    @Ctx() ctx: RequestContext,
    @Root() prompt: Prompt,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
    @Arg('label', () => String, { nullable: true }) label?: string | null,
  ) {
    return promptVersionOf(ctx, prompt, version, label);
  }

  @FieldResolver(() => [PromptLabel], { description: 'Where each label points now, by label' })
  labels(@Ctx() ctx: RequestContext, @Root() prompt: Prompt) {
    return promptLoaders(ctx).labelsByPrompt.load(prompt.id);
  }

  @FieldResolver(() => [PromptLabelEvent], { description: 'Moves of the labels (of one label, when given), newest first; at most 100 per label' })
  labelHistory(
    @Ctx() ctx: RequestContext,
    @Root() prompt: Prompt,
    @Arg('label', () => String, { nullable: true }) label?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ) {
    return promptLabelHistory(ctx, prompt.id, label, first);
  }
}

/** A version's prompt, labels and usage, batched per request. */
@Resolver(() => PromptVersion)
export class PromptVersionResolver {
  @FieldResolver(() => Prompt)
  prompt(@Ctx() ctx: RequestContext, @Root() v: PromptVersion) {
    return promptOfVersion(ctx, v);
  }

  @FieldResolver(() => [String], { description: 'The labels pointing at this version' })
  labels(@Ctx() ctx: RequestContext, @Root() v: PromptVersion) {
    return promptLoaders(ctx).labelsByVersion.load(v.id);
  }

  @FieldResolver(() => PromptVersionUsage, { description: 'The LLM calls ingested with this version' })
  usage(@Ctx() ctx: RequestContext, @Root() v: PromptVersion) {
    return promptLoaders(ctx).usageByVersion.load(v.id);
  }
}
