import { readdirSync, readFileSync } from 'node:fs';

function processesOf(uid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const real = status.match(/^Uid:\s+(\d+)/m)?.[1];
      // A killed process stays listed as a zombie until it is reaped; it is already dead.
      const zombie = /^State:\s+Z/m.test(status);
      if (Number(real) === uid && !zombie) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/**
 * Kills every process of a runner uid. Process groups are not enough: a program may call setsid,
 * and a fork bomb keeps creating processes while we kill, so repeat until none is left.
 */
export function killUserProcesses(uid: number, rounds = 200): number {
  const killed = new Set<number>();
  for (let round = 0; round < rounds; round++) {
    const pids = processesOf(uid);
    if (pids.length === 0) break;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
        killed.add(pid);
      } catch {
        // Already gone.
      }
    }
  }
  return killed.size;
}
