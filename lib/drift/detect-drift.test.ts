import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker } from '../docker/client';
import { getQueue } from '../queue/queues';
import { detectDrift } from './detect-drift';
import { ensureBusyboxImage } from './testing/busybox-image';
import { BASE_BLOCK, makeFixtureRoots } from './testing/fixture-roots';

/**
 * Against the real Docker engine and Redis: change one thing in reality, see exactly that drift item,
 * restore it, see it clear. Containers carry a per-run label so other developers' containers never count.
 */
const run = randomBytes(4).toString('hex');
const label = `buddy.drifttest=${run}`;
const prefix = `buddy-drifttest-${run}`;
let fx: ReturnType<typeof makeFixtureRoots>;
let image: string;
let port: number;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const p = (srv.address() as { port: number }).port;
      srv.close(() => resolve(p));
    });
  });
}

const HARDENED = {
  CapDrop: ['ALL'],
  ReadonlyRootfs: true,
  SecurityOpt: ['no-new-privileges'],
  Memory: 64 * 1024 * 1024,
  PidsLimit: 32,
};

async function startContainer(role: string, extra: { port?: number; capAdd?: string[] } = {}) {
  const name = `${prefix}-${role}`;
  await (await docker())
    .getContainer(name)
    .remove({ force: true })
    .catch(() => undefined);
  const c = await (await docker()).createContainer({
    name,
    Image: image,
    Cmd: ['sleep', '3600'],
    User: '1000',
    Labels: { 'buddy.role': role, 'buddy.drifttest': run },
    ExposedPorts: extra.port ? { '8080/tcp': {} } : undefined,
    HostConfig: {
      ...HARDENED,
      CapAdd: extra.capAdd,
      PortBindings: extra.port ? { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: String(extra.port) }] } : undefined,
    },
  });
  await c.start();
}

const declaredHardening = {
  user: '1000',
  readOnlyRootfs: true,
  noNewPrivileges: true,
  capDrop: ['ALL'],
  capAdd: [],
  memoryMb: 64,
  pidsLimit: 32,
};
const summary = async () => (await detectDrift()).findings.map((f) => `${f.resource} ${f.fieldPath} ${f.kind}`);

beforeAll(async () => {
  image = ensureBusyboxImage();
  port = await freePort();
  fx = makeFixtureRoots(`buddy.role,${label}`);
  fx.writeArchitecture({
    ...BASE_BLOCK,
    containers: {
      web: { image, role: 'web', ports: [port], running: true, hardening: declaredHardening },
      box: { image, role: 'box', ports: [], running: true, hardening: declaredHardening },
    },
    jobs: {
      'nightly-a': { schedule: '0 22 * * *', model: 'sonnet' },
      'nightly-b': { schedule: '30 5 * * *', model: 'haiku' },
    },
  });
  await startContainer('web', { port });
  await startContainer('box');
  await getQueue('jobs').upsertJobScheduler('nightly-a', { pattern: '0 22 * * *', tz: 'UTC' }, { name: 'nightly-a' });
  await getQueue('jobs').upsertJobScheduler('nightly-b', { pattern: '30 5 * * *', tz: 'UTC' }, { name: 'nightly-b' });
}, 60_000);

afterAll(async () => {
  for (const role of ['web', 'box'])
    await (await docker())
      .getContainer(`${prefix}-${role}`)
      .remove({ force: true })
      .catch(() => undefined);
  fx?.cleanup();
});

describe('drift against a real environment', () => {
  it('finds no drift when reality matches the page', async () => {
    expect(await summary()).toEqual([]);
  });

  it('sees a stopped container, then clears when it runs again', async () => {
    await (await docker()).getContainer(`${prefix}-box`).stop({ t: 0 });
    const { findings } = await detectDrift();
    expect(findings.map((f) => [f.resource, f.fieldPath, f.kind, f.declared, f.actual])).toEqual([
      ['container.box', 'running', 'changed', true, false],
    ]);
    await (await docker()).getContainer(`${prefix}-box`).start();
    expect(await summary()).toEqual([]);
  }, 30_000);

  it('sees a changed port, then clears when it is restored', async () => {
    const other = await freePort();
    await startContainer('web', { port: other });
    const { findings } = await detectDrift();
    expect(findings.map((f) => [f.resource, f.fieldPath, f.kind, f.declared, f.actual])).toEqual([
      ['container.web', 'ports', 'changed', [port], [other]],
    ]);
    await startContainer('web', { port });
    expect(await summary()).toEqual([]);
  }, 30_000);

  it('sees an added capability as a high-severity hardening change', async () => {
    await startContainer('web', { port, capAdd: ['NET_ADMIN'] });
    const { findings } = await detectDrift();
    expect(findings.map((f) => [f.resource, f.fieldPath, f.severity, f.actual])).toEqual([
      ['container.web', 'hardening.capAdd', 'high', ['NET_ADMIN']],
    ]);
    await startContainer('web', { port });
    expect(await summary()).toEqual([]);
  }, 30_000);

  it('sees a removed job scheduler as a missing job', async () => {
    await getQueue('jobs').removeJobScheduler('nightly-b');
    expect(await summary()).toEqual(['job.nightly-b  missing']);
    await getQueue('jobs').upsertJobScheduler('nightly-b', { pattern: '30 5 * * *', tz: 'UTC' }, { name: 'nightly-b' });
    expect(await summary()).toEqual([]);
  });

  it('sees an added skill as a changed skills count', async () => {
    fx.addSkill('new-skill');
    const { findings } = await detectDrift();
    expect(findings.map((f) => [f.resource, f.fieldPath, f.declared, f.actual])).toEqual([
      ['skills.all', 'count', 2, 3],
    ]);
    fx.removeSkill('new-skill');
    expect(await summary()).toEqual([]);
  });
});
