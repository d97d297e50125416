import { bucketCount, bucketStarts, rawRanges } from './buckets.util';
import { ceilTo, DAY_MS, floorTo, HOUR_MS } from '../common/hours.util';

const t = (iso: string) => new Date(iso);
const hour = (iso: string) => t(iso).getTime();
const show = (ranges: { start: Date; end: Date }[]) => ranges.map((r) => `${r.start.toISOString()} ${r.end.toISOString()}`);

describe('bucket boundaries', () => {
  it('floors and ceils to UTC hours and days', () => {
    expect(floorTo(t('2026-11-01T10:59:59.999Z'), HOUR_MS)).toEqual(t('2026-11-01T10:00:00Z'));
    expect(floorTo(t('2026-11-01T10:00:00Z'), HOUR_MS)).toEqual(t('2026-11-01T10:00:00Z'));
    expect(ceilTo(t('2026-11-01T10:00:00.001Z'), HOUR_MS)).toEqual(t('2026-11-01T11:00:00Z'));
    expect(ceilTo(t('2026-11-01T10:00:00Z'), HOUR_MS)).toEqual(t('2026-11-01T10:00:00Z'));
    expect(floorTo(t('2026-11-01T23:30:00+05:30'), DAY_MS)).toEqual(t('2026-11-01T00:00:00Z'));
  });

  it('lists and counts the buckets overlapping a range', () => {
    const from = t('2026-11-01T10:30:00Z');
    const to = t('2026-11-01T13:00:00Z');
    expect(bucketStarts(from, to, HOUR_MS)).toEqual([t('2026-11-01T10:00:00Z'), t('2026-11-01T11:00:00Z'), t('2026-11-01T12:00:00Z')]);
    expect(bucketCount(from, to, HOUR_MS)).toBe(3);
    expect(bucketCount(from, t('2026-11-01T13:00:00.001Z'), HOUR_MS)).toBe(4);
    expect(bucketCount(from, from, HOUR_MS)).toBe(0);
    expect(bucketStarts(t('2026-10-31T23:00:00Z'), t('2026-11-02T00:00:01Z'), DAY_MS)).toHaveLength(3);
    expect(bucketCount(t('2026-10-31T23:00:00Z'), t('2026-11-02T00:00:01Z'), DAY_MS)).toBe(3);
  });
});

describe('rawRanges', () => {
  it('reads only the partial hours at the edges when every whole hour is clean', () => {
    const clean = new Set([hour('2026-11-01T11:00:00Z'), hour('2026-11-01T12:00:00Z')]);
    expect(show(rawRanges(t('2026-11-01T10:30:00Z'), t('2026-11-01T13:15:00Z'), clean))).toEqual([
      '2026-11-01T10:30:00.000Z 2026-11-01T11:00:00.000Z',
      '2026-11-01T13:00:00.000Z 2026-11-01T13:15:00.000Z',
    ]);
  });

  it('reads dirty or missing whole hours, coalescing neighbours into one range', () => {
    const clean = new Set([hour('2026-11-01T10:00:00Z'), hour('2026-11-01T13:00:00Z')]);
    expect(show(rawRanges(t('2026-11-01T10:00:00Z'), t('2026-11-01T15:00:00Z'), clean))).toEqual([
      '2026-11-01T11:00:00.000Z 2026-11-01T13:00:00.000Z',
      '2026-11-01T14:00:00.000Z 2026-11-01T15:00:00.000Z',
    ]);
    // A partial edge hour next to a dirty hour is one range.
    expect(show(rawRanges(t('2026-11-01T09:45:00Z'), t('2026-11-01T11:00:00Z'), new Set()))).toEqual(['2026-11-01T09:45:00.000Z 2026-11-01T11:00:00.000Z']);
  });

  it('never uses a clean hour that the range only partly covers', () => {
    const clean = new Set([hour('2026-11-01T10:00:00Z')]);
    expect(show(rawRanges(t('2026-11-01T10:10:00Z'), t('2026-11-01T10:20:00Z'), clean))).toEqual(['2026-11-01T10:10:00.000Z 2026-11-01T10:20:00.000Z']);
    expect(rawRanges(t('2026-11-01T10:00:00Z'), t('2026-11-01T11:00:00Z'), clean)).toEqual([]);
    expect(rawRanges(t('2026-11-01T10:00:00Z'), t('2026-11-01T10:00:00Z'), clean)).toEqual([]);
  });
});
