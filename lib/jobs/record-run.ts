import { randomUUID } from 'node:crypto';
import { type Db, getDb } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import type { RunLogLine } from './create-job-context';
import type { RunStatus, Trigger } from './types';

export type ClaimedRun = { id: string; sessionId: string; attempt: number };
export type Claim =
  | { kind: 'claimed'; run: ClaimedRun }
  | { kind: 'duplicate'; status: string }
  | { kind: 'abandoned'; runId: string; outputs: number };

/**
 * Claims a slot for this process. The unique (jobId, slot) row is the guarantee that one slot runs
 * once: a second worker, a redelivered job or a catch-up for the same slot finds the row and stops.
 * A row left "running" by a killed worker is taken over only if that attempt staged nothing;
 * otherwise re-running would stage duplicates, so it is closed as failed instead.
 * The common cases take one statement: a new slot is an insert, a manual run's queued row (attempt
 * 0, written by "run now") a compare-and-set; anything else reads the row and decides.
 */
export async function claimRun(input: {
  jobId: string;
  slot: string;
  trigger: Trigger;
  runId?: string;
  model: string | null;
}): Promise<Claim> {
  const db = await getDb();
  const now = new Date();
  const fresh = () => ({ status: 'running', sessionId: randomUUID(), attempt: 1, model: input.model, startedAt: now });
  const insert = async (): Promise<Claim | null> => {
    const data = { ...fresh(), jobId: input.jobId, slot: input.slot, trigger: input.trigger };
    try {
      const run = await db.jobRun.create({ data, select: { id: true } });
      return { kind: 'claimed', run: { id: run.id, sessionId: data.sessionId, attempt: 1 } };
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  };
  if (input.runId) {
    const data = fresh();
    const taken = await db.jobRun.updateMany({ where: { id: input.runId, status: 'queued', attempt: 0 }, data });
    if (taken.count === 1) return { kind: 'claimed', run: { id: input.runId, sessionId: data.sessionId, attempt: 1 } };
  } else {
    const claimed = await insert();
    if (claimed) return claimed;
  }
  const existing = input.runId
    ? await db.jobRun.findUnique({ where: { id: input.runId } })
    : await db.jobRun.findUnique({ where: { jobId_slot: { jobId: input.jobId, slot: input.slot } } });
  if (!existing) return (input.runId ? await insert() : null) ?? { kind: 'duplicate', status: 'running' };
  if (existing.status === 'queued' || (existing.status === 'running' && existing.outputs === 0)) {
    // Compare-and-set on the attempt number, so two takers of one row cannot both win.
    const sessionId = randomUUID();
    const taken = await db.jobRun.updateMany({
      where: { id: existing.id, attempt: existing.attempt, status: existing.status },
      data: {
        status: 'running',
        attempt: existing.attempt + 1,
        sessionId,
        model: input.model,
        startedAt: now,
        finishedAt: null,
        error: null,
      },
    });
    if (taken.count === 0) return { kind: 'duplicate', status: 'running' };
    return { kind: 'claimed', run: { id: existing.id, sessionId, attempt: existing.attempt + 1 } };
  }
  if (existing.status === 'running') return { kind: 'abandoned', runId: existing.id, outputs: existing.outputs };
  return { kind: 'duplicate', status: existing.status };
}

export type RunFinish = {
  status: Exclude<RunStatus, 'queued' | 'running'>;
  summary?: string | null;
  error?: string | null;
  provider?: string | null;
  model?: string | null;
  tokensIn?: number;
  tokensOut?: number;
  outputs?: number;
  staged?: Array<{ id: string; kind: string; title: string }>;
  log?: RunLogLine[];
  startedAt: Date;
};

/** Closes a run; only a row still "running" is closed, so a late finisher never overwrites a verdict. */
export function finishRun(db: Db, runId: string, finish: RunFinish, finishedAt: Date) {
  return db.jobRun.updateMany({
    where: { id: runId, status: 'running' },
    data: {
      status: finish.status,
      summary: finish.summary ?? null,
      error: finish.error?.slice(0, 4000) ?? null,
      provider: finish.provider ?? null,
      tokensIn: finish.tokensIn ?? 0,
      tokensOut: finish.tokensOut ?? 0,
      log: (finish.log ?? []).map((line) => JSON.stringify(line)).join('\n'),
      finishedAt,
      durationMs: finishedAt.getTime() - finish.startedAt.getTime(),
      // Absent values keep what the row has: the model chosen at the claim, the outputs counted so far.
      ...(finish.model ? { model: finish.model } : {}),
      ...(finish.outputs !== undefined ? { outputs: finish.outputs } : {}),
      ...(finish.staged?.length ? { staged: finish.staged } : {}),
    },
  });
}

export async function countOutput(runId: string): Promise<void> {
  const db = await getDb();
  await db.jobRun.update({ where: { id: runId }, data: { outputs: { increment: 1 } } });
}
