/**
 * The large dataset of `npm run bench:pages`, written fast into a fresh SQLite file: 10,000 staged
 * items and a year of job runs with Prisma's createMany, 100,000 memory entries straight through
 * better-sqlite3 in one transaction (the FTS triggers fire as they do for the app's own inserts).
 */
import Database from 'better-sqlite3';
import { insertMemoryEntries, stagedRow } from './bench-rows';
import { makeCorpus } from './memory-corpus';

// Smaller sizes through the environment are for trying the script out; the figures are taken at the defaults.
export const SIZES = {
  staged: Number(process.env.BENCH_PAGES_STAGED ?? 10_000),
  memory: Number(process.env.BENCH_PAGES_MEMORY ?? 100_000),
  runDays: Number(process.env.BENCH_PAGES_RUN_DAYS ?? 365),
};

export async function seedStaged(): Promise<void> {
  const { getDb } = await import('../lib/db/client');
  const db = await getDb();
  const now = Date.now();
  for (let start = 0; start < SIZES.staged; start += 500) {
    const count = Math.min(500, SIZES.staged - start);
    await db.stagedItem.createMany({
      data: Array.from({ length: count }, (_, j) => stagedRow(start + j, SIZES.staged, now)),
    });
  }
}

/** Every scheduled slot of every catalog job over the last year, one in 40 failed, one in 60 skipped. */
export async function seedJobRuns(timeZone: string): Promise<number> {
  const { getDb } = await import('../lib/db/client');
  const { CATALOG } = await import('../lib/jobs/catalog');
  const { slotsBetween } = await import('../lib/briefing/night-window');
  const db = await getDb();
  const until = new Date();
  const since = new Date(until.getTime() - SIZES.runDays * 86_400_000);
  let total = 0;
  for (const spec of CATALOG.values()) {
    const slots = slotsBetween(spec.cron, timeZone, since, until, 20_000);
    for (let start = 0; start < slots.length; start += 1000) {
      const data = slots.slice(start, start + 1000).map((at, j) => {
        const n = start + j;
        const status = n % 40 === 7 ? 'failed' : n % 60 === 11 ? 'skipped' : 'succeeded';
        const ms = 20_000 + (n % 17) * 3_000;
        return {
          jobId: spec.name,
          slot: `schedule:${at.getTime()}`,
          trigger: 'schedule',
          status,
          sessionId: `bench-${spec.name}-${n}`,
          model: spec.model,
          summary: status === 'skipped' ? 'no model provider configured' : 'bench run',
          error: status === 'failed' ? 'model timeout after 3 attempts' : null,
          startedAt: at,
          finishedAt: new Date(at.getTime() + ms),
          durationMs: ms,
          createdAt: at,
        };
      });
      await db.jobRun.createMany({ data });
      total += data.length;
    }
  }
  return total;
}

export async function seedMemory(file: string): Promise<void> {
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  insertMemoryEntries(raw, makeCorpus(SIZES.memory));
  raw.close();
}
