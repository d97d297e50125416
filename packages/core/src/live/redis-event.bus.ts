import { openRedis, type RedisClient, type RedisRole, type RedisTarget } from '@sextant/jobs';
import { channels } from './live.events';
import { type EventBus, ListenerRegistry } from './event.bus';

type Log = (msg: string, err?: unknown) => void;

/**
 * Redis pub/sub between API instances: one connection publishes, one subscribes to the channels
 * this instance's subscribers need. Publishing never queues while Redis is away (ingestion must
 * not wait or grow memory for it); instead every instance is told to resynchronise once Redis is back.
 *
 * On a Redis Cluster this is classic pub/sub: a PUBLISH on any node reaches subscribers on every
 * node, and ioredis keeps the subscription on one node, moving it when that node leaves.
 */
export class RedisEventBus implements EventBus {
  readonly kind = 'redis';
  private readonly registry = new ListenerRegistry();
  private readonly resyncListeners = new Set<(lostSince: Date) => void>();
  private subLostAt: Date | null = null;
  private publishLostAt: Date | null = null;
  private closed = false;

  private constructor(
    private readonly pub: RedisClient,
    private readonly sub: RedisClient,
    private readonly log: Log,
  ) {}

  /**
   * Connects both connections. A Redis that does not answer within the timeout is not fatal: live
   * events then reach no subscriber until it does (`connected` is false, and /health says so), the
   * connections keep retrying, and subscribers resynchronise from the database once it answers.
   */
  static async connect(target: RedisTarget, log: Log, connectTimeoutMs = 10_000): Promise<RedisEventBus> {
    const base: Omit<RedisRole, 'connectionName'> = {
      lazyConnect: true,
      retryStrategy: (times) => Math.min(50 * 2 ** times, 2000),
      maxRetriesPerRequest: null,
    };
    const pub = openRedis(target, { ...base, offlineQueue: false, connectionName: 'sextant-pub' });
    const sub = openRedis(target, { ...base, autoResubscribe: false, connectionName: 'sextant-sub' });
    const bus = new RedisEventBus(pub, sub, log);
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`Redis at REDIS_URL did not answer within ${connectTimeoutMs} ms`)), connectTimeoutMs).unref(),
    );
    bus.watch();
    try {
      await Promise.race([Promise.all([pub.connect(), sub.connect()]), timeout]);
      await sub.subscribe(channels.resync);
    } catch (e) {
      // Counted as an outage from now: the 'ready' handlers subscribe and resynchronise when Redis answers.
      const now = new Date();
      bus.subLostAt ??= now;
      bus.publishLostAt ??= now;
      log(
        `Redis (REDIS_URL) does not answer (${(e as Error).message}): live events wait for it, retrying in the background (/health: liveEvents redis-unreachable)`,
      );
    }
    return bus;
  }

  private watch() {
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      const ch = channel.toString();
      if (ch === channels.resync) return this.resync(new Date(Number(message.toString()) || Date.now()));
      this.registry.dispatch(ch, message.toString(), (e) => this.log('Live event listener failed:', e));
    });
    // ioredis reports each failed reconnection attempt; one line per outage is enough.
    const onError = (which: string) => (e: Error) => {
      if (!this.closed && (which === 'sub' ? !this.subLostAt : !this.publishLostAt)) this.log(`Redis ${which} connection error: ${e.message}`);
    };
    this.pub.on('error', onError('pub'));
    this.sub.on('error', onError('sub'));
    this.sub.on('close', () => {
      if (!this.closed) this.subLostAt ??= new Date();
    });
    this.pub.on('close', () => {
      if (!this.closed) this.publishLostAt ??= new Date();
    });
    this.sub.on('ready', () => void this.restoreSubscriptions());
    this.pub.on('ready', () => this.announceLoss());
    // A cluster stays 'ready' when one node leaves, but if that node held the subscription, ioredis
    // moves it to another and the messages in between are lost: treat any departure as a loss.
    this.sub.on('-node', () => {
      if (this.closed) return;
      this.subLostAt ??= new Date();
      if (this.sub.status === 'ready') void this.restoreSubscriptions();
    });
  }

  private async restoreSubscriptions() {
    const lostAt = this.subLostAt;
    if (!lostAt || this.closed) return;
    try {
      await this.sub.subscribe(channels.resync, ...this.registry.channels());
      if (this.subLostAt !== lostAt) return;
      this.subLostAt = null;
      this.log('Redis subscriber connection restored; live feeds resynchronise from the database');
      this.resync(lostAt);
    } catch (e) {
      this.log('Resubscribing to Redis failed:', e);
    }
  }

  /** Events this instance could not publish may concern subscribers anywhere: every instance resynchronises. */
  private announceLoss() {
    const lostAt = this.publishLostAt;
    if (!lostAt || this.closed || this.pub.status !== 'ready') return;
    this.publishLostAt = null;
    this.pub.publish(channels.resync, String(lostAt.getTime())).catch(() => {
      this.publishLostAt ??= lostAt;
    });
  }

  private resync(lostSince: Date) {
    for (const l of [...this.resyncListeners]) {
      try {
        l(lostSince);
      } catch (e) {
        this.log('Live resync failed:', e);
      }
    }
  }

  publish(channel: string, message: string): void {
    if (this.closed) return;
    this.pub.publish(channel, message).catch(() => {
      this.publishLostAt ??= new Date();
      this.announceLoss();
    });
  }

  get connected(): boolean {
    return this.pub.status === 'ready' && this.sub.status === 'ready';
  }

  /** Subscribers on other instances are unknown here: always publish. */
  interested(): boolean {
    return true;
  }

  async subscribe(channel: string, listener: (message: string) => void): Promise<() => void> {
    if (this.registry.add(channel, listener)) await this.sub.subscribe(channel);
    return () => {
      if (this.registry.remove(channel, listener) && !this.closed) this.sub.unsubscribe(channel).catch(() => {});
    };
  }

  onResync(listener: (lostSince: Date) => void): () => void {
    this.resyncListeners.add(listener);
    return () => void this.resyncListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
