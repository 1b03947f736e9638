import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The sha256 of a file as it is now, or null when it does not exist. */
export async function currentFileHash(absPath: string): Promise<string | null> {
  try {
    return sha256(await readFile(absPath));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
