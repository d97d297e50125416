import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/service.context';
import { Project } from '../projects/project.type';
import { llmEndpointOf, removeLlmEndpoint, setLlmEndpoint } from './llm-endpoint.service';
import { LlmEndpoint, LlmEndpointInput } from './llm-endpoint.type';

@Resolver(() => Project)
export class ProjectLlmEndpointResolver {
  @FieldResolver(() => LlmEndpoint, { nullable: true, description: 'The OpenAI-compatible endpoint experiments run against; null when none is set' })
  llmEndpoint(@Ctx() ctx: RequestContext, @Root() project: Project) {
    return llmEndpointOf(ctx, project.id);
  }

  @Mutation(() => LlmEndpoint, { description: "Sets a project's OpenAI-compatible endpoint for experiments; the key is stored encrypted (admin keys)" })
  setLlmEndpoint(@Ctx() ctx: RequestContext, @Arg('projectId', () => ID) projectId: string, @Arg('input', () => LlmEndpointInput) input: LlmEndpointInput) {
    return setLlmEndpoint(ctx, projectId, input);
  }

  @Mutation(() => Boolean, { description: "Removes a project's endpoint; false when it had none (admin keys)" })
  removeLlmEndpoint(@Ctx() ctx: RequestContext, @Arg('projectId', () => ID) projectId: string) {
    return removeLlmEndpoint(ctx, projectId);
  }
}
