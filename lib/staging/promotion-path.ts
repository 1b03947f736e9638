import { promotionDecision } from '../governance/layers';
import { isGitSegment } from './git-segment';

/** The segments of a workspace-relative path ("a//b/./c" -> a, b, c). */
export function targetSegments(relPath: string): string[] {
  return relPath.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
}

/**
 * Why `relPath` may never be a promotion target, from the text alone (null when it may be): the
 * same rules at staging and at approval. Links and the real folder are checked when opening.
 */
export function promotionPathProblem(relPath: string): string | null {
  if (relPath.includes('\0')) return 'the path contains a NUL byte';
  if (relPath.trim() === '') return 'the path is empty';
  if (relPath.startsWith('/') || /^[A-Za-z]:/.test(relPath) || relPath.startsWith('\\')) {
    return 'the path must be relative to the workspace, not absolute';
  }
  const segments = targetSegments(relPath);
  if (segments.includes('..')) return 'the path must not contain ".." segments';
  if (segments.some(isGitSegment)) return 'the path must not contain a .git segment (in any letter case)';
  // The layer rule is governance's, so the review page, the checker and the hooks agree.
  const decision = promotionDecision(segments.join('/'));
  if (!decision.allowed) return decision.reason;
  if (segments.length < 2) return 'the path names a layer, not a file';
  return null;
}
