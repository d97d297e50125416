import type { DataSource, EntityManager } from 'typeorm';

// deadlock_detected and serialization_failure: Postgres aborted the transaction, not our data.
const RETRYABLE = new Set(['40P01', '40001']);

/** Runs work in a transaction, retrying it (from the start) when Postgres aborts it for a deadlock. */
export async function inTransaction<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>, attempts = 4): Promise<T> {
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
