import type { Db } from '../db/client';
import type { RunFinish } from './record-run';

/**
 * The statements every run executes, as parameterized SQL through the one Prisma client. Measured
 * (bench:jobs), a Prisma model query costs two to three times the CPU of the same statement as raw
 * SQL, and these run once or twice per run on the worker's event loop. Both providers accept this
 * SQL (quoted identifiers, ON CONFLICT); run-job.db.test.ts runs on both. Rare paths stay in Prisma.
 */

/** Inserts the run row of a new slot; false when the (jobId, slot) row already exists. */
export async function insertRunRow(db: Db, run: { id: string; jobId: string; slot: string; trigger: string; sessionId: string; model: string | null; startedAt: Date }): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "JobRun" ("id", "jobId", "slot", "trigger", "status", "sessionId", "attempt", "model", "startedAt", "createdAt", "log")
    VALUES (${run.id}, ${run.jobId}, ${run.slot}, ${run.trigger}, 'running', ${run.sessionId}, 1, ${run.model}, ${run.startedAt}, ${run.startedAt}, '')
    ON CONFLICT ("jobId", "slot") DO NOTHING`;
  return inserted === 1;
}

/** Closes a run. Only a row still "running" is closed, so a late finisher never overwrites a verdict. */
export function finishRunRow(db: Db, runId: string, finish: RunFinish, finishedAt: Date) {
  const staged = finish.staged?.length ? JSON.stringify(finish.staged) : null;
  const log = (finish.log ?? []).map((l) => JSON.stringify(l)).join('\n');
  return db.$executeRaw`
    UPDATE "JobRun" SET
      "status" = ${finish.status}, "summary" = ${finish.summary ?? null}, "error" = ${finish.error?.slice(0, 4000) ?? null},
      "provider" = ${finish.provider ?? null}, "model" = COALESCE(${finish.model ?? null}, "model"),
      "tokensIn" = ${finish.tokensIn ?? 0}, "tokensOut" = ${finish.tokensOut ?? 0},
      "outputs" = COALESCE(${finish.outputs ?? null}, "outputs"), "staged" = COALESCE(${staged}, "staged"), "log" = ${log},
      "finishedAt" = ${finishedAt}, "durationMs" = ${finishedAt.getTime() - finish.startedAt.getTime()}
    WHERE "id" = ${runId} AND "status" = 'running'`;
}

/** A success ends the failure streak of a closed circuit (a no-op, and no write, when there is none). */
export function resetStreak(db: Db, jobId: string, now: Date) {
  return db.$executeRaw`
    UPDATE "JobDefinition" SET "consecutiveFailures" = 0, "updatedAt" = ${now}
    WHERE "id" = ${jobId} AND "circuitState" = 'closed' AND "consecutiveFailures" > 0`;
}
