import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsServer } from '../../docker/gateway/plugin-lib/test-dns-server';
import { attack } from './attack';
import { expectRefused, loadHook } from './gateway-hooks';

/**
 * Issue 15 item 8, gateway side: the webserver-enforcement plugin (the committed bundle) decides on
 * the address a name resolves to, checks every redirect hop of a web_fetch, drops credentials across
 * origins and applies the same rules to shell network calls. A real HTTP server on 127.0.0.1 plays
 * the site an agent was allowed to fetch; a DNS server on 127.0.0.1 plays the public resolver.
 */
const LAYER = 'gateway plugin (webserver-enforcement)';
const seen: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
const site = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  seen.push({ path: url.pathname, headers: req.headers });
  if (url.pathname === '/to' || url.pathname === '/api/to')
    res.writeHead(302, { location: url.searchParams.get('u') ?? '/' }).end();
  else res.writeHead(200).end('ok');
});
let base = '';
let call: Awaited<ReturnType<typeof loadHook>>['call'];
const dns = await startDnsServer({
  '172-18-0-2.nip.io': { a: ['172.18.0.2'] },
  'dashboard.sslip.io': { a: ['127.0.0.1'] },
  'mapped.example': { aaaa: ['::ffff:a9fe:a9fe'] },
});

beforeAll(async () => {
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  const port = (site.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  // the owner allowed this one local site explicitly; nothing else on a private network
  ({ call } = await loadHook('webserver-enforcement', {
    internalAllow: [`127.0.0.1:${port}`],
    dnsServers: [dns.server],
  }));
});
afterAll(async () => {
  await new Promise<void>((r) => site.close(() => r()));
  await dns.close();
});

const via = (target: string) => `${base}/to?u=${encodeURIComponent(target)}`;

describe('red team: gateway egress (issue 15 item 8, gateway side)', () => {
  attack({
    id: '15.8-gateway-nip-io',
    title: 'web_fetch http://172-18-0-2.nip.io:5050/ (a public-looking name for a stack address)',
    target: 'app',
    layers: {
      [LAYER]: () =>
        expectRefused(call('web_fetch', { url: 'http://172-18-0-2.nip.io:5050/api/health' }), '172.18.0.2'),
    },
  });
  attack({
    id: '15.8-gateway-redirect-private',
    title: 'web_fetch of an allowed site that redirects to loopback, a stack name, a nip.io name, mapped IPv6',
    target: 'app',
    layers: {
      [LAYER]: async () => {
        for (const target of [
          'http://127.0.0.1:5050/api/health',
          'http://dashboard.sslip.io:5050/',
          'http://redis:6379/',
          'http://mapped.example/latest/meta-data',
          'http://[::ffff:169.254.169.254]/',
          'http://100.64.0.1/',
        ]) {
          await expectRefused(call('web_fetch', { url: via(target) }), 'redirect 1 from');
        }
      },
    },
  });
  attack({
    id: '15.8-gateway-shell-egress',
    title: 'curl / wget / node -e fetch / python urllib to internal addresses from the shell',
    target: 'app',
    layers: {
      [LAYER]: async () => {
        await expectRefused(call('exec', { command: 'curl -s http://172-18-0-2.nip.io:5050/' }), '172.18.0.2');
        await expectRefused(call('exec', { command: 'wget -qO- http://127.0.0.1:5050/api/health' }), 'private');
        await expectRefused(call('exec', { command: `node -e "fetch('http://169.254.169.254/')"` }), 'private');
        await expectRefused(
          call('exec', { command: `python3 -c "import urllib.request as u; u.urlopen('http://dashboard.sslip.io/')"` }),
          '127.0.0.1',
        );
      },
    },
  });
  attack({
    id: '15.8-gateway-token-redirect',
    title: "a Buddy URL that redirects elsewhere: buddy_api does not carry the agent's grant token along",
    target: 'app',
    layers: {
      'gateway plugin (governance-enforcement buddy_api)': async () => {
        const { rec } = await loadHook('governance-enforcement', {
          workspaceDir: '/tmp',
          buddyUrl: base,
          buddyToken: 'grant-token-red-team',
        });
        const before = seen.length;
        const target = `http://localhost:${new URL(base).port}/api/steal`;
        const result = await rec
          .tool('buddy_api')
          .execute('c1', { method: 'GET', path: `/api/to?u=${encodeURIComponent(target)}` });
        expect(result.isError).toBe(true);
        expect(seen.slice(before).map((s) => s.path)).toEqual(['/api/to']);
      },
    },
  });

  it('control: an allowed redirect on the same site still works, and only that site was contacted', async () => {
    const before = seen.length;
    expect(await call('web_fetch', { url: via('/landing') })).toEqual({ params: { url: `${base}/landing` } });
    expect(seen.slice(before).map((s) => s.path)).toEqual(['/to', '/landing']);
  });
});
