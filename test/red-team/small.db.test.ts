import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { GET as health } from '../../app/api/health/route';
import { POST as setup } from '../../app/api/setup/route';
import { GET as listStaging } from '../../app/api/staging/route';
import { getDb } from '../../lib/db/client';
import { resetEnvForTests } from '../../lib/env';
import { attack } from './attack';
import { serveRoutes } from './serve-routes';
import { signIn } from './sign-in';

let app: Awaited<ReturnType<typeof serveRoutes>>;
const saved = { ...process.env };

beforeAll(async () => {
  app = await serveRoutes([
    { method: 'GET', path: /^\/api\/staging$/, handler: listStaging },
    { method: 'POST', path: /^\/api\/setup$/, handler: setup },
    { method: 'GET', path: /^\/api\/health$/, handler: health },
  ]);
});
afterAll(() => app.close());
afterEach(() => {
  for (const name of ['BUDDY_OWNER_EMAIL', 'BUDDY_OWNER_PASSWORD', 'REDIS_URL']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  resetEnvForTests();
});

const setupAs = (email: string) =>
  fetch(`${app.base}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.base },
    body: JSON.stringify({ email, password: 'correct horse battery' }),
  });

describe('red team: small ones (issue 15.10)', () => {
  attack(
    {
      id: '15.10-env-owner-api-only-sign-in',
      title: 'sign in through the API before any page has rendered (owner from BUDDY_OWNER_EMAIL)',
      target: 'app',
      layers: {
        'sign-in: the env owner is ensured before the password check': async () => {
          const db = await getDb();
          await db.owner.deleteMany();
          process.env.BUDDY_OWNER_EMAIL = 'env-owner@example.com';
          process.env.BUDDY_OWNER_PASSWORD = 'a long enough env password';
          resetEnvForTests();
          expect(await signIn('env-owner@example.com', 'a long enough env password')).toBe('signed in');
          expect(await db.owner.count()).toBe(1);
        },
      },
    },
    60_000,
  );

  attack(
    {
      id: '15.10-concurrent-first-run-setups',
      title: 'two first-run setups race to create the owner',
      target: 'app',
      layers: {
        'API: setup refuses once an owner exists (409)': async () => {
          const db = await getDb();
          await db.owner.deleteMany();
          const statuses = await Promise.all([setupAs('first@example.com'), setupAs('second@example.com')]);
          expect(statuses.map((r) => r.status).sort()).toEqual([201, 409]);
          expect(await db.owner.count()).toBe(1);
        },
        'schema: the owner is a singleton (a second row is refused by the database)': async () => {
          const db = await getDb();
          const second = db.owner.create({ data: { email: 'sneaky@example.com', passwordHash: 'x' } });
          await expect(second).rejects.toMatchObject({ code: 'P2002' });
          expect(await db.owner.count()).toBe(1);
        },
      },
    },
    60_000,
  );

  attack({
    id: '15.10-malformed-session-cookie',
    title: 'a session cookie with a broken escape (%E0%A4%A)',
    target: 'app',
    layers: {
      'API: an unreadable cookie is no session (401, not 500)': async () => {
        const response = await fetch(`${app.base}/api/staging`, {
          headers: { cookie: 'next-auth.session-token=%E0%A4%A' },
        });
        expect(response.status).toBe(401);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
      },
    },
  });

  attack({
    id: '15.10-health-leaks-internals',
    title: '/api/health while Redis is down, read by anyone',
    target: 'app',
    layers: {
      'health: failures named, driver text kept in the log': async () => {
        process.env.REDIS_URL = 'redis://127.0.0.1:1';
        resetEnvForTests();
        const response = await fetch(`${app.base}/api/health`);
        expect(response.status).toBe(503);
        const text = await response.text();
        expect(JSON.parse(text).redis).toEqual({ status: 'down', reason: 'not reachable' });
        expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|Error/);
      },
    },
  });
});
