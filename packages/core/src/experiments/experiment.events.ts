import type { LiveHub } from '../live/live.hub';

/** The bus channel of one experiment's progress. */
export const experimentChannel = (experimentId: string) => `sextant:experiment:${experimentId}`;

/** An experiment changed: its status or counts, and the run that finished (if one did). Ids only: receivers read the rows. */
export type ExperimentMessage = { experimentId: string; runId: string | null; status: string };

/** The statuses after which an experiment changes no more. */
export const FINAL_EXPERIMENT_STATUSES = ['completed', 'failed', 'cancelled'];

/** Announces an experiment's change on the event bus, so subscribers of any API process hear it. Never throws. */
export function publishExperimentUpdate(live: LiveHub, message: ExperimentMessage): void {
  try {
    const channel = experimentChannel(message.experimentId);
    if (live.bus.interested(channel)) live.bus.publish(channel, JSON.stringify(message));
  } catch {
    // Subscribers read the current rows on their next event; the run has been recorded regardless.
  }
}
