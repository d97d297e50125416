import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/service.context';
import { compareTraces, MAX_COMPARED_SPANS } from './trace-compare.service';
import { TraceComparison } from './trace-compare.type';

/** Every field of every span type: the spans of a comparison are answered with whatever the query selects under a and b. */
export function spanFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  for (const type of ['AgentCall', 'LLMCall', 'ToolCall']) {
    const t = info.schema.getType(type);
    if (t && 'getFields' in t) for (const f of Object.keys(t.getFields())) names.add(f);
  }
  return names;
}

@Resolver(() => TraceComparison)
export class TraceCompareResolver {
  @Query(() => TraceComparison, {
    description:
      'Two traces side by side (e.g. two runs of one agent): span trees aligned by path of kinds and names, with the fields that differ per aligned span and the deltas of duration, cost and tokens. Traces of up to ' +
      `${MAX_COMPARED_SPANS.toLocaleString('en-US')} spans.`,
  })
  compareTraces(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('a', () => ID) a: string, @Arg('b', () => ID) b: string) {
    return compareTraces(ctx, a, b, spanFieldNames(info));
  }
}
