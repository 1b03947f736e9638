import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const BUSYBOX_IMAGE = 'buddy-drift-busybox:test';

/** A tiny local image from busybox-static (there is no registry to pull from); built once per machine. */
export function ensureBusyboxImage(): string {
  try {
    execFileSync('docker', ['image', 'inspect', BUSYBOX_IMAGE], { stdio: 'ignore' });
    return BUSYBOX_IMAGE;
  } catch {
    // not built yet
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'buddy-busybox-'));
  try {
    mkdirSync(path.join(dir, 'bin'));
    copyFileSync('/bin/busybox', path.join(dir, 'bin/busybox'));
    for (const tool of ['sh', 'sleep']) symlinkSync('busybox', path.join(dir, 'bin', tool));
    execFileSync('tar', ['-C', dir, '-cf', `${dir}.tar`, '.']);
    execFileSync('docker', ['import', `${dir}.tar`, BUSYBOX_IMAGE], { stdio: 'ignore' });
    rmSync(`${dir}.tar`, { force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return BUSYBOX_IMAGE;
}
