import { isIPv4, isIPv6 } from 'node:net';

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

const V4_PRIVATE: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

function v4Private(ip: string): boolean {
  const n = v4ToInt(ip);
  return V4_PRIVATE.some(
    ([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4ToInt(base) / 2 ** (32 - bits)),
  );
}

/** Expands an IPv6 address (with an optional dotted IPv4 tail) into eight 16-bit groups. */
function v6Groups(ip: string): number[] {
  let text = ip.toLowerCase().split('%')[0] as string;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = v4ToInt(dotted[1] as string);
    text = text.replace(dotted[1] as string, `${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`);
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => Number.parseInt(g, 16));
}

function embeddedV4(g: number[]): string {
  const hi = g[6] as number;
  const lo = g[7] as number;
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/**
 * True for loopback, private, link-local, CGNAT, multicast and reserved addresses, including IPv4
 * hidden inside IPv6 (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16).
 */
export function isPrivateAddress(ip: string): boolean {
  if (isIPv4(ip)) return v4Private(ip);
  if (!isIPv6(ip)) return false;
  const g = v6Groups(ip);
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeros(8) || (zeros(7) && g[7] === 1)) return true; // :: and ::1
  if (zeros(5) && g[5] === 0xffff) return v4Private(embeddedV4(g));
  if (zeros(6)) return v4Private(embeddedV4(g));
  if (g[0] === 0x64 && g[1] === 0xff9b) return v4Private(embeddedV4(g));
  if (g[0] === 0x2002)
    return v4Private(
      `${(g[1] as number) >> 8}.${(g[1] as number) & 255}.${(g[2] as number) >> 8}.${(g[2] as number) & 255}`,
    );
  const first = g[0] as number;
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}
