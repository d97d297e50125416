import type { ChangeParticipant } from '../common/changes.participant';
import type { LiveHub } from './live.hub';

/** Live events: what a transaction committed is published to the subscribers of this and every other instance. */
export const liveParticipant = (hub: LiveHub): ChangeParticipant => ({
  name: 'live events',
  wantsWholeSpans: (_projectId, traceIds) => hub.wantsWholeSpans(traceIds),
  afterCommit: (_ctx, changes) => hub.publishChanges(changes),
});
