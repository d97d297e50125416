import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/service.context';
import { mapEntity } from '../common/mapping.util';
import type { ApiKeyEntity } from './api-key.entity';
import { Project } from '../projects/project.type';
import { createApiKey, listApiKeys, revokeApiKey, viewerOf } from './api-key.service';
import { ApiKey, type ApiKeyRoleEnum, CreateApiKeyInput, CreatedApiKey, Viewer } from './api-key.type';

/** Maps a key row to the API type, without its hash. */
const toApiKey = (k: ApiKeyEntity): ApiKey => mapEntity(ApiKey, k, ['projectId', 'project', 'keyHash']);

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => Viewer, { description: "The calling key's role and project, so a UI offers only what the key may do" })
  viewer(@Ctx() ctx: RequestContext): Viewer {
    const v = viewerOf(ctx);
    return { ...v, role: v.role as ApiKeyRoleEnum };
  }

  @Mutation(() => CreatedApiKey, { description: 'Creates a key for a project (admin keys); the secret is returned only here' })
  async createApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput) {
    const { key, secret } = await createApiKey(ctx, input);
    return { apiKey: toApiKey(key), secret };
  }

  @Mutation(() => ApiKey, { description: 'Revokes a key at once' })
  async revokeApiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return toApiKey(await revokeApiKey(ctx, id));
  }
}

/** The keys of a project, shown on the project. */
@Resolver(() => Project)
export class ProjectApiKeysResolver {
  @FieldResolver(() => [ApiKey], { description: 'Admin keys only' })
  async apiKeys(@Ctx() ctx: RequestContext, @Root() project: Project) {
    return (await listApiKeys(ctx, project.id)).map(toApiKey);
  }
}
