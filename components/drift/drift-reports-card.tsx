'use client';

import { Check, X } from 'lucide-react';
import { Badge, type Tone } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardHeader } from '../ui/card';
import { RelativeTime } from '../ui/relative-time';
import { useDecideReport, useDriftHistory } from './use-drift';

const STATUS_TONE: Record<string, Tone> = { pending: 'accent', approved: 'ok', rejected: 'bad' };

/** Reports staged by checks, with the owner's decision and the documentation change it proposed. */
export function DriftReportsCard() {
  const { data, error } = useDriftHistory();
  const decide = useDecideReport();
  const reports = data?.reports ?? [];
  return (
    <Card aria-labelledby="drift-reports">
      <CardHeader
        title="Drift reports"
        hint="Approve: the documentation is wrong (a page update is proposed). Reject: the environment is wrong (drift stays open)."
      />
      {error ? <p className="text-sm text-bad">Could not load reports: {error.message}</p> : null}
      {decide.error ? <p className="mb-2 text-sm text-bad">{decide.error.message}</p> : null}
      {reports.length === 0 ? <p className="text-sm text-muted">No report has been staged yet.</p> : null}
      <ul className="divide-y divide-border">
        {reports.map((r) => (
          <li key={r.id} data-list-item data-testid="drift-report" className="space-y-2 py-2.5 text-sm">
            <span className="flex flex-wrap items-center gap-2">
              <Badge tone={STATUS_TONE[r.status] ?? 'neutral'}>{r.status}</Badge>
              <span>
                {r.fingerprints} item(s) · <RelativeTime iso={r.createdAt} />
              </span>
              {r.changeItemId ? (
                <span className="w-full text-xs text-muted" data-testid="architecture-change">
                  documentation change <code className="font-mono">{r.changeItemId}</code> {r.changeStatus}
                </span>
              ) : null}
            </span>
            {r.status === 'pending' ? (
              <span className="flex gap-2">
                <Button
                  variant="secondary"
                  disabled={decide.isPending}
                  onClick={() => decide.mutate({ stagedItemId: r.stagedItemId, decision: 'approve' })}
                >
                  <Check className="size-4" aria-hidden /> Documentation is wrong
                </Button>
                <Button
                  variant="danger"
                  disabled={decide.isPending}
                  onClick={() => decide.mutate({ stagedItemId: r.stagedItemId, decision: 'reject' })}
                >
                  <X className="size-4" aria-hidden /> Environment is wrong
                </Button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
