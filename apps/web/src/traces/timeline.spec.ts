import { barOf, formatOffset, spanExtent, tickStep, ticks, traceAxis } from './timeline';

const at = (ms: number) => new Date(Date.UTC(2026, 10, 22, 10) + ms).toISOString();
const T0 = Date.parse(at(0));

describe('waterfall timeline', () => {
  it('spans the trace from its start to its end, stretched over loaded spans that reach past it', () => {
    const trace = { startTime: at(0), endTime: at(5000), durationMs: 5000 };
    expect(traceAxis(trace, spanExtent([{ startTime: at(100), endTime: at(900) }]), T0 + 60_000)).toEqual({ start: T0, end: T0 + 5000 });
    expect(traceAxis(trace, spanExtent([{ startTime: at(4000), endTime: at(6000) }]), 0)).toEqual({ start: T0, end: T0 + 6000 });
  });

  it('runs a running trace to now, and works from the spans alone before the trace is known', () => {
    expect(traceAxis({ startTime: at(0), endTime: null, durationMs: 2000 }, spanExtent([]), T0 + 3000)).toEqual({ start: T0, end: T0 + 3000 });
    expect(
      traceAxis(
        null,
        spanExtent([
          { startTime: at(200), endTime: at(700) },
          { startTime: at(100), endTime: null },
        ]),
        0,
      ),
    ).toEqual({
      start: T0 + 100,
      end: T0 + 700,
    });
    // Nothing known yet: an axis of 1 ms rather than a division by zero.
    expect(traceAxis(null, spanExtent([]), 42)).toEqual({ start: 42, end: 43 });
  });

  it('places a bar from the span’s start to its end, a running one to the open end, clamped', () => {
    const axis = { start: T0, end: T0 + 5000 };
    expect(barOf(axis, { startTime: at(2000), endTime: at(4000) }, 0)).toEqual({ left: 0.4, width: 0.4 });
    expect(barOf(axis, { startTime: at(1000), endTime: null }, T0 + 3500)).toEqual({ left: 0.2, width: 0.5 });
    expect(barOf(axis, { startTime: at(4000), endTime: at(9000) }, 0)).toEqual({ left: 0.8, width: 0.2 });
    expect(barOf(axis, { startTime: at(1000), endTime: at(1000) }, 0)).toEqual({ left: 0.2, width: 0 });
  });

  it('ticks at round steps of 1, 2 or 5, labelled as offsets', () => {
    expect(tickStep(5000)).toBe(1000);
    expect(tickStep(900)).toBe(200);
    expect(tickStep(12)).toBe(2);
    // Past a second, clock units: 16 m 40 s in steps of 5 m, an hour in 10 m.
    expect(tickStep(1_000_000)).toBe(300_000);
    expect(tickStep(3_600_000)).toBe(600_000);
    expect(tickStep(70_000)).toBe(15_000);
    expect(ticks({ start: 0, end: 5000 }).map((t) => [t.label, t.at])).toEqual([
      ['0', 0],
      ['1 s', 0.2],
      ['2 s', 0.4],
      ['3 s', 0.6],
      ['4 s', 0.8],
      ['5 s', 1],
    ]);
    expect(ticks({ start: 0, end: 750 }).map((t) => t.label)).toEqual(['0', '200 ms', '400 ms', '600 ms']);
    expect(ticks({ start: 0, end: 1_000_000 }).map((t) => t.label)).toEqual(['0', '5 m', '10 m', '15 m']);
    expect([0.25, 12.5, 1500, 90_000, 120_000, 5_400_000].map(formatOffset)).toEqual(['0.25 ms', '12.5 ms', '1.5 s', '1 m 30 s', '2 m', '1 h 30 m']);
  });
});
