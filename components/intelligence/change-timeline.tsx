'use client';

import { useState } from 'react';
import { Badge, type Tone } from '../ui/badge';
import { cn } from '../ui/cn';
import type { Change } from './types';

const TONE: Record<string, Tone> = {
  added: 'ok',
  removed: 'bad',
  'price-changed': 'accent',
  'limits-changed': 'accent',
  'capability-changed': 'neutral',
  'deprecation-announced': 'warn',
  repointed: 'warn',
};
const DOT: Record<Tone, string> = {
  ok: 'bg-ok',
  bad: 'bg-bad',
  accent: 'bg-accent',
  neutral: 'bg-muted',
  warn: 'bg-warn',
};

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** One row per provider, change markers placed on a shared time axis; a marker opens before/after. */
export function ChangeTimeline({ changes }: { changes: Change[] }) {
  const [open, setOpen] = useState<Change | null>(null);
  if (changes.length === 0)
    return (
      <p className="text-sm text-muted">
        No changes recorded yet. Changes appear after the second snapshot of a source.
      </p>
    );
  const times = changes.map((c) => new Date(c.at).getTime());
  const min = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - min);
  // Markers of changes seen at (nearly) the same time would sit on top of each other and hide all
  // but one; each is nudged right of its neighbour so every change stays visible and clickable.
  const placed = (list: Change[]) => {
    let last = Number.NEGATIVE_INFINITY;
    return [...list]
      .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
      .map((c) => {
        last = Math.min(97, Math.max(3 + ((new Date(c.at).getTime() - min) / span) * 94, last + 2.5));
        return { change: c, left: last };
      });
  };
  const byProvider = new Map<string, Change[]>();
  for (const c of changes) byProvider.set(c.provider, [...(byProvider.get(c.provider) ?? []), c]);
  return (
    <div data-testid="change-timeline">
      <div className="space-y-2">
        {[...byProvider.entries()].slice(0, 12).map(([provider, list]) => (
          <div key={provider} className="flex items-center gap-3">
            <span className="w-28 shrink-0 truncate text-right text-xs text-muted">{provider}</span>
            <div className="relative h-6 flex-1 rounded bg-surface-2">
              {placed(list).map(({ change: c, left }) => (
                <button
                  key={c.id}
                  type="button"
                  data-testid="change-marker"
                  aria-label={`${c.kind} ${c.modelId} on ${new Date(c.at).toLocaleString()}`}
                  onClick={() => setOpen(c)}
                  className={cn(
                    'absolute top-1/2 size-3 -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-surface hover:scale-125',
                    DOT[TONE[c.kind] ?? 'neutral'],
                    open?.id === c.id && 'ring-text',
                  )}
                  style={{ left: `${left}%` }}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
      <div className="mt-2 flex justify-between pl-31 text-xs text-muted">
        <span>{new Date(min).toLocaleDateString()}</span>
        <span>{new Date(min + span).toLocaleDateString()}</span>
      </div>
      {open ? (
        <div className="mt-4 rounded-lg border border-border bg-surface-2 p-4" data-testid="change-detail">
          <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={TONE[open.kind] ?? 'neutral'}>{open.kind}</Badge>
            <span className="font-mono">{open.modelId}</span>
            <span className="text-muted">
              from {open.source} · {new Date(open.at).toLocaleString()}
            </span>
          </div>
          <div className="grid gap-3 md:grid-cols-2">
            {(['before', 'after'] as const).map((side) => (
              <div key={side}>
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">
                  {side === 'before' ? 'Before' : 'After'}
                </h3>
                <pre className="max-h-48 overflow-auto rounded bg-bg p-2 text-xs">{show(open[side])}</pre>
              </div>
            ))}
          </div>
        </div>
      ) : (
        <p className="mt-3 text-xs text-muted">Open a marker to see the model before and after the change.</p>
      )}
    </div>
  );
}
