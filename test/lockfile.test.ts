import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type LockEntry = { optionalDependencies?: Record<string, string> };

/**
 * `npm ci` refuses a lock file that lacks an entry for any optional dependency, even one for another
 * platform. This registry mirror has no non-Linux builds of some packages (prek), so `npm install`
 * silently drops their entries and CI would fail before the first test; this catches it at once.
 */
describe('package-lock.json', () => {
  it('has an entry for every optional dependency, so `npm ci` accepts it on a clean machine', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
    const missing: string[] = [];
    for (const [at, entry] of Object.entries(lock.packages)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${at ? `${at}/` : ''}node_modules/${dep}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`])
          missing.push(`${dep} (for ${at || 'root'})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
