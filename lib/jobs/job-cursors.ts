import { getDb } from '../db/client';

/** What one job remembers between runs, by key (e.g. the last reviewed commit of a repository). */
export async function readCursor(jobId: string, key: string): Promise<string | null> {
  const db = await getDb();
  const row = await db.jobCursor.findUnique({ where: { jobId_key: { jobId, key } }, select: { value: true } });
  return row?.value ?? null;
}

export async function writeCursor(jobId: string, key: string, value: string): Promise<void> {
  const db = await getDb();
  await db.jobCursor.upsert({
    where: { jobId_key: { jobId, key } },
    create: { jobId, key, value },
    update: { value },
  });
}
