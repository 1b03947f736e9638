import path from 'node:path';
import { LAYER_NAMES, type LayerName, type WorkspaceConfig } from './workspace-config';

function normalise(relPath: string): string | null {
  if (relPath.includes('\0') || path.isAbsolute(relPath)) return null;
  const clean = path.posix.normalize(relPath.replaceAll('\\', '/'));
  return clean.startsWith('..') || clean === '.' ? null : clean;
}

/** The governance layer a workspace-relative path is in, or null (outside every layer, or escaping). */
export function layerOf(relPath: string, _config?: WorkspaceConfig): LayerName | null {
  const clean = normalise(relPath);
  const top = clean?.split('/')[0];
  return (LAYER_NAMES as readonly string[]).includes(top ?? '') ? (top as LayerName) : null;
}

/** The project ("_active/shop") a path belongs to and its brand, when it belongs to one. */
export function projectOf(relPath: string, config: WorkspaceConfig): { project: string; brand: string } | null {
  const clean = normalise(relPath);
  if (!clean) return null;
  for (const [brand, { projects }] of Object.entries(config.brands)) {
    for (const project of projects) if (clean === project || clean.startsWith(`${project}/`)) return { project, brand };
  }
  return null;
}

/**
 * Whether staged agent output may be written to `relPath` on promotion. Only _active and
 * _experiments accept promoted files: _foundation changes go through the owner's own reviewed
 * commit (a shared library is not changed by clicking approve), _governance is human-only and
 * _archive read-only whoever asks. Staging's promotion and the Governance page both use this rule.
 */
export function promotionDecision(
  relPath: string,
  config?: WorkspaceConfig,
): { allowed: boolean; reason: string; layer: string | null } {
  if (!normalise(relPath)) return { allowed: false, reason: `"${relPath}" escapes the workspace.`, layer: null };
  const layer = layerOf(relPath, config);
  switch (layer) {
    case '_governance':
      return { allowed: false, reason: '_governance is human-only: agents never write rules or policies.', layer };
    case '_archive':
      return { allowed: false, reason: '_archive is read-only: nothing is changed, deleted or renamed there.', layer };
    case '_foundation':
      return {
        allowed: false,
        reason:
          '_foundation holds shared libraries: agent changes there need the owner’s reviewed commit, not promotion.',
        layer,
      };
    case '_active':
      return { allowed: true, reason: 'Live service: governed, allowed after owner approval.', layer };
    case '_experiments':
      return { allowed: true, reason: 'Sandbox: free to change, never promoted to production.', layer };
    default:
      return { allowed: false, reason: `"${relPath}" is outside the five governance layers.`, layer: null };
  }
}
