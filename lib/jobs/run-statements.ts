import { type Db, type DirectSqlite, dbProvider, direct, sqliteValue } from '../db/client';
import type { RunFinish } from './record-run';

/**
 * The statements every run executes. On SQLite they go through the raw connection with group
 * commit (db/client.ts direct()); on PostgreSQL as parameterized SQL through the one Prisma client.
 * Each is written once, with `?` placeholders, and numbered for PostgreSQL. Both providers accept
 * the SQL (quoted identifiers, ON CONFLICT); run-job.db.test.ts runs on both. Rare paths (failure
 * streaks, half-open trials, takeovers) stay in Prisma.
 */
type Param = Date | string | number | null;
type Sql = { text: string; values: Param[] };

function insertRunSql(run: {
  id: string;
  jobId: string;
  slot: string;
  trigger: string;
  sessionId: string;
  model: string | null;
  startedAt: Date;
}): Sql {
  return {
    text: `INSERT INTO "JobRun" ("id", "jobId", "slot", "trigger", "status", "sessionId", "attempt", "model", "startedAt", "createdAt", "log")
      VALUES (?, ?, ?, ?, 'running', ?, 1, ?, ?, ?, '') ON CONFLICT ("jobId", "slot") DO NOTHING`,
    values: [run.id, run.jobId, run.slot, run.trigger, run.sessionId, run.model, run.startedAt, run.startedAt],
  };
}

/** Only a row still "running" is closed, so a late finisher never overwrites a verdict. */
function finishRunSql(runId: string, finish: RunFinish, finishedAt: Date): Sql {
  const staged = finish.staged?.length ? JSON.stringify(finish.staged) : null;
  const log = (finish.log ?? []).map((l) => JSON.stringify(l)).join('\n');
  return {
    text: `UPDATE "JobRun" SET
      "status" = ?, "summary" = ?, "error" = ?, "provider" = ?, "model" = COALESCE(?, "model"), "tokensIn" = ?, "tokensOut" = ?,
      "outputs" = COALESCE(?, "outputs"), "staged" = COALESCE(?, "staged"), "log" = ?, "finishedAt" = ?, "durationMs" = ?
      WHERE "id" = ? AND "status" = 'running'`,
    values: [
      finish.status,
      finish.summary ?? null,
      finish.error?.slice(0, 4000) ?? null,
      finish.provider ?? null,
      finish.model ?? null,
      finish.tokensIn ?? 0,
      finish.tokensOut ?? 0,
      finish.outputs ?? null,
      staged,
      log,
      finishedAt,
      finishedAt.getTime() - finish.startedAt.getTime(),
      runId,
    ],
  };
}

/** A success ends the failure streak of a closed circuit (a no-op, and no write, when there is none). */
function resetStreakSql(jobId: string, now: Date): Sql {
  return {
    text: `UPDATE "JobDefinition" SET "consecutiveFailures" = 0, "updatedAt" = ? WHERE "id" = ? AND "circuitState" = 'closed' AND "consecutiveFailures" > 0`,
    values: [now, jobId],
  };
}

function viaPrisma(db: Db, sql: Sql) {
  let n = 0;
  const text = dbProvider() === 'postgresql' ? sql.text.replace(/\?/g, () => `$${++n}`) : sql.text;
  return db.$executeRawUnsafe(text, ...sql.values);
}

function execDirect(conn: DirectSqlite, sql: Sql): number {
  return conn.statement(sql.text).run(...sql.values.map(sqliteValue)).changes;
}

/** Inserts the run row of a new slot; false when the (jobId, slot) row already exists. */
export async function insertRunRow(db: Db, run: Parameters<typeof insertRunSql>[0]): Promise<boolean> {
  const sql = insertRunSql(run);
  const conn = await direct();
  const inserted = conn ? await conn.commit.run(() => execDirect(conn, sql)) : await viaPrisma(db, sql);
  return inserted === 1;
}

/** Closes a succeeded run and ends its job's failure streak, in one commit. */
export async function closeSucceededRun(
  db: Db,
  jobId: string,
  runId: string,
  finish: RunFinish,
  now: Date,
): Promise<void> {
  const close = finishRunSql(runId, finish, now);
  const reset = resetStreakSql(jobId, now);
  const conn = await direct();
  if (conn) {
    await conn.commit.run(() => {
      execDirect(conn, close);
      execDirect(conn, reset);
    });
    return;
  }
  await db.$transaction([viaPrisma(db, close), viaPrisma(db, reset)]);
}

/** Closes a run through Prisma, for a caller's own transaction (the rare verdicts: failures, trials, skips). */
export function finishRunRow(db: Db, runId: string, finish: RunFinish, finishedAt: Date) {
  return viaPrisma(db, finishRunSql(runId, finish, finishedAt));
}
