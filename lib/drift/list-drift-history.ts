import { getDb } from '../db/client';
import { storedFingerprintsSchema } from './types';

/** Past checks and the reports they staged, newest first. */
export async function listDriftHistory(limit = 30) {
  const db = await getDb();
  const [checks, reports] = await Promise.all([
    db.driftCheck.findMany({ orderBy: { createdAt: 'desc' }, take: limit }),
    db.driftReport.findMany({ orderBy: { createdAt: 'desc' }, take: limit }),
  ]);
  return {
    checks: checks.map((c) => ({
      id: c.id,
      createdAt: c.createdAt.toISOString(),
      trigger: c.trigger,
      runId: c.runId,
      outcome: c.outcome,
      reason: c.reason,
      itemCount: c.itemCount,
      ignoredCount: c.ignoredCount,
      documentVersion: c.documentVersion,
      reportId: c.reportId,
    })),
    reports: reports.map((r) => ({
      id: r.id,
      stagedItemId: r.stagedItemId,
      createdAt: r.createdAt.toISOString(),
      status: r.status,
      fingerprints: storedFingerprintsSchema.parse(r.fingerprints).length,
      changeItemId: r.changeItemId,
      changeStatus: r.changeStatus,
      decidedAt: r.decidedAt?.toISOString() ?? null,
    })),
  };
}
export type DriftHistory = Awaited<ReturnType<typeof listDriftHistory>>;
