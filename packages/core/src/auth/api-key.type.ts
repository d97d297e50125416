import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum ApiKeyRoleEnum {
  INGEST = 'ingest',
  READ = 'read',
  ADMIN = 'admin',
}
registerEnumType(ApiKeyRoleEnum, {
  name: 'ApiKeyRole',
  description: 'ingest: send traces; read: query; admin: both, plus keys, project settings and deletion',
});

@ObjectType({ description: 'An API key of one project; the secret is shown only when created' })
export class ApiKey {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ApiKeyRoleEnum) role: string;
  @Field({ description: 'The first characters of the key, to recognise it' }) prefix: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey) apiKey: ApiKey;
  @Field({ description: 'The key itself. It is not stored and cannot be shown again.' }) secret: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID) projectId: string;
  @Field() name: string;
  @Field(() => ApiKeyRoleEnum) role: ApiKeyRoleEnum;
}

@ObjectType({ description: 'Who the request authenticated as: what a UI may offer this key' })
export class Viewer {
  @Field(() => ApiKeyRoleEnum, { description: 'ADMIN for the bootstrap admin key' }) role: ApiKeyRoleEnum;
  @Field({ description: 'True for the bootstrap admin key, which spans every project and may create projects' }) bootstrapAdmin: boolean;
  @Field(() => ID, { nullable: true, description: "The key's project; null for the bootstrap admin" }) projectId: string | null;
}
