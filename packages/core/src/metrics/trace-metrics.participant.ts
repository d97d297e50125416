import { JOBS } from '@sextant/jobs';
import type { ChangeParticipant } from '../common/changes.participant';

/** Trace metrics: every trace that has ended is measured (again, when a late span changed it) after commit. */
export const metricsParticipant: ChangeParticipant = {
  name: 'trace metrics',
  async afterCommit(ctx, changes) {
    const ended = changes.traces.filter((t) => t.row.end_time !== null);
    await ctx.jobs.enqueue(
      JOBS.traceMetrics,
      ended.map((t) => ({ traceId: t.row.id as string, projectId: changes.projectId })),
    );
  },
};
