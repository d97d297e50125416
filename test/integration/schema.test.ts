import { connectAndMigrate, createDataSource } from '@sextant/core';
import { createTestDatabase } from '../support/postgres';

describe('database schema', () => {
  it('is built by the migrations exactly as the entities declare it (nothing for synchronize to change)', async () => {
    const db = await createTestDatabase({ fresh: true });
    const ds = createDataSource({ url: db.url, poolSize: 2 });
    try {
      expect(await connectAndMigrate(ds)).toEqual([
        'Initial1763776800000',
        'LiveSequence1763900000000',
        'TraceAutoClose1763990000000',
        'Rollups1764000000000',
        'LangSmithForwards1764100000000',
        'LangSmithForwardParts1764200000000',
        'TraceTokenTotals1764300000000',
        'OutOfBoundValues1764400000000',
        'ModelPrices1764560000000',
        'TraceListIndexes1764700000000',
        'Evaluation1764800000000',
        'Feedback1764810000000',
      ]);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      // Migrating again is a no-op.
      expect(await connectAndMigrate(ds)).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
