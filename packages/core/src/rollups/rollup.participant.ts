import { JOBS } from '@sextant/jobs';
import type { ChangeParticipant } from '../common/changes.participant';
import { markRollupsDirty } from './rollup.service';

/**
 * Rollups: the hours a change touched are marked dirty in its transaction (stats read a dirty hour
 * from the raw rows until the worker has rolled it up), and their recompute is queued after commit.
 */
export const rollupParticipant: ChangeParticipant = {
  name: 'rollups',
  inTransaction: (tx, changes) => markRollupsDirty(tx, changes.projectId, changes.hours),
  async afterCommit(ctx, changes) {
    await ctx.jobs.enqueue(
      JOBS.rollupBucket,
      changes.hours.map((h) => ({ projectId: changes.projectId, hour: h.toISOString() })),
    );
  },
};
