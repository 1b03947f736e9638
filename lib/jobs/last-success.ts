import { getDb } from '../db/client';

/** When the last successful run of a job started: "since the last run" for commits, rejections, news. */
export async function lastSuccessStart(jobId: string): Promise<Date | null> {
  const db = await getDb();
  const run = await db.jobRun.findFirst({
    where: { jobId, status: 'succeeded' },
    orderBy: { startedAt: 'desc' },
    select: { startedAt: true },
  });
  return run?.startedAt ?? null;
}
