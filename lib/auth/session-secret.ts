import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '../env';

let cached: string | undefined;

/**
 * NEXTAUTH_SECRET when given; otherwise a random secret generated once and kept under data/
 * readable by the owner only, so sessions survive restarts without any configuration.
 */
export function sessionSecret(): string {
  if (cached) return cached;
  const configured = env().NEXTAUTH_SECRET;
  if (configured) {
    cached = configured;
    return cached;
  }
  const file = path.join(env().dataDir, '.session-secret');
  try {
    cached = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(env().dataDir, { recursive: true, mode: 0o700 });
    try {
      // 'wx' fails if another process created it first; then that one's secret is the secret.
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    cached = readFileSync(file, 'utf8').trim();
  }
  return cached;
}
