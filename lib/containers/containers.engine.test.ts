import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as listRoute } from '@/app/api/containers/route';
import { GET as detailRoute } from '@/app/api/containers/[name]/route';
import { GET as auditRoute } from '@/app/api/containers/[name]/audit/route';
import { GET as logsRoute } from '@/app/api/containers/[name]/logs/route';
import { POST as restartRoute } from '@/app/api/containers/[name]/restart/route';
import { POST as startRoute } from '@/app/api/containers/[name]/start/route';
import { GET as statsRoute } from '@/app/api/containers/[name]/stats/route';
import { POST as stopRoute } from '@/app/api/containers/[name]/stop/route';
import { callRoute, ownerHeaders } from '@/test/session';
import { getDb } from '../db/client';
import { docker } from '../docker/client';
import { resetEnvForTests } from '../env';
import type { ContainerSummary } from './summarize-container';
import { dockerTestScope, hardenedHostConfig, TRIVIAL_HEALTHCHECK } from './test-support';

/** Real engine: containers created by this file only, under a unique scope label and network. */
let t: Awaited<ReturnType<typeof dockerTestScope>>;
let headers: Record<string, string>;
let strong: string;
let weak: string;
let privileged: string;
const LOOP = ['sh', '-c', 'i=0; while true; do echo "line $i"; echo "err $i" >&2; i=$((i+1)); sleep 0.2; done'];

beforeAll(async () => {
  headers = await ownerHeaders();
  t = await dockerTestScope();
  const good = await t.create('strong', 'worker', {
    Cmd: LOOP,
    User: '65534:65534',
    Healthcheck: TRIVIAL_HEALTHCHECK,
    HostConfig: hardenedHostConfig(t.network),
  });
  const bad = await t.create('weak', 'gateway', {
    Cmd: ['sleep', 'infinity'],
    Env: ['API_TOKEN=not-a-file'],
    ExposedPorts: { '8080/tcp': {} },
    HostConfig: {
      PidMode: 'host',
      Binds: ['/var/run/docker.sock:/var/run/docker.sock'],
      PortBindings: { '8080/tcp': [{ HostPort: '' }] },
    },
  });
  // Not a Buddy component: must stay invisible and untouchable.
  await (await docker()).createContainer({
    Image: 'buddy-ct-base:local',
    name: `${t.scope}-stranger`,
    Cmd: ['sleep', 'infinity'],
    Labels: { 'buddy.scope': t.scope },
  });
  // Created, never started: this machine's runc may not start privileged containers, and the
  // audit judges configuration, which the engine reports either way.
  const priv = await t.create('privileged', 'dashboard', {
    Cmd: ['true'],
    Healthcheck: TRIVIAL_HEALTHCHECK,
    HostConfig: { ...hardenedHostConfig(t.network), Privileged: true },
  });
  await Promise.all([good.container.start(), bad.container.start()]);
  strong = good.name;
  weak = bad.name;
  privileged = priv.name;
});

afterAll(async () => {
  await t?.cleanup();
});

/** The response body as text chunks. */
function textReader(response: Response) {
  return (response.body as ReadableStream<Uint8Array>)
    .pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>)
    .getReader();
}

async function list(): Promise<ContainerSummary[]> {
  const response = await callRoute(listRoute, '/api/containers', { headers });
  expect(response.status).toBe(200);
  return ((await response.json()) as { containers: ContainerSummary[] }).containers;
}

describe('containers on the real engine', () => {
  it('lists only Buddy-labelled containers with state, image, uptime, ports and restart count', async () => {
    const containers = await list();
    expect(containers.map((c) => c.name).sort()).toEqual([privileged, strong, weak].sort());
    expect(containers.find((c) => c.name === privileged)).toMatchObject({
      state: 'created',
      uptimeSeconds: null,
      startedAt: null,
    });
    const s = containers.find((c) => c.name === strong);
    expect(s).toMatchObject({
      component: 'worker',
      state: 'running',
      image: 'buddy-ct-base:local',
      restartCount: 0,
      memoryLimitBytes: 64 * 1024 * 1024,
      pidsLimit: 32,
    });
    expect(s?.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(containers.find((c) => c.name === weak)?.ports[0]).toMatchObject({
      containerPort: '8080/tcp',
      hostIp: '0.0.0.0',
    });
  });

  it('the hardened container passes every check; the weak one fails exactly the right ones', async () => {
    const containers = await list();
    const good = containers.find((c) => c.name === strong)?.audit;
    expect(good?.failed).toEqual([]);
    expect(good?.passed).toBe(true);
    const response = await callRoute(auditRoute, `/api/containers/${weak}/audit`, { headers, params: { name: weak } });
    const bad = await response.json();
    expect(bad.passed).toBe(false);
    expect([...bad.failed].sort()).toEqual(
      [
        'capabilities',
        'cpu-shares',
        'default-bridge',
        'docker-socket',
        'healthcheck',
        'memory-limit',
        'network',
        'restart-policy',
        'no-new-privileges',
        'non-root-user',
        'pids-limit',
        'port-binding',
        'read-only-rootfs',
        'secrets-in-env',
        'host-pid',
      ].sort(),
    );
    const priv = containers.find((c) => c.name === privileged)?.audit;
    expect(priv?.failed).toEqual(['privileged', 'non-root-user']);
    expect(priv?.checks.find((c) => c.id === 'privileged')).toMatchObject({
      cis: '5.5',
      status: 'fail',
      observed: 'privileged: true',
    });
    const byId = Object.fromEntries(bad.checks.map((c: { id: string }) => [c.id, c]));
    expect(byId.privileged).toMatchObject({ cis: '5.5', status: 'pass', observed: 'privileged: false' });
    expect(byId['host-pid']).toMatchObject({ cis: '5.16', observed: 'pid mode: host' });
    expect(byId['docker-socket']).toMatchObject({ cis: '5.32', observed: '/var/run/docker.sock:/var/run/docker.sock' });
    expect(byId.network.observed).toBe('networks: bridge');
    expect(byId['default-bridge']).toMatchObject({ cis: '5.30', status: 'fail' });
    expect(byId['restart-policy']).toMatchObject({ cis: '5.15', observed: 'restart: no' });
    // This engine's host has no AppArmor and the engine keeps its default seccomp profile.
    expect(byId.apparmor.status).toBe('pass');
    expect(byId.seccomp).toMatchObject({ cis: '5.22', status: 'pass' });
    expect(byId['secrets-in-env'].observed).toBe('set: API_TOKEN');
    expect(byId['host-ipc'].status).toBe('pass');
    expect(byId['host-network'].status).toBe('pass');
  });

  it('unknown names and containers that are not Buddy’s answer 404; bad names 400', async () => {
    for (const name of ['no-such-container', `${t.scope}-stranger`]) {
      const response = await callRoute(detailRoute, `/api/containers/${name}`, { headers, params: { name } });
      expect(response.status).toBe(404);
      expect((await response.json()).detail).toContain(`No Buddy container named "${name}"`);
      expect(
        (await callRoute(stopRoute, `/api/containers/${name}/stop`, { method: 'POST', headers, params: { name } }))
          .status,
      ).toBe(404);
    }
    const bad = await callRoute(detailRoute, '/api/containers/..%2Fx', { headers, params: { name: '../x' } });
    expect(bad.status).toBe(400);
  });

  it('stop, start and restart change the container and are audit events', async () => {
    const params = { name: strong };
    const stopped = await (
      await callRoute(stopRoute, `/api/containers/${strong}/stop`, { method: 'POST', headers, params })
    ).json();
    expect(stopped.state).toBe('exited');
    expect(stopped.uptimeSeconds).toBeNull();
    const started = await (
      await callRoute(startRoute, `/api/containers/${strong}/start`, { method: 'POST', headers, params })
    ).json();
    expect(started.state).toBe('running');
    // Starting a running container is not an error: the wish already holds.
    expect(
      (await callRoute(startRoute, `/api/containers/${strong}/start`, { method: 'POST', headers, params })).status,
    ).toBe(200);
    const restarted = await (
      await callRoute(restartRoute, `/api/containers/${strong}/restart`, { method: 'POST', headers, params })
    ).json();
    expect(restarted.state).toBe('running');
    expect(Date.parse(restarted.startedAt)).toBeGreaterThan(Date.parse(started.startedAt));
    const db = await getDb();
    const events = await db.auditEvent.findMany({ where: { target: strong }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.action)).toEqual([
      'containers.stop',
      'containers.start',
      'containers.start',
      'containers.restart',
    ]);
    expect(events.every((e) => e.actor === 'owner:owner@example.com' && e.decision === 'allowed')).toBe(true);
  }, 60_000);

  it('reads the last log lines of both streams', async () => {
    const response = await callRoute(logsRoute, `/api/containers/${strong}/logs?tail=6`, {
      headers,
      params: { name: strong },
    });
    const { lines } = await response.json();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(
      lines.some((l: { stream: string; text: string }) => l.stream === 'stdout' && /^line \d+$/.test(l.text)),
    ).toBe(true);
    expect(lines.some((l: { stream: string; text: string }) => l.stream === 'stderr' && /^err \d+$/.test(l.text))).toBe(
      true,
    );
    expect(lines[0].time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('a followed log ends with a clear reason when the container is removed mid-stream', async () => {
    const chatty = await t.create('chatty', 'sandbox', {
      Cmd: LOOP,
      User: '65534',
      HostConfig: hardenedHostConfig(t.network),
    });
    await chatty.container.start();
    const response = await callRoute(logsRoute, `/api/containers/${chatty.name}/logs?follow=1&tail=1`, {
      headers,
      params: { name: chatty.name },
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = textReader(response);
    let text = '';
    let removed = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
      if (!removed && (text.match(/event: line/g) ?? []).length >= 3) {
        removed = true;
        await chatty.container.remove({ force: true });
      }
    }
    expect(removed).toBe(true);
    expect(text).toMatch(/event: end\ndata: \{"reason":"The container was removed while its logs were streaming."\}/);
    // The dashboard is still fine afterwards.
    expect((await list()).map((c) => c.name)).toContain(strong);
  });

  it('stats: CPU, memory against its limit, PIDs against its limit; a stopped container is a 409', async () => {
    const response = await callRoute(statsRoute, `/api/containers/${strong}/stats`, {
      headers,
      params: { name: strong },
    });
    const stats = await response.json();
    expect(stats.memoryLimitBytes).toBe(64 * 1024 * 1024);
    expect(stats.memoryBytes).toBeGreaterThan(0);
    expect(stats.memoryPercent).toBeGreaterThan(0);
    expect(stats.memoryPercent).toBeLessThan(100);
    expect(stats.pidsLimit).toBe(32);
    expect(stats.pids).toBeGreaterThanOrEqual(1);
    expect(stats.cpuPercent).toBeGreaterThanOrEqual(0);
    const quiet = await t.create('quiet', 'redis', { Cmd: ['true'] });
    const stopped = await callRoute(statsRoute, `/api/containers/${quiet.name}/stats`, {
      headers,
      params: { name: quiet.name },
    });
    expect(stopped.status).toBe(409);
    expect((await stopped.json()).detail).toContain('is not running');
  });

  it('streams live stats as server-sent events', async () => {
    const controller = new AbortController();
    const response = await callRoute(statsRoute, `/api/containers/${strong}/stats?stream=1`, {
      headers,
      params: { name: strong },
      signal: controller.signal,
    });
    const reader = textReader(response);
    let text = '';
    while ((text.match(/event: stats/g) ?? []).length < 2) text += (await reader.read()).value ?? '';
    controller.abort();
    await reader.cancel();
    const first = JSON.parse(text.split('event: stats\ndata: ')[1]?.split('\n')[0] ?? '{}');
    expect(first).toMatchObject({ memoryLimitBytes: 64 * 1024 * 1024, pidsLimit: 32 });
  });
});

describe('when the engine is not there', () => {
  async function withHost(host: string, fn: () => Promise<void>) {
    const before = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = host;
    resetEnvForTests();
    try {
      await fn();
    } finally {
      if (before === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = before;
      resetEnvForTests();
    }
  }

  function listen(server: Server): Promise<number> {
    return new Promise((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
  }

  it('a closed port answers 503 with the reason, and nothing crashes', async () => {
    const server = createServer();
    const port = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    await withHost(`tcp://127.0.0.1:${port}`, async () => {
      const response = await callRoute(listRoute, '/api/containers', { headers });
      expect(response.status).toBe(503);
      expect((await response.json()).detail).toBe(
        `The Docker engine at tcp://127.0.0.1:${port} is unreachable (ECONNREFUSED). Is dockerd running?`,
      );
    });
    expect((await list()).map((c) => c.name)).toContain(strong);
  });

  it('an engine that dies mid-request is a clear 503', async () => {
    // Accepts the connection, reads the request, then drops it: what a stopping dockerd does.
    const server = createServer((socket) => socket.once('data', () => socket.destroy()));
    const port = await listen(server);
    try {
      await withHost(`tcp://127.0.0.1:${port}`, async () => {
        const response = await callRoute(restartRoute, `/api/containers/${strong}/restart`, {
          method: 'POST',
          headers,
          params: { name: strong },
        });
        expect(response.status).toBe(503);
        expect((await response.json()).detail).toMatch(
          /The Docker engine at tcp:\/\/127\.0\.0\.1:\d+ is unreachable \((ECONNRESET|EPIPE)\)/,
        );
      });
    } finally {
      server.close();
    }
  });
});
