'use client';

import { GitMerge, X } from 'lucide-react';
import { useCallback, useState } from 'react';
import { Button } from '../ui/button';
import { Card, CardHeader } from '../ui/card';
import { sourceLabel } from './source-label';
import type { DuplicatePair, MemoryView } from './types';
import { UndoToast } from './undo-toast';
import { useDismissDuplicate, useMergeMemory, useUndismissDuplicate } from './use-memory-mutations';
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

// The dismissal lives in the panel: its pair leaves the list at once, and the undo toast must
// outlive the row that asked.
function Pair({
  pair,
  onDismiss,
  dismissing,
}: {
  pair: DuplicatePair;
  onDismiss: (ids: [string, string]) => void;
  dismissing: boolean;
}) {
  const merge = useMergeMemory();
  const busy = merge.isPending || dismissing;
  const run = (survivor: MemoryView, merged: MemoryView, content?: string) =>
    merge.mutate({ survivorId: survivor.id, mergedId: merged.id, ...(content ? { content } : {}) });
  const contradiction = pair.kind === 'contradiction';
  return (
    <li className="space-y-2" data-testid="duplicate-pair" data-kind={pair.kind}>
      {/* Stacked in the narrow sidebar (wide screens) so both texts show in full; side by side when the panel spans the page. */}
      <div className="flex flex-col gap-2 sm:flex-row lg:flex-col">
        <Side entry={pair.survivor} label={contradiction ? (pair.survivor.pinned ? 'Pinned' : 'Older') : 'Keep'} />
        <Side entry={pair.merged} label={contradiction ? 'Says otherwise' : 'Merge away'} />
      </div>
      <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
        {contradiction ? (
          <span className="font-medium text-warn">
            Possible contradiction:{' '}
            {pair.disagreements.map((d) => `${d.survivor.join(', ')} vs ${d.merged.join(', ')}`).join('; ')}
          </span>
        ) : (
          <span className="font-medium text-text">
            {Math.round(pair.similarity * 100)}% alike{pair.method === 'embedding' ? ' by meaning' : ''}
          </span>
        )}
        <Button
          variant="ghost"
          className="ml-auto px-2 py-1 text-xs"
          disabled={busy}
          title="These say different things: never propose this pair again"
          onClick={() => onDismiss([pair.survivor.id, pair.merged.id])}
        >
          <X className="size-3.5" aria-hidden /> {contradiction ? 'Both are right' : 'Not a duplicate'}
        </Button>
      </div>
      {contradiction ? (
        <div className="flex flex-wrap justify-end gap-2">
          <Button
            className="px-3 py-1.5 text-xs"
            disabled={busy}
            title="Keep the first entry's text and drop the other (it stays in the history)"
            onClick={() => run(pair.survivor, pair.merged)}
          >
            Keep the first
          </Button>
          <Button
            variant="primary"
            className="px-3 py-1.5 text-xs"
            disabled={busy}
            title="The first entry (its id, pin and history) takes the other's text"
            onClick={() => run(pair.survivor, pair.merged, pair.merged.content)}
          >
            <GitMerge className="size-3.5" aria-hidden /> Replace with the other
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap justify-end gap-2">
          <Button className="px-3 py-1.5 text-xs" disabled={busy} onClick={() => run(pair.merged, pair.survivor)}>
            Keep the other one
          </Button>
          <Button
            variant="primary"
            className="px-3 py-1.5 text-xs"
            disabled={busy}
            onClick={() => run(pair.survivor, pair.merged)}
          >
            <GitMerge className="size-3.5" aria-hidden /> Merge
          </Button>
        </div>
      )}
      {merge.error ? <p className="text-xs text-bad">{merge.error.message}</p> : null}
    </li>
  );
}

/** Possible contradictions and near-duplicates; merging keeps both provenances and the full history. */
export function DuplicatesPanel() {
  const { data, isPending, error } = useDuplicates();
  const pairs = data?.pairs ?? [];
  const scanning = data?.scanning ?? false;
  const dismiss = useDismissDuplicate();
  const undismiss = useUndismissDuplicate();
  const [dismissed, setDismissed] = useState<[string, string] | null>(null);
  const onDismiss = (ids: [string, string]) => dismiss.mutate(ids, { onSuccess: () => setDismissed(ids) });
  const undo = useCallback(() => {
    if (dismissed) undismiss.mutate(dismissed);
    setDismissed(null);
  }, [dismissed, undismiss]);
  const closeUndo = useCallback(() => setDismissed(null), []);
  return (
    <Card aria-labelledby="dupes" className="p-4" data-testid="duplicates-panel">
      <CardHeader
        title="Possible duplicates and contradictions"
        hint="Entries that say the same thing in other words, or disagree on a value. Merging keeps both sources and the history."
      />
      {isPending ? <p className="text-sm text-muted">Loading…</p> : null}
      {error ? <p className="text-sm text-bad">{error.message}</p> : null}
      {/* A worker compares the whole memory after each change; the pairs below are from the scan before. */}
      {scanning ? (
        <p className="text-sm text-muted" aria-live="polite" data-testid="duplicates-scanning">
          Checking for duplicates…
        </p>
      ) : null}
      {!isPending && !scanning && pairs.length === 0 ? (
        <p className="text-sm text-muted">No near-duplicates or contradictions. Memory is tidy.</p>
      ) : null}
      <ul className="space-y-4">
        {pairs.slice(0, 5).map((p) => (
          <Pair key={`${p.survivor.id}-${p.merged.id}`} pair={p} onDismiss={onDismiss} dismissing={dismiss.isPending} />
        ))}
      </ul>
      {dismiss.error ? <p className="text-xs text-bad">{dismiss.error.message}</p> : null}
      {undismiss.error ? <p className="text-xs text-bad">Could not undo: {undismiss.error.message}</p> : null}
      {dismissed ? <UndoToast text="Marked as not a duplicate." onUndo={undo} onClose={closeUndo} /> : null}
    </Card>
  );
}
