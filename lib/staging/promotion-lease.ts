import { hostname } from 'node:os';

/** Longer than any promotion takes (50 files of 512 KB); past it a `promoting` item is abandoned. */
export const PROMOTION_LEASE_MS = 10 * 60_000;

/** This process, as written on the items it promotes. */
export function promotionOwner(): string {
  return `${hostname()}:${process.pid}`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a `promoting` item's promoter is gone: its lease ran out, or it ran on this host and its
 * process no longer exists (a crash or SIGKILL is then recovered at once, not after the lease).
 */
export function promotionAbandoned(owner: string | null, leaseUntil: Date | null, now = new Date()): boolean {
  if (!owner || !leaseUntil || leaseUntil.getTime() <= now.getTime()) return true;
  const [host, pid] = owner.split(':');
  if (host !== hostname() || !pid) return false;
  return Number(pid) !== process.pid && !processAlive(Number(pid));
}
