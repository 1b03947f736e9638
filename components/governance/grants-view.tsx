'use client';

import { AlertTriangle } from 'lucide-react';
import { useState } from 'react';
import { Card, CardHeader } from '../ui/card';
import { GrantRow } from './grant-row';
import { IssueGrantForm } from './issue-grant-form';
import { TokenReveal } from './token-reveal';
import { type IssuedGrant, useGrants } from './use-grants';

export function GrantsView() {
  const grants = useGrants();
  const [issued, setIssued] = useState<IssuedGrant | null>(null);
  const list = grants.data?.grants ?? [];
  return (
    <div className="space-y-6">
      {grants.data?.expiringSoon ? (
        <div
          role="status"
          className="flex items-center gap-2 rounded-xl border border-warn/40 bg-warn/10 px-4 py-3 text-sm text-warn"
        >
          <AlertTriangle className="size-4" />
          {grants.data.expiringSoon} grant{grants.data.expiringSoon > 1 ? 's expire' : ' expires'} within 7 days.
          Re-authorize or let {grants.data.expiringSoon > 1 ? 'them' : 'it'} lapse.
        </div>
      ) : null}
      {issued ? (
        <TokenReveal token={issued.token} subject={issued.grant.subject} onDone={() => setIssued(null)} />
      ) : null}
      <Card>
        <CardHeader
          title="Issue a grant"
          hint="Scopes from the registry, at most 90 days. Only the owner approves staged work: there is no staging:approve scope."
        />
        <IssueGrantForm onIssued={setIssued} />
      </Card>
      <Card>
        <CardHeader title="Grants" hint="Soonest expiry first. Highlighted scopes have been used." />
        {grants.isPending ? <p className="text-sm text-muted">Loading…</p> : null}
        {grants.error ? <p className="text-sm text-bad">{grants.error.message}</p> : null}
        {grants.data && list.length === 0 ? (
          <p className="text-sm text-muted">
            No grants yet. Agents, jobs and containers have no access until you issue one.
          </p>
        ) : null}
        <ul className="space-y-3">
          {list.map((grant) => (
            <GrantRow key={grant.id} grant={grant} onReissued={setIssued} />
          ))}
        </ul>
      </Card>
    </div>
  );
}
