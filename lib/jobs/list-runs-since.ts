import { getDb } from '../db/client';

export type RunFactRow = {
  id: string;
  jobName: string;
  status: string;
  startedAt: Date | null;
  finishedAt: Date | null;
  durationMs: number | null;
  model: string | null;
  provider: string | null;
  tokensIn: number;
  tokensOut: number;
  error: string | null;
};

/** Runs started since `since`, oldest first, as plain objects (the briefing's RunFact). */
export async function listRunsSince(since: Date): Promise<RunFactRow[]> {
  const db = await getDb();
  const rows = await db.jobRun.findMany({
    where: { startedAt: { gte: since } },
    orderBy: { startedAt: 'asc' },
    take: 1000,
  });
  return rows.map((r) => ({
    id: r.id,
    jobName: r.jobId,
    status: r.status,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    durationMs: r.durationMs,
    model: r.model,
    provider: r.provider,
    tokensIn: r.tokensIn,
    tokensOut: r.tokensOut,
    error: r.error,
  }));
}
