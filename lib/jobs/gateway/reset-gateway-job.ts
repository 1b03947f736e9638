import { NotFoundError } from '../../api/errors';
import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import { resetGatewayBreaker } from './gateway-breaker-client';
import { recordGatewayCircuit } from './record-gateway-circuit';

/**
 * The owner's "Re-enable" for a gateway cron job: the gateway's breaker plugin enables the job and
 * reports the closed breaker itself. Should that report not have reached Buddy (the plugin's token
 * expired, say), the closed state the gateway confirmed is stored here, so the page does not keep
 * showing a breaker that is no longer open.
 */
export async function resetGatewayJob(jobId: string, actor: string) {
  const db = await getDb();
  const known = await db.gatewayJobCircuit.findUnique({ where: { jobId } });
  if (!known) throw new NotFoundError(`No gateway job named "${jobId}" has reported to Buddy.`);
  await resetGatewayBreaker(jobId);
  await recordAudit({ actor, action: 'jobs.gateway-reset', target: `gateway:${jobId}`, reason: `was ${known.state}` });
  const after = await db.gatewayJobCircuit.findUniqueOrThrow({ where: { jobId } });
  if (after.state === 'closed') return { jobId, state: after.state };
  const { circuit } = await recordGatewayCircuit(
    jobId,
    {
      state: 'closed',
      consecutiveFailures: 0,
      threshold: after.threshold,
      lastError: null,
      changedAt: new Date().toISOString(),
      cooldownEndsAt: null,
      source: 'openclaw-gateway',
    },
    actor,
  );
  return { jobId, state: circuit.state };
}
