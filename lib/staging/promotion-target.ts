import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { promotionDecision } from '../governance/layers';

export type PromotionTarget = { ok: true; absPath: string } | { ok: false; reason: string };

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The deepest existing ancestor of `abs` (or `abs` itself), resolved through symlinks. */
async function realAncestor(abs: string, stop: string): Promise<string> {
  let current = abs;
  for (;;) {
    try {
      return await realpath(current);
    } catch {
      if (current === stop) throw new Error('the workspace folder does not exist');
      current = path.dirname(current);
    }
  }
}

/**
 * Resolves a proposed file's target path to an absolute path inside the workspace, or says why it
 * may not be written: NUL bytes, absolute paths, ".." segments, a layer that governance closes to
 * promotion, or a symlink (anywhere on the way) that leads outside the workspace.
 */
export async function checkPromotionTarget(workspaceDir: string, relPath: string): Promise<PromotionTarget> {
  if (relPath.includes('\0')) return { ok: false, reason: 'the path contains a NUL byte' };
  if (relPath.trim() === '') return { ok: false, reason: 'the path is empty' };
  if (path.isAbsolute(relPath) || /^[A-Za-z]:/.test(relPath) || relPath.startsWith('\\')) {
    return { ok: false, reason: 'the path must be relative to the workspace, not absolute' };
  }
  const segments = relPath.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return { ok: false, reason: 'the path must not contain ".." segments' };
  // The layer rule is governance's, so the review page, the checker and the hooks agree.
  const decision = promotionDecision(segments.join('/'));
  if (!decision.allowed) return { ok: false, reason: decision.reason };
  if (segments.length < 2) return { ok: false, reason: 'the path names a layer, not a file' };

  let root: string;
  try {
    root = await realpath(workspaceDir);
  } catch {
    return { ok: false, reason: `the workspace folder ${workspaceDir} does not exist` };
  }
  const absPath = path.join(root, ...segments);
  if (!isInside(root, absPath)) return { ok: false, reason: 'the path leaves the workspace' };

  // Symlinks: whatever already exists on the way must resolve inside the workspace.
  const resolvedParent = await realAncestor(path.dirname(absPath), root);
  if (!isInside(root, resolvedParent))
    return { ok: false, reason: 'a symlink on the path leads outside the workspace' };
  const existing = await lstat(absPath).catch(() => null);
  if (existing?.isSymbolicLink()) {
    return { ok: false, reason: 'the target is a symlink; replace it by hand if that is intended' };
  }
  if (existing?.isDirectory()) return { ok: false, reason: 'the target is a folder, not a file' };
  return { ok: true, absPath };
}
