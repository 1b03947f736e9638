import { type LookupAddress, lookup as dnsLookup } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import zlib from 'node:zlib';
import { env } from '../env';
import { isInternalAddress, isInternalName } from './internal-address';

/**
 * The one way the server fetches a URL someone typed (feeds) or configured (model catalogs). Every
 * hop is checked: only http(s); no internal names; every address a name resolves to must be public,
 * and the connection goes to the address that was checked (the check runs inside the socket's own
 * lookup, so a second DNS answer cannot swap in 127.0.0.1). Redirects are followed by hand (at most
 * `maxRedirects`), each hop checked again, and credentials are dropped when the origin changes.
 * Hosts in BUDDY_FETCH_ALLOW_HOSTS ("host" or "host:port") skip the address checks: the owner's call.
 */
export type GuardedGetOptions = {
  headers?: Record<string, string>;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  signal?: AbortSignal;
  /** DNS resolution (tests answer with chosen addresses); the real resolver by default. */
  resolve?: typeof dnsLookup;
};

export type GuardedResponse = { status: number; url: string; headers: Headers; body: Buffer };

export type GuardedFetchErrorKind = 'blocked' | 'timeout' | 'too-large' | 'too-many-redirects' | 'network';

export class GuardedFetchError extends Error {
  readonly code = 'EBUDDYFETCH';
  constructor(
    message: string,
    readonly kind: GuardedFetchErrorKind,
  ) {
    super(message);
  }
}

/** Headers that carry credentials; never sent to an origin other than the one they were meant for. */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie|x-api-key)$|api[-_]?key|token|secret/i;

function allowedHosts(): string[] {
  return env()
    .BUDDY_FETCH_ALLOW_HOSTS.split(/[\s,]+/)
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

function defaultPort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

export function ownerAllowed(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return allowedHosts().some((entry) => entry === host || entry === `${host}:${defaultPort(url)}`);
}

const blocked = (message: string) => new GuardedFetchError(message, 'blocked');

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A socket lookup that resolves, refuses any internal answer, and hands the socket what it checked. */
function pinnedLookup(resolve: typeof dnsLookup) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
    resolve(hostname, { family: options.family ?? 0, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = addresses as unknown as LookupAddress[];
      const internal = list.find((a) => isInternalAddress(a.address));
      // One internal answer refuses the name: a mixed answer is how rebinding attacks start.
      if (internal || list.length === 0)
        return callback(blocked(`${hostname} resolves to an internal address (${internal?.address ?? 'none'})`), '');
      const first = list[0] as LookupAddress;
      if (options.all) callback(null, list);
      else callback(null, first.address, first.family);
    });
  };
}

function checkUrl(url: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw blocked(`Only http and https URLs are fetched.`);
  if (url.username || url.password) throw blocked('URLs with credentials in them are not fetched.');
  if (ownerAllowed(url)) return true;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (isInternalAddress(host)) throw blocked(`${url.host} is an internal address.`);
  } else if (isInternalName(host)) throw blocked(`${url.hostname} is an internal host name.`);
  return false;
}

function requestOnce(url: URL, headers: Record<string, string>, signal: AbortSignal, resolve: typeof dnsLookup) {
  const allowed = checkUrl(url);
  return new Promise<IncomingMessage>((done, fail) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers,
        signal,
        agent: false, // no pooled socket from an earlier, differently-checked request
        lookup: allowed ? undefined : (pinnedLookup(resolve) as never),
      },
      done,
    );
    request.on('error', fail);
    request.end();
  });
}

function decoded(response: IncomingMessage): NodeJS.ReadableStream {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return response.pipe(zlib.createInflate());
  if (encoding === 'br') return response.pipe(zlib.createBrotliDecompress());
  return response;
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length'] ?? 0);
  if (declared > maxBytes)
    throw new GuardedFetchError(`Response is ${declared} bytes; the limit is ${maxBytes}.`, 'too-large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded(response)) {
    size += (chunk as Buffer).byteLength;
    if (size > maxBytes) {
      response.destroy();
      throw new GuardedFetchError(`Response exceeds the limit of ${maxBytes} bytes.`, 'too-large');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function toHeaders(response: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers))
    for (const v of ([] as string[]).concat(value ?? [])) headers.append(name, v);
  return headers;
}

export async function guardedGet(url: string, options: GuardedGetOptions = {}): Promise<GuardedResponse> {
  const { maxBytes = 5 * 1024 * 1024, timeoutMs = 15_000, maxRedirects = 5, resolve = dnsLookup } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let headers: Record<string, string> = {
    'user-agent': 'Buddy/0.1 (+self-hosted)',
    accept: '*/*',
    'accept-encoding': 'gzip, deflate, br',
    ...options.headers,
  };
  let current = new URL(url);
  try {
    for (let hop = 0; ; hop++) {
      const response = await requestOnce(current, headers, signal, resolve);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && location) {
        response.resume();
        if (hop >= maxRedirects)
          throw new GuardedFetchError(`More than ${maxRedirects} redirects.`, 'too-many-redirects');
        const next = new URL(location, current);
        if (next.origin !== current.origin)
          headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADER.test(name)));
        current = next;
        continue;
      }
      return {
        status,
        url: current.toString(),
        headers: toHeaders(response),
        body: await readCapped(response, maxBytes),
      };
    }
  } catch (error) {
    if (error instanceof GuardedFetchError) throw error;
    if (timeout.aborted) throw new GuardedFetchError(`No complete answer within ${timeoutMs} ms.`, 'timeout');
    throw new GuardedFetchError(`Request failed: ${(error as Error).message}`, 'network');
  }
}
