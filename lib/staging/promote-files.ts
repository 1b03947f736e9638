import { sha256 } from './file-hash';
import { readFileNoFollow, UnsafePathError, writeFileNoFollow } from './no-follow-fs';
import { openPromotionTarget } from './promotion-target';

export type FileToPromote = { targetPath: string; content: string; baseHash: string | null };

/** One file to write, with what its target held when the plan was made (null: it did not exist). */
export type PlannedWrite = { targetPath: string; content: string; previous: Buffer | null };

export type PromotionPlan = { ok: true; writes: PlannedWrite[] } | { ok: false; reason: string; targetPath: string };

export type PromotionResult = { ok: true; written: string[] } | { ok: false; reason: string; targetPath: string };

/** A target that may not be written after all (a link appeared, the file changed meanwhile). */
export class PromotionRefusedError extends Error {}

function staleReason(file: FileToPromote, current: string | null): string {
  if (file.baseHash === null)
    return `${file.targetPath} now exists in the workspace, but the job proposed it as a new file`;
  if (current === null) return `${file.targetPath} was removed from the workspace after the job read it`;
  return `${file.targetPath} changed in the workspace after the job read it`;
}

/**
 * Checks every target (path rules, no link anywhere on the way, the layer of the real folder, and
 * the hash the job saw) and reads what each holds now. Writes nothing.
 */
export function planPromotion(workspaceDir: string, files: FileToPromote[]): PromotionPlan {
  const writes: PlannedWrite[] = [];
  for (const file of files) {
    const target = openPromotionTarget(workspaceDir, file.targetPath, false);
    if (!target.ok) return { ok: false, reason: `${file.targetPath}: ${target.reason}`, targetPath: file.targetPath };
    let previous: Buffer | null;
    try {
      previous = target.dir ? readFileNoFollow(target.dir, target.name) : null;
    } catch (error) {
      if (!(error instanceof UnsafePathError)) throw error;
      return { ok: false, reason: `${file.targetPath}: ${error.message}`, targetPath: file.targetPath };
    } finally {
      target.dir?.close();
    }
    const current = previous ? sha256(previous) : null;
    if (current !== file.baseHash)
      return { ok: false, reason: staleReason(file, current), targetPath: file.targetPath };
    writes.push({ targetPath: file.targetPath, content: file.content, previous });
  }
  return { ok: true, writes };
}

function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

/**
 * Writes `content` to a target through its folder opened afresh without following links, only if
 * the target still holds `expected` (the window between that check and the rename is one open folder).
 */
export function writeTarget(
  workspaceDir: string,
  targetPath: string,
  expected: Buffer | null,
  content: string | Buffer,
) {
  const target = openPromotionTarget(workspaceDir, targetPath, true);
  if (!target.ok) throw new PromotionRefusedError(`${targetPath}: ${target.reason}`);
  const dir = target.dir;
  if (!dir) throw new PromotionRefusedError(`${targetPath}: its folder could not be opened`);
  try {
    if (!sameBytes(readFileNoFollow(dir, target.name), expected))
      throw new PromotionRefusedError(`${targetPath}: the target changed while promoting`);
    writeFileNoFollow(dir, target.name, content);
  } catch (error) {
    if (error instanceof UnsafePathError) throw new PromotionRefusedError(`${targetPath}: ${error.message}`);
    throw error;
  } finally {
    dir.close();
  }
}

/**
 * Promotes an approved item's files. Every target is checked first; if any check fails nothing is
 * written at all. Nothing is committed or pushed.
 */
export async function promoteFiles(workspaceDir: string, files: FileToPromote[]): Promise<PromotionResult> {
  const plan = planPromotion(workspaceDir, files);
  if (!plan.ok) return plan;
  for (const write of plan.writes) writeTarget(workspaceDir, write.targetPath, write.previous, write.content);
  return { ok: true, written: plan.writes.map((w) => w.targetPath) };
}
