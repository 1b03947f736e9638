import { randomBytes } from 'node:crypto';
import { closeSync, constants, fsyncSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = constants;

/**
 * Replaces `file` all at once: the content goes to a new temp file beside it (created exclusively, never
 * through a link), is flushed to disk, then renamed over the target, so a reader or a crash sees the old
 * file or the new one, never half of one. `tempPrefix` names the temp file so a caller can sweep leftovers.
 */
export function writeFileAtomic(
  file: string,
  content: string | Buffer,
  options: { mode?: number; tempPrefix?: string } = {},
): void {
  const prefix = options.tempPrefix ?? `.${path.basename(file)}.`;
  const temp = path.join(path.dirname(file), `${prefix}${randomBytes(8).toString('hex')}.tmp`);
  const fd = openSync(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, options.mode ?? 0o644);
  try {
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}
