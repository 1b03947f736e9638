'use client';

import { Keyboard } from 'lucide-react';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '../ui/button';
import { HelpOverlay } from './help-overlay';
import { ItemDetail } from './item-detail';
import type { QueueFilters } from './keys';
import { QueueFiltersBar } from './queue-filters';
import { QueueList } from './queue-list';
import { RejectDialog } from './reject-dialog';
import type { QueuePage } from './types';
import { UndoBar } from './undo-bar';
import { type BulkReply, type Decision, useDecide, useItem, useQueue } from './use-staging';
import { useUndoableDecision } from './use-undoable-decision';
import { approveBlockedReason } from './blocked-reason';
import { useTriageKeys } from './use-triage-keys';

function summarise(action: 'approve' | 'reject', reply: BulkReply): { tone: 'ok' | 'bad'; text: string } {
  const verb = action === 'approve' ? 'Approved' : 'Rejected';
  const failures = reply.results.filter((r) => !r.ok);
  if (failures.length === 0)
    return { tone: 'ok', text: `${verb} ${reply.succeeded} ${reply.succeeded === 1 ? 'item' : 'items'}.` };
  return {
    tone: 'bad',
    text: `${verb} ${reply.succeeded}; ${failures.length} refused: ${failures.map((f) => f.error).join(' · ')}`,
  };
}

/** The morning queue: filters, the list (keyboard-driven) and the detail pane of the focused item. */
export function ReviewQueue({ initial }: { initial?: QueuePage }) {
  // The briefing links to one kind of pending item (/staging?kind=code-review).
  const params = useSearchParams();
  const kindParam = params.get('kind');
  const itemParam = params.get('item');
  const [filters, setFilters] = useState<QueueFilters>(() =>
    kindParam ? { status: 'pending', kind: kindParam } : { status: 'pending' },
  );
  const queue = useQueue(filters, filters.status === 'pending' && !filters.kind ? initial : undefined);
  const decide = useDecide(filters);
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null);
  const send = (d: Decision) =>
    decide.mutate(d, {
      onSuccess: (reply) => setMessage(summarise(d.action, reply)),
      onError: (error) => setMessage({ tone: 'bad', text: error.message }),
    });
  const { held, hold, undo } = useUndoableDecision(send);
  // A held decision's items leave the list at once; Undo brings them back untouched.
  const all = useMemo(() => queue.data?.pages.flatMap((p) => p.items) ?? [], [queue.data]);
  const items = useMemo(() => (held ? all.filter((i) => !held.ids.includes(i.id)) : all), [all, held]);
  const [focusedIndex, setFocused] = useState(0);
  // /staging?item=<id> (from the command palette) focuses that item once it is in the list.
  const wanted = useRef(itemParam);
  useEffect(() => {
    if (!wanted.current) return;
    const at = items.findIndex((i) => i.id === wanted.current);
    if (at >= 0) {
      setFocused(at);
      wanted.current = null;
    }
  }, [items]);
  const focused = Math.min(focusedIndex, Math.max(items.length - 1, 0));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [rejecting, setRejecting] = useState<string[] | null>(null);
  const [help, setHelp] = useState(false);
  const current = items[focused];
  const currentDetail = useItem(current?.id);
  const blocked = current ? approveBlockedReason(currentDetail.data) : null;

  const targets = () => (selected.size > 0 ? [...selected] : current ? [current.id] : []);
  const run = (action: 'approve' | 'reject', ids: string[], reason?: string) => {
    if (ids.length === 0) return;
    if (action === 'approve' && selected.size === 0 && blocked) {
      setMessage({ tone: 'bad', text: `Not approved: ${blocked}` });
      return;
    }
    setMessage(null);
    hold({ action, ids, reason });
    setSelected(new Set());
  };
  // Stable, so the memoised list does not re-render when only the detail pane's data arrives.
  const toggle = useCallback(
    (id: string) =>
      setSelected((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );

  useTriageKeys(
    {
      next: () => setFocused(Math.min(focused + 1, items.length - 1)),
      previous: () => setFocused(Math.max(focused - 1, 0)),
      approve: () => run('approve', targets()),
      reject: () => targets().length > 0 && setRejecting(targets()),
      toggle: () => current && toggle(current.id),
      help: () => setHelp((h) => !h),
      escape: () => setSelected(new Set()),
      undo: () => held && undo(),
    },
    !rejecting && !help,
  );

  return (
    <div data-own-list-keys className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(18rem,26rem)_minmax(0,1fr)]">
      <section className="min-w-0 rounded-xl border border-border bg-surface" aria-label="Queue">
        <div className="space-y-3 border-b border-border p-3">
          <QueueFiltersBar
            filters={filters}
            onChange={(f) => {
              setFilters(f);
              setFocused(0);
              setSelected(new Set());
              setMessage(null);
            }}
          />
          <div className="flex items-center justify-between gap-2 text-xs text-muted">
            <span data-testid="selection-count">
              {selected.size > 0 ? `${selected.size} selected — a/r act on all of them` : `${items.length} shown`}
            </span>
            <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setHelp(true)}>
              <Keyboard className="size-3.5" aria-hidden /> Keys <kbd>?</kbd>
            </Button>
          </div>
          {held ? <UndoBar held={held} onUndo={undo} /> : null}
          {message ? (
            <p
              role="status"
              data-testid="triage-message"
              className={message.tone === 'ok' ? 'text-xs text-ok' : 'text-xs text-bad'}
            >
              {message.text}
            </p>
          ) : null}
        </div>
        {queue.error ? <p className="p-4 text-sm text-bad">Could not load the queue: {queue.error.message}</p> : null}
        {!queue.isPending && items.length === 0 ? (
          <p className="p-4 text-sm text-muted" data-testid="queue-empty">
            Nothing here. The queue is clear.
          </p>
        ) : null}
        <QueueList items={items} focused={focused} selected={selected} onFocus={setFocused} onToggle={toggle} />
        {queue.hasNextPage ? (
          <div className="p-3">
            <Button className="w-full" onClick={() => queue.fetchNextPage()} disabled={queue.isFetchingNextPage}>
              {queue.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </Button>
          </div>
        ) : null}
      </section>
      <section className="min-w-0 rounded-xl border border-border bg-surface" aria-label="Detail">
        <ItemDetail
          id={current?.id}
          onApprove={() => current && run('approve', [current.id])}
          onReject={() => current && setRejecting([current.id])}
        />
      </section>
      {rejecting ? (
        <RejectDialog
          count={rejecting.length}
          pending={decide.isPending}
          onCancel={() => setRejecting(null)}
          onReject={(reason) => {
            run('reject', rejecting, reason);
            setRejecting(null);
          }}
        />
      ) : null}
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
    </div>
  );
}
