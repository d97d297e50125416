import { LoaderCache } from '../common/loader-cache.util';
import type { LiveContext } from '../live/live.service';
import { ConnectionBudget, LiveStream } from '../live/live.stream';
import { experimentChannel, type ExperimentMessage, FINAL_EXPERIMENT_STATUSES } from './experiment.events';
import { visibleExperiment } from './experiment.service';

/**
 * The progress of an experiment as it runs: its current state first, then one event per change
 * (a run finished, the experiment started, completed or was cancelled), ending after the final
 * state. Events carry ids; the resolver reads the current rows, so a missed event loses nothing.
 */
export async function watchExperiment(ctx: LiveContext, experimentId: string): Promise<LiveStream<ExperimentMessage>> {
  await visibleExperiment(ctx, experimentId);
  let unsubscribe: (() => void) | null = null;
  let closed = false;
  const stream = new LiveStream<ExperimentMessage>(ctx.budget ?? new ConnectionBudget(ctx.live.options.bufferEvents), {
    beforeEach: () => (ctx.loaders = new LoaderCache(ctx.ds)),
    onClose: () => {
      closed = true;
      unsubscribe?.();
    },
  });
  const onMessage = (raw: string) => {
    const m = JSON.parse(raw) as ExperimentMessage;
    stream.push(m);
    if (FINAL_EXPERIMENT_STATUSES.includes(m.status)) stream.end();
  };
  // Subscribed before the current state is read, so a change in between is not lost.
  const off = await ctx.live.bus.subscribe(experimentChannel(experimentId), (raw) => {
    try {
      onMessage(raw);
    } catch (e) {
      ctx.log('An experiment event could not be read:', e);
    }
  });
  if (closed) off();
  else unsubscribe = off;
  ctx.loaders = new LoaderCache(ctx.ds);
  const now = await visibleExperiment(ctx, experimentId);
  stream.push({ experimentId, runId: null, status: now.status }, true);
  if (FINAL_EXPERIMENT_STATUSES.includes(now.status)) stream.end();
  return stream;
}
