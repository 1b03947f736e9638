import path from 'node:path';
import { env } from '../env';
import { log } from '../log';
import { encryptedFiles, materializeSecrets, purgeSecrets, removeSecretsOnSignals } from './materialize-secrets';

/**
 * For process start (worker / server), when BUDDY_SECRETS_SOURCE names a folder: decrypt it onto tmpfs (BUDDY_SECRETS_DIR) and remove
 * the plaintext on exit and on SIGTERM/SIGINT/SIGHUP. Refuses (throws) when the target is not tmpfs
 * or any file fails its MAC; does nothing when there are no encrypted files.
 */
export async function startSecrets(options: { exitOnSignals?: boolean } = {}): Promise<string[]> {
  const e = env();
  if (!e.BUDDY_SECRETS_SOURCE) return [];
  const sourceDir = path.resolve(/*turbopackIgnore: true*/ e.BUDDY_SECRETS_SOURCE);
  if (encryptedFiles(sourceDir).length === 0) {
    log.info('no encrypted secrets to decrypt', { sourceDir });
    purgeSecrets(e.BUDDY_SECRETS_DIR);
    return [];
  }
  const written = await materializeSecrets({ sourceDir, targetDir: e.BUDDY_SECRETS_DIR, uid: e.BUDDY_SECRETS_UID });
  process.once('exit', () => purgeSecrets(e.BUDDY_SECRETS_DIR));
  // A process with its own graceful shutdown (the worker) exits through process.exit, which runs
  // the 'exit' purge above; everything else gets handlers that purge and exit at once.
  if (options.exitOnSignals !== false) removeSecretsOnSignals(e.BUDDY_SECRETS_DIR);
  return written;
}
