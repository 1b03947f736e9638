import { statfsSync } from 'node:fs';
import { SopsError } from './sops-error';

const TMPFS_MAGIC = 0x01021994;

/** True when `dir` lives on tmpfs (RAM only), checked with statfs, not by trusting the path name. */
export function isTmpfs(dir: string): boolean {
  try {
    return statfsSync(dir).type === TMPFS_MAGIC;
  } catch {
    return false;
  }
}

export function assertTmpfs(dir: string): void {
  if (!isTmpfs(dir)) {
    throw new SopsError(
      'UNSUPPORTED',
      `Refusing to decrypt secrets under ${dir}: it is not on tmpfs, so plaintext could reach a disk.`,
    );
  }
}
