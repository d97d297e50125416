import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs at once, then once at the end of a burst', () => {
    const run = jest.fn();
    const t = throttle(run, 1000);
    t.schedule();
    expect(run).toHaveBeenCalledTimes(1);
    t.schedule();
    t.schedule();
    jest.advanceTimersByTime(999);
    expect(run).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
    // Quiet for longer than the window: the next event runs at once again.
    jest.advanceTimersByTime(5000);
    t.schedule();
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('drops a pending run when cancelled', () => {
    const run = jest.fn();
    const t = throttle(run, 1000);
    t.schedule();
    t.schedule();
    t.cancel();
    jest.advanceTimersByTime(2000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
