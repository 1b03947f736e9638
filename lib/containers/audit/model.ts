/**
 * The hardening-relevant settings of one container, whether read from a live container
 * (docker inspect) or declared by a compose service, so one set of checks judges both.
 */
/** `type` as the engine reports it (bind, volume, tmpfs); a compose file's mounts leave it unset. */
export type Mount = { source: string; target: string; readOnly: boolean; propagation?: string; type?: string };
export type PortBinding = { hostIp: string; hostPort: string; containerPort: string };

export type HardeningSubject = {
  kind: 'container' | 'compose-service';
  name: string;
  component: string | undefined;
  capDrop: string[];
  capAdd: string[];
  privileged: boolean;
  noNewPrivileges: boolean;
  memoryBytes: number;
  pidsLimit: number;
  readOnlyRootfs: boolean;
  user: string;
  networkMode: string;
  networks: string[];
  pidMode: string;
  ipcMode: string;
  utsMode: string;
  usernsMode: string;
  /** Relative CPU weight (0 = unset, the engine's default 1024). */
  cpuShares: number;
  /** A hard CPU limit in nano-CPUs (0 = none). */
  nanoCpus: number;
  restartPolicy: { name: string; maximumRetryCount: number };
  /** Live: the engine reports a health state; compose: a health check is declared and not disabled. */
  healthcheck: boolean;
  /** Every security option as given (seccomp=..., apparmor=..., no-new-privileges...). */
  securityOpt: string[];
  /** Live only: the AppArmor profile the engine applied ('' when the host has no AppArmor). */
  appArmorProfile?: string;
  mounts: Mount[];
  ports: PortBinding[];
  /** Names of environment variables that look like they carry a secret value. */
  secretEnv: string[];
  justified: Record<string, string>;
};

export type CheckStatus = 'pass' | 'fail' | 'justified';

export type CheckResult = {
  id: string;
  cis: string;
  title: string;
  status: CheckStatus;
  observed: string;
  expected: string;
  justification?: string;
};

export type AuditReport = {
  kind: HardeningSubject['kind'];
  name: string;
  component: string | undefined;
  passed: boolean;
  failed: string[];
  checks: CheckResult[];
};
