import { isUuid } from './uuid.util';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type ObjectLiteral } from 'typeorm';

/** A loader of one row per UUID key (null when absent or not a UUID), batched into one `IN` query. */
export function rowLoader<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, key: keyof T & string) {
  return new DataLoader<string, T | null>(async (keys) => {
    // A malformed id can match nothing; sending it would only make Postgres fail the uuid cast.
    const valid = keys.filter((k) => isUuid(k));
    const rows = valid.length ? await ds.getRepository(entity).find({ where: { [key]: In(valid) } as never }) : [];
    const byKey = new Map(rows.map((r) => [r[key] as string, r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader of all rows sharing a key (a trace's errors, say), batched into one `IN` query. */
export function groupLoader<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, key: keyof T & string, order: FindOptionsOrder<T>) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await ds.getRepository(entity).find({ where: { [key]: In([...keys]) } as never, order });
    const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const r of rows) byKey.get(r[key] as string)?.push(r);
    return keys.map((k) => byKey.get(k) ?? []);
  });
}
