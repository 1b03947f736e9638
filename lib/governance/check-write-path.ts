import path from 'node:path';
import { loadWorkspaceConfig } from './workspace-config';
import { promotionDecision } from './layers';

export function workspaceConfigFile(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'governance', 'workspace.yaml');
}

/** The promotion rule for one path, with the workspace's own config. */
export function checkWritePath(relPath: string) {
  return { path: relPath, ...promotionDecision(relPath, loadWorkspaceConfig(workspaceConfigFile())) };
}
