'use client';

import { useState } from 'react';
import { Badge, type Tone } from '../ui/badge';
import { Button } from '../ui/button';
import { Sparkline } from './sparkline';
import type { Prediction } from './types';
import { post, useIntelligenceMutation } from './use-intelligence';

const STATE_TONE: Record<string, Tone> = {
  due: 'warn',
  open: 'accent',
  withdrawn: 'neutral',
  'resolved-yes': 'ok',
  'resolved-no': 'bad',
};
const pct = (p: number) => `${Math.round(p * 100)}%`;

export function PredictionRow({ p }: { p: Prediction }) {
  const [percent, setPercent] = useState('');
  const [reason, setReason] = useState('');
  const update = useIntelligenceMutation(() =>
    post(`/api/intelligence/predictions/${p.id}/updates`, { probability: Number(percent) / 100, reason }),
  );
  const resolve = useIntelligenceMutation((outcome: string) =>
    post(`/api/intelligence/predictions/${p.id}/resolve`, { outcome, reresolve: p.status === 'resolved' }),
  );
  const error = update.error ?? resolve.error;
  return (
    <li className="py-3" data-list-item data-testid="prediction-row">
      <div className="flex flex-wrap items-center gap-3">
        <Sparkline values={p.updates.map((u) => u.probability)} label={`Probability history of ${p.statement}`} />
        <span className="w-12 text-right font-mono text-sm">{pct(p.probability)}</span>
        <span className="min-w-0 flex-1 text-sm">{p.statement}</span>
        <Badge tone={STATE_TONE[p.state] ?? 'neutral'}>{p.state}</Badge>
        <span className="text-xs text-muted">by {new Date(p.deadline).toLocaleDateString()}</span>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2 pl-[108px] text-xs">
        {p.tags.map((t) => (
          <Badge key={t}>{t}</Badge>
        ))}
        {p.status === 'open' ? (
          <>
            <input
              aria-label="New probability %"
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
              placeholder="%"
              className="w-14 rounded border border-border bg-surface-2 px-2 py-1"
            />
            <input
              aria-label="Reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder="reason"
              className="w-48 rounded border border-border bg-surface-2 px-2 py-1"
            />
            <Button className="px-2 py-1 text-xs" onClick={() => update.mutate(undefined)}>
              Update
            </Button>
          </>
        ) : null}
        {p.status !== 'withdrawn'
          ? ['yes', 'no', 'ambiguous', 'annulled'].map((o) => (
              <Button key={o} variant="ghost" className="px-2 py-1 text-xs" onClick={() => resolve.mutate(o)}>
                {p.status === 'resolved' ? `Re-resolve ${o}` : `Resolve ${o}`}
              </Button>
            ))
          : null}
      </div>
      {error ? (
        <p className="mt-1 pl-[108px] text-xs text-bad" role="alert">
          {error.message}
        </p>
      ) : null}
    </li>
  );
}
