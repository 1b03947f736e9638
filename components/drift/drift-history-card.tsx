'use client';

import { Badge, type Tone } from '../ui/badge';
import { Card, CardHeader } from '../ui/card';
import { RelativeTime } from '../ui/relative-time';
import { useDriftHistory } from './use-drift';

const OUTCOME_TONE: Record<string, Tone> = { 'no-drift': 'ok', 'already-reported': 'warn', staged: 'accent' };

export function DriftHistoryCard() {
  const { data } = useDriftHistory();
  const checks = data?.checks ?? [];
  return (
    <Card aria-labelledby="drift-history">
      <CardHeader title="Check history" hint="Every nightly and on-demand check." />
      {checks.length === 0 ? <p className="text-sm text-muted">No check has run yet.</p> : null}
      <ul className="divide-y divide-border">
        {checks.map((c) => (
          <li
            key={c.id}
            data-testid="drift-check"
            className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
          >
            <span className="flex items-center gap-2">
              <Badge tone={OUTCOME_TONE[c.outcome] ?? 'neutral'}>{c.outcome}</Badge>
              <span className="text-muted">{c.reason}</span>
            </span>
            <span className="text-xs text-muted">
              {c.trigger} · {c.documentVersion ?? 'no version'} · <RelativeTime iso={c.createdAt} />
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
