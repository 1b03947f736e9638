import { RateLimitedError } from '../api/errors';
import { env } from '../env';
import { redisKey, sharedRedis } from '../redis/connection';

/**
 * Reserves one sign-in attempt for every key, or returns how many milliseconds the caller must wait.
 * One script, so concurrent attempts cannot all read "under the limit" before any of them counts:
 * the attempt is counted before the password is checked. The first `free` attempts pass at once;
 * after that each needs `base * 2^(extra)` ms (capped) since the previous one. Redis's own clock.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local free, base, cap, ttl = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local wait = 0
for _, key in ipairs(KEYS) do
  local attempts = tonumber(redis.call('HGET', key, 'attempts') or '0')
  if attempts >= free then
    local last = tonumber(redis.call('HGET', key, 'last') or '0')
    local remaining = last + math.min(cap, base * 2 ^ (attempts - free)) - now
    if remaining > wait then wait = remaining end
  end
end
if wait > 0 then return math.ceil(wait) end
for _, key in ipairs(KEYS) do
  redis.call('HINCRBY', key, 'attempts', 1)
  redis.call('HSET', key, 'last', now)
  redis.call('PEXPIRE', key, ttl)
end
return 0`;

const BASE_DELAY_MS = 1000;

/** The Redis hashes (attempts, last) that hold an address's and an account's attempts. */
export function loginThrottleKeys(ip: string, email: string): string[] {
  return [redisKey('login', 'ip', ip), redisKey('login', 'email', email.trim().toLowerCase())];
}

/**
 * Counts this attempt against the address and the account, or refuses it with the wait. Growing
 * delays rather than a lockout: someone hammering the owner's email slows the owner down to at most
 * one try per BUDDY_LOGIN_MAX_DELAY_SECONDS, never locks them out.
 */
export async function reserveLoginAttempt(ip: string, email: string): Promise<void> {
  const {
    BUDDY_LOGIN_MAX_ATTEMPTS: free,
    BUDDY_LOGIN_MAX_DELAY_SECONDS: cap,
    BUDDY_LOGIN_WINDOW_SECONDS: window,
  } = env();
  const waitMs = Number(
    await sharedRedis().eval(
      RESERVE,
      2,
      ...loginThrottleKeys(ip, email),
      free,
      BASE_DELAY_MS,
      cap * 1000,
      (window + cap) * 1000,
    ),
  );
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new RateLimitedError(
      `Too many sign-in attempts. Try again in ${seconds < 60 ? `${seconds} second(s)` : `${Math.ceil(seconds / 60)} minute(s)`}.`,
      seconds,
    );
  }
}

/** A successful sign-in forgets the attempts of that address and account. */
export async function clearLoginAttempts(ip: string, email: string): Promise<void> {
  await sharedRedis().del(...loginThrottleKeys(ip, email));
}
