import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import { publishEvent } from '../../events/publish';
import type { GatewayCircuitReport } from './schemas';

/** Writes the report unless a newer one is stored; the condition is part of the update, so it holds under races. */
async function store(jobId: string, report: GatewayCircuitReport, reportedBy: string): Promise<boolean> {
  const db = await getDb();
  const changedAt = new Date(report.changedAt);
  const cooldownEndsAt = report.cooldownEndsAt ? new Date(report.cooldownEndsAt) : null;
  const data = { ...report, changedAt, cooldownEndsAt, reportedBy };
  for (let attempt = 0; ; attempt++) {
    const updated = await db.gatewayJobCircuit.updateMany({
      where: { jobId, changedAt: { lte: changedAt } },
      data: { ...data, reports: { increment: 1 } },
    });
    if (updated.count === 1) return true;
    if (await db.gatewayJobCircuit.findUnique({ where: { jobId }, select: { jobId: true } })) return false;
    try {
      await db.gatewayJobCircuit.create({ data: { jobId, ...data } });
      return true;
    } catch (error) {
      // Another first report for this job won the insert: compare against it on the next pass.
      if ((error as { code?: string }).code !== 'P2002' || attempt > 0) throw error;
    }
  }
}

/**
 * Stores the breaker state the gateway reported for one of its cron jobs, audits it and tells open
 * dashboards. A report older than the stored one (reports can overtake each other on the network) is
 * acknowledged but changes nothing, so the page never steps back to a stale state.
 */
export async function recordGatewayCircuit(jobId: string, report: GatewayCircuitReport, reportedBy: string) {
  const db = await getDb();
  const before = await db.gatewayJobCircuit.findUnique({ where: { jobId }, select: { state: true } });
  const applied = await store(jobId, report, reportedBy);
  const circuit = await db.gatewayJobCircuit.findUniqueOrThrow({ where: { jobId } });
  if (!applied) return { applied, circuit };
  await recordAudit({
    actor: reportedBy,
    action: 'jobs.gateway-circuit',
    target: `gateway:${jobId}`,
    reason: `${before?.state ?? 'new'} -> ${report.state} after ${report.consecutiveFailures} consecutive error(s)`,
    details: {
      threshold: report.threshold,
      changedAt: report.changedAt,
      lastError: report.lastError?.slice(0, 300) ?? null,
    },
  });
  await publishEvent('jobs', 'gateway-circuit', jobId);
  return { applied: true, circuit };
}
