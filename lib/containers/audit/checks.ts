import type { CheckResult, HardeningSubject } from './model';

type Verdict = { ok: boolean; observed: string };
type Check = {
  id: string;
  cis: string;
  title: string;
  expected: string;
  judge: (s: HardeningSubject, network: string) => Verdict;
};

const SOCKET = /(^|\/)docker\.sock$/;
const SENSITIVE = ['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr', '/root', '/var/lib/docker'];
const ROOT_USERS = new Set(['', 'root', '0', '0:0', 'root:root', 'root:0', '0:root']);

function list(values: string[]): string {
  return values.length ? values.join(', ') : 'none';
}

function mib(bytes: number): string {
  return bytes > 0 ? `${Math.round(bytes / 1024 / 1024)} MiB` : 'unlimited';
}

/**
 * The checks Buddy requires of every container, each tied to the CIS Docker Benchmark (v1.6
 * numbering, as docker-bench-security uses). Each demands the good setting to be present,
 * not merely the absence of a bad one: no CapDrop ALL is a failure even if nothing is added.
 */
export const CHECKS: Check[] = [
  {
    id: 'apparmor',
    cis: '5.2',
    title: 'AppArmor profile kept (where the host has AppArmor)',
    expected: 'not apparmor=unconfined; the engine applies docker-default on an AppArmor host',
    // The engine applies docker-default on every container of a host with AppArmor; an empty profile
    // on a live container means the host has none, where the benchmark's check does not apply.
    judge: (s) => {
      const off = s.securityOpt.some((o) => /^apparmor[=:]unconfined$/.test(o)) || s.appArmorProfile === 'unconfined';
      const observed =
        s.appArmorProfile === undefined
          ? off
            ? 'apparmor: unconfined'
            : 'apparmor: engine default'
          : s.appArmorProfile
            ? `profile: ${s.appArmorProfile}`
            : 'host without AppArmor (not applicable)';
      return { ok: !off, observed };
    },
  },
  {
    id: 'capabilities',
    cis: '5.4',
    title: 'Linux capabilities dropped to none',
    expected: 'CapDrop contains ALL, CapAdd empty',
    judge: (s) => ({
      ok: s.capDrop.map((c) => c.toUpperCase()).includes('ALL') && s.capAdd.length === 0,
      observed: `drop: ${list(s.capDrop)}; add: ${list(s.capAdd)}`,
    }),
  },
  {
    id: 'privileged',
    cis: '5.5',
    title: 'Not privileged',
    expected: 'privileged: false',
    judge: (s) => ({ ok: !s.privileged, observed: `privileged: ${s.privileged}` }),
  },
  {
    id: 'sensitive-mounts',
    cis: '5.6',
    title: 'No sensitive host directories mounted read-write',
    expected: `none of ${SENSITIVE.join(' ')} mounted read-write`,
    // The benchmark's verdict: a read-only bind (a secret file on /dev/shm) is not a finding, and
    // neither is a named volume: the engine keeps it under /var/lib/docker/volumes, but it is the
    // volume's own folder, not a host directory handed to the container.
    judge: (s) => {
      const bad = s.mounts.filter(
        (m) =>
          !m.readOnly &&
          m.type !== 'volume' &&
          SENSITIVE.some((dir) => m.source === dir || (dir !== '/' && m.source.startsWith(`${dir}/`))),
      );
      return {
        ok: bad.length === 0,
        observed: bad.length ? bad.map((m) => `${m.source}:${m.target}`).join(', ') : 'none',
      };
    },
  },
  {
    id: 'host-network',
    cis: '5.10',
    title: "Not on the host's network namespace",
    expected: 'network mode other than host',
    judge: (s) => ({ ok: s.networkMode !== 'host', observed: `network mode: ${s.networkMode || 'default'}` }),
  },
  {
    id: 'memory-limit',
    cis: '5.11',
    title: 'Memory limited',
    expected: 'a memory limit',
    judge: (s) => ({ ok: s.memoryBytes > 0, observed: mib(s.memoryBytes) }),
  },
  {
    id: 'cpu-shares',
    cis: '5.12',
    title: 'CPU priority set',
    expected: 'cpu_shares other than the default 1024 (or a CPU limit)',
    judge: (s) => ({
      ok: (s.cpuShares > 0 && s.cpuShares !== 1024) || s.nanoCpus > 0,
      observed: `shares: ${s.cpuShares || 'default'}; cpus: ${s.nanoCpus ? s.nanoCpus / 1e9 : 'unlimited'}`,
    }),
  },
  {
    id: 'read-only-rootfs',
    cis: '5.13',
    title: 'Read-only root filesystem',
    expected: 'read_only: true',
    judge: (s) => ({ ok: s.readOnlyRootfs, observed: `read-only: ${s.readOnlyRootfs}` }),
  },
  {
    id: 'port-binding',
    cis: '5.14',
    title: 'Published ports bound to a specific interface',
    expected: 'host IP 127.0.0.1 (or another specific address)',
    judge: (s) => {
      const open = s.ports.filter((p) => p.hostIp === '' || p.hostIp === '0.0.0.0' || p.hostIp === '::');
      return {
        ok: open.length === 0,
        observed: s.ports.length
          ? s.ports.map((p) => `${p.hostIp || '*'}:${p.hostPort}->${p.containerPort}`).join(', ')
          : 'no published ports',
      };
    },
  },
  {
    id: 'restart-policy',
    cis: '5.15',
    title: "Restart policy 'on-failure' with at most 5 retries",
    expected: 'restart: on-failure:5',
    judge: (s) => ({
      ok: s.restartPolicy.name === 'on-failure' && s.restartPolicy.maximumRetryCount === 5,
      observed: `restart: ${s.restartPolicy.name || 'no'}${s.restartPolicy.maximumRetryCount ? `:${s.restartPolicy.maximumRetryCount}` : ''}`,
    }),
  },
  {
    id: 'host-pid',
    cis: '5.16',
    title: "Not in the host's PID namespace",
    expected: 'pid mode other than host',
    judge: (s) => ({ ok: s.pidMode !== 'host', observed: `pid mode: ${s.pidMode || 'private'}` }),
  },
  {
    id: 'host-ipc',
    cis: '5.17',
    title: "Not in the host's IPC namespace",
    expected: 'ipc mode other than host',
    judge: (s) => ({ ok: s.ipcMode !== 'host', observed: `ipc mode: ${s.ipcMode || 'private'}` }),
  },
  {
    id: 'mount-propagation',
    cis: '5.20',
    title: 'Mount propagation not shared',
    expected: 'no mount with shared or rshared propagation',
    judge: (s) => {
      const shared = s.mounts.filter((m) => m.propagation === 'shared' || m.propagation === 'rshared');
      return {
        ok: shared.length === 0,
        observed: shared.length ? shared.map((m) => `${m.target} (${m.propagation})`).join(', ') : 'none shared',
      };
    },
  },
  {
    id: 'host-uts',
    cis: '5.21',
    title: "Not in the host's UTS namespace",
    expected: 'uts mode other than host',
    judge: (s) => ({ ok: s.utsMode !== 'host', observed: `uts mode: ${s.utsMode || 'private'}` }),
  },
  {
    id: 'seccomp',
    cis: '5.22',
    title: 'Default seccomp profile not disabled',
    expected: 'no seccomp=unconfined',
    judge: (s) => {
      const off = s.securityOpt.some((o) => /^seccomp[=:]unconfined$/.test(o));
      return { ok: !off, observed: off ? 'seccomp: unconfined' : 'seccomp: default profile' };
    },
  },
  {
    id: 'no-new-privileges',
    cis: '5.26',
    title: 'No new privileges',
    expected: 'security_opt no-new-privileges:true',
    judge: (s) => ({ ok: s.noNewPrivileges, observed: `no-new-privileges: ${s.noNewPrivileges}` }),
  },
  {
    id: 'healthcheck',
    cis: '5.27',
    title: 'Health checked at runtime',
    expected: 'a health check',
    judge: (s) => ({ ok: s.healthcheck, observed: s.healthcheck ? 'health check present' : 'none' }),
  },
  {
    id: 'pids-limit',
    cis: '5.29',
    title: 'PIDs limited',
    expected: 'a PIDs limit',
    judge: (s) => ({ ok: s.pidsLimit > 0, observed: s.pidsLimit > 0 ? String(s.pidsLimit) : 'unlimited' }),
  },
  {
    id: 'default-bridge',
    cis: '5.30',
    title: "Not on Docker's default bridge (docker0)",
    expected: 'a user-defined network',
    judge: (s) => {
      const onDefault = ['', 'default', 'bridge'].includes(s.networkMode) && s.networks.length === 0;
      const bridge = s.networkMode === 'bridge' || s.networks.includes('bridge');
      return { ok: !onDefault && !bridge, observed: `networks: ${list(s.networks)}` };
    },
  },
  {
    id: 'network',
    cis: 'buddy',
    title: "Only on Buddy's own networks",
    expected: 'networks named NAME or NAME-*',
    judge: (s, network) => ({
      ok:
        s.networkMode !== 'host' &&
        s.networks.length > 0 &&
        s.networks.every((n) => n === network || n.startsWith(`${network}-`)),
      observed: `networks: ${list(s.networks)}`,
    }),
  },
  {
    id: 'host-userns',
    cis: '5.31',
    title: "Not in the host's user namespace",
    expected: 'userns mode other than host',
    judge: (s) => ({ ok: s.usernsMode !== 'host', observed: `userns mode: ${s.usernsMode || 'default'}` }),
  },
  {
    id: 'docker-socket',
    cis: '5.32',
    title: 'Docker socket not mounted',
    expected: 'no docker.sock mount (only the socket proxy has one)',
    judge: (s) => {
      const mounted = s.mounts.filter((m) => SOCKET.test(m.source) || SOCKET.test(m.target));
      const ok = mounted.length === 0 || (s.component === 'socket-proxy' && mounted.every((m) => m.readOnly));
      return {
        ok,
        observed: mounted.length
          ? mounted.map((m) => `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`).join(', ')
          : 'none',
      };
    },
  },
  {
    id: 'secrets-in-env',
    cis: '4.10',
    title: 'No secrets in environment variables',
    expected: 'secrets as files (*_FILE pointing at /run/secrets)',
    judge: (s) => ({
      ok: s.secretEnv.length === 0,
      observed: s.secretEnv.length ? `set: ${s.secretEnv.join(', ')}` : 'none',
    }),
  },
  {
    id: 'non-root-user',
    cis: '4.1',
    title: 'Runs as a non-root user',
    expected: 'a user other than root/0',
    judge: (s) => ({ ok: !ROOT_USERS.has(s.user.trim()), observed: `user: ${s.user || '(image default: root)'}` }),
  },
];

/** Judges one subject; a failed check with a `buddy.audit.justify.<id>` label counts as justified. */
export function runChecks(subject: HardeningSubject, network: string): CheckResult[] {
  return CHECKS.map((check) => {
    const { ok, observed } = check.judge(subject, network);
    const justification = subject.justified[check.id];
    const status = ok ? 'pass' : justification ? 'justified' : 'fail';
    return {
      id: check.id,
      cis: check.cis,
      title: check.title,
      status,
      observed,
      expected: check.expected.replace('NAME', network),
      ...(status === 'justified' ? { justification } : {}),
    };
  });
}
