'use client';

import { GitMerge } from 'lucide-react';
import { Button } from '../ui/button';
import { Card, CardHeader } from '../ui/card';
import { sourceLabel } from './source-label';
import type { DuplicatePair, MemoryView } from './types';
import { useMergeMemory } from './use-memory-mutations';
import { useDuplicates } from './use-memory-queries';

function Side({ entry, label }: { entry: MemoryView; label: string }) {
  return (
    <div className="min-w-0 flex-1 rounded-lg border border-border bg-surface-2 p-3">
      <p className="mb-1 text-[0.7rem] font-semibold uppercase tracking-wide text-muted">{label}</p>
      <p className="line-clamp-4 whitespace-pre-wrap break-words text-sm">{entry.content}</p>
      <p className="mt-2 text-xs text-muted">
        {entry.category} · {sourceLabel(entry.sourceKind, entry.sourceId)}
      </p>
    </div>
  );
}

function Pair({ pair }: { pair: DuplicatePair }) {
  const merge = useMergeMemory();
  const run = (survivor: MemoryView, merged: MemoryView) => merge.mutate({ survivorId: survivor.id, mergedId: merged.id });
  return (
    <li className="space-y-2" data-testid="duplicate-pair">
      <div className="flex flex-col gap-2 sm:flex-row">
        <Side entry={pair.survivor} label="Keep" />
        <Side entry={pair.merged} label="Merge away" />
      </div>
      <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
        <span className="font-medium text-text">{Math.round(pair.similarity * 100)}% similar</span>
        <Button variant="primary" className="ml-auto px-3 py-1.5 text-xs" disabled={merge.isPending} onClick={() => run(pair.survivor, pair.merged)}>
          <GitMerge className="size-3.5" aria-hidden /> Merge
        </Button>
        <Button className="px-3 py-1.5 text-xs" disabled={merge.isPending} onClick={() => run(pair.merged, pair.survivor)}>
          Keep the other one
        </Button>
      </div>
      {merge.error ? <p className="text-xs text-bad">{merge.error.message}</p> : null}
    </li>
  );
}

/** Proposed merges of near-duplicates; merging keeps both provenances and the full history. */
export function DuplicatesPanel() {
  const { data, isPending, error } = useDuplicates();
  const pairs = data?.pairs ?? [];
  return (
    <Card aria-labelledby="dupes" className="p-4">
      <CardHeader title="Possible duplicates" hint="Entries that say nearly the same thing. Merging keeps both sources and the history." />
      {isPending ? <p className="text-sm text-muted">Looking for duplicates…</p> : null}
      {error ? <p className="text-sm text-bad">{error.message}</p> : null}
      {!isPending && pairs.length === 0 ? <p className="text-sm text-muted">No near-duplicates. Memory is tidy.</p> : null}
      <ul className="space-y-4">
        {pairs.slice(0, 5).map((p) => (
          <Pair key={`${p.survivor.id}-${p.merged.id}`} pair={p} />
        ))}
      </ul>
    </Card>
  );
}
