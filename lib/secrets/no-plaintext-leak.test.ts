import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { GET as listSecretsRoute } from '@/app/api/governance/secrets/route';
import { getDb } from '@/lib/db/client';
import { env, resetEnvForTests } from '@/lib/env';
import { callRoute, ownerHeaders } from '@/test/session';
import { startSecrets } from './start-secrets';
import { secretsSourceDir, TEST_KEY_FILE, TEST_SECRET_PLAINTEXT, tmpfsParent } from './testing/secret-fixtures';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}

const parent = tmpfsParent();
const source = secretsSourceDir();
afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
  rmSync(source, { recursive: true, force: true });
});

describe('no secret plaintext outside tmpfs', () => {
  it('after a full run, the data directory, the logs and the database hold no plaintext of the test secret', async () => {
    const logged: string[] = [];
    const capture = (chunk: unknown) => {
      logged.push(String(chunk));
      return true;
    };
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    process.env.BUDDY_SECRETS_SOURCE = source;
    process.env.BUDDY_SECRETS_DIR = path.join(parent, 'secrets');
    process.env.SOPS_AGE_KEY_FILE = TEST_KEY_FILE;
    process.env.BUDDY_LOG_LEVEL = 'debug';
    resetEnvForTests();
    try {
      const written = await startSecrets();
      expect(written).toHaveLength(3);
      const res = await callRoute(listSecretsRoute, '/api/governance/secrets', { headers: await ownerHeaders() });
      const body = await res.text();
      expect(body).toContain('complex.array');
      expect(body).toContain('"decrypted":true');
      expect(body).not.toContain(TEST_SECRET_PLAINTEXT);
    } finally {
      out.mockRestore();
      err.mockRestore();
      for (const k of ['BUDDY_SECRETS_SOURCE', 'BUDDY_SECRETS_DIR', 'SOPS_AGE_KEY_FILE']) delete process.env[k];
      process.env.BUDDY_LOG_LEVEL = 'error';
      resetEnvForTests();
    }
    // The plaintext exists where it should (tmpfs), so the scan below is meaningful.
    expect(readFileSync(path.join(parent, 'secrets', 'app.yaml'), 'utf8')).toContain(TEST_SECRET_PLAINTEXT);
    expect(logged.join('')).toContain('secrets decrypted to tmpfs');
    expect(logged.join('')).not.toContain(TEST_SECRET_PLAINTEXT);
    const db = await getDb();
    const audit = JSON.stringify(await db.auditEvent.findMany());
    expect(audit).not.toContain(TEST_SECRET_PLAINTEXT);
    const needle = Buffer.from(TEST_SECRET_PLAINTEXT);
    const scanned = filesUnder(env().dataDir).filter((f) => statSync(f).isFile());
    expect(scanned.some((f) => f.endsWith('buddy.db'))).toBe(true);
    for (const file of scanned) expect(readFileSync(file).includes(needle), file).toBe(false);
  });
});
