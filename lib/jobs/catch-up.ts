import type { Queue } from 'bullmq';
import { CronExpressionParser } from 'cron-parser';
import { getDb } from '../db/client';
import { RETENTION } from '../queue/queues';
import type { JobSpec } from './types';

/** The most recent slot of a cron expression at or before `now`. */
export function previousSlot(cron: string, tz: string, now: Date): Date {
  return CronExpressionParser.parse(cron, { tz, currentDate: now }).prev().toDate();
}

export function nextSlot(cron: string, tz: string, now = new Date()): Date {
  return CronExpressionParser.parse(cron, { tz, currentDate: now }).next().toDate();
}

/**
 * For `run-once` jobs: when the most recent slot passed without a run (the worker or Redis was
 * down), enqueue that one slot. The job id is fixed per slot, and the run record is unique per
 * slot, so several workers starting together still run it once. `skip` jobs just wait.
 */
export async function enqueueCatchUps(
  queue: Queue,
  catalog: ReadonlyMap<string, JobSpec>,
  tz: string,
  now = new Date(),
): Promise<string[]> {
  const db = await getDb();
  const enqueued: string[] = [];
  for (const spec of catalog.values()) {
    if (spec.catchUp !== 'run-once') continue;
    const def = await db.jobDefinition.findUnique({ where: { id: spec.name } });
    if (!def?.enabled || def.circuitState === 'open') continue;
    const slot = previousSlot(spec.cron, tz, now);
    // A slot before Buddy knew the job is not "missed".
    if (slot < def.createdAt) continue;
    const ran = await db.jobRun.findUnique({
      where: { jobId_slot: { jobId: spec.name, slot: String(slot.getTime()) } },
    });
    if (ran) continue;
    await queue.add(
      'jobs.run',
      { jobId: spec.name, trigger: 'catch-up', slotMs: slot.getTime() },
      { ...RETENTION, attempts: 1, jobId: `catchup-${spec.name}-${slot.getTime()}` },
    );
    enqueued.push(spec.name);
  }
  return enqueued;
}
