import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const PER_TOKEN = 'USD per token (2.5e-6 is $2.50 per million tokens)';

/** A project's custom model price as the API shows it; projectId stays internal. */
@ObjectType({ description: "A project's own price for the models its pattern matches; it wins over the bundled table for calls from effectiveFrom on" })
export class ModelPrice {
  projectId: string;
  @Field(() => ID) id: string;
  @Field({
    description:
      'Regular expression (case-insensitive) tried on the reported model name, on it without its provider path (openai/), and on its normalized form (date suffix and region removed too)',
  })
  modelPattern: string;
  @Field(() => String, { nullable: true, description: 'When set, only calls reporting this provider (case-insensitive) match' }) provider: string | null;
  @Field(() => Float, { description: `Input (prompt) tokens, ${PER_TOKEN}` }) inputPrice: number;
  @Field(() => Float, { description: `Output (completion) tokens, ${PER_TOKEN}` }) outputPrice: number;
  @Field(() => Float, { nullable: true, description: `Cache-read input tokens, ${PER_TOKEN}; null bills them at inputPrice` }) cacheReadPrice: number | null;
  @Field(() => Float, { nullable: true, description: `Cache-write input tokens, ${PER_TOKEN}; null bills them at inputPrice` }) cacheWritePrice: number | null;
  @Field(() => Float, { nullable: true, description: `Reasoning tokens (part of the output), ${PER_TOKEN}; null bills them at outputPrice` })
  reasoningPrice: number | null;
  @Field(() => Date, { nullable: true, description: 'Calls that started at or after this time get this price; null: every call' }) effectiveFrom: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

enum CostRecomputeStatusEnum {
  QUEUED = 'queued',
  RUNNING = 'running',
  DONE = 'done',
  FAILED = 'failed',
}
registerEnumType(CostRecomputeStatusEnum, {
  name: 'CostRecomputeStatus',
  description: 'QUEUED: waiting for the worker; RUNNING: batches under way (a retried job resumes where it stopped); DONE; FAILED: see error',
});

@ObjectType({ description: "A background re-pricing of a project's LLM calls that started in from..to, and how far it got" })
export class CostRecompute {
  projectId: string;
  @Field(() => ID) id: string;
  @Field() from: Date;
  @Field() to: Date;
  @Field(() => CostRecomputeStatusEnum) status: string;
  @Field(() => Int, { description: 'LLM calls looked at so far (calls whose cost the client sent are left as they are, and not counted)' }) callsSeen: number;
  @Field(() => Int, { description: 'Of those, the calls whose tokens or cost changed' }) callsChanged: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}
