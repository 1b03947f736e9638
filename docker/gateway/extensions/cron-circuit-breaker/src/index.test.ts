import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CronChangedEvent } from '../../../plugin-lib/openclaw-types';
import { recordingApi } from '../../../plugin-lib/recording-api';
import plugin from './index';

type Seen = { path: string; auth?: string; body: Record<string, unknown> };
let server: Server;
let baseUrl = '';
const seen: Seen[] = [];
// What the stand-in gateway answers on /tools/invoke: the real one answers 404 while cron is not allowlisted.
let toolsInvoke: { status: number; body: unknown } = { status: 200, body: { ok: true, result: { updated: true } } };
const waiters: { match: (s: Seen) => boolean; resolve: (s: Seen) => void }[] = [];

/** Resolves when the local server receives a matching request (event-driven, no sleeps). */
function nextRequest(match: (s: Seen) => boolean): Promise<Seen> {
  const already = seen.find(match);
  return already ? Promise.resolve(already) : new Promise((resolve) => waiters.push({ match, resolve }));
}

beforeAll(async () => {
  // One server plays both sides: the gateway's POST /tools/invoke and Buddy's circuit endpoint.
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const entry = { path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(raw || '{}') };
      seen.push(entry);
      for (const w of waiters.filter((w) => w.match(entry))) w.resolve(entry);
      const reply = entry.path === '/tools/invoke' ? toolsInvoke : { status: 200, body: { applied: true } };
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

const forJob = (jobId: string) =>
  seen.filter((s) => s.path.includes(jobId) || (s.body.args as { jobId?: string } | undefined)?.jobId === jobId);

describe('cron-circuit-breaker', () => {
  it('opens after the default 3 consecutive errors: disables the job and reports to Buddy', async () => {
    const { fire } = setup();
    await fire({ action: 'finished', jobId: 'nightly', status: 'error', error: 'model timeout' });
    await fire({ action: 'finished', jobId: 'nightly', status: 'error', error: 'model timeout' });
    expect(forJob('nightly')).toHaveLength(0);
    await fire({ action: 'finished', jobId: 'nightly', status: 'error', error: 'rate limited' });
    const calls = forJob('nightly');
    expect(calls[0]).toMatchObject({
      path: '/tools/invoke',
      auth: 'Bearer gw-t',
      body: { tool: 'cron', args: { action: 'update', jobId: 'nightly', patch: { enabled: false } } },
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
      forJob('digest').some((s) => (s.body.args as { patch?: { enabled?: boolean } })?.patch?.enabled === true),
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

  it('when the gateway refuses the cron tool it says how to allow it, and still reports the open breaker', async () => {
    toolsInvoke = {
      status: 404,
      body: { ok: false, error: { type: 'not_found', message: 'Tool not available: cron' } },
    };
    try {
      const { fire, logs } = setup({ threshold: 1 });
      await fire({ action: 'finished', jobId: 'denied', status: 'error', error: 'boom' });
      expect(logs.join('\n')).toContain(
        'could not disable denied: Error: the gateway refused the cron tool on /tools/invoke (404): add "cron" to gateway.tools.allow',
      );
      expect(forJob('denied').at(-1)).toMatchObject({
        path: '/api/jobs/gateway/denied/circuit',
        body: { state: 'open' },
      });

      toolsInvoke = { status: 400, body: { ok: false, error: { type: 'tool_error', message: 'job not found' } } };
      await fire({ action: 'finished', jobId: 'gone', status: 'error', error: 'boom' });
      expect(logs.join('\n')).toContain(
        'could not disable gone: Error: gateway answered 400 to cron update of gone: job not found',
      );
    } finally {
      toolsInvoke = { status: 200, body: { ok: true, result: { updated: true } } };
    }
  });

  it('stays inert and says why when its tokens are missing', () => {
    const rec = recordingApi({ threshold: 3 });
    plugin.register(rec.api);
    expect(rec.hooks.cron_changed).toBeUndefined();
    expect(rec.logs.join('\n')).toContain('"buddyToken" is required');
  });
});
