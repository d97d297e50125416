import type { DataSource, EntityManager } from 'typeorm';
import type { DbContext, TxContext } from './service.context';

// deadlock_detected and serialization_failure: Postgres aborted the transaction, not our data.
const RETRYABLE = new Set(['40P01', '40001']);

/** Runs work in a transaction, retrying it (from the start) when Postgres aborts it for a deadlock. */
async function inTransaction<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ds.transaction(work);
    } catch (e) {
      const code = (e as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (e as { code?: string }).code;
      if (attempt >= attempts || !code || !RETRYABLE.has(code)) throw e;
      await new Promise((r) => setTimeout(r, 5 * 2 ** attempt * Math.random()));
    }
  }
}

/**
 * Runs work with the transaction on its context: joins the caller's transaction when there is one,
 * else opens one (retried on deadlock, so `work` must start from scratch each time).
 */
export function withTransaction<C extends DbContext, T>(ctx: C, work: (tx: TxContext<C>) => Promise<T>): Promise<T> {
  if (ctx.manager) return work(ctx as TxContext<C>);
  return inTransaction(ctx.ds, (manager) => work({ ...ctx, manager }));
}

/** Where a service sends its SQL: the context's transaction, else the pool. */
export const db = (ctx: DbContext): EntityManager => ctx.manager ?? ctx.ds.manager;
