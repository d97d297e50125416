/** The figures of a session row that its order and duration need. */
type SessionLike = { id: string; startTime: string; lastTraceStartTime: string; endTime: string | null };

import { formatDuration } from '../ui/format';

/** A session's span from its first trace's start to its last trace's end; null while none has ended. */
export const durationMs = (s: SessionLike): number | null => (s.endTime ? Date.parse(s.endTime) - Date.parse(s.startTime) : null);

/** A session's duration, which may run to hours or days: the two largest units past an hour. */
export function formatSessionDuration(ms: number | null): string {
  if (ms === null || ms < 3_600_000) return formatDuration(ms);
  const minutes = Math.round(ms / 60_000);
  const [d, h, m] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  return d > 0 ? `${d} d ${h} h` : `${h} h ${m} m`;
}

// The API's order: most recently active first, then session id descending.
const byActivity = (a: SessionLike, b: SessionLike) =>
  a.lastTraceStartTime === b.lastTraceStartTime
    ? a.id < b.id
      ? 1
      : a.id > b.id
        ? -1
        : 0
    : Date.parse(b.lastTraceStartTime) - Date.parse(a.lastTraceStartTime);

/**
 * The loaded sessions with `incoming` merged in, in the API's order. Live versions (`live`) replace the
 * loaded ones; a page's never does, since a live update may be newer than the page it overlaps.
 */
export function mergeSessions<T extends SessionLike>(rows: T[], incoming: T[], live: boolean): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const s of incoming) if (live || !byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()].sort(byActivity);
}

type TurnLike = { id: string; startTime: string };

const byStart = (a: TurnLike, b: TurnLike) => Date.parse(a.startTime) - Date.parse(b.startTime) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The session's turns with a live trace placed: replaced when loaded, inserted in start order when new.
 * A new trace waits for its page while later pages are still to come (`complete` false): inserted now,
 * it would sit before traces it started after.
 */
export function placeTurn<T extends TurnLike>(turns: T[], trace: T, complete: boolean): T[] {
  const i = turns.findIndex((t) => t.id === trace.id);
  if (i >= 0) return turns.map((t, j) => (j === i ? trace : t));
  if (!complete && turns.length && byStart(trace, turns[turns.length - 1]) > 0) return turns;
  return [...turns, trace].sort(byStart);
}
