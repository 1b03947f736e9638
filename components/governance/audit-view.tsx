'use client';

import { useQuery } from '@tanstack/react-query';
import { ShieldCheck, ShieldAlert } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import type { Reply } from '@/lib/api/serialized';
import type { auditEventsReplySchema } from '@/lib/audit/reply-schemas';
import { apiFetch } from '../api-client';
import { Badge } from '../ui/badge';
import { Card, CardHeader } from '../ui/card';
import { governanceKeys } from './keys';
import { formatDateTime } from '../ui/format-date';

type AuditPage = Reply<typeof auditEventsReplySchema>;

const INPUT = 'w-full min-w-0 rounded-lg border border-border bg-surface-2 px-3 py-2 text-sm';

export function AuditView() {
  const [filters, setFilters] = useState<Record<string, string>>({});
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  const events = useQuery({
    queryKey: governanceKeys.audit(filters),
    queryFn: () => apiFetch<AuditPage>(`/api/governance/audit?${query}`),
  });
  const verify = useQuery({
    queryKey: governanceKeys.verify(),
    queryFn: () =>
      apiFetch<{ ok: boolean; checked: number; brokenAt?: number; problem?: string }>('/api/governance/audit/verify'),
  });
  const set = (key: string) => (e: { target: { value: string } }) => setFilters({ ...filters, [key]: e.target.value });
  return (
    <Card>
      <CardHeader
        title="Audit log"
        hint="Append-only and hash-chained: every grant, renewal, revocation, expiry, use and denial."
        action={
          verify.data ? (
            verify.data.ok ? (
              <Badge tone="ok">
                <ShieldCheck className="size-3.5" /> chain intact · {verify.data.checked}
              </Badge>
            ) : (
              <Badge tone="bad">
                <ShieldAlert className="size-3.5" /> broken at #{verify.data.brokenAt}
              </Badge>
            )
          ) : null
        }
      />
      <div className="mb-4 grid gap-2 sm:grid-cols-5">
        <Filter label="Actor">
          <input
            aria-label="Actor"
            placeholder="agent:… or owner:…"
            className={INPUT}
            value={filters.actor ?? ''}
            onChange={set('actor')}
          />
        </Filter>
        <Filter label="Action">
          <input
            aria-label="Action"
            placeholder="e.g. grants.use"
            className={INPUT}
            value={filters.action ?? ''}
            onChange={set('action')}
          />
        </Filter>
        <Filter label="Decision">
          <select aria-label="Decision" className={INPUT} value={filters.decision ?? ''} onChange={set('decision')}>
            <option value="">any decision</option>
            <option value="allowed">allowed</option>
            <option value="denied">denied</option>
          </select>
        </Filter>
        <Filter label="From">
          <input
            aria-label="From"
            type="datetime-local"
            className={INPUT}
            value={filters.from ?? ''}
            onChange={set('from')}
          />
        </Filter>
        <Filter label="To">
          <input
            aria-label="To"
            type="datetime-local"
            className={INPUT}
            value={filters.to ?? ''}
            onChange={set('to')}
          />
        </Filter>
      </div>
      {events.error ? <p className="text-sm text-bad">{events.error.message}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-muted">
            <tr>
              {['#', 'time', 'actor', 'action', 'decision', 'scope / resource', 'reason'].map((h) => (
                <th key={h} className="border-b border-border px-2 py-2 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(events.data?.events ?? []).map((e) => (
              <tr key={e.id} data-list-item data-testid="audit-row" className="border-b border-border/60 align-top">
                <td className="px-2 py-2 text-muted">{e.seq}</td>
                <td className="whitespace-nowrap px-2 py-2 text-muted">{formatDateTime(e.createdAt)}</td>
                <td className="px-2 py-2 font-mono text-xs">{e.actor}</td>
                <td className="px-2 py-2 font-mono text-xs">{e.action}</td>
                <td className="px-2 py-2">
                  <Badge tone={e.decision === 'denied' ? 'bad' : 'ok'}>{e.decision}</Badge>
                </td>
                <td className="px-2 py-2 font-mono text-xs text-muted">
                  {[e.scope, e.resource].filter(Boolean).join(' · ')}
                </td>
                <td className="px-2 py-2 text-xs text-muted">{e.reason ?? e.target ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {events.data && events.data.events.length === 0 ? (
          <p className="py-4 text-sm text-muted">No events match these filters.</p>
        ) : null}
      </div>
    </Card>
  );
}

/** A visible caption over a filter control (the control keeps its own aria-label). */
function Filter({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid min-w-0 gap-1">
      <span className="text-xs font-medium text-muted" aria-hidden>
        {label}
      </span>
      {children}
    </div>
  );
}
