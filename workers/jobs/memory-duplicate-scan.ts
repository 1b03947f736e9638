import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { JobHandler } from '../define-handler';

// Bundled (npm run worker:build), this code is in dist/worker.mjs beside dist/duplicate-scan.mjs;
// run from source (tsx workers/index.ts), the child is the .ts file and inherits tsx's loader flags.
const child = import.meta.url.endsWith('.mjs')
  ? new URL('./duplicate-scan.mjs', import.meta.url)
  : new URL('../duplicate-scan-child.ts', import.meta.url);

/**
 * Housekeeping yields the CPU: opening the Memory page asks for a scan, which takes seconds of both
 * cores for 100,000 entries, and the pages the owner opens meanwhile are rendered by the web server
 * on the same machine (bench:pages: Memory's render p95 went over 100 ms while it ran at the same priority).
 */
const BACKGROUND_NICENESS = 10;

/**
 * The whole-memory duplicate scan: housekeeping in the system queue (no model, no job run recorded).
 * It runs in a child process, so the worker's memory is what it was once the scan ends.
 */
export const memoryDuplicateScan: JobHandler<'memory.duplicate-scan'> = (_payload, { signal }) =>
  new Promise((resolve, reject) => {
    let summary: unknown;
    const proc = fork(fileURLToPath(child), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      signal,
      // The worker's small young generation suits waiting, not a scan that allocates hundreds of MB:
      // the child keeps the other flags (workers/index.ts) and V8's default young generation.
      execArgv: process.execArgv.filter((flag) => !flag.startsWith('--max-semi-space-size')),
    });
    // Raising one's own child's niceness needs no privilege (lowering it would).
    if (proc.pid) setPriority(proc.pid, BACKGROUND_NICENESS);
    proc.on('message', (message) => {
      summary = message;
    });
    proc.on('error', reject);
    proc.on('exit', (code, killedBy) =>
      code === 0 ? resolve(summary) : reject(new Error(`the duplicate scan exited with ${killedBy ?? code}`)),
    );
  });
