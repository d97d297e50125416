import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/service.context';
import { IngestBatchInput } from './ingest.input';
import { IngestResult } from './ingest.result';
import { ingestBatch } from './ingest.service';

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description: 'Stores a batch of traces and their items in one transaction. Items upsert by id; invalid items are reported and skipped.',
  })
  ingest(@Ctx() ctx: RequestContext, @Arg('batch', () => IngestBatchInput) batch: IngestBatchInput) {
    return ingestBatch(ctx, batch);
  }
}
