import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { DataSource, EntityTarget } from 'typeorm';
import { AgentCallEntity, LLMCallEntity, type SpanEntity, type SpanKind, ToolCallEntity } from '../spans/span.entity';

type Row = Record<string, unknown>;

const SPAN_TARGETS: Record<SpanKind, EntityTarget<SpanEntity>> = { agent: AgentCallEntity, llm: LLMCallEntity, tool: ToolCallEntity };

/** The entity class a span row hydrates to, by its kind. */
export const spanTarget = (kind: unknown): EntityTarget<SpanEntity> => SPAN_TARGETS[kind as SpanKind] ?? AgentCallEntity;

const isDateColumn = (c: ColumnMetadata) => c.type === 'timestamptz' || c.type === 'timestamp with time zone' || c.type === Date;

/** Turns a row as Postgres returns it (snake_case, from RETURNING) into an entity, the way TypeORM hydrates one. */
export function hydrate<T>(ds: DataSource, target: EntityTarget<T>, raw: Row): T {
  const meta = ds.getMetadata(target);
  const entity = meta.create() as Record<string, unknown>;
  for (const c of meta.columns) {
    if (c.databaseName in raw) entity[c.propertyName] = ds.driver.prepareHydratedValue(raw[c.databaseName], c);
  }
  return entity as T;
}

/**
 * Rebuilds an entity from its JSON form off the bus: date columns come back as Dates. Only the
 * columns the entity declares as dates are revived, so a date-like string in user JSON stays a string.
 */
export function revive<T>(ds: DataSource, target: EntityTarget<T>, plain: Row): T {
  const meta = ds.getMetadata(target);
  const entity = meta.create() as Record<string, unknown>;
  for (const c of meta.columns) {
    if (!(c.propertyName in plain)) continue;
    const v = plain[c.propertyName];
    entity[c.propertyName] = isDateColumn(c) && typeof v === 'string' ? new Date(v) : v;
  }
  return entity as T;
}
