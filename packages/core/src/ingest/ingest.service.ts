import { assertProjectAccess } from '../common/access.policy';
import { changesAfterCommit, changesInTransaction } from '../common/changes.participant';
import type { RequestContext } from '../common/service.context';
import { badInput, notFound, payloadTooLarge } from '../common/app.errors';
import type { IngestSource } from '../common/metrics.registry';
import { withTransaction } from '../common/transaction.util';
import { projectLoaders } from '../projects/project.loaders';
import type { PromptRef } from '../prompts/prompt-ref.compute';
import { resolvePromptRefs } from '../prompts/prompt-ref.sql';
import type { IngestBatchInput } from './ingest.input';
import { IngestList, type IngestResult } from './ingest.result';
import { BatchOutcome, type Item, PROMPT_REF, validateBatch } from './ingest-rows.validate';
import { writeBatch } from './ingest.write';

const countItems = (b: IngestBatchInput) =>
  [b.traces, b.agentCalls, b.llmCalls, b.toolCalls, b.errors, b.userInteractions, b.systemInfos, b.metrics].reduce((n, l) => n + (l?.length ?? 0), 0);

// The kind label of each list in sextant_ingested_items_total: singular, snake_case, a fixed set.
const KIND_OF_LIST: Record<IngestList, string> = {
  [IngestList.TRACES]: 'trace',
  [IngestList.AGENT_CALLS]: 'agent_call',
  [IngestList.LLM_CALLS]: 'llm_call',
  [IngestList.TOOL_CALLS]: 'tool_call',
  [IngestList.ERRORS]: 'error',
  [IngestList.USER_INTERACTIONS]: 'user_interaction',
  [IngestList.SYSTEM_INFOS]: 'system_info',
  [IngestList.METRICS]: 'metric',
};

/** Counts what one batch stored and refused, list by list, for /metrics. */
function countOutcome(ctx: RequestContext, source: IngestSource, batch: IngestBatchInput, rejections: { list: IngestList }[]) {
  for (const list of Object.values(IngestList)) {
    const sent = (batch[list] as unknown[] | undefined)?.length ?? 0;
    if (!sent) continue;
    const refused = rejections.filter((r) => r.list === list).length;
    ctx.metrics.countIngest(source, KIND_OF_LIST[list], sent - refused, refused);
  }
}

/** Resolves which project a batch goes to, from the argument or the key. */
function batchProject(ctx: RequestContext, batch: IngestBatchInput): string {
  const p = ctx.principal;
  if (batch.projectId) return batch.projectId;
  if (p.kind === 'key') return p.projectId;
  if (p.kind === 'admin') throw badInput('projectId is required when ingesting with the admin key', { argumentName: 'batch.projectId' });
  return '';
}

/**
 * Sets the prompt version of the LLM calls that name one (by id, name, label or metadata), all
 * resolved in one query within the batch's project. A reference that resolves to nothing leaves
 * the column unset: a call is never refused for naming an unknown prompt.
 */
async function linkPromptVersions(ctx: RequestContext, projectId: string, spans: Item[]): Promise<void> {
  const linked: { row: Item['row']; ref: PromptRef }[] = [];
  for (const { row } of spans) {
    const ref = (row as { [PROMPT_REF]?: PromptRef | null })[PROMPT_REF];
    if (ref) linked.push({ row, ref });
  }
  if (!linked.length) return;
  const ids = await resolvePromptRefs(
    ctx,
    projectId,
    linked.map((l) => l.ref),
  );
  linked.forEach(({ row }, i) => {
    if (ids[i]) row.prompt_version_id = ids[i];
  });
}

/**
 * Stores a batch: validate each item on its own (a bad item is reported with its list and index,
 * and the rest is stored), write the rows and let the change participants do their part in one
 * transaction, then after commit (so a subscriber or job finds what it is told about).
 * Inbound adapters (LangSmith runs, OpenTelemetry spans) map their protocol onto this batch.
 */
export async function ingestBatch(ctx: RequestContext, batch: IngestBatchInput, source: IngestSource = 'graphql'): Promise<IngestResult> {
  const projectId = batchProject(ctx, batch);
  assertProjectAccess(ctx, projectId, 'ingest');
  const total = countItems(batch);
  if (total > ctx.config.limits.maxBatchItems) {
    throw payloadTooLarge(`A batch may hold at most ${ctx.config.limits.maxBatchItems} items; this one has ${total}. Split it.`);
  }
  if (!(await projectLoaders(ctx).projectById.load(projectId))) throw notFound('Project', projectId);

  const outcome = new BatchOutcome();
  const validated = validateBatch(projectId, batch, outcome);
  await linkPromptVersions(ctx, projectId, validated.spans);
  const validRejections = outcome.rejections.length;
  const changes = await withTransaction(ctx, async (tx) => {
    outcome.rollbackTo(validRejections);
    const written = await writeBatch(tx, projectId, validated, outcome);
    await changesInTransaction(tx, written);
    return written;
  });
  await changesAfterCommit(ctx, changes);

  const rejections = outcome.rejections.sort((a, b) => a.list.localeCompare(b.list) || a.index - b.index);
  countOutcome(ctx, source, batch, rejections);
  return {
    accepted: total - rejections.length,
    rejected: rejections.length,
    rejections,
    ids: [...outcome.ids].filter(([, v]) => v.length).map(([list, v]) => ({ list, ids: v })),
  };
}
