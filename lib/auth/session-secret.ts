import path from 'node:path';
import { env } from '../env';
import { readOrCreateSecret } from '../fs/read-or-create-secret';

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
  cached = readOrCreateSecret(path.join(env().dataDir, '.session-secret'));
  return cached;
}
