import { createHmac } from 'node:crypto';
import path from 'node:path';
import { env } from '../env';
import { readOrCreateSecret } from '../fs/read-or-create-secret';

let cached: { file: string; key: Buffer } | undefined;

/**
 * The key that signs the audit chain's head. It lives in the data folder (shared by the dashboard
 * and the worker), not in the database, so someone who can only change rows cannot write a head
 * that matches a chain they shortened. Created once, by whichever process needs it first.
 */
function auditKey(): Buffer {
  const file = path.join(env().dataDir, '.audit-key');
  if (cached?.file === file) return cached.key;
  cached = { file, key: Buffer.from(readOrCreateSecret(file), 'base64url') };
  return cached.key;
}

/** The HMAC of the chain's newest event (its seq and hash). */
export function headMac(seq: number, hash: string): string {
  return createHmac('sha256', auditKey()).update(`buddy-audit-head:${seq}:${hash}`).digest('hex');
}
