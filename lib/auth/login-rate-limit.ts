import { RateLimitedError } from '../api/errors';
import { getDb } from '../db/client';
import { env } from '../env';

/**
 * Failed sign-ins are counted per client address and per account in the database, so the limit
 * holds across processes and restarts. A success clears the account's and the address's failures.
 */
function keys(ip: string, email: string) {
  return [`ip:${ip}`, `email:${email.toLowerCase()}`];
}

export async function assertLoginAllowed(ip: string, email: string): Promise<void> {
  const { BUDDY_LOGIN_MAX_ATTEMPTS: max, BUDDY_LOGIN_WINDOW_SECONDS: window } = env();
  const db = await getDb();
  const since = new Date(Date.now() - window * 1000);
  for (const key of keys(ip, email)) {
    const failures = await db.loginAttempt.findMany({
      where: { key, succeeded: false, createdAt: { gte: since } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    });
    if (failures.length >= max) {
      const oldest = failures[failures.length - max]?.createdAt ?? new Date();
      const retryAfter = Math.max(1, Math.ceil((oldest.getTime() + window * 1000 - Date.now()) / 1000));
      throw new RateLimitedError(
        `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
        retryAfter,
      );
    }
  }
}

export async function recordLoginAttempt(ip: string, email: string, succeeded: boolean): Promise<void> {
  const db = await getDb();
  if (succeeded) {
    await db.loginAttempt.deleteMany({ where: { key: { in: keys(ip, email) }, succeeded: false } });
    return;
  }
  await db.loginAttempt.createMany({ data: keys(ip, email).map((key) => ({ key, succeeded })) });
}
