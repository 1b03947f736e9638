'use client';

import { Button } from '../ui/button';

const ACTIONS = [
  ['pin', 'Pin'],
  ['unpin', 'Unpin'],
  ['archive', 'Archive'],
  ['restore', 'Unarchive'],
  ['delete', 'Delete'],
] as const;

/** Actions on the selected entries; appears only while something is selected. */
export function BulkBar({
  count,
  onAction,
  onClear,
  busy,
  inTrash,
}: {
  count: number;
  onAction: (a: string) => void;
  onClear: () => void;
  busy: boolean;
  inTrash: boolean;
}) {
  if (count === 0) return null;
  return (
    <div
      role="toolbar"
      aria-label="Bulk actions"
      className="sticky top-2 z-10 flex flex-wrap items-center gap-2 rounded-xl border border-accent/40 bg-surface/95 px-3 py-2 shadow-lg backdrop-blur"
    >
      <span className="text-sm font-medium">{count} selected</span>
      {inTrash ? (
        <Button className="px-3 py-1.5 text-xs" disabled={busy} onClick={() => onAction('undelete')}>
          Restore
        </Button>
      ) : (
        ACTIONS.map(([action, label]) => (
          <Button
            key={action}
            variant={action === 'delete' ? 'danger' : 'secondary'}
            className="px-3 py-1.5 text-xs"
            disabled={busy}
            onClick={() => onAction(action)}
          >
            {label}
          </Button>
        ))
      )}
      <Button variant="ghost" className="ml-auto px-3 py-1.5 text-xs" onClick={onClear}>
        Clear
      </Button>
    </div>
  );
}
