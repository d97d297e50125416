/** Refused because its address failed to authenticate too often; retry after the given seconds. */
export class TooManyFailures extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed authentications from this address; retry in ${retryAfterSeconds} s`);
  }
}

type Window = { start: number; failures: number; logged: boolean };

/**
 * Counts failed authentications (invalid or revoked keys) per client address in fixed windows:
 * past `limit` in one window the address is refused until the window ends, so guessing keys costs
 * the guesser, not the database. One log line per address and window.
 */
export class AuthThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly log: (msg: string) => void,
  ) {}

  /** Throws TooManyFailures while `address` is over its limit. */
  check(address: string, now = Date.now()): void {
    const w = this.current(address, now);
    if (w && w.failures >= this.limit) throw new TooManyFailures(Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)));
  }

  /** Counts one failure of `address`. */
  fail(address: string, now = Date.now()): void {
    let w = this.current(address, now);
    if (!w) {
      // Forget finished windows now and then, so a scan of many addresses cannot grow the map for ever.
      if (this.windows.size > 10_000) for (const [a, old] of this.windows) if (now - old.start >= this.windowMs) this.windows.delete(a);
      w = { start: now, failures: 0, logged: false };
      this.windows.set(address, w);
    }
    w.failures++;
    if (w.failures >= this.limit && !w.logged) {
      w.logged = true;
      this.log(`${address} failed to authenticate ${w.failures} times in ${this.windowMs / 1000} s; refusing it until the window ends`);
    }
  }

  private current(address: string, now: number): Window | undefined {
    const w = this.windows.get(address);
    return w && now - w.start < this.windowMs ? w : undefined;
  }
}
