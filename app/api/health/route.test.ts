import { describe, expect, it } from 'vitest';
import { env, resetEnvForTests } from '@/lib/env';
import { sharedRedis } from '@/lib/redis/connection';
import { GET } from './route';

describe('GET /api/health', () => {
  it('is public and reports database and Redis as ok', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: expect.stringMatching(/ok|degraded/),
      database: { status: 'ok' },
      redis: { status: 'ok' },
    });
  });

  it('reuses one Redis connection across calls', async () => {
    const names = async () => {
      const list = String(await sharedRedis().call('CLIENT', 'LIST'));
      return list.split('\n').filter((line) => line.includes(`name=${env().BUDDY_REDIS_PREFIX}:health `)).length;
    };
    for (let i = 0; i < 5; i++) expect((await GET()).status).toBe(200);
    expect(await names()).toBe(1);
  });

  it('answers 503 with a reason when Redis is down', async () => {
    const previous = process.env.REDIS_URL;
    process.env.REDIS_URL = 'redis://127.0.0.1:1'; // nothing listens on port 1
    resetEnvForTests();
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.status).toBe('down');
      // The endpoint is public: no driver text (addresses, ports, error codes) in the answer.
      expect(body.redis).toEqual({ status: 'down', reason: 'not reachable' });
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|:1\b/);
      expect(body.database.status).toBe('ok');
    } finally {
      if (previous === undefined) delete process.env.REDIS_URL;
      else process.env.REDIS_URL = previous;
      resetEnvForTests();
    }
  });
});
