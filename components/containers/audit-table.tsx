import type { AuditReport } from '@/lib/containers/audit/model';
import { Badge } from '../ui/badge';

const TONE = { pass: 'ok', fail: 'bad', justified: 'warn' } as const;

/** Every hardening check of one container or service: status, CIS id, what was observed. */
export function AuditTable({ report }: { report: AuditReport }) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-xs" data-testid="audit-table">
        <thead className="text-muted">
          <tr>
            <th className="py-1.5 pr-3 font-medium">Check</th>
            <th className="py-1.5 pr-3 font-medium">CIS</th>
            <th className="py-1.5 pr-3 font-medium">Result</th>
            <th className="py-1.5 font-medium">Observed</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {report.checks.map((c) => (
            <tr key={c.id} data-list-item data-check={c.id} data-status={c.status}>
              <td className="py-1.5 pr-3">{c.title}</td>
              <td className="py-1.5 pr-3 font-mono text-muted">{c.cis}</td>
              <td className="py-1.5 pr-3">
                <Badge tone={TONE[c.status]}>{c.status}</Badge>
              </td>
              <td
                className="py-1.5 font-mono text-muted"
                title={c.justification ? `Justified: ${c.justification}` : `Expected: ${c.expected}`}
              >
                {c.observed}
                {c.status === 'fail' ? <span className="block font-sans text-bad">expected {c.expected}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
