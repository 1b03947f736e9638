import { getQueue } from '../../queue/queues';
import type { Collected } from '../types';

export type ObservedScheduler = { name: string; pattern: string | null; tz: string | null };

/** The repeatable schedules registered in BullMQ, by job name. */
export async function collectJobSchedulers(): Promise<Collected<ObservedScheduler[]>> {
  try {
    const schedulers = await getQueue('jobs').getJobSchedulers(0, -1, true);
    const value = schedulers.map((s) => ({ name: s.name ?? s.key, pattern: s.pattern ?? null, tz: s.tz ?? null }));
    return { ok: true, value: value.sort((a, b) => a.name.localeCompare(b.name)) };
  } catch (error) {
    return { ok: false, error: `Redis job schedulers unreadable: ${(error as Error).message}` };
  }
}
