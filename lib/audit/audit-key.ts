import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '../env';

let cached: { file: string; key: Buffer } | undefined;

/**
 * The key that signs the audit chain's head. It lives in the data folder (shared by the dashboard
 * and the worker), not in the database, so someone who can only change rows cannot write a head
 * that matches a chain they shortened. Created once, by whichever process needs it first.
 */
function auditKey(): Buffer {
  const file = path.join(env().dataDir, '.audit-key');
  if (cached?.file === file) return cached.key;
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(env().dataDir, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    text = readFileSync(file, 'utf8').trim();
  }
  cached = { file, key: Buffer.from(text, 'base64url') };
  return cached.key;
}

/** The HMAC of the chain's newest event (its seq and hash). */
export function headMac(seq: number, hash: string): string {
  return createHmac('sha256', auditKey()).update(`buddy-audit-head:${seq}:${hash}`).digest('hex');
}
