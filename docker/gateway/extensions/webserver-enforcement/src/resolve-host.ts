import { lookup } from 'node:dns/promises';
import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';

export type ResolveHost = (host: string) => Promise<string[]>;

/**
 * Every address a host name resolves to. By default the system resolver (getaddrinfo: /etc/hosts,
 * then the container's DNS, which knows the stack's service names); with `servers`, those DNS
 * servers only (a test's own server on 127.0.0.1, or a resolver the owner picks).
 */
export function hostResolver(servers: string[] = []): ResolveHost {
  if (servers.length === 0) {
    return async (host) => {
      if (isIP(host)) return [host];
      const found = await lookup(host, { all: true, verbatim: true });
      return found.map((a) => a.address);
    };
  }
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  resolver.setServers(servers);
  return async (host) => {
    if (isIP(host)) return [host];
    const settle = (p: Promise<string[]>) => p.catch(() => [] as string[]);
    const [v4, v6] = await Promise.all([settle(resolver.resolve4(host)), settle(resolver.resolve6(host))]);
    const all = [...v4, ...v6];
    if (all.length === 0) throw new Error(`${host} does not resolve`);
    return all;
  };
}
