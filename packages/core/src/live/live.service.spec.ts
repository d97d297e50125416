import { parseSince } from './live.service';

const badUserInput = expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });

describe('parseSince', () => {
  it('reads digits as a span sequence number', () => {
    expect(parseSince('0', true)).toEqual({ afterSeq: 0 });
    expect(parseSince('42', true)).toEqual({ afterSeq: 42 });
    expect(parseSince('007', true)).toEqual({ afterSeq: 7 });
  });

  it('reads an ISO-8601 time as a date, with or without sequences allowed', () => {
    for (const allow of [true, false]) {
      expect(parseSince('2026-01-12T10:30:00.000Z', allow)).toEqual({ since: new Date('2026-01-12T10:30:00.000Z') });
      expect(parseSince('2026-01-12T12:30:00+02:00', allow)).toEqual({ since: new Date('2026-01-12T10:30:00.000Z') });
      expect(parseSince('2026-01-12', allow)).toEqual({ since: new Date('2026-01-12T00:00:00.000Z') });
    }
  });

  it('answers null when there is no start', () => {
    for (const allow of [true, false]) {
      expect(parseSince(null, allow)).toBeNull();
      expect(parseSince(undefined, allow)).toBeNull();
      expect(parseSince('', allow)).toBeNull();
    }
  });

  it('refuses garbage and non-ISO dates with BAD_USER_INPUT', () => {
    for (const allow of [true, false]) {
      for (const since of ['yesterday', '12/01/2026', 'Jan 12 2026', 'abc', ' 12', '12a', '-1', '1.5', '2026-13-45', '2026-01-12T25:00:00Z', '2026-01-12foo']) {
        expect(() => parseSince(since, allow)).toThrow(badUserInput);
      }
    }
  });

  it('names the argument and says what is expected', () => {
    expect(() => parseSince('yesterday', true)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/sequence number or an ISO-8601 time/),
        extensions: expect.objectContaining({ argumentName: 'since' }),
      }),
    );
    expect(() => parseSince('yesterday', false)).toThrow(expect.objectContaining({ message: 'since must be an ISO-8601 time' }));
  });

  it('refuses a sequence number where only a time is allowed', () => {
    expect(() => parseSince('42', false)).toThrow(badUserInput);
    expect(() => parseSince('0', false)).toThrow(/ISO-8601/);
  });
});

describe('parseSince is strict about times', () => {
  it.each(['2026-02-30', '2026-01-12 (hello)', '2026-13-01', '2026-11-22T25'])('refuses %s', (bad) => {
    expect(() => parseSince(bad, true)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('takes ISO-8601 times with microseconds and offsets', () => {
    expect(parseSince('2026-11-22T10:00:00.123456Z', false)).toEqual({ since: new Date('2026-11-22T10:00:00.123Z') });
    expect(parseSince('2026-11-22T12:00:00+02:00', false)).toEqual({ since: new Date('2026-11-22T10:00:00Z') });
  });
});
