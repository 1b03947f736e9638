'use client';

import { Undo2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '../ui/button';
import type { PendingDecision } from './use-undoable-decision';

/** "Approved 1 item · Undo (4 s)": the decision is only sent when the countdown ends. */
export function UndoBar({ held, onUndo }: { held: PendingDecision; onUndo: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.ceil((held.until - now) / 1000));
  const n = held.ids.length;
  const verb = held.action === 'approve' ? 'Approved' : 'Rejected';
  return (
    <div
      role="status"
      data-testid="undo-bar"
      className="flex items-center justify-between gap-2 rounded-lg border border-border bg-surface-2 px-3 py-2 text-sm"
    >
      <span className="min-w-0 truncate">
        {verb} {n} {n === 1 ? 'item' : 'items'}
        <span className="text-muted"> · sent in {seconds} s</span>
      </span>
      <Button variant="ghost" className="shrink-0 px-2 py-1 text-xs" onClick={onUndo}>
        <Undo2 className="size-3.5" aria-hidden /> Undo <kbd>u</kbd>
      </Button>
    </div>
  );
}
