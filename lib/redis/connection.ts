import 'server-only';
import { Redis, type RedisOptions } from 'ioredis';
import { env } from '../env';

/**
 * Separate connections by role, as BullMQ recommends: producers fail fast when Redis is down
 * (an API call should answer, not hang), workers and subscribers wait and reconnect forever.
 */
export type RedisRole = 'producer' | 'worker' | 'subscriber' | 'probe';

export function createRedis(role: RedisRole, overrides: RedisOptions = {}): Redis {
  const base: RedisOptions =
    role === 'worker' || role === 'subscriber'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: role === 'producer', connectTimeout: 2000 };
  const client = new Redis(env().REDIS_URL, { lazyConnect: role === 'probe', ...base, ...overrides });
  // ioredis emits 'error' on every failed reconnect; without a listener Node treats it as fatal.
  client.on('error', () => {});
  return client;
}

const shared = globalThis as unknown as { buddyRedis?: Partial<Record<'producer' | 'publisher', Redis>> };

/** The process-wide producer connection (queues, publishing events, small reads). */
export function sharedRedis(kind: 'producer' | 'publisher' = 'producer'): Redis {
  shared.buddyRedis ??= {};
  shared.buddyRedis[kind] ??= createRedis('producer');
  return shared.buddyRedis[kind];
}

export async function closeSharedRedis(): Promise<void> {
  const all = Object.values(shared.buddyRedis ?? {});
  shared.buddyRedis = undefined;
  await Promise.all(all.map((c) => c?.quit().catch(() => c.disconnect())));
}

export function redisKey(...parts: string[]): string {
  return [env().BUDDY_REDIS_PREFIX, ...parts].join(':');
}
