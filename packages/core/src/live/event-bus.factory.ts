import type { RedisTarget } from '@sextant/jobs';
import type { EventBus } from './event.bus';
import { MemoryEventBus } from './event.bus';
import { RedisEventBus } from './redis-event.bus';

/** Redis pub/sub when Redis is configured (several API instances; one server or a cluster), in-process delivery otherwise. */
export async function createEventBus(redis: RedisTarget | undefined, log: (msg: string, err?: unknown) => void): Promise<EventBus> {
  return redis ? RedisEventBus.connect(redis, log) : new MemoryEventBus(log);
}
