import { runChecks } from './checks';
import type { AuditReport, HardeningSubject } from './model';

export function auditSubject(subject: HardeningSubject, network: string): AuditReport {
  const checks = runChecks(subject, network);
  const failed = checks.filter((c) => c.status === 'fail').map((c) => c.id);
  return {
    kind: subject.kind,
    name: subject.name,
    component: subject.component,
    passed: failed.length === 0,
    failed,
    checks,
  };
}
