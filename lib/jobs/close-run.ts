import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { publishEvent } from '../events/publish';
import { finishRun, type RunFinish } from './record-run';

export type CircuitChange = { opened: boolean; closed: boolean; streak: number };

/**
 * Records a run's verdict and applies it to the circuit breaker in the same transaction, so a run
 * is never closed without being counted (or counted without being closed).
 * The breaker: failures and timeouts add to the streak and open the circuit at the threshold (or at
 * once when a half-open trial fails); skips change nothing. A success resets the streak of a closed
 * circuit, and closes the circuit only when the run was the half-open trial (`gate`: the state the
 * run started under); a run that started before the circuit opened does not close it behind the
 * owner's back.
 */
export async function closeRun(jobId: string, runId: string, finish: RunFinish, gate: string): Promise<CircuitChange> {
  const db = await getDb();
  const now = new Date();
  const close = finishRun(db, runId, finish, now);
  if (finish.status === 'succeeded' && gate !== 'half-open') {
    const endStreak = db.jobDefinition.updateMany({
      where: { id: jobId, circuitState: 'closed', consecutiveFailures: { gt: 0 } },
      data: { consecutiveFailures: 0 },
    });
    await db.$transaction([close, endStreak]);
    return { opened: false, closed: false, streak: 0 };
  }
  if (finish.status === 'succeeded') {
    const trial = db.jobDefinition.updateMany({
      where: { id: jobId, circuitState: 'half-open' },
      data: { circuitState: 'closed', consecutiveFailures: 0, circuitChangedAt: now },
    });
    const [, closed] = await db.$transaction([close, trial]);
    if (closed.count === 0) return { opened: false, closed: false, streak: 0 };
    await recordAudit({
      actor: 'system:jobs',
      action: 'jobs.circuit-close',
      target: jobId,
      reason: 'half-open trial run succeeded',
    });
    await publishEvent('jobs', 'circuit', jobId);
    return { opened: false, closed: true, streak: 0 };
  }
  if (finish.status !== 'failed' && finish.status !== 'timed-out') {
    await close;
    return { opened: false, closed: false, streak: -1 };
  }
  const error = finish.error ?? finish.status;
  const [, def] = await db.$transaction([
    close,
    db.jobDefinition.update({
      where: { id: jobId },
      data: { consecutiveFailures: { increment: 1 }, lastError: error.slice(0, 2000) },
    }),
  ]);
  const shouldOpen =
    def.circuitState === 'half-open' ||
    (def.circuitState === 'closed' && def.consecutiveFailures >= def.failureThreshold);
  if (!shouldOpen) return { opened: false, closed: false, streak: def.consecutiveFailures };
  // Compare-and-set: of two failures finishing together, one opens the circuit (and audits it).
  const opened = await db.jobDefinition.updateMany({
    where: { id: jobId, circuitState: def.circuitState },
    data: { circuitState: 'open', circuitChangedAt: now },
  });
  if (opened.count === 0) return { opened: false, closed: false, streak: def.consecutiveFailures };
  await publishEvent('jobs', 'circuit', jobId);
  await recordAudit({
    actor: 'system:jobs',
    action: 'jobs.circuit-open',
    target: jobId,
    reason: `${def.consecutiveFailures} consecutive failure(s); last: ${error.slice(0, 300)}`,
  });
  return { opened: true, closed: false, streak: def.consecutiveFailures };
}
