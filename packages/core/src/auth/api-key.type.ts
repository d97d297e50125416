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
