import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { recordingApi } from '../../../plugin-lib/recording-api';
import { startDnsServer } from '../../../plugin-lib/test-dns-server';
import plugin from './index';

// Public-looking names resolve through this server only (nothing leaves the machine); the addresses
// are never connected to: these tests use the browser tool, which is checked without a request.
const dns = await startDnsServer({
  'docs.openclaw.ai': { a: ['104.16.1.1'] },
  'example.com': { a: ['93.184.216.34'] },
  'api.github.com': { a: ['140.82.112.6'] },
  'a.evil.example': { a: ['93.184.216.35'] },
});
afterAll(() => dns.close());

function setup(config: Record<string, unknown> = {}) {
  const rec = recordingApi({ denyHosts: ['*.evil.example'], dnsServers: [dns.server], ...config });
  plugin.register(rec.api);
  const call = (toolName: string, params: Record<string, unknown>) =>
    rec.hook('before_tool_call')({ toolName, params }, {});
  return { ...rec, call };
}

describe('webserver-enforcement: URLs', () => {
  const { call } = setup();

  it.each([
    'https://docs.openclaw.ai/plugins',
    'http://dashboard:5050/api/health',
    'http://sandbox:9500/health',
    'https://example.com:8443/x',
  ])('allows %s (browser: checked on its resolved address)', async (url) =>
    expect(await call('browser', { action: 'navigate', url })).toBeUndefined(),
  );

  it.each([
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://0x7f.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[0:0:0:0:0:ffff:a00:1]/',
    'http://[64:ff9b::a9fe:a9fe]/',
    'http://[2002:c0a8:0101::1]/',
    'http://[fd00::5]/',
    'http://[fe80::1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.8/',
    'http://172.20.1.1/',
    'http://192.168.1.1/',
    'http://100.64.0.1/',
    'http://0.0.0.0:5050/',
    'http://localhost:5050/',
    'http://redis:6379/',
    'http://dashboard:9999/',
    'http://printer.local/',
    'http://LOCALHOST./',
  ])('blocks the private address %s', async (url) => {
    expect(await call('web_fetch', { url })).toMatchObject({
      block: true,
      blockReason: expect.stringContaining('private network'),
    });
  });

  it('applies the deny list, the allow list and the protocol rule', async () => {
    expect(await call('web_fetch', { url: 'https://a.evil.example/' })).toMatchObject({
      blockReason: expect.stringContaining('deny list'),
    });
    expect(await call('web_fetch', { url: 'file:///etc/passwd' })).toMatchObject({ block: true });
    expect(await call('web_fetch', { url: 'not a url' })).toMatchObject({ block: true });
    const strict = setup({ allowHosts: ['*.github.com', 'docs.openclaw.ai'] });
    expect(await strict.call('browser', { url: 'https://api.github.com/x' })).toBeUndefined();
    expect(await strict.call('web_fetch', { url: 'https://example.com/' })).toMatchObject({
      blockReason: expect.stringContaining('allow list'),
    });
  });

  it('checks the browser tool by its url and targetUrl', async () => {
    expect(await call('browser', { action: 'navigate', targetUrl: 'http://2130706433/' })).toMatchObject({
      block: true,
    });
    expect(await call('browser', { action: 'snapshot' })).toBeUndefined();
  });
});

describe('webserver-enforcement: listening servers', () => {
  const { call } = setup();

  it.each([
    'python3 -m http.server 8000',
    'sh -c "php -S 0.0.0.0:80"',
    'nohup npx http-server -p 9000 &',
    'nc -lvp 4444',
    'env X=1 node -e "require(\'http\').createServer().listen(80)"',
    'cd app && npm run dev',
    'busybox httpd -p 8080',
    'ssh -R 80:localhost:80 host',
    'socat TCP-LISTEN:80 -',
  ])('blocks %s', async (command) =>
    expect(await call('exec', { command })).toMatchObject({
      block: true,
      blockReason: expect.stringContaining('only inside the sandbox'),
    }),
  );

  it.each(['python3 script.py', 'curl http://dashboard:5050/api/health', 'npm test', 'node build.js'])(
    'allows %s',
    async (command) => {
      expect(await call('exec', { command })).toBeUndefined();
    },
  );
});

describe('webserver-enforcement: status route', () => {
  it('registers a gateway-auth route that reports counts and recent decisions', async () => {
    const { call, routes } = setup();
    await call('web_fetch', { url: 'http://2130706433/' });
    await call('browser', { url: 'https://example.com/' });
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatchObject({ path: '/plugins/webserver-enforcement/status', auth: 'gateway', match: 'exact' });
    const res = Object.assign(new EventEmitter(), {
      statusCode: 0,
      headers: {} as Record<string, string>,
      body: '',
      setHeader(name: string, value: string) {
        this.headers[name] = value;
      },
      end(chunk: string) {
        this.body = chunk;
      },
    });
    const handled = await routes[0]?.handler(
      { url: '/plugins/webserver-enforcement/status' } as IncomingMessage,
      res as unknown as ServerResponse,
    );
    expect(handled).toBe(true);
    expect(res.statusCode).toBe(200);
    const status = JSON.parse(res.body);
    expect(status.counts).toEqual({ checked: 2, blocked: 1 });
    expect(status.recent[1]).toMatchObject({ tool: 'web_fetch', blocked: true });
    expect(status.recent[0]).toMatchObject({ tool: 'browser', blocked: false });
    expect(status.policy.internalAllow).toEqual(['dashboard:5050', 'sandbox:9500']);
  });
});
