import type { DbContext } from '../common/service.context';
import { db } from '../common/transaction.util';

/** An example as it is at one dataset version. */
export type ExampleAtVersion = {
  id: string;
  datasetId: string;
  /** The dataset version of this content (the last change at or before the version asked for). */
  revision: number;
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown> | null;
  metadata: Record<string, unknown>;
  splits: string[];
  sourceTraceId: string | null;
  sourceSpanId: string | null;
  createdAt: Date;
};

/**
 * The examples of a dataset at `version`, oldest first: each example's latest revision at or
 * before it, leaving out the deleted. `after` pages by example id in that order; `splits` keeps
 * examples in any of them.
 */
export async function examplesAt(
  ctx: DbContext,
  datasetId: string,
  version: number,
  page: { first?: number; after?: { createdAt: Date; id: string } | null; splits?: string[] | null; ids?: string[] | null } = {},
): Promise<ExampleAtVersion[]> {
  const params: unknown[] = [datasetId, version];
  const where: string[] = [];
  if (page.after) {
    params.push(page.after.createdAt, page.after.id);
    where.push(`(e.created_at, e.id) > ($${params.length - 1}, $${params.length})`);
  }
  if (page.splits?.length) {
    params.push(page.splits);
    where.push(`r.splits && $${params.length}::text[]`);
  }
  if (page.ids) {
    params.push(page.ids);
    where.push(`e.id = ANY($${params.length}::uuid[])`);
  }
  let limit = '';
  if (page.first !== undefined) {
    params.push(page.first);
    limit = `LIMIT $${params.length}`;
  }
  const rows: Array<Record<string, unknown>> = await db(ctx).query(
    `SELECT e.id, e.dataset_id, r.version, r.inputs, r.outputs, r.metadata, r.splits, e.source_trace_id, e.source_span_id, e.created_at
       FROM dataset_examples e
       CROSS JOIN LATERAL (
         SELECT * FROM dataset_example_revisions r WHERE r.example_id = e.id AND r.version <= $2 ORDER BY r.version DESC LIMIT 1
       ) r
      WHERE e.dataset_id = $1 AND e.created_version <= $2 AND NOT r.deleted ${where.map((w) => `AND ${w}`).join(' ')}
      ORDER BY e.created_at, e.id ${limit}`,
    params,
  );
  return rows.map((r) => ({
    id: r.id as string,
    datasetId: r.dataset_id as string,
    revision: r.version as number,
    inputs: r.inputs as Record<string, unknown>,
    outputs: (r.outputs as Record<string, unknown> | null) ?? null,
    metadata: r.metadata as Record<string, unknown>,
    splits: r.splits as string[],
    sourceTraceId: (r.source_trace_id as string | null) ?? null,
    sourceSpanId: (r.source_span_id as string | null) ?? null,
    createdAt: r.created_at as Date,
  }));
}

/** The query examplesAt pages through, without order or limit, for counting a connection. */
export function examplesAtCountQuery(datasetId: string, version: number, splits?: string[] | null): [string, unknown[]] {
  const params: unknown[] = [datasetId, version];
  let where = '';
  if (splits?.length) {
    params.push(splits);
    where = `AND r.splits && $3::text[]`;
  }
  return [
    `SELECT e.id FROM dataset_examples e
      CROSS JOIN LATERAL (
        SELECT r.splits, r.deleted FROM dataset_example_revisions r WHERE r.example_id = e.id AND r.version <= $2 ORDER BY r.version DESC LIMIT 1
      ) r
      WHERE e.dataset_id = $1 AND e.created_version <= $2 AND NOT r.deleted ${where}`,
    params,
  ];
}
