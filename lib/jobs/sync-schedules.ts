import type { Queue } from 'bullmq';
import { getDb } from '../db/client';
import { RETENTION } from '../queue/queues';
import { ensureDefinitions } from './definitions';
import type { JobSpec } from './types';

const PREFIX = 'job:';
export const schedulerId = (name: string) => `${PREFIX}${name}`;

/** Adds or updates one job's scheduler; idempotent, so any number of workers converge on one. */
export async function upsertSchedule(queue: Queue, spec: JobSpec, tz: string): Promise<void> {
  await queue.upsertJobScheduler(
    schedulerId(spec.name),
    { pattern: spec.cron, tz },
    { name: 'jobs.run', data: { jobId: spec.name, trigger: 'schedule' }, opts: { ...RETENTION, attempts: 1 } },
  );
}

export async function removeSchedule(queue: Queue, name: string): Promise<void> {
  await queue.removeJobScheduler(schedulerId(name));
}

/**
 * Converges BullMQ's schedulers on the catalog: one per enabled job whose circuit is not open,
 * none for paused or open jobs, and none for jobs no longer in the catalog.
 */
export async function syncSchedules(
  queue: Queue,
  catalog: ReadonlyMap<string, JobSpec>,
  tz: string,
): Promise<{ active: string[]; removed: string[] }> {
  await ensureDefinitions([...catalog.values()]);
  const db = await getDb();
  const defs = new Map((await db.jobDefinition.findMany()).map((d) => [d.id, d]));
  const active: string[] = [];
  for (const spec of catalog.values()) {
    const def = defs.get(spec.name);
    if (def && (!def.enabled || def.circuitState === 'open')) {
      await removeSchedule(queue, spec.name);
      continue;
    }
    await upsertSchedule(queue, spec, tz);
    active.push(spec.name);
  }
  const removed: string[] = [];
  const existing = await queue.getJobSchedulers(0, -1);
  for (const scheduler of existing) {
    const key = scheduler.key;
    if (!key.startsWith(PREFIX) || catalog.has(key.slice(PREFIX.length))) continue;
    await queue.removeJobScheduler(key);
    removed.push(key.slice(PREFIX.length));
  }
  return { active, removed };
}

/** Catalog jobs that should have a scheduler (enabled, circuit not open) but have none, e.g. after Redis lost its data. */
export async function missingSchedules(queue: Queue, catalog: ReadonlyMap<string, JobSpec>): Promise<string[]> {
  const db = await getDb();
  const defs = new Map(
    (await db.jobDefinition.findMany({ select: { id: true, enabled: true, circuitState: true } })).map((d) => [
      d.id,
      d,
    ]),
  );
  const present = new Set((await queue.getJobSchedulers(0, -1)).map((s) => s.key));
  return [...catalog.keys()].filter((name) => {
    const def = defs.get(name);
    const wanted = !def || (def.enabled && def.circuitState !== 'open');
    return wanted && !present.has(schedulerId(name));
  });
}
