import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: "A project's OpenAI-compatible chat-completions endpoint, for experiments and their judge. The API key itself is never returned." })
export class LlmEndpoint {
  @Field({ description: 'The base URL; requests go to {baseUrl}/chat/completions' }) baseUrl: string;
  @Field(() => String, { nullable: true, description: 'The model experiments use when neither they nor their prompt version name one' })
  defaultModel: string | null;
  @Field({ description: 'Whether a key is stored (encrypted at rest)' }) hasApiKey: boolean;
  @Field(() => String, { nullable: true, description: 'The last 4 characters of the stored key, to tell keys apart' }) apiKeyHint: string | null;
  @Field() updatedAt: Date;
}

@InputType()
export class LlmEndpointInput {
  @Field({ description: 'An http(s) URL, e.g. https://api.openai.com/v1' }) baseUrl: string;
  @Field(() => String, { nullable: true, description: 'Omitted: the stored key is kept; an empty string removes it' }) apiKey?: string | null;
  @Field(() => String, { nullable: true }) defaultModel?: string | null;
}
