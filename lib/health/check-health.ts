import { getDb } from '../db/client';
import { docker, dockerConfigured } from '../docker/client';
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

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)),
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
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'down', reason: message.split('\n')[0]?.slice(0, 200) ?? 'unknown error' };
  }
}

async function pingRedis(): Promise<void> {
  // A fresh, non-retrying connection: the shared one would queue the command and mask an outage.
  const redis = createRedis('probe', { retryStrategy: () => null, enableOfflineQueue: false });
  try {
    await redis.connect();
    await redis.ping();
  } finally {
    redis.disconnect();
  }
}

/** Database and Redis are required (503 without them); Docker is reported when configured. */
export async function checkHealth(): Promise<Health> {
  const [database, redis, dockerHealth] = await Promise.all([
    probe('database', async () => (await getDb()).$queryRawUnsafe('SELECT 1')),
    probe('redis', pingRedis),
    dockerConfigured()
      ? probe('docker', () => docker().ping())
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
