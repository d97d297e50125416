import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Extensions, FieldResolver, ID, Info, Int, Resolver, Root } from 'type-graphql';
import { selectedFieldNames } from '../common/selection.util';
import type { RequestContext } from '../common/service.context';
import { Trace } from '../traces/trace.type';
import { traceSpanPage } from './span.service';
import { promptLoaders } from '../prompts/prompt.loaders';
import { toPromptVersion } from '../prompts/prompt.mapper';
import { PromptVersion } from '../prompts/prompt.type';
import { LLMCall, Span } from './span.type';

/** A trace's spans, placed in their tree. */
@Resolver(() => Trace)
export class TraceSpansResolver {
  @FieldResolver(() => [Span], {
    description:
      'Spans depth-first, siblings by start time: a page of `first` (at most MAX_SPANS_PER_PAGE, 1,000 by default, which is also the size when left out); ' +
      'pass the last id as `after` for the next page. spanCount says how many there are.',
  })
  // Read by the query cost limit: a page left unsized holds MAX_SPANS_PER_PAGE spans, not DEFAULT_PAGE_SIZE.
  @Extensions({ pageSize: 'spans' })
  spans(
    @Ctx() ctx: RequestContext,
    @Root() trace: Trace,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => ID, { nullable: true, description: 'The id of the last span of the previous page' }) after?: string | null,
  ): Promise<Span[]> {
    // The selected fields decide which columns are read: a tree view never pays for inputs and outputs.
    return traceSpanPage(ctx, trace.id, { first, after }, selectedFieldNames(info));
  }

  @FieldResolver(() => Int, { description: 'How many spans the trace holds (agent, LLM and tool calls)' })
  spanCount(@Root() trace: Trace): number {
    return trace.agentCallCount + trace.llmCallCount + trace.toolCallCount;
  }
}

/** The prompt version an LLM call was made from, batched per request. */
@Resolver(() => LLMCall)
export class LLMCallPromptResolver {
  @FieldResolver(() => PromptVersion, {
    nullable: true,
    description: 'The prompt registry version the call rendered; null when none was given or it was deleted',
  })
  promptVersion(@Ctx() ctx: RequestContext, @Root() call: LLMCall): PromptVersion | null | Promise<PromptVersion | null> {
    // Most calls have none: answered without a promise, as a page holds up to 1,000 spans.
    if (!call.promptVersionId) return null;
    return promptLoaders(ctx)
      .promptVersionById.load(call.promptVersionId)
      .then((row) => (row && row.projectId === call.projectId ? toPromptVersion(row) : null));
  }
}
