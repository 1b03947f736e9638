import { describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
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

  it('answers 503 with a reason when Redis is down', async () => {
    const previous = process.env.REDIS_URL;
    process.env.REDIS_URL = 'redis://127.0.0.1:1'; // nothing listens on port 1
    resetEnvForTests();
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.status).toBe('down');
      expect(body.redis).toMatchObject({
        status: 'down',
        reason: expect.stringMatching(/ECONNREFUSED|connect|closed/i),
      });
      expect(body.database.status).toBe('ok');
    } finally {
      if (previous === undefined) delete process.env.REDIS_URL;
      else process.env.REDIS_URL = previous;
      resetEnvForTests();
    }
  });
});
