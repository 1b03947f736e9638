import { log } from '../../log';
import { enqueue } from '../../queue/queues';

// One scan pending at a time: while a job with this id waits or runs, asking again adds nothing
// (a running scan repeats itself when memory changed under it, run-duplicate-scan.ts).
const SCAN_JOB_ID = 'memory-duplicate-scan';
// A burst of writes (an agent saving ten notes) becomes one scan.
const DEBOUNCE_MS = 1_000;

/**
 * Asks a worker to compare the whole memory again. Memory writes and a reader that finds the stored
 * scan stale call it; a Redis failure is logged, not thrown (the nightly scan and the next look
 * ask again), so a write never fails for it.
 */
export async function requestDuplicateScan(reason: 'changed' | 'stale' | 'schedule'): Promise<void> {
  try {
    await enqueue(
      'memory.duplicate-scan',
      { reason },
      { jobId: SCAN_JOB_ID, delay: DEBOUNCE_MS, removeOnComplete: true, removeOnFail: true },
    );
  } catch (error) {
    log.warn('duplicate scan not requested', { reason, error });
  }
}
