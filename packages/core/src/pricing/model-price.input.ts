import { Field, Float, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'A custom price. With id: that price is changed. Without: the price of the same modelPattern, provider and effectiveFrom is replaced, or a new one is added.',
})
export class UpsertModelPriceInput {
  @Field(() => ID) projectId: string;
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field() modelPattern: string;
  @Field(() => String, { nullable: true }) provider?: string | null;
  @Field(() => Float, { description: 'USD per token' }) inputPrice: number;
  @Field(() => Float, { description: 'USD per token' }) outputPrice: number;
  @Field(() => Float, { nullable: true, description: 'USD per token; null bills cache reads at inputPrice' }) cacheReadPrice?: number | null;
  @Field(() => Float, { nullable: true, description: 'USD per token; null bills cache writes at inputPrice' }) cacheWritePrice?: number | null;
  @Field(() => Float, { nullable: true, description: 'USD per token; null bills reasoning at outputPrice' }) reasoningPrice?: number | null;
  @Field(() => Date, { nullable: true, description: 'Calls that start at or after this time get the price; null: every call' }) effectiveFrom?: Date | null;
}
