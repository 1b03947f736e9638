import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** age private keys, classic (X25519) and post-quantum hybrid. Recipients (age1…) are public and fine. */
export const AGE_SECRET_KEY = /AGE-SECRET-KEY-(?:PQ-)?1[0-9A-Z]{20,}/;

/** Files holding an age secret key, with the line; detect-private-key does not know this format. */
export function findAgeKeys(files: string[], maxBytes = 50 * 1024 * 1024): Array<{ file: string; line: number }> {
  const found = [];
  for (const file of files) {
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) continue;
      size = Math.min(stat.size, maxBytes);
    } catch {
      continue;
    }
    const buffer = Buffer.alloc(size);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, buffer, 0, size, 0);
    } finally {
      closeSync(fd);
    }
    const text = buffer.toString('latin1');
    const match = AGE_SECRET_KEY.exec(text);
    if (match) found.push({ file, line: text.slice(0, match.index).split('\n').length });
  }
  return found;
}
