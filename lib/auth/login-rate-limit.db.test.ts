import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../api/errors';
import { assertLoginAllowed, recordLoginAttempt } from './login-rate-limit';

describe('login rate limit', () => {
  it('blocks an account after five failures from any address, and says when to retry', async () => {
    for (let i = 0; i < 5; i++) await recordLoginAttempt(`10.0.0.${i}`, 'victim@example.com', false);
    const error = await assertLoginAllowed('10.9.9.9', 'victim@example.com').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(800);
    await expect(assertLoginAllowed('10.9.9.9', 'someone-else@example.com')).resolves.toBeUndefined();
  });

  it('blocks an address after five failures across accounts', async () => {
    for (let i = 0; i < 5; i++) await recordLoginAttempt('192.0.2.7', `guess${i}@example.com`, false);
    await expect(assertLoginAllowed('192.0.2.7', 'fresh@example.com')).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('a success clears the failures of that account and address', async () => {
    for (let i = 0; i < 4; i++) await recordLoginAttempt('198.51.100.1', 'owner@example.com', false);
    await recordLoginAttempt('198.51.100.1', 'owner@example.com', true);
    for (let i = 0; i < 4; i++) await recordLoginAttempt('198.51.100.1', 'owner@example.com', false);
    await expect(assertLoginAllowed('198.51.100.1', 'owner@example.com')).resolves.toBeUndefined();
  });
});
