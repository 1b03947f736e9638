import type { LookupAddress } from 'node:dns';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { resetEnvForTests } from '../../lib/env';
import { addFeed } from '../../lib/intelligence/sentinel/manage-feeds';
import { pollFeed } from '../../lib/intelligence/sentinel/poll-feed';
import { startTestServer } from '../../lib/intelligence/test-http-server';
import { GuardedFetchError, guardedGet } from '../../lib/net/guarded-fetch';
import { attack } from './attack';

const RSS =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title></item></channel></rss>';
type Server = Awaited<ReturnType<typeof startTestServer>>;
let internal: Server; // stands in for the dashboard, Redis, a metadata service: never allowed
let allowed: Server; // a feed/catalog host the owner allowed
let partner: Server; // a second allowed host (another origin)

beforeAll(async () => {
  internal = await startTestServer({ allowed: false });
  internal.serve('/secret', { body: RSS });
  allowed = await startTestServer();
  partner = await startTestServer();
  partner.serve('/models', { body: '{}', contentType: 'application/json' });
});
afterAll(async () => {
  await Promise.all([internal.close(), allowed.close(), partner.close()]);
});
afterEach(() => {
  // Only the two allowed test servers stay on the list between attacks.
  process.env.BUDDY_FETCH_ALLOW_HOSTS = `${allowed.host},${partner.host}`;
  resetEnvForTests();
});

async function refused(url: string, resolve?: (host: string) => string[]): Promise<string> {
  const error = await guardedGet(url, {
    timeoutMs: 5000,
    resolve: resolve
      ? (((host: string, _o: unknown, cb: (e: null, a: LookupAddress[]) => void) =>
          cb(
            null,
            resolve(host).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
          )) as never)
      : undefined,
  }).catch((e: unknown) => e);
  expect(error, url).toBeInstanceOf(GuardedFetchError);
  expect((error as GuardedFetchError).kind, url).toBe('blocked');
  return (error as GuardedFetchError).message;
}

describe('red team: server-side requests to internal addresses (issue 15.8)', () => {
  attack({
    id: '15.8-ssrf-feed-internal-address',
    title: "a feed URL pointing at 127.0.0.1, the stack's names and other internal addresses",
    target: 'app',
    layers: {
      'fetch: internal literal addresses and names refused before connecting': async () => {
        const feed = await addFeed({ url: internal.url('/secret') });
        const result = await pollFeed(feed.id);
        expect(result.status).toBe('fetch-error');
        expect(result.error).toMatch(/internal address/);
        const port = internal.host.split(':')[1];
        for (const url of [
          `http://localhost:${port}/secret`,
          `http://0.0.0.0:${port}/secret`,
          `http://[::1]:${port}/secret`,
          `http://[::ffff:127.0.0.1]:${port}/secret`,
          `http://[::ffff:7f00:1]:${port}/secret`,
          `http://2130706433:${port}/secret`,
          `http://0x7f.1:${port}/secret`,
          'http://169.254.169.254/latest/meta-data/',
          'http://100.64.0.1/',
          'http://10.0.0.1/',
          'http://192.168.1.1/',
          'http://172.18.0.2:5050/',
          'http://[fd00::1]/',
          'http://[fe80::1]/',
          'http://224.0.0.1/',
          'http://redis:6379/',
          'http://socket-proxy:2375/containers/json',
          'http://gateway:18789/',
          'http://buddy-sandbox:9500/',
          'http://printer.local/',
          'file:///etc/passwd',
        ])
          await refused(url);
        expect(internal.hits('/secret')).toBe(0);
      },
      'fetch: every address a name resolves to is checked, and the checked one is connected to': async () => {
        // nip.io-style names and rebinding: the name looks public, the DNS answer is not.
        expect(
          await refused(`http://172-18-0-2.nip.io:${internal.host.split(':')[1]}/secret`, () => ['172.18.0.2']),
        ).toMatch(/resolves to an internal address/);
        expect(
          await refused(`http://feeds.example.com:${internal.host.split(':')[1]}/secret`, () => ['127.0.0.1']),
        ).toMatch(/resolves to an internal address/);
        expect(await refused('http://feeds.example.com/', () => ['93.184.216.34', '10.1.2.3'])).toMatch(
          /resolves to an internal address/,
        );
        expect(await refused('http://feeds.example.com/', () => ['::ffff:192.168.0.1'])).toMatch(
          /resolves to an internal address/,
        );
        expect(internal.hits('/secret')).toBe(0);
      },
    },
  });

  attack({
    id: '15.8-ssrf-redirect-to-internal',
    title: 'an allowed server redirects the fetch to an internal address',
    target: 'app',
    layers: {
      'fetch: each redirect hop checked again': async () => {
        for (const target of [internal.url('/secret'), 'http://169.254.169.254/latest/', 'http://redis:6379/']) {
          allowed.serve('/hop', { status: 302, headers: { location: target } });
          expect(await refused(allowed.url('/hop'))).toMatch(/internal/);
        }
        // Through the real feed poller too, and via a chain of hops on the allowed host.
        allowed.serve('/feed', { status: 301, headers: { location: '/feed2' } });
        allowed.serve('/feed2', { status: 307, headers: { location: internal.url('/secret') } });
        const feed = await addFeed({ url: allowed.url('/feed') });
        expect(await pollFeed(feed.id)).toMatchObject({
          status: 'fetch-error',
          error: expect.stringMatching(/internal/),
        });
        expect(internal.hits('/secret')).toBe(0);
        // At most five redirects.
        allowed.serve('/loop', { status: 302, headers: { location: '/loop' } });
        const loop = await guardedGet(allowed.url('/loop')).catch((e: unknown) => e);
        expect((loop as GuardedFetchError).kind).toBe('too-many-redirects');
        expect(allowed.hits('/loop')).toBe(6);
      },
    },
  });

  attack({
    id: '15.8-ssrf-credentials-across-origins',
    title: 'a catalog redirect carries the API key to another origin',
    target: 'app',
    layers: {
      'fetch: credentials dropped when the origin changes': async () => {
        const secret = { authorization: 'Bearer sk-test-not-a-real-key', 'x-api-key': 'sk-ant-test-not-real' };
        allowed.serve('/models', { status: 302, headers: { location: partner.url('/models') } });
        const response = await guardedGet(allowed.url('/models'), {
          headers: { ...secret, accept: 'application/json' },
        });
        expect(response.status).toBe(200);
        const seen = partner.headersOf('/models') ?? {};
        expect(seen.authorization).toBeUndefined();
        expect(seen['x-api-key']).toBeUndefined();
        expect(seen.accept).toBe('application/json');
        // A redirect within the same origin keeps them (the provider's own paths).
        allowed.serve('/v1/models', { status: 302, headers: { location: '/v2/models' } });
        allowed.serve('/v2/models', { body: '{}', contentType: 'application/json' });
        await guardedGet(allowed.url('/v1/models'), { headers: secret });
        expect(allowed.headersOf('/v2/models')).toMatchObject(secret);
      },
    },
  });
});
