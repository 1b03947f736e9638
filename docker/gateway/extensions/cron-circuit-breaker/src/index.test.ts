import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CronChangedEvent, HttpRoute } from '../../../plugin-lib/openclaw-types';
import { recordingApi } from '../../../plugin-lib/recording-api';
import plugin from './index';

const ADMIN_RPC = '/api/v1/admin/rpc';
type Seen = { path: string; auth?: string; body: Record<string, unknown> };
let server: Server;
let baseUrl = '';
const seen: Seen[] = [];
// What the stand-in gateway answers on its admin RPC: 404 when the admin-http-rpc plugin is not loaded.
let adminRpc: { status: number; body: unknown } = { status: 200, body: { ok: true, result: { updated: true } } };
const waiters: { match: (s: Seen) => boolean; resolve: (s: Seen) => void }[] = [];

/** Resolves when the local server receives a matching request (event-driven, no sleeps). */
function nextRequest(match: (s: Seen) => boolean): Promise<Seen> {
  const already = seen.find(match);
  return already ? Promise.resolve(already) : new Promise((resolve) => waiters.push({ match, resolve }));
}

beforeAll(async () => {
  // One server plays both sides: the gateway's POST /api/v1/admin/rpc and Buddy's circuit endpoint.
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const entry = { path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(raw || '{}') };
      seen.push(entry);
      for (const w of waiters.filter((w) => w.match(entry))) w.resolve(entry);
      const reply = entry.path === ADMIN_RPC ? adminRpc : { status: 200, body: { applied: true } };
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

function setup(extra: Record<string, unknown> = {}) {
  const rec = recordingApi({
    buddyUrl: baseUrl,
    gatewayUrl: baseUrl,
    buddyToken: 'buddy-t',
    gatewayToken: 'gw-t',
    ...extra,
  });
  plugin.register(rec.api);
  const fire = (event: CronChangedEvent) => rec.hook('cron_changed')(event, {});
  return { ...rec, fire };
}

/** Drives a registered HTTP route through a real local request, as the gateway would hand it over. */
async function invoke(route: HttpRoute, method: string, body: unknown) {
  const server = createServer((req, res) => void route.handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${route.path}`, {
      method,
      body: body === null ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  } finally {
    server.close();
  }
}

const forJob = (jobId: string) =>
  seen.filter((s) => s.path.includes(jobId) || (s.body.params as { jobId?: string } | undefined)?.jobId === jobId);

describe('cron-circuit-breaker', () => {
  it('opens after the default 3 consecutive errors: disables the job and reports to Buddy', async () => {
    const { fire } = setup();
    await fire({ action: 'finished', jobId: 'nightly', status: 'error', error: 'model timeout' });
    await fire({ action: 'finished', jobId: 'nightly', status: 'error', error: 'model timeout' });
    expect(forJob('nightly')).toHaveLength(0);
    await fire({ action: 'finished', jobId: 'nightly', status: 'error', error: 'rate limited' });
    const calls = forJob('nightly');
    expect(calls[0]).toMatchObject({
      path: ADMIN_RPC,
      auth: 'Bearer gw-t',
      body: { method: 'cron.update', params: { jobId: 'nightly', patch: { enabled: false } } },
    });
    expect(calls[1]).toMatchObject({
      path: '/api/jobs/gateway/nightly/circuit',
      auth: 'Bearer buddy-t',
      body: {
        state: 'open',
        consecutiveFailures: 3,
        threshold: 3,
        lastError: 'rate limited',
        source: 'openclaw-gateway',
      },
    });
  });

  it('a success in between resets the streak; unrelated events are ignored', async () => {
    const { fire } = setup();
    for (const status of ['error', 'error', 'ok', 'error', 'error'])
      await fire({ action: 'finished', jobId: 'flappy', status });
    await fire({ action: 'updated', jobId: 'flappy' });
    expect(forJob('flappy').filter((s) => s.body.state === 'open')).toHaveLength(0);
    expect(forJob('flappy').at(-1)?.body).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  });

  it('half-opens once after the cooldown, closes on success, reopens on failure', async () => {
    const { fire, services } = setup({ threshold: 1, cooldownMs: 200 });
    // OpenClaw starts every registered service at gateway start; one without `start` fails there.
    await services[0]?.start();
    await fire({ action: 'finished', jobId: 'digest', status: 'error', error: 'boom' });
    const half = await nextRequest(
      (s) => s.path === '/api/jobs/gateway/digest/circuit' && s.body.state === 'half-open',
    );
    expect(half.body).toMatchObject({ state: 'half-open', consecutiveFailures: 1 });
    expect(
      forJob('digest').some((s) => (s.body.params as { patch?: { enabled?: boolean } })?.patch?.enabled === true),
    ).toBe(true);
    await fire({ action: 'finished', jobId: 'digest', status: 'ok' });
    expect(forJob('digest').at(-1)?.body).toMatchObject({ state: 'closed', consecutiveFailures: 0 });

    await fire({ action: 'finished', jobId: 'digest', status: 'error' });
    await nextRequest(
      (s) => s.path.endsWith('/digest/circuit') && s.body.state === 'half-open' && seen.indexOf(s) > seen.indexOf(half),
    );
    // The next cooldown starts as soon as the breaker reopens, so look at the report this failure caused,
    // not at whatever arrived last (on a loaded machine the next half-open can already be in).
    const before = seen.length;
    await fire({ action: 'finished', jobId: 'digest', status: 'error', error: 'again' });
    expect(seen.slice(before).find((s) => s.path.endsWith('/digest/circuit'))?.body).toMatchObject({
      state: 'open',
      lastError: 'again',
    });
    await services[0]?.stop?.();
  });

  it('when the gateway has no admin RPC it says how to enable it, and still reports the open breaker', async () => {
    adminRpc = {
      status: 404,
      body: { ok: false, error: { type: 'not_found', message: 'Not Found' } },
    };
    try {
      const { fire, logs } = setup({ threshold: 1 });
      await fire({ action: 'finished', jobId: 'denied', status: 'error', error: 'boom' });
      expect(logs.join('\n')).toContain(
        'could not disable denied: Error: the gateway has no admin RPC (404): allow and enable its bundled "admin-http-rpc" plugin',
      );
      expect(forJob('denied').at(-1)).toMatchObject({
        path: '/api/jobs/gateway/denied/circuit',
        body: { state: 'open' },
      });

      adminRpc = { status: 400, body: { ok: false, error: { type: 'tool_error', message: 'job not found' } } };
      await fire({ action: 'finished', jobId: 'gone', status: 'error', error: 'boom' });
      expect(logs.join('\n')).toContain(
        'could not disable gone: Error: gateway answered 400 to cron.update of gone: job not found',
      );
    } finally {
      adminRpc = { status: 200, body: { ok: true, result: { updated: true } } };
    }
  });

  it('reports when the cooldown ends while open, and no end time once it half-opens', async () => {
    const { fire, services } = setup({ threshold: 1, cooldownMs: 60 * 60_000 });
    const before = Date.now();
    await fire({ action: 'finished', jobId: 'cooling', status: 'error', error: 'boom' });
    const open = forJob('cooling').find((s) => s.path.endsWith('/circuit'));
    const endsAt = Date.parse(String(open?.body.cooldownEndsAt));
    expect(endsAt - before).toBeGreaterThanOrEqual(60 * 60_000);
    expect(endsAt - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    await services[0]?.stop?.();
  });

  it("the owner's reset (gateway-authenticated route) enables the job, clears the streak and reports closed", async () => {
    const { fire, routes, services } = setup({ threshold: 2, cooldownMs: 60 * 60_000 });
    await fire({ action: 'finished', jobId: 'owner-reset', status: 'error', error: 'boom' });
    await fire({ action: 'finished', jobId: 'owner-reset', status: 'error', error: 'boom' });
    const route = routes.find((r) => r.path === '/plugins/cron-circuit-breaker/reset');
    if (!route) throw new Error('the reset route was not registered');
    expect(route).toMatchObject({ auth: 'gateway', match: 'exact' });
    const call = (method: string, body: unknown) => invoke(route, method, body);

    const before = seen.length;
    expect(await call('POST', { jobId: 'owner-reset' })).toEqual({
      status: 200,
      body: { ok: true, jobId: 'owner-reset', state: 'closed' },
    });
    const after = seen.slice(before);
    expect(after.map((s) => s.path)).toEqual([ADMIN_RPC, '/api/jobs/gateway/owner-reset/circuit']);
    expect(after[0]?.body).toEqual({
      method: 'cron.update',
      params: { jobId: 'owner-reset', patch: { enabled: true } },
    });
    expect(after[1]?.body).toMatchObject({
      state: 'closed',
      consecutiveFailures: 0,
      lastError: null,
      cooldownEndsAt: null,
    });
    // The streak starts again from zero: one more error does not reopen a threshold-2 breaker.
    await fire({ action: 'finished', jobId: 'owner-reset', status: 'error', error: 'once' });
    expect(forJob('owner-reset').filter((s) => s.body.state === 'open')).toHaveLength(1);

    expect((await call('GET', null)).status).toBe(405);
    expect(await call('POST', { jobId: '../x' })).toMatchObject({ status: 400 });
    adminRpc = { status: 500, body: { ok: false, error: { message: 'cron store locked' } } };
    try {
      const refused = await call('POST', { jobId: 'owner-reset' });
      expect(refused).toEqual({
        status: 502,
        body: {
          ok: false,
          error: { message: 'gateway answered 500 to cron.update of owner-reset: cron store locked' },
        },
      });
    } finally {
      adminRpc = { status: 200, body: { ok: true, result: { updated: true } } };
    }
    await services[0]?.stop?.();
  });

  it('stays inert and says why when its tokens are missing', () => {
    const rec = recordingApi({ threshold: 3 });
    plugin.register(rec.api);
    expect(rec.hooks.cron_changed).toBeUndefined();
    expect(rec.logs.join('\n')).toContain('"buddyToken" is required');
  });
});
