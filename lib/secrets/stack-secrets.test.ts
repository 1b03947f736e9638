import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { sealSopsYaml } from './seal-sops';
import { SopsError } from './sops-error';
import {
  distributeStackSecrets,
  generateStackSecrets,
  openStackSecrets,
  removeStackSecrets,
  STACK_SECRET_KEYS,
  STACK_SECRET_PLAN,
} from './stack-secrets';
import { tmpfsParent } from './testing/secret-fixtures';

const REHEARSAL_KEY = path.join(import.meta.dirname, 'fixtures', 'rehearsal', 'REHEARSAL-ONLY.agekey');
const REHEARSAL_RECIPIENT = /public key: (age1[0-9a-z]+)/.exec(readFileSync(REHEARSAL_KEY, 'utf8'))?.[1] ?? '';
const identities = { SOPS_AGE_KEY_FILE: REHEARSAL_KEY };
const parent = tmpfsParent();
const disk = mkdtempSync(path.join(tmpdir(), 'buddy-stack-secrets-'));
afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
  rmSync(disk, { recursive: true, force: true });
});

describe("the stack's sealed secrets", () => {
  it('the repository file opens with the rehearsal key and holds every value the plan needs', async () => {
    const secrets = await openStackSecrets('secrets/stack.sops.yaml', identities);
    expect(Object.keys(secrets).sort()).toEqual([...STACK_SECRET_KEYS].sort());
    // Nothing of a value is readable in the sealed file.
    const sealed = readFileSync('secrets/stack.sops.yaml', 'utf8');
    for (const value of Object.values(secrets)) expect(sealed).not.toContain(value);
  });

  it('distributes one folder per service on tmpfs, each file 0400 owned by that service user', async () => {
    const values = generateStackSecrets();
    const file = path.join(disk, 'fresh.sops.yaml');
    writeFileSync(file, await sealSopsYaml(values, [REHEARSAL_RECIPIENT]));
    const dir = path.join(parent, 'stack');
    const written = distributeStackSecrets(dir, await openStackSecrets(file, identities));
    expect(readdirSync(dir).sort()).toEqual(Object.keys(STACK_SECRET_PLAN).sort());
    for (const [service, plan] of Object.entries(STACK_SECRET_PLAN)) {
      const folder = statSync(path.join(dir, service));
      expect({ service, mode: folder.mode & 0o777, uid: folder.uid }).toEqual({ service, mode: 0o500, uid: plan.uid });
      expect(readdirSync(path.join(dir, service)).sort()).toEqual([...plan.files].sort());
      for (const name of plan.files) {
        const st = statSync(path.join(dir, service, name));
        expect({ name, mode: st.mode & 0o777, uid: st.uid }).toEqual({ name, mode: 0o400, uid: plan.uid });
      }
    }
    expect(written).toHaveLength(Object.values(STACK_SECRET_PLAN).reduce((n, p) => n + p.files.length, 0));
    expect(readFileSync(path.join(dir, 'worker', 'database_url'), 'utf8')).toBe(
      `postgresql://buddy:${values.postgres_password}@postgres:5432/buddy`,
    );
    expect(readFileSync(path.join(dir, 'redis', 'redis_password'), 'utf8')).toBe(values.redis_password);
    // Only the services that need a secret get it.
    expect(readdirSync(path.join(dir, 'gateway'))).not.toContain('database_url');
    removeStackSecrets(dir);
    expect(() => statSync(dir)).toThrow();
  });

  it('a tampered file stops the start with a clear error and writes nothing', async () => {
    const file = path.join(disk, 'tampered.sops.yaml');
    const doc = parse(await sealSopsYaml(generateStackSecrets(), [REHEARSAL_RECIPIENT])) as Record<string, unknown>;
    // Every remaining value still authenticates on its own; only the MAC over the whole file notices.
    delete doc.agent_token;
    writeFileSync(file, stringify(doc));
    const error = await openStackSecrets(file, identities).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SopsError);
    expect((error as SopsError).code).toBe('BAD_MAC');
    expect((error as SopsError).message).toMatch(/MAC does not match the content/);
  });

  it('refuses to write plaintext anywhere but tmpfs', () => {
    expect(() => distributeStackSecrets(path.join(disk, 'plain'), generateStackSecrets())).toThrow(/not on tmpfs/);
    expect(() => statSync(path.join(disk, 'plain'))).toThrow();
  });
});
