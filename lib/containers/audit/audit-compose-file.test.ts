import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { env } from '../../env';
import { auditComposeFile } from './audit-compose-file';
import { parseSize } from './from-compose';

describe("Buddy's docker-compose.yml", () => {
  it('declares every service with all the hardening the audit requires', async () => {
    const reports = await auditComposeFile('docker-compose.yml', 'buddy-net');
    expect(reports.map((r) => r.name).sort()).toEqual([
      'dashboard',
      'gateway',
      'postgres',
      'redis',
      'socket-proxy',
      'worker',
    ]);
    for (const report of reports) {
      expect({ service: report.name, failed: report.failed }).toEqual({ service: report.name, failed: [] });
      expect(report.checks.every((c) => c.status === 'pass')).toBe(true);
    }
    const dashboard = reports.find((r) => r.name === 'dashboard');
    const byId = Object.fromEntries((dashboard?.checks ?? []).map((c) => [c.id, c]));
    expect(byId['memory-limit']?.observed).toBe('768 MiB');
    expect(byId.network?.observed).toBe(
      'networks: buddy-net-web, buddy-net-proxy, buddy-net-db, buddy-net-cache, buddy-net-api',
    );
    expect(byId['port-binding']?.observed).toBe('127.0.0.1:5050->5050');
    expect(byId.capabilities).toMatchObject({ cis: '5.4', observed: 'drop: ALL; add: none' });
    expect(byId['restart-policy']).toMatchObject({ cis: '5.15', observed: 'restart: on-failure:5' });
    expect(byId['cpu-shares']).toMatchObject({ cis: '5.12', observed: 'shares: 512; cpus: unlimited' });
    expect(byId.healthcheck).toMatchObject({ cis: '5.27', status: 'pass' });
  });

  it('names the networks after the stack it runs as', async () => {
    const reports = await auditComposeFile('docker-compose.yml', 'buddystack-net', { BUDDY_STACK_NAME: 'buddystack' });
    const worker = reports.find((r) => r.name === 'worker');
    expect(worker?.passed).toBe(true);
    expect(worker?.checks.find((c) => c.id === 'network')?.observed).toBe(
      'networks: buddystack-net-db, buddystack-net-cache, buddystack-net-sandbox',
    );
    // Judged against another stack's name, the same file fails the network rule.
    const other = await auditComposeFile('docker-compose.yml', 'buddy-net', { BUDDY_STACK_NAME: 'buddystack' });
    expect(other.every((r) => r.failed.includes('network'))).toBe(true);
  });
});

describe('a weak compose file', () => {
  let file: string;
  beforeAll(() => {
    file = path.join(env().dataDir, 'weak-compose.yml');
    writeFileSync(
      file,
      `name: weak
services:
  app:
    image: x
    cap_add: [NET_ADMIN]
    privileged: true
    network_mode: host
    pid: host
    ipc: host
    ports: ["8080:80"]
    uts: host
    userns_mode: host
    restart: always
    cpu_shares: 1024
    security_opt: ["seccomp=unconfined", "apparmor=unconfined"]
    volumes: ["/var/run/docker.sock:/var/run/docker.sock", "/etc:/host-etc", "/usr/share:/share:ro", "/srv:/srv:rshared"]
    environment: { DB_PASSWORD: hunter2, TOKEN_FILE: /run/secrets/t }
  almost:
    image: y
    cap_drop: [ALL]
    cap_add: [CHOWN]
    security_opt: ["no-new-privileges:true"]
    deploy: { resources: { limits: { memory: 128M, pids: 50 } } }
    user: "1000"
    restart: on-failure:5
    cpus: 0.5
    healthcheck: { test: ["CMD", "true"] }
    networks: [other]
    labels: ["buddy.audit.justify.read-only-rootfs=writes its cache in place", "buddy.audit.justify.capabilities=chowns its data dir"]
networks:
  other: { driver: overlay }
`,
    );
  });

  it('fails every missing or bad setting, with the observed values and CIS ids', async () => {
    const [app, almost] = await auditComposeFile(file, 'buddy-net');
    expect(app?.failed.sort()).toEqual(
      [
        'apparmor',
        'capabilities',
        'cpu-shares',
        'healthcheck',
        'host-userns',
        'host-uts',
        'mount-propagation',
        'restart-policy',
        'seccomp',
        'docker-socket',
        'host-ipc',
        'host-network',
        'host-pid',
        'memory-limit',
        'network',
        'no-new-privileges',
        'non-root-user',
        'pids-limit',
        'port-binding',
        'privileged',
        'read-only-rootfs',
        'secrets-in-env',
        'sensitive-mounts',
      ].sort(),
    );
    const byId = Object.fromEntries((app?.checks ?? []).map((c) => [c.id, c]));
    // As the benchmark judges it: read-write binds of system folders fail, read-only ones do not.
    expect(byId['sensitive-mounts']?.observed).toBe('/etc:/host-etc');
    expect(byId['mount-propagation']).toMatchObject({ cis: '5.20', observed: '/srv (rshared)' });
    expect(byId.seccomp).toMatchObject({ cis: '5.22', observed: 'seccomp: unconfined' });
    expect(byId['restart-policy']?.observed).toBe('restart: always');
    expect(byId['cpu-shares']?.observed).toBe('shares: 1024; cpus: unlimited');
    expect(byId['secrets-in-env']?.observed).toBe('set: DB_PASSWORD');
    expect(byId['host-network']).toMatchObject({ cis: '5.10', observed: 'network mode: host' });
    expect(byId.capabilities?.observed).toBe('drop: none; add: NET_ADMIN');
    // Justified deviations are visible as such; the wrong network still fails.
    expect(almost?.failed).toEqual(['network']);
    const almostById = Object.fromEntries((almost?.checks ?? []).map((c) => [c.id, c]));
    expect(almostById['read-only-rootfs']).toMatchObject({
      status: 'justified',
      justification: 'writes its cache in place',
    });
    expect(almostById['memory-limit']?.observed).toBe('128 MiB');
    expect(almostById.network?.observed).toBe('networks: weak_other (driver overlay)');
  });

  it('a file that is not YAML is a clear validation error', async () => {
    const broken = path.join(env().dataDir, 'broken.yml');
    writeFileSync(broken, 'services: [unclosed\n');
    await expect(auditComposeFile(broken)).rejects.toThrow(/is not valid YAML/);
  });

  it('parses compose sizes', () => {
    expect(parseSize('512m')).toBe(512 * 1024 ** 2);
    expect(parseSize('1g')).toBe(1024 ** 3);
    expect(parseSize('1.5GB')).toBe(1.5 * 1024 ** 3);
    expect(parseSize(1024)).toBe(1024);
    expect(parseSize('lots')).toBe(0);
  });
});
