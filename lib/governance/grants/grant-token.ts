import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'bdy_';

/** A new bearer token: shown to the owner once; only its SHA-256 is stored. */
export function newGrantToken(): { token: string; hash: string; hint: string } {
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashGrantToken(token), hint: token.slice(0, PREFIX.length + 6) };
}

export function hashGrantToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
