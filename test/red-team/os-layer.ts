import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { docker } from '../../lib/docker/client';
import { TEST_BASE_IMAGE } from '../../lib/containers/test-support';
import { WORKSPACE_MOUNT_POINT, type WorkspaceRole, workspaceBinds } from '../../lib/containers/workspace-mounts';

/** The uid agent programs run as in the gateway and the sandbox: owns nothing in the workspace. */
export const AGENT_UID = 10002;

export type OsLayerResult = { exitCode: number; output: string };

/**
 * The OS layer on its own: runs `script` (bash) in a throwaway container from the test base image
 * with the workspace mounted exactly as `role` gets it in the stack, as an unprivileged uid, with
 * every capability dropped. No application code is involved, so a refusal here does not depend on
 * the gateway plugin or the promotion rules.
 */
export async function runWithWorkspaceMounts(
  role: WorkspaceRole,
  hostWorkspace: string,
  script: string,
  uid = AGENT_UID,
): Promise<OsLayerResult> {
  for (const layer of ['_governance', '_archive']) mkdirSync(path.join(hostWorkspace, layer), { recursive: true });
  const name = `buddy-redteam-${randomBytes(4).toString('hex')}`;
  const container = await (await docker()).createContainer({
    name,
    Image: TEST_BASE_IMAGE,
    User: `${uid}:${uid}`,
    WorkingDir: WORKSPACE_MOUNT_POINT[role],
    Cmd: ['bash', '-c', script],
    Labels: { 'buddy.test': 'red-team' },
    HostConfig: {
      Binds: workspaceBinds(role, hostWorkspace),
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges:true'],
      NetworkMode: 'none',
      ReadonlyRootfs: true,
      Tmpfs: { '/tmp': 'rw,size=16m' },
    },
  });
  try {
    const stream = await container.attach({ stream: true, stdout: true, stderr: true });
    const out = new PassThrough();
    let output = '';
    out.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    (await docker()).modem.demuxStream(stream, out, out);
    await container.start();
    const { StatusCode } = (await container.wait()) as { StatusCode: number };
    return { exitCode: StatusCode, output };
  } finally {
    await container.remove({ force: true }).catch(() => undefined);
  }
}
