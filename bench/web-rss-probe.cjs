/**
 * Preloaded into `next start` by bench/web-rss.ts (NODE_OPTIONS=--require): on SIGUSR2 the process
 * writes what its resident memory consists of (process.memoryUsage: V8 heap, external buffers, array
 * buffers) to BENCH_PROBE_DIR/usage-<n>.json, and a heap snapshot beside it when BENCH_PROBE_SNAPSHOT=1.
 * Diagnostics for the benchmark only; the app never loads it.
 */
const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');

let n = 0;
process.on('SIGUSR2', () => {
  const dir = process.env.BENCH_PROBE_DIR;
  if (!dir) return;
  n += 1;
  if (process.env.BENCH_PROBE_SNAPSHOT === '1') v8.writeHeapSnapshot(path.join(dir, `heap-${n}.heapsnapshot`));
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
  const file = path.join(dir, `usage-${n}.json`);
  // Written under another name and renamed, so the benchmark never reads half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ ...process.memoryUsage(), spaces }));
  fs.renameSync(`${file}.tmp`, file);
});
