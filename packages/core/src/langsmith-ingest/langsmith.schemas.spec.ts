import { dottedSegment, parseDottedOrder } from '../spans/dotted-order.util';
import { parseLangSmithTime, runCreateSchema, runUpdateSchema } from './langsmith.schemas';

describe('parseLangSmithTime', () => {
  it.each([
    [1795000000123, '2026-11-18T11:06:40.123Z'],
    ['1795000000123', '2026-11-18T11:06:40.123Z'],
    ['2026-08-21T16:17:12.345001Z', '2026-08-21T16:17:12.345Z'],
    ['2026-08-21T16:17:12.345001', '2026-08-21T16:17:12.345Z'],
    ['2026-08-21 16:17:12.3', '2026-08-21T16:17:12.300Z'],
    ['2026-08-21T18:17:12.345001+02:00', '2026-08-21T16:17:12.345Z'],
    ['2026-08-21T18:17:12+0200', '2026-08-21T16:17:12.000Z'],
    ['2026-08-21T16:17', '2026-08-21T16:17:00.000Z'],
  ])('reads %p as %s', (input, expected) => {
    expect(parseLangSmithTime(input)?.toISOString()).toBe(expected);
  });

  it.each(['yesterday', '2026-13-45T00:00:00Z', '', Number.NaN])('refuses %p', (input) => {
    expect(parseLangSmithTime(input as string)).toBeNull();
  });
});

describe('run schemas', () => {
  it('requires a name and a run type on a create only, and keeps unknown keys', () => {
    expect(runCreateSchema.safeParse({ id: crypto.randomUUID(), start_time: 1 }).success).toBe(false);
    const update = runUpdateSchema.parse({ end_time: '2026-01-01T00:00:00.000001', future_field: 1, error: { message: 'x' } });
    expect(update).toMatchObject({ end_time: new Date('2026-01-01T00:00:00Z'), future_field: 1, error: '{"message":"x"}' });
  });

  it('lowercases run ids and treats JSON nulls as absent fields', () => {
    const id = crypto.randomUUID().toUpperCase();
    expect(runUpdateSchema.parse({ id, parent_run_id: null, outputs: null, tags: null })).toMatchObject({ id: id.toLowerCase(), parent_run_id: null });
  });
});

describe('dotted_order', () => {
  it('round-trips segments: UTC time with six fractional digits, then the run id', () => {
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    const dotted = `${dottedSegment(new Date('2026-08-21T16:17:12.345Z'), a)}.${dottedSegment(new Date('2026-08-21T16:17:13Z'), b)}`;
    expect(dotted).toBe(`20260821T161712345000Z${a}.20260821T161713000000Z${b}`);
    expect(parseDottedOrder(dotted)).toEqual([
      { time: new Date('2026-08-21T16:17:12.345Z'), id: a, subMillisecond: 0 },
      { time: new Date('2026-08-21T16:17:13Z'), id: b, subMillisecond: 0 },
    ]);
    // The JS SDK's execution order rides in the microseconds, and may outgrow its three digits.
    expect(parseDottedOrder(`20260821T1617123451042Z${a}`)).toEqual([{ time: new Date('2026-08-21T16:17:12.345Z'), id: a, subMillisecond: 1042 }]);
  });

  it('gives up on a malformed segment rather than guessing', () => {
    expect(parseDottedOrder(`20260821T161712.111Z${crypto.randomUUID()}`)).toBeNull();
    expect(parseDottedOrder('')).toBeNull();
  });
});
