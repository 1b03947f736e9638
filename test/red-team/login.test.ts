import { afterEach, beforeAll, describe, expect } from 'vitest';
import { RateLimitedError } from '../../lib/api/errors';
import { loginThrottleKeys, reserveLoginAttempt } from '../../lib/auth/login-throttle';
import { createOwner } from '../../lib/auth/owner';
import { resetEnvForTests } from '../../lib/env';
import { sharedRedis } from '../../lib/redis/connection';
import { attack } from './attack';
import { signIn } from './sign-in';

const OWNER = { email: 'owner@example.com', password: 'correct horse battery' };
const WRONG = 'Wrong email or password.';
const tally = (answers: string[]) => ({
  checked: answers.filter((a) => a === WRONG).length,
  delayed: answers.filter((a) => a.startsWith('Too many sign-in attempts')).length,
});

beforeAll(async () => {
  await createOwner(OWNER);
});
afterEach(() => {
  delete process.env.BUDDY_TRUSTED_PROXY;
  resetEnvForTests();
});

describe('red team: sign-in guessing (issue 15.6)', () => {
  attack(
    {
      id: '15.6-login-concurrent-guesses',
      title: '40 concurrent wrong passwords, then the owner signs in',
      target: 'app',
      layers: {
        'sign-in: attempt reserved atomically before the password check': async () => {
          const answers = await Promise.all(Array.from({ length: 40 }, () => signIn(OWNER.email, 'guess')));
          expect(tally(answers)).toEqual({ checked: 5, delayed: 35 });
        },
        'sign-in: growing delay up to a cap, never a lockout': async () => {
          const keys = loginThrottleKeys('direct', OWNER.email);
          const redis = sharedRedis();
          // Attempts as stored after `extra` attempts beyond the free ones, the last one `ago` ms back.
          const seed = async (extra: number, ago = 0) => {
            const [seconds, micros] = await redis.time();
            const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
            for (const key of keys) await redis.hset(key, { attempts: 5 + extra, last: now - ago });
          };
          const wait = async () => {
            const error = await reserveLoginAttempt('direct', OWNER.email).catch((e: unknown) => e);
            expect(error).toBeInstanceOf(RateLimitedError);
            return (error as RateLimitedError).retryAfterSeconds;
          };
          for (const [extra, seconds] of [
            [0, 1],
            [1, 2],
            [3, 8],
            [6, 64],
            [30, 120],
          ] as const) {
            await seed(extra);
            expect(await wait()).toBe(seconds);
          }
          // However many guesses came before, the owner gets in once the capped delay has passed.
          await seed(30, 120_001);
          expect(await signIn(OWNER.email, OWNER.password)).toBe('signed in');
          for (const key of keys) expect(await redis.exists(key)).toBe(0);
        },
      },
    },
    60_000,
  );

  attack(
    {
      id: '15.6-login-spoofed-forwarded-for',
      title: 'each guess claims another X-Forwarded-For address',
      target: 'app',
      layers: {
        'sign-in: X-Forwarded-For ignored without a declared proxy': async () => {
          // Other emails each time, so only the address bucket can hold them back.
          const answers = await Promise.all(
            Array.from({ length: 20 }, (_, i) =>
              signIn(`spray${i}@example.com`, 'guess', { 'x-forwarded-for': `198.51.100.${i}` }),
            ),
          );
          expect(tally(answers)).toEqual({ checked: 5, delayed: 15 });
        },
        'sign-in: behind a declared proxy only the address it appended counts': async () => {
          process.env.BUDDY_TRUSTED_PROXY = '1';
          resetEnvForTests();
          const answers = await Promise.all(
            Array.from({ length: 20 }, (_, i) =>
              signIn(`spray-proxied${i}@example.com`, 'guess', { 'x-forwarded-for': `10.0.0.${i}, 203.0.113.9` }),
            ),
          );
          expect(tally(answers)).toEqual({ checked: 5, delayed: 15 });
          // A different real client behind the same proxy is not held back by the first one's guesses.
          expect(await signIn('spray-other@example.com', 'guess', { 'x-forwarded-for': '203.0.113.10' })).toBe(WRONG);
        },
      },
    },
    60_000,
  );
});
