import { randomUUID } from 'node:crypto';
import { getDb } from '../db/client';
import type { RunLogLine } from './create-job-context';
import type { RunStatus, Trigger } from './types';

export type ClaimedRun = { id: string; sessionId: string; attempt: number };
export type Claim = { kind: 'claimed'; run: ClaimedRun } | { kind: 'duplicate'; status: string } | { kind: 'abandoned'; runId: string; outputs: number };

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === 'P2002' || /unique constraint/i.test(String(error));
}

/**
 * Claims a slot for this process. The unique (jobId, slot) row is the guarantee that one slot runs
 * once: a second worker, a redelivered job or a catch-up for the same slot finds the row and stops.
 * A row left "running" by a killed worker is taken over only if that attempt staged nothing;
 * otherwise re-running would stage duplicates, so it is closed as failed instead.
 */
export async function claimRun(input: { jobId: string; slot: string; trigger: Trigger; runId?: string; model: string | null }): Promise<Claim> {
  const db = await getDb();
  const now = new Date();
  const existing = input.runId
    ? await db.jobRun.findUnique({ where: { id: input.runId } })
    : await db.jobRun.findUnique({ where: { jobId_slot: { jobId: input.jobId, slot: input.slot } } });
  if (!existing) {
    try {
      const sessionId = randomUUID();
      const run = await db.jobRun.create({
        data: { jobId: input.jobId, slot: input.slot, trigger: input.trigger, status: 'running', sessionId, attempt: 1, model: input.model, startedAt: now },
      });
      return { kind: 'claimed', run: { id: run.id, sessionId, attempt: 1 } };
    } catch (error) {
      if (isUniqueViolation(error)) return { kind: 'duplicate', status: 'running' };
      throw error;
    }
  }
  if (existing.status === 'queued' || (existing.status === 'running' && existing.outputs === 0)) {
    // Compare-and-set on the attempt number, so two takers of one row cannot both win.
    const sessionId = randomUUID();
    const taken = await db.jobRun.updateMany({
      where: { id: existing.id, attempt: existing.attempt, status: existing.status },
      data: { status: 'running', attempt: existing.attempt + 1, sessionId, model: input.model, startedAt: now, finishedAt: null, error: null },
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

/** Closes a run. Only a row still "running" is closed, so a late finisher never overwrites a verdict. */
export async function finishRun(runId: string, finish: RunFinish): Promise<boolean> {
  const db = await getDb();
  const finishedAt = new Date();
  const updated = await db.jobRun.updateMany({
    where: { id: runId, status: 'running' },
    data: {
      status: finish.status,
      summary: finish.summary ?? null,
      error: finish.error?.slice(0, 4000) ?? null,
      provider: finish.provider ?? null,
      ...(finish.model ? { model: finish.model } : {}),
      tokensIn: finish.tokensIn ?? 0,
      tokensOut: finish.tokensOut ?? 0,
      ...(finish.outputs !== undefined ? { outputs: finish.outputs } : {}),
      ...(finish.staged?.length ? { staged: JSON.stringify(finish.staged) } : {}),
      log: (finish.log ?? []).map((l) => JSON.stringify(l)).join('\n'),
      finishedAt,
      durationMs: finishedAt.getTime() - finish.startedAt.getTime(),
    },
  });
  return updated.count === 1;
}

export async function countOutput(runId: string): Promise<void> {
  const db = await getDb();
  await db.jobRun.update({ where: { id: runId }, data: { outputs: { increment: 1 } } });
}
