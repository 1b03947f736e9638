import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { WebConfig } from './check-url';
import { checkHop } from './hop-check';
import type { ResolveHost } from './resolve-host';

/** Headers that carry credentials: never sent to another origin than the one they were given for. */
const CREDENTIALS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-api-key',
  'api-key',
  'x-auth-token',
  'x-goog-api-key',
]);

export type Hop = { url: string; status: number | null; refused: string | null };
export type GuardedResult = {
  ok: boolean;
  finalUrl: string;
  status: number | null;
  hops: Hop[];
  reason: string | null;
  body: string;
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function pinnedLookup(address: string): LookupFunction {
  const family = address.includes(':') ? 6 : 4;
  return (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

function once(
  url: URL,
  address: string | null,
  method: string,
  headers: Record<string, string>,
  timeoutMs: number,
  maxBody: number,
) {
  return new Promise<{ status: number; location: string | null; body: string }>((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      { method, headers, timeout: timeoutMs, ...(address ? { lookup: pinnedLookup(address) } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= maxBody) chunks.push(chunk);
          else res.destroy();
        });
        const done = () =>
          resolve({
            status: res.statusCode ?? 0,
            location: (res.headers.location as string | undefined) ?? null,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        res.on('end', done);
        res.on('close', done);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url.host} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/**
 * Fetches `raw` following redirects by hand: every hop is checked (rules, then the resolved
 * address), the connection goes to the address that was checked (no second DNS answer), and
 * credential headers are dropped as soon as the origin changes.
 */
export async function guardedRequest(
  raw: string,
  config: WebConfig,
  resolve: ResolveHost,
  options: {
    method?: string;
    headers?: Record<string, string>;
    maxHops?: number;
    timeoutMs?: number;
    maxBody?: number;
  } = {},
): Promise<GuardedResult> {
  const hops: Hop[] = [];
  let headers = Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  let method = options.method ?? 'GET';
  let current = raw;
  let origin: string | null = null;
  for (let n = 0; n <= (options.maxHops ?? 5); n++) {
    const verdict = await checkHop(current, config, resolve);
    if (!verdict.ok) {
      hops.push({ url: current, status: null, refused: verdict.reason });
      const where = n === 0 ? '' : ` (redirect ${n} from ${hops[n - 1]?.url})`;
      return { ok: false, finalUrl: current, status: null, hops, reason: `${verdict.reason}${where}`, body: '' };
    }
    if (origin !== null && verdict.url.origin !== origin)
      headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !CREDENTIALS.has(k)));
    origin = verdict.url.origin;
    const res = await once(
      verdict.url,
      verdict.address,
      method,
      headers,
      options.timeoutMs ?? 15_000,
      options.maxBody ?? 2_000_000,
    );
    hops.push({ url: current, status: res.status, refused: null });
    if (!REDIRECTS.has(res.status) || !res.location)
      return { ok: true, finalUrl: current, status: res.status, hops, reason: null, body: res.body };
    current = new URL(res.location, verdict.url).href;
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) method = 'GET';
  }
  return {
    ok: false,
    finalUrl: current,
    status: null,
    hops,
    reason: `more than ${options.maxHops ?? 5} redirects`,
    body: '',
  };
}
