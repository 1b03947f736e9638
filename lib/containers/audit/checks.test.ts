import { describe, expect, it } from 'vitest';
import type { HardeningSubject, Mount } from './model';
import { auditSubject } from './summarize';

/** A live container that passes every check except what a test changes (its mounts here). */
function container(mounts: Mount[]): HardeningSubject {
  return {
    kind: 'container',
    name: 'buddystack_redis_1',
    component: 'redis',
    capDrop: ['ALL'],
    capAdd: [],
    privileged: false,
    noNewPrivileges: true,
    memoryBytes: 256 * 1024 * 1024,
    pidsLimit: 64,
    readOnlyRootfs: true,
    user: '999:999',
    networkMode: 'buddystack-net-cache',
    networks: ['buddystack-net-cache'],
    pidMode: '',
    ipcMode: 'private',
    utsMode: '',
    usernsMode: '',
    cpuShares: 512,
    nanoCpus: 0,
    restartPolicy: { name: 'on-failure', maximumRetryCount: 5 },
    healthcheck: true,
    securityOpt: ['no-new-privileges:true'],
    appArmorProfile: '',
    mounts,
    ports: [],
    secretEnv: [],
    justified: {},
  };
}

const sensitive = (mounts: Mount[]) =>
  auditSubject(container(mounts), 'buddystack-net-cache').checks.find((c) => c.id === 'sensitive-mounts');

describe('sensitive host directories (CIS 5.6)', () => {
  it("a named volume is the engine's own storage, not a host directory: it passes read-write", () => {
    const volume = {
      source: '/var/lib/docker/volumes/buddystack_redis-data/_data',
      target: '/data',
      readOnly: false,
      type: 'volume',
    };
    expect(sensitive([volume])).toMatchObject({ status: 'pass', observed: 'none' });
  });

  it('a read-write bind of the same folder, or of /etc, fails and names it', () => {
    const bind = { source: '/var/lib/docker/volumes/other/_data', target: '/steal', readOnly: false, type: 'bind' };
    const etc = { source: '/etc', target: '/host-etc', readOnly: false, type: 'bind' };
    expect(sensitive([bind, etc])).toMatchObject({
      status: 'fail',
      observed: '/var/lib/docker/volumes/other/_data:/steal, /etc:/host-etc',
    });
  });

  it("a read-only bind of a system folder is not a finding (the benchmark's verdict)", () => {
    expect(sensitive([{ source: '/etc/hosts', target: '/etc/hosts', readOnly: true, type: 'bind' }])?.status).toBe(
      'pass',
    );
  });
});
