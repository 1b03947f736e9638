import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import type { RunStatus } from './types';

export type CircuitChange = { opened: boolean; closed: boolean; streak: number };

/**
 * The breaker: failures and timeouts add to the streak and open the circuit at the threshold (or at
 * once when a half-open trial fails); a success closes it; skips change nothing.
 */
export async function applyCircuit(jobId: string, status: RunStatus, error: string | null): Promise<CircuitChange> {
  const db = await getDb();
  if (status === 'succeeded') {
    const before = await db.jobDefinition.findUnique({ where: { id: jobId } });
    const wasOpen = before !== null && before.circuitState !== 'closed';
    await db.jobDefinition.update({
      where: { id: jobId },
      data: { consecutiveFailures: 0, circuitState: 'closed', ...(wasOpen ? { circuitChangedAt: new Date() } : {}) },
    });
    if (wasOpen) await recordAudit({ actor: 'system:jobs', action: 'jobs.circuit-close', target: jobId, reason: 'half-open trial run succeeded' });
    return { opened: false, closed: wasOpen, streak: 0 };
  }
  if (status !== 'failed' && status !== 'timed-out') return { opened: false, closed: false, streak: -1 };
  const def = await db.jobDefinition.update({
    where: { id: jobId },
    data: { consecutiveFailures: { increment: 1 }, lastError: error?.slice(0, 2000) ?? status },
  });
  const shouldOpen = def.circuitState === 'half-open' || (def.circuitState === 'closed' && def.consecutiveFailures >= def.failureThreshold);
  if (!shouldOpen) return { opened: false, closed: false, streak: def.consecutiveFailures };
  await db.jobDefinition.update({ where: { id: jobId }, data: { circuitState: 'open', circuitChangedAt: new Date() } });
  await recordAudit({
    actor: 'system:jobs',
    action: 'jobs.circuit-open',
    target: jobId,
    reason: `${def.consecutiveFailures} consecutive failure(s); last: ${(error ?? status).slice(0, 300)}`,
  });
  return { opened: true, closed: false, streak: def.consecutiveFailures };
}
