import { isIP } from 'node:net';
// The dashboard's own guard (bundled in by esbuild): one list of what counts as internal for Buddy and the gateway.
import { isInternalAddress, isInternalName } from '../../../../../lib/net/internal-address';

export type WebConfig = { allowHosts: string[]; denyHosts: string[]; internalAllow: string[] };

function matches(host: string, pattern: string): boolean {
  const p = pattern.toLowerCase();
  return p.startsWith('*.') ? host === p.slice(2) || host.endsWith(p.slice(1)) : host === p;
}

/**
 * Why this URL may not be fetched, or null. The WHATWG parser already turns decimal, octal, hex
 * and short IPv4 forms (http://2130706433/, http://0x7f.1/) into dotted quads; IPv6 spellings that
 * hide an IPv4 address are internal by isInternalAddress.
 */
export function urlBlockReason(raw: string, config: WebConfig): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw.slice(0, 200)}" is not a valid absolute URL`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `${url.protocol} URLs are not allowed; use http or https`;
  const host = url.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const internallyAllowed = config.internalAllow.some((entry) => entry.toLowerCase() === `${host}:${port}`);
  if (config.denyHosts.some((p) => matches(host, p))) return `${host} is on the deny list`;
  const literal = isIP(host) !== 0;
  const privateHost = literal ? isInternalAddress(host) : isInternalName(host);
  if (privateHost) {
    return internallyAllowed
      ? null
      : `${host}${literal ? ` (${raw.slice(0, 80)})` : ''} is on a private network; only Buddy and the sandbox are reachable`;
  }
  if (config.allowHosts.length > 0 && !config.allowHosts.some((p) => matches(host, p)))
    return `${host} is not on the allow list`;
  return null;
}

/** The URLs a web_fetch or browser call would open. */
export function urlsIn(toolName: string, params: Record<string, unknown>): string[] {
  const keys = toolName === 'browser' ? ['url', 'targetUrl', 'href'] : ['url'];
  return keys.map((k) => params[k]).filter((v): v is string => typeof v === 'string' && v !== '');
}
