type Listener = (message: string) => void;

/**
 * Carries live events between API instances (or within one). Delivery is at most once: when the
 * bus may have dropped messages (a broker restart), it calls the resync listeners with the time
 * it noticed, and feeds catch up from the database.
 */
export interface EventBus {
  readonly kind: 'memory' | 'redis';
  /** False while the broker is unreachable (events are then caught up from the database when it is back). */
  readonly connected: boolean;
  /** Fire and forget: never throws and never waits for subscribers. */
  publish(channel: string, message: string): void;
  /** False only when no subscriber anywhere can want the channel, so publishing may be skipped. */
  interested(channel: string): boolean;
  /** Resolves once the subscription is active, with its unsubscribe function. */
  subscribe(channel: string, listener: Listener): Promise<() => void>;
  onResync(listener: (lostSince: Date) => void): () => void;
  close(): Promise<void>;
}

/** Keeps the local listeners of each channel; both buses dispatch through it. */
export class ListenerRegistry {
  private readonly byChannel = new Map<string, Set<Listener>>();

  /** Adds a listener; true when it is the channel's first. */
  add(channel: string, l: Listener): boolean {
    const set = this.byChannel.get(channel);
    if (set) {
      set.add(l);
      return false;
    }
    this.byChannel.set(channel, new Set([l]));
    return true;
  }

  /** Removes a listener; true when the channel has none left. */
  remove(channel: string, l: Listener): boolean {
    const set = this.byChannel.get(channel);
    if (!set?.delete(l) || set.size) return false;
    this.byChannel.delete(channel);
    return true;
  }

  dispatch(channel: string, message: string, onError: (e: unknown) => void) {
    const set = this.byChannel.get(channel);
    if (!set) return;
    for (const l of [...set]) {
      try {
        l(message);
      } catch (e) {
        onError(e);
      }
    }
  }

  has(channel: string): boolean {
    return this.byChannel.has(channel);
  }

  channels(): string[] {
    return [...this.byChannel.keys()];
  }
}

/** In-process delivery for a single API process (no REDIS_URL). */
export class MemoryEventBus implements EventBus {
  readonly kind = 'memory';
  readonly connected = true;
  private readonly registry = new ListenerRegistry();

  constructor(private readonly log: (msg: string, err?: unknown) => void = () => {}) {}

  publish(channel: string, message: string): void {
    // After the current tick, so a publisher never runs subscriber code on its own stack.
    setImmediate(() => this.registry.dispatch(channel, message, (e) => this.log('Live event listener failed:', e)));
  }

  interested(channel: string): boolean {
    return this.registry.has(channel);
  }

  async subscribe(channel: string, listener: Listener): Promise<() => void> {
    this.registry.add(channel, listener);
    return () => void this.registry.remove(channel, listener);
  }

  onResync(): () => void {
    return () => {};
  }

  async close(): Promise<void> {}
}
