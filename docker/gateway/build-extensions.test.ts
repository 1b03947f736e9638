import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExtensions } from './build-extensions';

const out = mkdtempSync(path.join(tmpdir(), 'ext-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('build:extensions', () => {
  it('bundles each plugin into a self-contained ESM file that exports { register } and matches the committed dist', async () => {
    const ids = await buildExtensions(out);
    expect(ids).toEqual(['cron-circuit-breaker', 'governance-enforcement', 'sandbox-exec', 'webserver-enforcement']);
    for (const id of ids) {
      const file = path.join(out, id, 'index.js');
      const code = readFileSync(file, 'utf8');
      expect(code, `${id} must not import openclaw at run time`).not.toMatch(/from ["']openclaw/);
      const mod = await import(pathToFileURL(file).href);
      expect(mod.default).toMatchObject({ id, register: expect.any(Function) });
      const committed = readFileSync(path.join(import.meta.dirname, 'extensions', id, 'dist', 'index.js'), 'utf8');
      expect(committed === code, `${id}/dist/index.js is stale: run npm run build:extensions`).toBe(true);
    }
    // two bundles carry the shell parser (3 MB each): building and importing them is slow on a busy machine
  }, 120_000);
});
