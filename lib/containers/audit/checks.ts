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
    title: 'No sensitive host directories mounted',
    expected: `none of ${SENSITIVE.join(' ')}`,
    judge: (s) => {
      const bad = s.mounts.filter((m) =>
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
    id: 'no-new-privileges',
    cis: '5.26',
    title: 'No new privileges',
    expected: 'security_opt no-new-privileges:true',
    judge: (s) => ({ ok: s.noNewPrivileges, observed: `no-new-privileges: ${s.noNewPrivileges}` }),
  },
  {
    id: 'pids-limit',
    cis: '5.29',
    title: 'PIDs limited',
    expected: 'a PIDs limit',
    judge: (s) => ({ ok: s.pidsLimit > 0, observed: s.pidsLimit > 0 ? String(s.pidsLimit) : 'unlimited' }),
  },
  {
    id: 'network',
    cis: '5.30',
    title: "Only on Buddy's isolated bridge network",
    expected: 'exactly the network NAME',
    judge: (s, network) => ({
      ok: s.networkMode !== 'host' && s.networks.length === 1 && s.networks[0] === network,
      observed: `networks: ${list(s.networks)}`,
    }),
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
