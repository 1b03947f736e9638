import { getDb } from '../db/client';
import { publishEvent } from '../events/publish';
import type { JobSpec } from './types';

/**
 * Safety net for "nothing stays running": a run still "running" well past its timeout plus the
 * stalled-detection window has lost its worker for good, so it is closed as failed.
 */
export async function sweepAbandonedRuns(
  catalog: ReadonlyMap<string, JobSpec>,
  lockMs: number,
  now = new Date(),
): Promise<number> {
  const db = await getDb();
  const running = await db.jobRun.findMany({
    where: { status: 'running' },
    select: { id: true, jobId: true, startedAt: true },
  });
  let closed = 0;
  for (const run of running) {
    const timeout = catalog.get(run.jobId)?.timeoutMs ?? 3600_000;
    if (!run.startedAt || now.getTime() - run.startedAt.getTime() < timeout + 3 * lockMs) continue;
    const result = await db.jobRun.updateMany({
      where: { id: run.id, status: 'running' },
      data: {
        status: 'failed',
        error: 'abandoned: its worker stopped and the run was not resumed',
        finishedAt: now,
        durationMs: now.getTime() - run.startedAt.getTime(),
      },
    });
    closed += result.count;
    if (result.count) await publishEvent('jobs', 'run-finished', run.jobId);
  }
  return closed;
}

/** BullMQ gave up on a stalled job (its worker died too often): record that on the run. */
export async function failStalledRun(jobId: string, slot: string, reason: string): Promise<void> {
  const db = await getDb();
  const now = new Date();
  const run = await db.jobRun.findUnique({ where: { jobId_slot: { jobId, slot } } });
  if (run?.status !== 'running') return;
  await db.jobRun.updateMany({
    where: { id: run.id, status: 'running' },
    data: {
      status: 'failed',
      error: `worker stopped mid-run: ${reason}`,
      finishedAt: now,
      durationMs: run.startedAt ? now.getTime() - run.startedAt.getTime() : null,
    },
  });
  await publishEvent('jobs', 'run-finished', jobId);
}
