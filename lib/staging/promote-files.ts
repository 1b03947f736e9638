import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { currentFileHash } from './file-hash';
import { checkPromotionTarget } from './promotion-target';

export type FileToPromote = { targetPath: string; content: string; baseHash: string | null };

export type PromotionResult = { ok: true; written: string[] } | { ok: false; reason: string; targetPath: string };

/** Writes next to the target and renames over it, so a reader never sees half a file. */
async function writeAtomically(absPath: string, content: string): Promise<void> {
  await mkdir(path.dirname(absPath), { recursive: true });
  const temp = path.join(
    path.dirname(absPath),
    `.${path.basename(absPath)}.buddy-${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, absPath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Promotes an approved item's files. Every target is checked first (path, layer, symlinks, and the
 * hash the job saw); if any check fails nothing is written at all. Nothing is committed or pushed.
 */
export async function promoteFiles(workspaceDir: string, files: FileToPromote[]): Promise<PromotionResult> {
  const planned: { absPath: string; file: FileToPromote }[] = [];
  for (const file of files) {
    const target = await checkPromotionTarget(workspaceDir, file.targetPath);
    if (!target.ok) return { ok: false, reason: `${file.targetPath}: ${target.reason}`, targetPath: file.targetPath };
    const current = await currentFileHash(target.absPath);
    if (current !== file.baseHash) {
      const reason =
        file.baseHash === null
          ? `${file.targetPath} now exists in the workspace, but the job proposed it as a new file`
          : current === null
            ? `${file.targetPath} was removed from the workspace after the job read it`
            : `${file.targetPath} changed in the workspace after the job read it`;
      return { ok: false, reason, targetPath: file.targetPath };
    }
    planned.push({ absPath: target.absPath, file });
  }
  for (const { absPath, file } of planned) {
    // Re-check right before writing: a folder on the way could have become a symlink meanwhile.
    const again = await checkPromotionTarget(workspaceDir, file.targetPath);
    if (!again.ok || again.absPath !== absPath)
      throw new Error(`${file.targetPath}: the target changed while promoting`);
    await writeAtomically(absPath, file.content);
  }
  return { ok: true, written: planned.map((p) => p.file.targetPath) };
}
