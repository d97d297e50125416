import type { DbContext } from '../common/service.context';
import { priceLlmCalls as priceCalls } from '../pricing/llm-call.price';
import type { Row } from './ingest-rows.validate';

/** Prices the batch's LLM calls from their merged rows (tokens estimated when none were sent); the stored rows get the prices too. */
export async function priceLlmCalls(ctx: DbContext, projectId: string, stored: Map<string, Row>): Promise<void> {
  await priceCalls(ctx, projectId, [...stored.values()]);
}
