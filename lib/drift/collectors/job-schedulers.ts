import { getQueue } from '../../queue/queues';
import type { Collected } from '../types';

export type ObservedScheduler = { name: string; pattern: string | null; tz: string | null };

/** The repeatable schedules registered in BullMQ, by catalog job name. */
export async function collectJobSchedulers(): Promise<Collected<ObservedScheduler[]>> {
  try {
    const schedulers = await getQueue('jobs').getJobSchedulers(0, -1, true);
    // The jobs module keys each scheduler "job:<catalog name>" (every one enqueues the same runner job).
    const value = schedulers.map((s) => ({
      name: s.key ? s.key.replace(/^job:/, '') : (s.name ?? ''),
      pattern: s.pattern ?? null,
      tz: s.tz ?? null,
    }));
    return { ok: true, value: value.sort((a, b) => a.name.localeCompare(b.name)) };
  } catch (error) {
    return { ok: false, error: `Redis job schedulers unreadable: ${(error as Error).message}` };
  }
}
