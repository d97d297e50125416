import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mapEntity } from '../common/mapping.util';
import type { RequestContext } from '../common/service.context';
import { Project } from '../projects/project.type';
import { DeletePayload } from '../traces/trace.type';
import type { CostRecomputeEntity } from './cost-recompute.entity';
import { listCostRecomputes, requestCostRecompute } from './cost-recompute.service';
import type { ModelPriceEntity } from './model-price.entity';
import { UpsertModelPriceInput } from './model-price.input';
import { deleteModelPrice, listModelPrices, upsertModelPrice } from './model-price.service';
import { CostRecompute, ModelPrice } from './model-price.type';

const toModelPrice = (e: ModelPriceEntity): ModelPrice => mapEntity(ModelPrice, e, ['project']);
const toCostRecompute = (e: CostRecomputeEntity): CostRecompute => {
  const { project: _project, rangeFrom, rangeTo, cursorTime: _t, cursorId: _i, ...rest } = e;
  return Object.assign(new CostRecompute(), rest, { from: rangeFrom, to: rangeTo });
};

@Resolver(() => ModelPrice)
export class ModelPriceResolver {
  @Query(() => [ModelPrice], { description: "A project's custom model prices, which win over the bundled price table" })
  async modelPrices(@Ctx() ctx: RequestContext, @Arg('projectId', () => ID) projectId: string) {
    return (await listModelPrices(ctx, projectId)).map(toModelPrice);
  }

  @Mutation(() => ModelPrice, {
    description: 'Adds or changes a custom model price (admin keys); LLM calls ingested from then on get it, stored ones through recomputeCosts',
  })
  async upsertModelPrice(@Ctx() ctx: RequestContext, @Arg('input', () => UpsertModelPriceInput) input: UpsertModelPriceInput) {
    return toModelPrice(await upsertModelPrice(ctx, input));
  }

  @Mutation(() => DeletePayload, { description: 'Deletes a custom model price (admin keys); stored costs change only through recomputeCosts' })
  deleteModelPrice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return deleteModelPrice(ctx, id);
  }

  @Mutation(() => CostRecompute, {
    description:
      "Prices a project's LLM calls that started in from..to again with today's prices, in the background (admin keys); follow it in project { costRecomputes }",
  })
  async recomputeCosts(@Ctx() ctx: RequestContext, @Arg('projectId', () => ID) projectId: string, @Arg('from') from: Date, @Arg('to') to: Date) {
    return toCostRecompute(await requestCostRecompute(ctx, projectId, from, to));
  }
}

/** The recomputes of a project, shown on the project. */
@Resolver(() => Project)
export class ProjectCostRecomputesResolver {
  @FieldResolver(() => [CostRecompute], { description: 'The latest cost recomputes (recomputeCosts), newest first' })
  async costRecomputes(@Ctx() ctx: RequestContext, @Root() project: Project) {
    return (await listCostRecomputes(ctx, project.id)).map(toCostRecompute);
  }
}
