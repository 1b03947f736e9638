import { isIP } from 'node:net';
import { urlBlockReason, type WebConfig } from './check-url';
import { isInternalAddress } from '../../../../../lib/net/internal-address';
import type { ResolveHost } from './resolve-host';

export type HopVerdict = { ok: true; url: URL; address: string | null } | { ok: false; reason: string };

function bareHost(url: URL): string {
  return url.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^\[|\]$/g, '');
}

/**
 * Decides one hop: the URL's own rules (scheme, allow/deny lists, literal private addresses, internal
 * names), then the addresses its host resolves to right now. A public-looking name that resolves to
 * a private address (172-18-0-2.nip.io) is refused on the address; so is a name that resolves to
 * nothing. `address` is the checked address to connect to, so the request cannot be re-resolved.
 */
export async function checkHop(raw: string, config: WebConfig, resolve: ResolveHost): Promise<HopVerdict> {
  const syntactic = urlBlockReason(raw, config);
  if (syntactic) return { ok: false, reason: syntactic };
  const url = new URL(raw);
  const host = bareHost(url);
  if (isIP(host)) return { ok: true, url, address: host };
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  // Buddy and the sandbox (internalAllow) are reached by their service names on purpose
  if (config.internalAllow.some((entry) => entry.toLowerCase() === `${host}:${port}`))
    return { ok: true, url, address: null };
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    return {
      ok: false,
      reason: `${host} could not be resolved (${error instanceof Error ? error.message : error}); refusing what cannot be checked`,
    };
  }
  if (addresses.length === 0) return { ok: false, reason: `${host} resolves to no address` };
  const inside = addresses.find((a) => isInternalAddress(a));
  if (inside) return { ok: false, reason: `${host} resolves to ${inside}, a private network address` };
  return { ok: true, url, address: addresses[0] as string };
}
