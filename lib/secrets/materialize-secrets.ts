import {
  chownSync,
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  fchownSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { log } from '../log';
import { decryptSopsFile, type DecryptOptions } from './decrypt-sops';
import { assertTmpfs } from './tmpfs';

export type MaterializeOptions = DecryptOptions & {
  /** Folder with the encrypted files (secrets/ in the repository). */
  sourceDir: string;
  /** Where plaintext goes; must be on tmpfs. */
  targetDir: string;
  /** Owner of the plaintext files: the user of the container that mounts them. */
  uid?: number;
  gid?: number;
};

const SOPS_FILE = /\.sops(\.[A-Za-z0-9]+)?$|\.enc(\.[A-Za-z0-9]+)?$/;

export function encryptedFiles(sourceDir: string): string[] {
  if (!existsSync(sourceDir)) return [];
  return readdirSync(sourceDir)
    .filter((name) => SOPS_FILE.test(name))
    .sort();
}

/** "db.sops.yaml" -> "db.yaml", "token.sops" -> "token": the name the containers see. */
export function plaintextName(name: string): string {
  return name.replace(/\.(sops|enc)(?=\.[^.]+$|$)/, '');
}

/**
 * Decrypts every secrets file onto tmpfs: leftovers of an earlier run are purged first, the folder
 * is 0700, each file is created exclusively (O_EXCL) as 0400. All files are decrypted and their
 * MACs checked before the first byte is written, so a bad file leaves nothing half-done behind.
 */
export async function materializeSecrets(options: MaterializeOptions): Promise<string[]> {
  const parent = path.dirname(options.targetDir);
  assertTmpfs(parent);
  purgeSecrets(options.targetDir);
  const decrypted = [];
  for (const name of encryptedFiles(options.sourceDir)) {
    const result = await decryptSopsFile(path.join(options.sourceDir, name), options);
    decrypted.push({ name: plaintextName(name), plaintext: result.plaintext });
  }
  mkdirSync(options.targetDir, { mode: 0o700 });
  assertTmpfs(options.targetDir);
  // The container's user must be able to enter the 0700 folder, so it owns the folder too.
  if (options.uid !== undefined) chownSync(options.targetDir, options.uid, options.gid ?? options.uid);
  const written: string[] = [];
  try {
    for (const { name, plaintext } of decrypted) {
      const file = path.join(options.targetDir, name);
      const fd = openSync(
        file,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        0o400,
      );
      try {
        writeSync(fd, plaintext);
        fchmodSync(fd, 0o400);
        if (options.uid !== undefined) fchownSync(fd, options.uid, options.gid ?? options.uid);
      } finally {
        closeSync(fd);
      }
      written.push(file);
    }
  } catch (error) {
    purgeSecrets(options.targetDir);
    throw error;
  }
  log.info('secrets decrypted to tmpfs', { dir: options.targetDir, files: written.length });
  return written;
}

export function purgeSecrets(targetDir: string): void {
  rmSync(targetDir, { recursive: true, force: true });
}

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/** Removes the plaintext when the process is told to stop, then exits with the signal's code. */
export function removeSecretsOnSignals(targetDir: string): () => void {
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      purgeSecrets(targetDir);
      process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15));
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
