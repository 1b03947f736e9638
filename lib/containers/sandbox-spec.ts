import type Docker from 'dockerode';
import { COMPONENT_LABEL, JUSTIFY_PREFIX, SCOPE_LABEL } from './labels';
import { workspaceBinds } from './workspace-mounts';

export type SandboxSpecInput = {
  image: string;
  name: string;
  network: string;
  tokenHostPath: string;
  /** The one host workspace, mounted as lib/containers/workspace-mounts.ts says for the sandbox. */
  workspaceHostPath?: string;
  scope?: string;
  /** Publish 9500 on 127.0.0.1 (a port number, or 0 for any free port); omitted: not published. */
  publishPort?: number;
  memoryBytes?: number;
  pidsLimit?: number;
  env?: Record<string, string>;
};

export const SANDBOX_PORT = 9500;

/** Kept in step with scripts/sandbox-run.sh, which documents the same settings for a terminal. */
export const SANDBOX_CAPS = ['SETUID', 'SETGID', 'KILL'];
/** CPU weight below the engine's default 1024 (CIS 5.12), the same as every compose service. */
export const SANDBOX_CPU_SHARES = 512;
const WHY_ROOT =
  'the API server starts as root holding only SETUID, SETGID and KILL, and runs every program as an unprivileged per-slot uid it can always kill';

/** The hardened create options of the standalone sandbox container. */
export function sandboxSpec(input: SandboxSpecInput): Docker.ContainerCreateOptions {
  const labels: Record<string, string> = {
    [COMPONENT_LABEL]: 'sandbox',
    // Drift detection names containers by role, as governance/architecture.md does.
    'buddy.role': 'sandbox',
    [`${JUSTIFY_PREFIX}capabilities`]: WHY_ROOT,
    [`${JUSTIFY_PREFIX}non-root-user`]: WHY_ROOT,
  };
  if (input.scope) labels[SCOPE_LABEL] = input.scope;
  const port = `${SANDBOX_PORT}/tcp`;
  return {
    name: input.name,
    Image: input.image,
    Labels: labels,
    Env: Object.entries(input.env ?? {}).map(([k, v]) => `${k}=${v}`),
    ExposedPorts: { [port]: {} },
    Healthcheck: {
      Test: [
        'CMD',
        'node',
        '-e',
        `fetch('http://127.0.0.1:${SANDBOX_PORT}/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`,
      ],
      Interval: 30e9,
      Timeout: 5e9,
      Retries: 3,
      StartPeriod: 5e9,
    },
    HostConfig: {
      CapDrop: ['ALL'],
      CapAdd: SANDBOX_CAPS,
      SecurityOpt: ['no-new-privileges:true'],
      Privileged: false,
      ReadonlyRootfs: true,
      // Programs need scratch space; it counts against the memory limit, which bounds it.
      Tmpfs: { '/tmp': 'rw,nosuid,nodev,size=256m' },
      Memory: input.memoryBytes ?? 2 * 1024 ** 3,
      MemorySwap: input.memoryBytes ?? 2 * 1024 ** 3,
      PidsLimit: input.pidsLimit ?? 512,
      CpuShares: SANDBOX_CPU_SHARES,
      Init: true,
      NetworkMode: input.network,
      Binds: [
        `${input.tokenHostPath}:/run/secrets/sandbox_token:ro`,
        ...(input.workspaceHostPath ? workspaceBinds('sandbox', input.workspaceHostPath) : []),
      ],
      PortBindings:
        input.publishPort === undefined
          ? {}
          : { [port]: [{ HostIp: '127.0.0.1', HostPort: input.publishPort ? String(input.publishPort) : '' }] },
      RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 5 },
    },
  };
}
