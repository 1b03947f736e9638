import { NotFoundError } from '../api/errors';
import { getDb } from '../db/client';
import { CATALOG } from './catalog';
import { runStagedSchema } from './run-staged';

/** A job's run history, newest first, with each run's log lines and the items it staged. */
export async function listRuns(jobId: string, limit: number) {
  if (!CATALOG.has(jobId)) throw new NotFoundError(`No job named "${jobId}".`);
  const db = await getDb();
  const runs = await db.jobRun.findMany({ where: { jobId }, orderBy: { createdAt: 'desc' }, take: limit });
  return runs.map((r) => ({
    id: r.id,
    trigger: r.trigger,
    status: r.status,
    sessionId: r.sessionId,
    attempt: r.attempt,
    model: r.model,
    provider: r.provider,
    tokensIn: r.tokensIn,
    tokensOut: r.tokensOut,
    summary: r.summary,
    error: r.error,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    durationMs: r.durationMs,
    log: r.log
      ? r.log.split('\n').flatMap((line) => {
          try {
            return [JSON.parse(line) as { at: string; level: string; message: string }];
          } catch {
            return [];
          }
        })
      : [],
    staged: r.staged === null ? [] : runStagedSchema.parse(r.staged),
  }));
}
