import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const F = path.join(import.meta.dirname, '..', 'fixtures', 'humphd-sops-age');
/** The plaintext of a test secret in these files; scans look for it. */
export const TEST_SECRET_PLAINTEXT = 'this is a secret';
/** Published test key of humphd/sops-age (never a real key). */
export const TEST_KEY_FILE = path.join(F, 'key.txt');

/** A secrets/ folder with the three humphd files under sops-style names. */
export function secretsSourceDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'buddy-secrets-src-'));
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(F, 'secret.enc.yaml'), path.join(dir, 'app.sops.yaml'));
  copyFileSync(path.join(F, 'secret.enc.json'), path.join(dir, 'app.sops.json'));
  copyFileSync(path.join(F, 'secret.enc.env'), path.join(dir, 'app.sops.env'));
  return dir;
}

/** A fresh folder on tmpfs (/dev/shm) whose child will hold the plaintext. */
export function tmpfsParent(): string {
  return mkdtempSync('/dev/shm/buddy-test-');
}
