import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../test/jobs/worker-process';
import { getDb } from '../db/client';
import { env } from '../env';
import { getQueue } from '../queue/queues';
import { createRedis, sharedRedis } from '../redis/connection';
import { CATALOG } from './catalog';
import { type ScheduleKeeper, keepSchedules } from './keep-schedules';
import { missingSchedules, schedulerId, syncSchedules } from './sync-schedules';

const keepers: ScheduleKeeper[] = [];
afterEach(() => {
  for (const k of keepers.splice(0)) k.stop();
});

const schedulerKeys = async () => (await getQueue('jobs').getJobSchedulers(0, -1)).map((s) => s.key).sort();

describe('the worker keeps the job schedulers in place', () => {
  it('schedulers flushed from Redis (its data lost) come back at the next check, once each', async () => {
    const queue = getQueue('jobs');
    const resync = async () => void (await syncSchedules(queue, CATALOG, 'UTC'));
    await resync();
    const expected = [...CATALOG.keys()].map(schedulerId).sort();
    expect(await schedulerKeys()).toEqual(expected);
    const redis = createRedis('producer');
    const keys = await redis.keys(`${env().BUDDY_REDIS_PREFIX}:jobs:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);
    redis.disconnect();
    expect(await schedulerKeys()).toEqual([]);

    keepers.push(
      keepSchedules({
        connection: sharedRedis(),
        everyMs: 100,
        missing: () => missingSchedules(queue, CATALOG),
        resync,
      }),
    );
    await waitFor(
      'the schedulers to come back',
      async () => (await schedulerKeys()).length === expected.length,
      10_000,
    );
    expect(await schedulerKeys()).toEqual(expected);
  });

  it('a paused job or an open circuit is not missing: the check only asks for what should be scheduled', async () => {
    const queue = getQueue('jobs');
    await syncSchedules(queue, CATALOG, 'UTC');
    const db = await getDb();
    await db.jobDefinition.update({ where: { id: 'code-analysis' }, data: { enabled: false } });
    await db.jobDefinition.update({ where: { id: 'content-research' }, data: { circuitState: 'open' } });
    await syncSchedules(queue, CATALOG, 'UTC');
    expect(await missingSchedules(queue, CATALOG)).toEqual([]);
    await queue.removeJobScheduler(schedulerId('infra-health'));
    expect(await missingSchedules(queue, CATALOG)).toEqual(['infra-health']);
  });

  it('the connection ready again after a reconnect triggers a resync at once', async () => {
    const connection = createRedis('worker');
    await waitFor('the connection', () => connection.status === 'ready');
    const reasons: string[] = [];
    keepers.push(
      keepSchedules({
        connection,
        everyMs: 3_600_000,
        missing: async () => [],
        resync: async (reason) => void reasons.push(reason),
      }),
    );
    expect(reasons).toEqual([]);
    connection.disconnect(true); // drops the socket; ioredis reconnects as after a Redis restart
    await waitFor('the resync', () => reasons.length === 1, 10_000);
    expect(reasons).toEqual(['redis connection ready again']);
    connection.disconnect();
  });
});
