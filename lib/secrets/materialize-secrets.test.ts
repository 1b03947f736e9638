import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { materializeSecrets } from './materialize-secrets';
import { SopsError } from './sops-error';
import { secretsSourceDir, TEST_KEY_FILE, TEST_SECRET_PLAINTEXT, tmpfsParent } from './testing/secret-fixtures';
import { isTmpfs } from './tmpfs';

const cleanup: string[] = [];
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const identities = { SOPS_AGE_KEY_FILE: TEST_KEY_FILE };

describe('secrets decrypted to tmpfs only', () => {
  it('writes 0400 files, created exclusively, in a 0700 folder on tmpfs, and purges leftovers first', async () => {
    const parent = tmpfsParent();
    const sourceDir = secretsSourceDir();
    cleanup.push(parent, sourceDir);
    expect(isTmpfs(parent)).toBe(true);
    const targetDir = path.join(parent, 'secrets');
    mkdirSync(targetDir);
    writeFileSync(path.join(targetDir, 'stale-leftover'), 'from a crashed run');
    const written = await materializeSecrets({ sourceDir, targetDir, identities });
    expect(written.map((f) => path.basename(f))).toEqual(['app.env', 'app.json', 'app.yaml']);
    expect(existsSync(path.join(targetDir, 'stale-leftover'))).toBe(false);
    expect(statSync(targetDir).mode & 0o777).toBe(0o700);
    for (const file of written) expect(statSync(file).mode & 0o777).toBe(0o400);
    expect(readFileSync(path.join(targetDir, 'app.env'), 'utf8')).toBe(
      `secret=${TEST_SECRET_PLAINTEXT}\nanother_secret=7\n`,
    );
  });

  it('refuses a folder that is not on tmpfs (/run here), and writes nothing', async () => {
    const sourceDir = secretsSourceDir();
    cleanup.push(sourceDir);
    expect(isTmpfs('/run')).toBe(false);
    const error = await materializeSecrets({ sourceDir, targetDir: '/run/buddy-test-secrets', identities }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SopsError);
    expect((error as Error).message).toContain('not on tmpfs');
    expect(existsSync('/run/buddy-test-secrets')).toBe(false);
  });

  it('a file with a bad MAC stops the whole run before anything is written', async () => {
    const parent = tmpfsParent();
    const sourceDir = secretsSourceDir();
    cleanup.push(parent, sourceDir);
    const file = path.join(sourceDir, 'app.sops.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/lastmodified: "?[0-9T:-]+Z"?/, 'lastmodified: "2000-01-01T00:00:00Z"'),
    );
    await expect(
      materializeSecrets({ sourceDir, targetDir: path.join(parent, 'secrets'), identities }),
    ).rejects.toMatchObject({ code: 'BAD_MAC' });
    expect(existsSync(path.join(parent, 'secrets'))).toBe(false);
  });

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    'removes the plaintext on %s',
    async (signal) => {
      const parent = tmpfsParent();
      const sourceDir = secretsSourceDir();
      cleanup.push(parent, sourceDir);
      const targetDir = path.join(parent, 'secrets');
      // node --import tsx: one process, so the signal reaches the code under test directly.
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(import.meta.dirname, 'testing/materialize-child.ts'),
          sourceDir,
          targetDir,
          TEST_KEY_FILE,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
        child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
      });
      expect(existsSync(path.join(targetDir, 'app.yaml'))).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill(signal);
      expect(await exited).toBeGreaterThan(128);
      expect(existsSync(targetDir)).toBe(false);
    },
    60_000,
  );
});
