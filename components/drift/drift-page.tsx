'use client';

import { RefreshCw } from 'lucide-react';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { PageHeader } from '../ui/page-header';
import { RelativeTime } from '../ui/relative-time';
import { DriftHistoryCard } from './drift-history-card';
import { DriftItemsCard } from './drift-items-card';
import { DriftReportsCard } from './drift-reports-card';
import { IgnoreRulesCard } from './ignore-rules-card';
import { useCheckNow, useCurrentDrift } from './use-drift';

export function DriftPage() {
  const { data } = useCurrentDrift();
  const check = useCheckNow();
  const s = data?.summary;
  return (
    <>
      <PageHeader
        title="Drift"
        description="The documented architecture (governance/architecture.md) against what actually runs. Checked every night at 22:00."
        actions={
          <Button onClick={() => check.mutate()} disabled={check.isPending}>
            <RefreshCw className={`size-4 ${check.isPending ? 'animate-spin' : ''}`} aria-hidden />
            {check.isPending ? 'Checking…' : 'Check now'}
          </Button>
        }
      />
      <div className="mb-5 flex flex-wrap items-center gap-2 text-sm" data-testid="drift-summary">
        {s ? (
          <>
            <Badge tone={s.open ? 'bad' : 'ok'}>{s.open} open</Badge>
            <Badge tone="bad">{s.high} high</Badge>
            <Badge tone="warn">{s.medium} medium</Badge>
            <Badge>{s.low} low</Badge>
            <Badge>{s.ignored} ignored</Badge>
          </>
        ) : null}
        {data?.latestCheck ? (
          <span className="text-muted">
            last check <RelativeTime iso={data.latestCheck.createdAt} /> against{' '}
            {data.latestCheck.documentVersion ?? 'an unreadable document'}
          </span>
        ) : null}
        {check.data ? <span data-testid="check-result">{check.data.reason}</span> : null}
        {check.error ? <span className="text-bad">{check.error.message}</span> : null}
      </div>
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <DriftItemsCard />
          <DriftHistoryCard />
        </div>
        <div className="space-y-5">
          <DriftReportsCard />
          <IgnoreRulesCard />
        </div>
      </div>
    </>
  );
}
