'use client';

import { History, RotateCcw } from 'lucide-react';
import { Button } from '../ui/button';
import { RelativeTime } from '../ui/relative-time';
import { sourceLabel } from './source-label';
import { useMemoryEntry } from './use-memory-queries';
import { useRestoreVersion } from './use-memory-mutations';

/** Provenance and version history of one entry; any earlier version can be restored. */
export function HistoryPanel({ id }: { id: string }) {
  const { data, isPending, error } = useMemoryEntry(id);
  const restore = useRestoreVersion();
  if (isPending) return <p className="text-xs text-muted">Loading history…</p>;
  if (error || !data) return <p className="text-xs text-bad">Could not load history: {error?.message}</p>;
  const current = data.entry.version;
  return (
    <div className="space-y-3 border-t border-border pt-3 text-sm" data-testid="history-panel">
      <div>
        <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">Provenance</h3>
        <ul className="space-y-0.5 text-xs">
          {data.provenances.map((p) => (
            <li key={p.id}>
              {sourceLabel(p.sourceKind, p.sourceId)} · by {p.createdBy} · <RelativeTime iso={p.createdAt} />
              {p.mergedFromId ? (
                <span className="text-muted"> (via merged entry {p.mergedFromId.slice(0, 8)})</span>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="mb-1 flex items-center gap-1 text-xs font-semibold uppercase tracking-wide text-muted">
          <History className="size-3" aria-hidden /> History
        </h3>
        {restore.error ? <p className="text-xs text-bad">{restore.error.message}</p> : null}
        <ol className="space-y-1.5">
          {data.versions.map((v) => (
            <li key={v.version} className="flex items-start gap-2 text-xs">
              <span className="mt-0.5 w-8 shrink-0 font-mono text-muted">v{v.version}</span>
              <div className="min-w-0 flex-1">
                <p>
                  <span className="font-medium">{v.changeKind}</span>
                  {v.changed.length ? <span className="text-muted"> ({v.changed.join(', ')})</span> : null} by{' '}
                  {v.changedBy} · <RelativeTime iso={v.createdAt} />
                  {v.note ? <span className="text-muted"> · {v.note}</span> : null}
                </p>
                <p className="truncate text-muted" title={v.content}>
                  {v.content}
                </p>
              </div>
              {v.version !== current && data.entry.deletedAt === null ? (
                <Button
                  variant="ghost"
                  className="px-2 py-1 text-xs"
                  aria-label={`Restore version ${v.version}`}
                  disabled={restore.isPending}
                  onClick={() => restore.mutate({ id, version: v.version, expectedVersion: current })}
                >
                  <RotateCcw className="size-3" aria-hidden /> Restore
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
