import { justifications } from '../labels';
import type { HardeningSubject, Mount, PortBinding } from './model';
import { secretEnvNames } from './secret-env';

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

const UNITS: Record<string, number> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Compose sizes: 536870912, "512m", "512M", "1g", "1.5GB". */
export function parseSize(value: unknown): number {
  if (typeof value === 'number') return value;
  const m = String(value ?? '')
    .trim()
    .match(/^(\d+(?:\.\d+)?)\s*([bkmg])?b?$/i);
  if (!m) return 0;
  return Math.round(Number(m[1]) * (UNITS[(m[2] ?? 'b').toLowerCase()] ?? 1));
}

/** `list: ["A=b"]` or `map: {A: b}` (labels, environment) as pairs. */
function pairs(value: unknown): [string, string | undefined][] {
  if (Array.isArray(value)) {
    return value.map((e) => {
      const s = String(e);
      const i = s.indexOf('=');
      return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
    });
  }
  if (isDict(value))
    return Object.entries(value).map(([k, v]) => [k, v === null || v === undefined ? undefined : String(v)]);
  return [];
}

function mounts(value: unknown): Mount[] {
  return (Array.isArray(value) ? value : []).map((v): Mount => {
    if (isDict(v)) {
      const bind = isDict(v.bind) ? v.bind : {};
      return {
        source: String(v.source ?? ''),
        target: String(v.target ?? ''),
        readOnly: v.read_only === true,
        propagation: typeof bind.propagation === 'string' ? bind.propagation : undefined,
      };
    }
    const [source = '', target = '', mode = ''] = String(v).split(':');
    const options = mode.split(',');
    return target
      ? {
          source,
          target,
          readOnly: options.includes('ro'),
          propagation: options.find((o) => /^r?(shared|slave|private)$/.test(o)),
        }
      : { source: '', target: source, readOnly: false };
  });
}

function ports(value: unknown): PortBinding[] {
  return (Array.isArray(value) ? value : []).map((v): PortBinding => {
    if (isDict(v))
      return {
        hostIp: String(v.host_ip ?? ''),
        hostPort: String(v.published ?? ''),
        containerPort: String(v.target ?? ''),
      };
    const parts = String(v).split(':');
    if (parts.length >= 3)
      return { hostIp: parts.slice(0, -2).join(':'), hostPort: parts.at(-2) ?? '', containerPort: parts.at(-1) ?? '' };
    return { hostIp: '', hostPort: parts[0] ?? '', containerPort: parts.at(-1) ?? '' };
  });
}

/** Network keys of a service resolved to engine names; a non-bridge driver is named so it fails. */
function networkNames(service: Dict, topLevel: Dict, project: string): string[] {
  const keys = Array.isArray(service.networks)
    ? service.networks.map(String)
    : isDict(service.networks)
      ? Object.keys(service.networks)
      : ['default'];
  return keys.map((key) => {
    const def = isDict(topLevel[key]) ? (topLevel[key] as Dict) : {};
    const name = typeof def.name === 'string' ? def.name : `${project}_${key}`;
    const driver = typeof def.driver === 'string' ? def.driver : 'bridge';
    return driver === 'bridge' ? name : `${name} (driver ${driver})`;
  });
}

/** `on-failure:5` (the restart key) or deploy.restart_policy {condition, max_attempts}. */
function restartPolicy(service: Dict): { name: string; maximumRetryCount: number } {
  if (typeof service.restart === 'string') {
    const [name = '', count] = service.restart.split(':');
    return { name, maximumRetryCount: Number(count ?? 0) || 0 };
  }
  const policy = isDict(service.deploy) && isDict(service.deploy.restart_policy) ? service.deploy.restart_policy : {};
  const name = policy.condition === 'on-failure' ? 'on-failure' : policy.condition === 'any' ? 'always' : '';
  return { name, maximumRetryCount: Number(policy.max_attempts ?? 0) || 0 };
}

function healthcheck(service: Dict): boolean {
  const h = service.healthcheck;
  if (!isDict(h) || h.disable === true) return false;
  const test = Array.isArray(h.test) ? h.test.map(String) : typeof h.test === 'string' ? [h.test] : [];
  return test.length > 0 && test[0] !== 'NONE';
}

/** The hardening view of one service of a compose file. */
export function subjectFromCompose(name: string, service: Dict, file: Dict, project: string): HardeningSubject {
  const limits =
    isDict(service.deploy) && isDict(service.deploy.resources) && isDict(service.deploy.resources.limits)
      ? service.deploy.resources.limits
      : {};
  const labels = Object.fromEntries(pairs(service.labels).map(([k, v]) => [k, v ?? '']));
  return {
    kind: 'compose-service',
    name,
    component: labels['buddy.component'],
    capDrop: strings(service.cap_drop),
    capAdd: strings(service.cap_add),
    privileged: service.privileged === true,
    noNewPrivileges: strings(service.security_opt).some((o) => /^no-new-privileges(:true|=true)?$/.test(o)),
    memoryBytes: parseSize(service.mem_limit ?? limits.memory),
    pidsLimit: Number(service.pids_limit ?? limits.pids ?? 0) || 0,
    readOnlyRootfs: service.read_only === true,
    user: service.user === undefined ? '' : String(service.user),
    networkMode: typeof service.network_mode === 'string' ? service.network_mode : '',
    networks:
      typeof service.network_mode === 'string'
        ? []
        : networkNames(service, isDict(file.networks) ? file.networks : {}, project),
    pidMode: typeof service.pid === 'string' ? service.pid : '',
    ipcMode: typeof service.ipc === 'string' ? service.ipc : '',
    utsMode: typeof service.uts === 'string' ? service.uts : '',
    usernsMode: typeof service.userns_mode === 'string' ? service.userns_mode : '',
    cpuShares: Number(service.cpu_shares ?? 0) || 0,
    nanoCpus: Math.round((Number(service.cpus ?? limits.cpus ?? 0) || 0) * 1e9),
    restartPolicy: restartPolicy(service),
    healthcheck: healthcheck(service),
    securityOpt: strings(service.security_opt),
    mounts: mounts(service.volumes),
    ports: ports(service.ports),
    secretEnv: secretEnvNames(pairs(service.environment)),
    justified: justifications(labels),
  };
}
