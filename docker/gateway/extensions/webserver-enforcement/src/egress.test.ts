import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingApi } from '../../../plugin-lib/recording-api';
import { startDnsServer } from '../../../plugin-lib/test-dns-server';
import { guardedRequest } from './guarded-request';
import plugin from './index';
import { hostResolver } from './resolve-host';

type Seen = { path: string; headers: IncomingHttpHeaders };

/** A local HTTP server: `/to?u=<url>` redirects there, anything else answers 200 with its path. */
async function server(seen: Seen[]): Promise<{ base: string; port: number; close: () => Promise<void> }> {
  const s: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({ path: url.pathname, headers: req.headers });
    if (url.pathname === '/to') res.writeHead(302, { location: url.searchParams.get('u') ?? '/' }).end();
    else res.writeHead(200, { 'content-type': 'text/plain' }).end(`page ${url.pathname}`);
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  return { base: `http://127.0.0.1:${port}`, port, close: () => new Promise((r) => s.close(() => r())) };
}

const seenA: Seen[] = [];
const seenB: Seen[] = [];
let a: Awaited<ReturnType<typeof server>>;
let b: Awaited<ReturnType<typeof server>>;
let closed: Awaited<ReturnType<typeof server>>;
const dns = await startDnsServer({
  '172-18-0-2.nip.io': { a: ['172.18.0.2'] },
  'rebind.sslip.io': { a: ['93.184.216.34', '10.0.0.7'] },
  'mapped.example': { aaaa: ['::ffff:7f00:1'] },
  'public.example': { a: ['93.184.216.34'] },
});

function setup() {
  // the two test servers stand for allowed hosts: loopback is refused unless the owner lists it
  const internalAllow = [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`, 'dashboard:5050'];
  const rec = recordingApi({ internalAllow, dnsServers: [dns.server] });
  plugin.register(rec.api);
  const call = (toolName: string, params: Record<string, unknown>) =>
    rec.hook('before_tool_call')({ toolName, params }, {});
  return { call, internalAllow };
}

beforeAll(async () => {
  a = await server(seenA);
  b = await server(seenB);
  closed = await server([]);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close(), closed.close(), dns.close()]);
});

describe('webserver-enforcement: every hop of a web_fetch is resolved and checked', () => {
  it('follows an allowed redirect by hand and points the tool at the last hop', async () => {
    const { call } = setup();
    const to = `${b.base}/final`;
    expect(await call('web_fetch', { url: `${a.base}/to?u=${encodeURIComponent(to)}` })).toEqual({
      params: { url: to },
    });
    expect(seenB.at(-1)?.path).toBe('/final');
  });

  it.each([
    ['a name that resolves to a private address', 'http://172-18-0-2.nip.io/', 'resolves to 172.18.0.2'],
    ['a name with one private address among public ones', 'http://rebind.sslip.io/', 'resolves to 10.0.0.7'],
    ['a name that resolves to IPv4-mapped loopback', 'http://mapped.example/', 'resolves to ::ffff:127.0.0.1'],
    ['a name that does not resolve', 'http://nowhere.example/', 'could not be resolved'],
    ['loopback on a port nobody allowed', 'http://127.0.0.1:1/', 'private network'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:7f00:1]/', 'private network'],
    ['the stack service names', 'http://redis:6379/', 'private network'],
  ])('refuses a redirect to %s', async (_what, target, why) => {
    const { call } = setup();
    const before = seenB.length;
    const result = await call('web_fetch', { url: `${a.base}/to?u=${encodeURIComponent(target)}` });
    expect(result).toMatchObject({ block: true, blockReason: expect.stringContaining(why) });
    expect((result as { blockReason: string }).blockReason).toContain('redirect 1 from');
    expect(seenB.length).toBe(before);
  });

  it('refuses the same names as the first hop, before any request', async () => {
    const { call } = setup();
    const count = seenA.length;
    expect(await call('web_fetch', { url: 'http://172-18-0-2.nip.io:5050/api/health' })).toMatchObject({
      block: true,
      blockReason: expect.stringContaining('172.18.0.2'),
    });
    expect(seenA.length).toBe(count);
  });

  it('drops credentials when a redirect changes the origin, keeps them on the same origin', async () => {
    const { internalAllow } = setup();
    const config = { allowHosts: [], denyHosts: [], internalAllow };
    const headers = { authorization: 'Bearer secret-1', 'x-api-key': 'key-1', accept: 'text/plain' };
    const same = await guardedRequest(`${a.base}/to?u=/same`, config, hostResolver([dns.server]), { headers });
    expect(same).toMatchObject({ ok: true, status: 200, body: 'page /same' });
    expect(seenA.at(-1)?.headers).toMatchObject({ authorization: 'Bearer secret-1', 'x-api-key': 'key-1' });
    const cross = await guardedRequest(
      `${a.base}/to?u=${encodeURIComponent(`${b.base}/other`)}`,
      config,
      hostResolver([dns.server]),
      { headers },
    );
    expect(cross).toMatchObject({ ok: true, status: 200, finalUrl: `${b.base}/other` });
    expect(seenB.at(-1)?.headers.authorization).toBeUndefined();
    expect(seenB.at(-1)?.headers['x-api-key']).toBeUndefined();
    expect(seenB.at(-1)?.headers.accept).toBe('text/plain');
  });

  it('gives up after the redirect limit', async () => {
    const { internalAllow } = setup();
    let url = `${a.base}/end`;
    for (let i = 0; i < 7; i++) url = `${a.base}/to?u=${encodeURIComponent(url)}`;
    const result = await guardedRequest(
      url,
      { allowHosts: [], denyHosts: [], internalAllow },
      hostResolver([dns.server]),
    );
    expect(result).toMatchObject({ ok: false, reason: 'more than 5 redirects' });
  });
});

describe('webserver-enforcement: shell network calls follow the web rules', () => {
  it.each([
    ['curl -s http://172-18-0-2.nip.io/', '172.18.0.2'],
    ['wget -qO- http://10.0.0.1/', 'private network'],
    // -O is a flag to curl (wget's -O takes a file): the word after it is the address, and it is checked.
    ['curl -O http://10.0.0.1/x', 'private network'],
    ['curl -sO http://169.254.169.254/latest/meta-data', 'private network'],
    ['curl --resolve x:80:127.0.0.1 http://x/', '--resolve'],
    ['curl "$TARGET"', 'computed at run time'],
    ['node -e "fetch(\'http://169.254.169.254/latest/meta-data\')"', 'private network'],
    ['python3 -c "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:5050/\')"', 'private network'],
    ['node -e "fetch(process.env.U)"', 'cannot read'],
    ['nc 10.0.0.5 6379', 'private network'],
    ['ssh root@172-18-0-2.nip.io', '172.18.0.2'],
    ['git clone http://gitea:3000/x.git', 'private network'],
    ['sh -c "curl http://[::ffff:127.0.0.1]:5050/"', 'private network'],
  ])('refuses %s', async (command, why) => {
    const { call } = setup();
    expect(await call('exec', { command })).toMatchObject({ block: true, blockReason: expect.stringContaining(why) });
  });

  it.each([
    'curl -s https://public.example/x',
    'wget -O page.html https://public.example/',
    'curl http://dashboard:5050/api/health',
    'ls -la',
    'npm test',
  ])('allows %s', async (command) => {
    const { call } = setup();
    expect(await call('exec', { command })).toBeUndefined();
  });
});
