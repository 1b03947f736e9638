import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializeSecrets } from './materialize-secrets';
import { secretsSourceDir, TEST_KEY_FILE, TEST_SECRET_PLAINTEXT, tmpfsParent } from './testing/secret-fixtures';

// A real Docker engine; everything this test makes carries a unique prefix and is removed afterwards.
const PREFIX = `buddy-gov-test-${randomBytes(4).toString('hex')}`;
const IMAGE = `${PREFIX}-busybox:local`;
const docker = (...args: string[]) => spawnSync('docker', args, { encoding: 'utf8' });
const parent = tmpfsParent();
const source = secretsSourceDir();
const target = path.join(parent, 'secrets');

beforeAll(async () => {
  // A tiny image from the host's static busybox: no registry needed.
  const root = mkdtempSync(path.join(tmpdir(), `${PREFIX}-rootfs-`));
  mkdirSync(path.join(root, 'bin'));
  execFileSync('cp', ['/bin/busybox', path.join(root, 'bin/busybox')]);
  for (const tool of ['sh', 'cat', 'touch', 'id']) symlinkSync('busybox', path.join(root, 'bin', tool));
  execFileSync('sh', ['-c', `tar -C "${root}" -c . | docker import - ${IMAGE}`], { stdio: 'pipe' });
  rmSync(root, { recursive: true, force: true });
  await materializeSecrets({
    sourceDir: source,
    targetDir: target,
    identities: { SOPS_AGE_KEY_FILE: TEST_KEY_FILE },
    uid: 1000,
    gid: 1000,
  });
}, 120_000);

afterAll(() => {
  docker('rmi', '-f', IMAGE);
  rmSync(parent, { recursive: true, force: true });
  rmSync(source, { recursive: true, force: true });
});

const run = (user: string, command: string) =>
  docker(
    'run',
    '--rm',
    '--name',
    `${PREFIX}-${randomBytes(3).toString('hex')}`,
    '--network',
    'none',
    '--user',
    user,
    '-v',
    `${target}:/run/secrets:ro`,
    IMAGE,
    '/bin/sh',
    '-c',
    command,
  );

describe('decrypted secrets mounted read-only into a container', () => {
  it('the container user reads its 0400 file; writing fails on the read-only mount; another uid cannot read', () => {
    const read = run('1000:1000', 'cat /run/secrets/app.env');
    expect(read.status, read.stderr).toBe(0);
    expect(read.stdout).toContain(`secret=${TEST_SECRET_PLAINTEXT}`);
    const write = run('1000:1000', 'touch /run/secrets/new-file');
    expect(write.status).not.toBe(0);
    expect(write.stderr).toMatch(/Read-only file system/i);
    const other = run('1001:1001', 'cat /run/secrets/app.env');
    expect(other.status).not.toBe(0);
    expect(other.stderr).toMatch(/Permission denied/i);
  }, 120_000);
});
