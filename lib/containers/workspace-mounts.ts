/**
 * How the one host workspace is mounted into each service of the stack. This is the OS layer
 * behind the gateway plugin and the promotion rules: `_governance` (human-only) and `_archive`
 * are read-only wherever anything but the owner could write. The dashboard writes the workspace
 * because it alone promotes approved files; it never promotes into those two layers, so its mount
 * keeps them read-only as well. docker-compose.yml and the sandbox spec are checked against this.
 */
export type WorkspaceRole = 'dashboard' | 'worker' | 'gateway' | 'sandbox';

export const PROTECTED_LAYERS = ['_governance', '_archive'] as const;
/** The one folder the worker writes: the daily news digest the content jobs read (`_intel/news-digest.md`). */
export const WORKER_WRITES = '_intel';

/** Where the workspace appears inside each service's container. */
export const WORKSPACE_MOUNT_POINT: Record<WorkspaceRole, string> = {
  dashboard: '/workspace',
  worker: '/workspace',
  gateway: '/workspace',
  sandbox: '/workspace',
};

export type WorkspaceMount = { source: string; target: string; readOnly: boolean };

export function workspaceMounts(role: WorkspaceRole, hostWorkspace: string): WorkspaceMount[] {
  const target = WORKSPACE_MOUNT_POINT[role];
  const root = hostWorkspace.replace(/\/+$/, '');
  // The worker reads the workspace; it writes only the intelligence layer's own folder (the daily digest).
  if (role === 'worker')
    return [
      { source: root, target, readOnly: true },
      { source: `${root}/${WORKER_WRITES}`, target: `${target}/${WORKER_WRITES}`, readOnly: false },
    ];
  return [
    { source: root, target, readOnly: false },
    ...PROTECTED_LAYERS.map((layer) => ({ source: `${root}/${layer}`, target: `${target}/${layer}`, readOnly: true })),
  ];
}

/** The same mounts as Docker `Binds` strings (`src:dst[:ro]`). */
export function workspaceBinds(role: WorkspaceRole, hostWorkspace: string): string[] {
  return workspaceMounts(role, hostWorkspace).map((m) => `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`);
}
