import { UnrecoverableError } from 'bullmq';
import { selectProvider } from '../../lib/ai/select-provider';
import { env } from '../../lib/env';
import { CATALOG } from '../../lib/jobs/catalog';
import { readMemory } from '../../lib/jobs/read-memory';
import { type RunnerDeps, runJob } from '../../lib/jobs/run-job';
import { removeSchedule } from '../../lib/jobs/sync-schedules';
import { getQueue } from '../../lib/queue/queues';
import type { JobHandler } from '../define-handler';

// A scheduled slot delivered more than this late means no worker was up at its time.
const LATE_AFTER_MS = 10 * 60_000;

export function runnerDeps(shutdown?: AbortSignal): RunnerDeps {
  const e = env();
  return {
    catalog: CATALOG,
    provider: selectProvider,
    workspaceDir: e.workspaceDir,
    topics: (e.BUDDY_CONTENT_TOPICS ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    readMemory,
    stopSchedule: (jobId) => removeSchedule(getQueue('jobs'), jobId),
    shutdown,
  };
}

/** The slot a BullMQ job stands for: the scheduler's time, the catch-up time, or the manual run. */
export function slotOf(
  payload: { trigger: string; runId?: string; slotMs?: number },
  prevMillis: number | undefined,
  jobId: string | undefined,
): string {
  if (payload.trigger === 'manual') return `manual:${payload.runId ?? jobId}`;
  const ms = payload.slotMs ?? prevMillis ?? Number(jobId?.split(':').pop());
  if (!Number.isFinite(ms)) throw new UnrecoverableError(`cannot tell the slot of job ${jobId}`);
  return String(ms);
}

export const runCatalogJob: JobHandler<'jobs.run'> = async (payload, { job, signal }) => {
  const prevMillis = (job.opts as { prevMillis?: number }).prevMillis;
  const slot = slotOf(payload, prevMillis, job.id);
  const late = payload.trigger === 'schedule' && Date.now() - Number(slot) > LATE_AFTER_MS;
  return runJob(
    { jobId: payload.jobId, trigger: payload.trigger, slot, runId: payload.runId, late },
    runnerDeps(signal),
  );
};
