import { env } from '../env';

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag, name: string): string | undefined {
  return headers instanceof Headers
    ? (headers.get(name) ?? undefined)
    : ([] as string[]).concat(headers[name] ?? [])[0];
}

/**
 * The client's address as far as it can be known. Without a declared proxy (BUDDY_TRUSTED_PROXY=0)
 * X-Forwarded-For is whatever the caller wrote (Next only fills it in when it is absent), so it is
 * ignored and every direct caller shares one bucket. Behind N proxies, each appends the address it
 * saw, so the client is the Nth entry from the right; entries further left are the caller's own words.
 */
export function clientIp(headers: HeaderBag): string {
  const hops = env().BUDDY_TRUSTED_PROXY;
  if (hops === 0) return 'direct';
  const chain = (header(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[chain.length - hops] ?? 'direct';
}
