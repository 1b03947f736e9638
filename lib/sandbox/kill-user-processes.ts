import { readdirSync, readFileSync } from 'node:fs';

function processesOf(uid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const real = status.match(/^Uid:\s+(\d+)/m)?.[1];
      if (Number(real) === uid) pids.push(Number(entry));
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
  let killed = 0;
  for (let round = 0; round < rounds; round++) {
    const pids = processesOf(uid);
    if (pids.length === 0) return killed;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
        killed++;
      } catch {
        // Already gone.
      }
    }
  }
  return killed;
}
