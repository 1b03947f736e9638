import { getDb } from '../db/client';
import { docker, dockerConfigured } from '../docker/client';
import type { Redis } from 'ioredis';
import { env } from '../env';
import { log } from '../log';
import { createRedis } from '../redis/connection';

export type ComponentHealth = { status: 'ok' } | { status: 'down'; reason: string } | { status: 'not-configured' };
export type Health = {
  status: 'ok' | 'degraded' | 'down';
  database: ComponentHealth;
  redis: ComponentHealth;
  docker: ComponentHealth;
  checkedAt: string;
};

const CHECK_TIMEOUT_MS = 2000;

class ProbeTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ProbeTimeout(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function probe(what: string, check: () => Promise<unknown>): Promise<ComponentHealth> {
  try {
    await withTimeout(check(), what);
    return { status: 'ok' };
  } catch (error) {
    // The endpoint is public: driver messages (hosts, ports, paths, credentials in URLs) stay in the log.
    log.warn('health probe failed', { component: what, error: String(error) });
    return {
      status: 'down',
      reason: error instanceof ProbeTimeout ? `no answer within ${CHECK_TIMEOUT_MS} ms` : 'not reachable',
    };
  }
}

const probes = globalThis as unknown as { buddyHealthRedis?: { url: string; client: Redis } };

/**
 * One long-lived connection for health checks, not one per call. No offline queue, so while Redis
 * is down a ping fails at once instead of waiting in line (which would mask the outage); it keeps
 * reconnecting in the background and the first ping after Redis is back succeeds.
 */
function probeRedis(): Redis {
  const url = env().REDIS_URL;
  if (probes.buddyHealthRedis?.url !== url) {
    probes.buddyHealthRedis?.client.disconnect();
    const client = createRedis('probe', {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (times) => Math.min(times * 200, 2000),
      connectionName: `${env().BUDDY_REDIS_PREFIX}:health`,
    });
    probes.buddyHealthRedis = { url, client };
  }
  return probes.buddyHealthRedis.client;
}

async function pingRedis(): Promise<void> {
  const redis = probeRedis();
  // Right after creation (or a restart of Redis) the connection may still be on its way.
  if (redis.status === 'connecting' || redis.status === 'reconnecting')
    await new Promise<void>((resolve) => {
      const done = () => {
        redis.off('ready', done).off('error', done);
        resolve();
      };
      redis.on('ready', done).on('error', done);
    });
  await redis.ping();
}

/** Database and Redis are required (503 without them); Docker is reported when configured. */
export async function checkHealth(): Promise<Health> {
  const [database, redis, dockerHealth] = await Promise.all([
    probe('database', async () => (await getDb()).$queryRawUnsafe('SELECT 1')),
    probe('redis', pingRedis),
    dockerConfigured()
      ? probe('docker', async () => (await docker()).ping())
      : Promise.resolve({ status: 'not-configured' } as const),
  ]);
  const required = database.status === 'ok' && redis.status === 'ok';
  return {
    status: !required ? 'down' : dockerHealth.status === 'down' ? 'degraded' : 'ok',
    database,
    redis,
    docker: dockerHealth,
    checkedAt: new Date().toISOString(),
  };
}

/** Tests and shutdown: closes the health probe's Redis connection. */
export function closeHealthProbe(): void {
  probes.buddyHealthRedis?.client.disconnect();
  probes.buddyHealthRedis = undefined;
}
