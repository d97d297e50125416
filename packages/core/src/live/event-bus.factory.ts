import type { EventBus } from './event.bus';
import { MemoryEventBus } from './event.bus';
import { RedisEventBus } from './redis-event.bus';

/** Redis pub/sub when a URL is configured (several API instances), in-process delivery otherwise. */
export async function createEventBus(redisUrl: string | undefined, log: (msg: string, err?: unknown) => void): Promise<EventBus> {
  return redisUrl ? RedisEventBus.connect(redisUrl, log) : new MemoryEventBus(log);
}
