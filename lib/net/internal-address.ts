import { BlockList, isIP } from 'node:net';

/**
 * Addresses a server-side fetch must never reach unless the owner allowed the host: this machine,
 * private networks (the stack's containers live there), link-local (cloud metadata), CGNAT,
 * multicast, reserved ranges, and IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4, Teredo).
 */
// Two lists: Node's BlockList checks an IPv4 address against IPv6 rules in its mapped form too, so one
// list holding ::ffff:0:0/96 would call every public IPv4 address internal.
const blockedV4 = new BlockList();
const blockedV6 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blockedV4.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['::', 96], // IPv4-compatible (deprecated) addresses
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  blockedV6.addSubnet(network, prefix, 'ipv6');

/** True for an IP address a guarded fetch refuses (anything that is not a plain public address). */
export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return true; // not an address at all: refuse rather than guess
  return family === 4 ? blockedV4.check(bare, 'ipv4') : blockedV6.check(bare, 'ipv6');
}

/**
 * Host names that only mean something inside a network: single labels (Docker's service names such
 * as `redis`, `postgres`, `gateway`, `socket-proxy`) and the reserved local suffixes.
 */
export function isInternalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (isIP(name.replace(/^\[|\]$/g, ''))) return false;
  return !name.includes('.') || /\.(localhost|local|internal|localdomain|lan|home\.arpa|intranet|corp)$/.test(name);
}
