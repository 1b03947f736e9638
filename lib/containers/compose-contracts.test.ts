import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { interpolateCompose } from './audit/interpolate';
import { SANDBOX_CPU_SHARES, sandboxSpec } from './sandbox-spec';
import { type WorkspaceRole, workspaceBinds } from './workspace-mounts';

type Service = {
  networks?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  command?: string[];
  entrypoint?: string[];
  mem_limit?: string;
  user?: string;
};
type Compose = { services: Record<string, Service>; networks: Record<string, { name: string; internal?: boolean }> };

// The file as the rehearsal stack runs it (scripts/stack.sh sets these), and as written.
const raw = readFileSync('docker-compose.yml', 'utf8');
const compose = parse(interpolateCompose(raw, { BUDDY_STACK_NAME: 'buddystack' }), { merge: true }) as Compose;
const svc = (name: string): Service => {
  const s = compose.services[name];
  if (!s) throw new Error(`no service ${name}`);
  return s;
};
const members = (network: string) =>
  Object.entries(compose.services)
    .filter(([, s]) => (s.networks ?? []).includes(network))
    .map(([name]) => name)
    .sort();

describe('docker-compose.yml: who may reach whom', () => {
  it('puts each service on exactly the networks its calls need', () => {
    expect(members('web')).toEqual(['dashboard']);
    expect(members('proxy')).toEqual(['dashboard', 'socket-proxy']);
    expect(members('db')).toEqual(['dashboard', 'postgres', 'worker']);
    expect(members('cache')).toEqual(['dashboard', 'redis', 'worker']);
    expect(members('api')).toEqual(['dashboard', 'gateway']);
    expect(members('sandbox')).toEqual(['gateway', 'worker']);
    expect(members('agents')).toEqual(['gateway']);
  });

  it('makes every network internal except the published web door and the gateway egress', () => {
    for (const [key, net] of Object.entries(compose.networks)) {
      expect({ key, internal: net.internal === true }).toEqual({ key, internal: !['web', 'agents'].includes(key) });
      expect(net.name).toBe(`buddystack-net-${key}`);
    }
  });

  it('gives only the socket proxy the engine socket, read-only', () => {
    for (const [name, s] of Object.entries(compose.services)) {
      const socket = (s.volumes ?? []).filter((v) => v.includes('docker.sock'));
      expect({ name, socket }).toEqual({
        name,
        socket: name === 'socket-proxy' ? ['/var/run/docker.sock:/var/run/docker.sock:ro'] : [],
      });
    }
    expect(svc('dashboard').environment?.DOCKER_HOST).toBe('tcp://socket-proxy:2375');
    expect(svc('worker').environment?.DOCKER_HOST).toBeUndefined();
  });

  it('lets the proxy pass only the reads and start/stop/restart the dashboard offers', () => {
    const cfg = readFileSync('docker/socket-proxy/haproxy.cfg', 'utf8');
    const acl = (name: string) => {
      const m = cfg.match(new RegExp(`acl ${name} path_reg (\\S+)`));
      if (!m?.[1]) throw new Error(`acl ${name} missing`);
      return new RegExp(m[1]);
    };
    const read = acl('read_path');
    const write = acl('write_path');
    const allowed = (method: string, path: string) =>
      (['GET', 'HEAD'].includes(method) && read.test(path)) || (method === 'POST' && write.test(path));
    expect(cfg).toMatch(/http-request deny deny_status 403\n/);
    const calls = (list: [string, string][]) => list;
    for (const [method, path] of calls([
      ['GET', '/v1.41/containers/json'],
      ['GET', '/containers/abc123/json'],
      ['GET', '/v1.41/containers/buddy-sandbox/logs'],
      ['GET', '/v1.41/containers/abc/stats'],
      ['POST', '/v1.41/containers/abc/restart'],
      ['POST', '/containers/abc/stop'],
      ['GET', '/_ping'],
    ]))
      expect({ method, path, ok: allowed(method, path) }).toEqual({ method, path, ok: true });
    for (const [method, path] of calls([
      ['POST', '/v1.41/containers/create'],
      ['POST', '/containers/create'],
      ['POST', '/v1.41/containers/abc/exec'],
      ['POST', '/v1.41/exec/abc/start'],
      ['POST', '/v1.41/containers/abc/attach'],
      ['PUT', '/v1.41/containers/abc/archive'],
      ['GET', '/v1.41/containers/abc/archive'],
      ['DELETE', '/v1.41/containers/abc'],
      ['POST', '/v1.41/containers/abc/update'],
      ['POST', '/v1.41/images/create'],
      ['POST', '/v1.41/networks/x/connect'],
      ['GET', '/v1.41/info'],
      ['POST', '/v1.41/build'],
      ['GET', '/v1.41/containers/json/../../images/json'],
    ]))
      expect({ method, path, ok: allowed(method, path) }).toEqual({ method, path, ok: false });
  });

  it('requires the Redis password and keeps PostgreSQL to scram on its own network', () => {
    const redis = readFileSync('docker/redis/entrypoint.sh', 'utf8');
    expect(redis).toMatch(/requirepass/);
    expect(redis).toMatch(/protected-mode yes/);
    expect(raw).not.toMatch(/protected-mode", "no/);
    const pg = readFileSync('docker/postgres/entrypoint.sh', 'utf8');
    const hba = pg
      .slice(pg.indexOf('<<HBA') + 6, pg.indexOf('\nHBA'))
      .trim()
      .split('\n');
    expect(hba).toEqual(['local all all scram-sha-256', 'host all all samenet scram-sha-256']);
    expect(svc('postgres').networks).toEqual(['db']);
    expect(svc('redis').networks).toEqual(['cache']);
    // Clients get their URLs (with the passwords) from secret files only.
    for (const name of ['dashboard', 'worker']) {
      expect(svc(name).environment?.REDIS_URL).toBeUndefined();
      expect(svc(name).environment?.REDIS_URL_FILE).toBe('/run/secrets/redis_url');
      expect(svc(name).environment?.DATABASE_URL_FILE).toBe('/run/secrets/database_url');
    }
  });

  it('mounts each service its own secrets folder, read-only', () => {
    for (const name of ['dashboard', 'worker', 'gateway', 'redis', 'postgres']) {
      const secrets = (svc(name).volumes ?? []).filter((v) => v.endsWith(':/run/secrets:ro'));
      expect(secrets).toEqual([`./secrets/plain/${name}:/run/secrets:ro`]);
    }
    expect((svc('socket-proxy').volumes ?? []).some((v) => v.includes('/run/secrets'))).toBe(false);
  });

  it('mounts the one host workspace per role as workspace-mounts.ts says', () => {
    const host = './workspace';
    const roles: WorkspaceRole[] = ['dashboard', 'worker', 'gateway'];
    for (const role of roles) {
      const mounted = (svc(role).volumes ?? []).filter((v) => v.startsWith(`${host}`));
      expect({ role, mounted }).toEqual({ role, mounted: workspaceBinds(role, host) });
    }
    for (const name of ['redis', 'postgres', 'socket-proxy'])
      expect((svc(name).volumes ?? []).some((v) => v.includes('/workspace'))).toBe(false);
  });

  it('runs the gateway as the agents uid with room for its measured peak', () => {
    expect(svc('gateway').user).toBe('10002:10002');
    expect(svc('gateway').mem_limit).toBe('2g');
    expect(svc('gateway').volumes).toContain('./docker/gateway/openclaw.json:/etc/openclaw/openclaw.json:ro');
    // No literal tokens: each comes from a file at start.
    const envText = JSON.stringify(svc('gateway').environment);
    expect(envText).not.toMatch(/\$\{/);
    for (const token of ['OPENCLAW_GATEWAY_TOKEN', 'BUDDY_AGENT_TOKEN', 'SANDBOX_API_TOKEN'])
      expect(svc('gateway').environment?.[`${token}_FILE`]).toMatch(/^\/run\/secrets\//);
  });
});

describe('the standalone sandbox', () => {
  const spec = sandboxSpec({
    image: 'buddy-sandbox:latest',
    name: 'buddy-sandbox',
    network: 'buddystack-net-sandbox',
    tokenHostPath: '/dev/shm/buddy-buddystack/sandbox/sandbox_token',
    workspaceHostPath: '/srv/ws',
  });
  const script = readFileSync('scripts/sandbox-run.sh', 'utf8');

  it('joins only the sandbox network, with the workspace mounts of its role', () => {
    expect(spec.HostConfig?.NetworkMode).toBe(compose.networks.sandbox?.name);
    expect(spec.HostConfig?.Binds).toEqual([
      '/dev/shm/buddy-buddystack/sandbox/sandbox_token:/run/secrets/sandbox_token:ro',
      ...workspaceBinds('sandbox', '/srv/ws'),
    ]);
    expect(script).toMatch(/network="\$\{BUDDY_SANDBOX_NETWORK:-\$\{BUDDY_STACK_NAME:-buddy\}-net-sandbox\}"/);
    expect(script).toContain('--volume "$ws/_governance:/workspace/_governance:ro"');
    expect(script).toContain('--volume "$ws/_archive:/workspace/_archive:ro"');
  });

  it('passes the same section 5 settings in the spec and the script', () => {
    expect(spec.HostConfig?.CpuShares).toBe(SANDBOX_CPU_SHARES);
    expect(script).toContain(`--cpu-shares ${SANDBOX_CPU_SHARES}`);
    expect(spec.HostConfig?.RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 5 });
    expect(script).toContain('--restart on-failure:5');
    expect(spec.Healthcheck?.Test?.[0]).toBe('CMD');
    expect(script).toContain('--health-cmd');
    expect(script).not.toMatch(/--privileged|seccomp|apparmor|--uts|--userns|--pid |--ipc /);
  });
});
