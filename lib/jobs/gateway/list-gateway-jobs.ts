import { getDb } from '../../db/client';

const ORDER: Record<string, number> = { open: 0, 'half-open': 1, closed: 2 };

/** The gateway's cron jobs Buddy has heard about, tripped breakers first, then the latest change. */
export async function listGatewayJobs() {
  const db = await getDb();
  const rows = await db.gatewayJobCircuit.findMany({ orderBy: { changedAt: 'desc' } });
  const jobs = rows
    .map((r) => ({
      jobId: r.jobId,
      state: r.state,
      consecutiveFailures: r.consecutiveFailures,
      threshold: r.threshold,
      lastError: r.lastError,
      changedAt: r.changedAt,
      cooldownEndsAt: r.state === 'open' ? r.cooldownEndsAt : null,
      reportedAt: r.updatedAt,
      reports: r.reports,
    }))
    .sort((a, b) => (ORDER[a.state] ?? 3) - (ORDER[b.state] ?? 3));
  return { jobs };
}
