import { fromLocalInput, intervalFor, resolveRange, tickLabel, toLocalInput } from './time-range';

const NOW = new Date('2026-12-06T12:00:00Z');
const H = 3_600_000;

describe('resolveRange', () => {
  it('slides a relative range to end now, with the interval that fits', () => {
    expect(resolveRange('1h', null, null, NOW)).toEqual({ key: '1h', from: new Date(NOW.getTime() - H), to: NOW, interval: 'HOUR' });
    expect(resolveRange('7d', null, null, NOW)).toMatchObject({ key: '7d', interval: 'HOUR' });
    expect(resolveRange('30d', null, null, NOW)).toMatchObject({ key: '30d', from: new Date('2026-11-06T12:00:00Z'), interval: 'DAY' });
  });

  it('takes the last 24 hours when the range is missing or unknown', () => {
    for (const r of [null, 'bogus']) expect(resolveRange(r, null, null, NOW)).toMatchObject({ key: '24h', from: new Date(NOW.getTime() - 24 * H), to: NOW });
  });

  it('reads a custom range from its bounds, and refuses one that is incomplete or reversed', () => {
    expect(resolveRange('custom', '2026-10-01T00:00:00Z', '2026-10-03T00:00:00Z', NOW)).toEqual({
      key: 'custom',
      from: new Date('2026-10-01T00:00:00Z'),
      to: new Date('2026-10-03T00:00:00Z'),
      interval: 'HOUR',
    });
    expect(resolveRange('custom', '2026-01-01T00:00:00Z', '2026-10-01T00:00:00Z', NOW)).toMatchObject({ interval: 'DAY' });
    expect(resolveRange('custom', 'nope', '2026-10-03T00:00:00Z', NOW)).toEqual({ error: expect.stringContaining('valid') });
    expect(resolveRange('custom', '2026-10-03T00:00:00Z', null, NOW)).toEqual({ error: expect.stringContaining('valid') });
    expect(resolveRange('custom', '2026-10-03T00:00:00Z', '2026-10-01T00:00:00Z', NOW)).toEqual({ error: expect.stringContaining('after') });
  });
});

describe('intervalFor', () => {
  it('uses hours up to a week and days past it', () => {
    const from = new Date('2026-12-01T00:00:00Z');
    expect(intervalFor(from, new Date(from.getTime() + 7 * 24 * H))).toBe('HOUR');
    expect(intervalFor(from, new Date(from.getTime() + 7 * 24 * H + 1))).toBe('DAY');
  });
});

describe('datetime-local values and ticks', () => {
  it('round-trips a local input value', () => {
    const d = new Date(2026, 11, 6, 9, 5);
    expect(toLocalInput(d)).toBe('2026-12-06T09:05');
    expect(fromLocalInput('2026-12-06T09:05')).toBe(d.toISOString());
    expect(fromLocalInput('')).toBeNull();
  });

  it('labels DAY points by UTC date and HOUR points by local time', () => {
    expect(tickLabel('2026-12-06T00:00:00Z', 'DAY', true)).toBe('2026-12-06');
    const local = new Date(2026, 11, 6, 14, 0);
    expect(tickLabel(local.toISOString(), 'HOUR', false)).toBe('14:00');
    expect(tickLabel(local.toISOString(), 'HOUR', true)).toBe('12-06 14:00');
  });
});
