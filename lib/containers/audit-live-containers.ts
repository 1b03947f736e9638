import type { AuditReport } from './audit/model';
import { listContainers } from './list-containers';

/** Findings for the nightly health job: every live Buddy container whose audit has failures. */
export async function auditLiveContainers(): Promise<{ reports: AuditReport[]; findings: AuditReport[] }> {
  const reports = (await listContainers()).map((c) => c.audit);
  return { reports, findings: reports.filter((r) => !r.passed) };
}
