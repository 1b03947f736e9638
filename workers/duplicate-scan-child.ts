/**
 * The duplicate scan in a process of its own, started by the worker for each `memory.duplicate-scan`
 * job (workers/jobs/memory-duplicate-scan.ts). Comparing 100,000 entries takes hundreds of MB; a
 * process that exits gives all of it back, where the worker's own heap and malloc arenas would keep
 * it resident (measured: 262 MB before a scan, 664 MB after it and a full GC).
 */
import { disconnectDb } from '../lib/db/client';
import { log } from '../lib/log';
import { scanIfStale } from '../lib/memory/duplicate-scan/run-duplicate-scan';
import { closeQueues } from '../lib/queue/queues';
import { closeSharedRedis } from '../lib/redis/connection';

async function main() {
  const summary = await scanIfStale();
  // The parent reads the summary from the IPC channel (the job's return value).
  await new Promise<void>((resolve) => (process.send ? process.send(summary, () => resolve()) : resolve()));
  await closeQueues();
  await closeSharedRedis();
  await disconnectDb();
  process.exit(0);
}

main().catch((error: unknown) => {
  log.error('duplicate scan failed', { error });
  process.exit(1);
});
