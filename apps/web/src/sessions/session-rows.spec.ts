import { durationMs, formatSessionDuration, mergeSessions, placeTurn } from './session-rows';

const s = (id: string, last: string, extra: { traceCount?: number; endTime?: string | null } = {}) => ({
  id,
  startTime: '2026-12-06T10:00:00.000Z',
  lastTraceStartTime: last,
  endTime: extra.endTime ?? null,
  traceCount: extra.traceCount ?? 1,
});

describe('mergeSessions', () => {
  it('appends a page without replacing what the live updates brought, in the API order', () => {
    const live = s('b', '2026-12-06T11:00:00.000Z', { traceCount: 5 });
    const merged = mergeSessions([live], [s('b', '2026-12-06T10:30:00.000Z', { traceCount: 4 }), s('a', '2026-12-06T10:10:00.000Z')], false);
    expect(merged.map((r) => [r.id, r.traceCount])).toEqual([
      ['b', 5],
      ['a', 1],
    ]);
  });

  it('replaces a session updated live and moves it by its last activity, and adds a new one', () => {
    const rows = [s('c', '2026-12-06T12:00:00.000Z'), s('b', '2026-12-06T11:00:00.000Z'), s('a', '2026-12-06T10:00:00.000Z')];
    const merged = mergeSessions(rows, [s('a', '2026-12-06T13:00:00.000Z', { traceCount: 2 }), s('d', '2026-12-06T11:00:00.000Z')], true);
    expect(merged.map((r) => `${r.id}${r.traceCount}`)).toEqual(['a2', 'c1', 'd1', 'b1']);
  });
});

describe('durationMs', () => {
  it('spans from the first start to the last end, null while nothing ended', () => {
    expect(durationMs(s('a', '2026-12-06T10:00:00.000Z', { endTime: '2026-12-06T10:01:30.000Z' }))).toBe(90_000);
    expect(durationMs(s('a', '2026-12-06T10:00:00.000Z'))).toBeNull();
  });
});

describe('placeTurn', () => {
  const t = (id: string, startTime: string, status = 'RUNNING') => ({ id, startTime, status });
  const turns = [t('1', '2026-12-06T10:00:00Z'), t('2', '2026-12-06T10:05:00Z')];

  it('replaces a loaded turn in place', () => {
    expect(placeTurn(turns, t('1', '2026-12-06T10:00:00Z', 'SUCCESS'), true).map((x) => x.status)).toEqual(['SUCCESS', 'RUNNING']);
  });

  it('inserts a new turn in start order once every page is loaded', () => {
    expect(placeTurn(turns, t('3', '2026-12-06T10:10:00Z'), true).map((x) => x.id)).toEqual(['1', '2', '3']);
    expect(placeTurn(turns, t('0', '2026-12-06T10:02:00Z'), true).map((x) => x.id)).toEqual(['1', '0', '2']);
  });

  it('leaves a later turn to its page while pages remain, but places an earlier one', () => {
    expect(placeTurn(turns, t('3', '2026-12-06T10:10:00Z'), false)).toBe(turns);
    expect(placeTurn(turns, t('0', '2026-12-06T10:02:00Z'), false).map((x) => x.id)).toEqual(['1', '0', '2']);
  });
});

describe('formatSessionDuration', () => {
  it('reads as the trace durations below an hour, and in hours or days past it', () => {
    expect(formatSessionDuration(null)).toBe('–');
    expect(formatSessionDuration(90_000)).toBe('1 m 30 s');
    expect(formatSessionDuration(3_602_000)).toBe('1 h 0 m');
    expect(formatSessionDuration(22 * 3_600_000 + 12 * 60_000)).toBe('22 h 12 m');
    expect(formatSessionDuration(26 * 3_600_000 + 29 * 60_000)).toBe('1 d 2 h');
  });
});
