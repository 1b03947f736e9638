import { realpathSync } from 'node:fs';
import path from 'node:path';
import { promotionDecision } from '../governance/layers';
import { type OpenDir, openDirNoFollow, UnsafePathError } from './no-follow-fs';
import { promotionPathProblem, targetSegments } from './promotion-path';

export type PromotionTarget = { ok: true; absPath: string } | { ok: false; reason: string };

/** A target whose folder is held open (when it exists): writes go through `dir`, never through the path again. */
export type OpenedTarget =
  | { ok: true; absPath: string; dir: OpenDir | null; name: string }
  | { ok: false; reason: string };

/**
 * Resolves a proposed file's target without following any link: the path rules first (NUL, "..",
 * `.git`, the governance layer), then every folder on the way is opened with O_NOFOLLOW, and the
 * layer is decided again on the real path of the folder that was opened. `create` makes missing
 * folders (for writing); without it a missing folder means a new file, and `dir` is null.
 */
export function openPromotionTarget(workspaceDir: string, relPath: string, create: boolean): OpenedTarget {
  const problem = promotionPathProblem(relPath);
  if (problem) return { ok: false, reason: problem };
  const segments = targetSegments(relPath);
  const name = segments.at(-1) as string;
  let root: string;
  try {
    root = realpathSync(workspaceDir);
  } catch {
    return { ok: false, reason: `the workspace folder ${workspaceDir} does not exist` };
  }
  const absPath = path.join(root, ...segments);
  let dir: OpenDir | null;
  try {
    dir = openDirNoFollow(root, segments.slice(0, -1), { create });
  } catch (error) {
    if (error instanceof UnsafePathError) return { ok: false, reason: error.message };
    throw error;
  }
  if (!dir) return { ok: true, absPath, dir: null, name };
  const refuse = (reason: string): OpenedTarget => {
    dir?.close();
    return { ok: false, reason };
  };
  // The real folder, as the kernel has it: no link was followed, so it must be the path as written.
  const real = dir.realPath();
  if (real !== path.dirname(absPath)) return refuse(`the folder of ${relPath} is really ${real}`);
  const layer = promotionDecision(path.relative(root, path.join(real, name)));
  if (!layer.allowed) return refuse(layer.reason);
  const existing = dir.lstatChild(name);
  if (existing?.isSymbolicLink()) return refuse('the target is a symlink; replace it by hand if that is intended');
  if (existing?.isDirectory()) return refuse('the target is a folder, not a file');
  if (existing && !existing.isFile()) return refuse('the target is not a regular file');
  return { ok: true, absPath, dir, name };
}

/** Whether a target may be written, without creating or keeping anything open. */
export async function checkPromotionTarget(workspaceDir: string, relPath: string): Promise<PromotionTarget> {
  const target = openPromotionTarget(workspaceDir, relPath, false);
  if (!target.ok) return target;
  target.dir?.close();
  return { ok: true, absPath: target.absPath };
}
