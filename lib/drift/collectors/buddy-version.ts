import { readFile } from 'node:fs/promises';
import type { Collected } from '../types';

/** Buddy's own version, from its package.json. */
export async function collectBuddyVersion(packageJson: string): Promise<Collected<string>> {
  try {
    const parsed = JSON.parse(await readFile(packageJson, 'utf8')) as { version?: unknown };
    if (typeof parsed.version !== 'string') return { ok: false, error: `${packageJson} has no version` };
    return { ok: true, value: parsed.version };
  } catch (error) {
    return { ok: false, error: `cannot read ${packageJson}: ${(error as Error).message}` };
  }
}
