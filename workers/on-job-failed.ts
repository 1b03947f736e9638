import type { Job } from 'bullmq';
import { failStalledRun } from '../lib/jobs/sweep-abandoned-runs';
import { log } from '../lib/log';
import { slotOf } from './jobs/run-catalog-job';

/**
 * A catalog run whose BullMQ job failed outside the runner (stalled too often after its worker was
 * killed) is still "running" in the database: close it so the dashboard tells the truth.
 */
export async function onJobFailed(job: Job, error: Error): Promise<void> {
  if (job.name !== 'jobs.run') return;
  try {
    const data = job.data as { jobId: string; trigger: string; runId?: string; slotMs?: number };
    const prevMillis = (job.opts as { prevMillis?: number }).prevMillis;
    await failStalledRun(data.jobId, slotOf(data, prevMillis, job.id), error.message);
  } catch (failure) {
    log.warn('could not record the failed run', { id: job.id, error: failure });
  }
}
