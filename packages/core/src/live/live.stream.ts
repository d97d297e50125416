/** How many events one connection may hold undelivered across all its subscriptions. */
export class ConnectionBudget {
  used = 0;
  constructor(readonly max: number) {}
}

/** Yielded once, last, by a stream whose subscriber fell too far behind. */
export class Lagged {
  constructor(
    /** The cursor of the last event delivered, to resubscribe with `since`; null if none was. */
    readonly resumeFrom: string | null,
  ) {}
}

/**
 * The events of one subscription, waiting for its connection to take them. Bounded by the
 * connection's budget: a subscriber that cannot keep up is not buffered without end (and never
 * slows the feed or ingestion); its queue is dropped and it is told to resume from its last cursor.
 */
export class LiveStream<T> implements AsyncIterableIterator<T | Lagged> {
  private queue: T[] = [];
  private waiting: ((r: IteratorResult<T | Lagged>) => void) | null = null;
  private lagged = false;
  private done = false;
  private lastCursor: string | null = null;
  private refill: (() => Promise<boolean>) | null = null;
  private endAfterQueue = false;

  constructor(
    private readonly budget: ConnectionBudget,
    private readonly opts: {
      /** The resume cursor of an event. */
      cursorOf?: (item: T) => string | null;
      /** Runs before each event is handed over, e.g. to give it fresh DataLoaders. */
      beforeEach?: () => void;
      onClose?: () => void;
    } = {},
  ) {}

  /**
   * Reads a backlog page by page as the subscriber takes events, so catching up never overflows
   * the buffer. `page` queues a page with `push(item, true)` and answers true once caught up.
   */
  catchUp(page: () => Promise<boolean>) {
    this.refill = page;
  }

  /** Queues an event; false when the stream no longer takes events. `backlog` events never count as lag. */
  push(item: T, backlog = false): boolean {
    if (this.done || this.lagged) return false;
    if (this.waiting) {
      this.hand(item);
      return true;
    }
    if (!backlog && this.budget.used >= this.budget.max) {
      this.budget.used -= this.queue.length;
      this.queue = [];
      this.lagged = true;
      return false;
    }
    this.queue.push(item);
    this.budget.used++;
    return true;
  }

  /** Ends the stream after what is queued (e.g. when its source cannot continue). */
  end() {
    if (this.done) return;
    if (!this.queue.length && !this.lagged && this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      this.finish();
      w({ value: undefined, done: true });
      return;
    }
    this.endAfterQueue = true;
  }

  private hand(item: T) {
    const w = this.waiting!;
    this.waiting = null;
    this.lastCursor = this.opts.cursorOf?.(item) ?? this.lastCursor;
    this.opts.beforeEach?.();
    w({ value: item, done: false });
  }

  async next(): Promise<IteratorResult<T | Lagged>> {
    for (;;) {
      if (this.done) return { value: undefined, done: true };
      if (this.queue.length) {
        const item = this.queue.shift()!;
        this.budget.used--;
        this.lastCursor = this.opts.cursorOf?.(item) ?? this.lastCursor;
        this.opts.beforeEach?.();
        return { value: item, done: false };
      }
      if (this.lagged) {
        this.finish();
        return { value: new Lagged(this.lastCursor), done: false };
      }
      if (this.refill) {
        const page = this.refill;
        // A page is queued as backlog; the loop then hands its first event over.
        if (await page()) this.refill = null;
        continue;
      }
      if (this.endAfterQueue) {
        this.finish();
        return { value: undefined, done: true };
      }
      return new Promise((resolve) => (this.waiting = resolve));
    }
  }

  return(): Promise<IteratorResult<T | Lagged>> {
    this.finish();
    const w = this.waiting;
    this.waiting = null;
    w?.({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(e?: unknown): Promise<IteratorResult<T | Lagged>> {
    this.return();
    return Promise.reject(e);
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  get closed() {
    return this.done;
  }

  private finish() {
    if (this.done) return;
    this.done = true;
    this.budget.used -= this.queue.length;
    this.queue = [];
    this.opts.onClose?.();
  }
}
