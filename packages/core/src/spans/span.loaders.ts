import { isUuid } from '../common/uuid.util';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderCache } from '../common/loader-cache.util';
import { SpanEntity } from './span.entity';
import type { SpanRow } from './span.mapper';
import type { TreeInput } from './span.tree';

/** The spans context's loaders of this request or job. */
export const spanLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createSpanLoaders);

/** The columns that place a span in its tree, and nothing else: a trace's whole skeleton stays small however big its spans are. */
type SpanSkeletonRow = TreeInput & { traceId: string };

/** Each span column's select expression, by entity property, answered under the property's name. */
const spanColumnSql = new WeakMap<DataSource, Map<string, string>>();

/** The select expressions of the span table's columns, read from its entities once per data source. */
export function spanColumns(ds: DataSource): ReadonlyMap<string, string> {
  let cols = spanColumnSql.get(ds);
  if (!cols) {
    cols = new Map();
    // The root entity of the single table lists every kind's columns, and its relation (`trace`) as one more.
    const meta = ds.getMetadata(SpanEntity);
    const relations = new Set(meta.relations.map((r) => r.propertyName));
    for (const c of meta.columns) {
      if (relations.has(c.propertyName)) continue;
      // bigint arrives from pg as a string; the entity's transformer made it a number.
      const expr = c.type === 'bigint' ? `"${c.databaseName}"::float8` : `"${c.databaseName}"`;
      cols.set(c.propertyName, `${expr} AS "${c.propertyName}"`);
    }
    spanColumnSql.set(ds, cols);
  }
  return cols;
}

const validIds = (keys: readonly string[]) => keys.filter((k) => isUuid(k));

/** Per-request loaders of spans. Raw rows, not entities: converting thousands of rows through TypeORM costs more than reading them. */
function createSpanLoaders(ds: DataSource) {
  const rowLoaders = new Map<string, DataLoader<string, SpanRow | null>>();
  return {
    /** A trace's version as its placed tree is cached under (see TraceTreeCache); null when there is no such trace. */
    treeVersionByTrace: new DataLoader<string, string | null>(async (traceIds) => {
      const valid = validIds(traceIds);
      const rows: { id: string; version: string }[] = valid.length
        ? await ds.query(`SELECT id, span_seq || ' ' || (extract(epoch FROM created_at) * 1e6)::bigint AS version FROM traces WHERE id = ANY($1::uuid[])`, [
            valid,
          ])
        : [];
      const byId = new Map(rows.map((r) => [r.id, r.version]));
      return traceIds.map((k) => byId.get(k) ?? null);
    }),
    /** Every span of a trace, as its tree placement needs it. */
    skeletonByTrace: new DataLoader<string, SpanSkeletonRow[]>(async (traceIds) => {
      const valid = validIds(traceIds);
      const rows: SpanSkeletonRow[] = valid.length
        ? await ds.query(
            `SELECT id, trace_id AS "traceId", parent_id AS "parentId", kind, start_time AS "startTime", step_index AS "stepIndex"
               FROM spans WHERE trace_id = ANY($1::uuid[])`,
            [valid],
          )
        : [];
      const byTrace = new Map<string, SpanSkeletonRow[]>(traceIds.map((k) => [k, []]));
      for (const r of rows) byTrace.get(r.traceId)?.push(r);
      return traceIds.map((k) => byTrace.get(k) ?? []);
    }),
    /**
     * Span rows by id with only the given columns (entity properties), one query per column set
     * however many traces' pages ask: the ~1 kB of JSON a span may carry is read only when asked for.
     */
    spanRows(properties: readonly string[]): DataLoader<string, SpanRow | null> {
      const key = [...properties].sort().join(',');
      let loader = rowLoaders.get(key);
      if (!loader) {
        const cols = spanColumns(ds);
        const select = properties.map((p) => cols.get(p)!).join(', ');
        loader = new DataLoader(async (ids) => {
          const valid = validIds(ids);
          const rows: SpanRow[] = valid.length ? await ds.query(`SELECT ${select} FROM spans WHERE id = ANY($1::uuid[])`, [valid]) : [];
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((k) => byId.get(k) ?? null);
        });
        rowLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
