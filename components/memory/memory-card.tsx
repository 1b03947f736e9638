'use client';

import { memo, useState } from 'react';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { cn } from '../ui/cn';
import { RelativeTime } from '../ui/relative-time';
import { SpriteIcon } from '../ui/sprite-icon';
import { EntryEditor } from './entry-editor';
import { Highlighted } from './highlighted';
import { HistoryPanel } from './history-panel';
import { sourceLabel } from './source-label';
import type { SearchHit } from './types';
import { useUpdateMemory } from './use-memory-mutations';

type Props = {
  hit: SearchHit;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onDelete: (id: string) => void;
  onUndelete: (id: string) => void;
};

const icon = 'size-4';

/** One memory entry. Focus it and press e (edit), p (pin), h (history), x (select) or Delete. */
/** Memoised with the page's stable callbacks: typing in the search box does not re-render every card. */
export const MemoryCard = memo(function MemoryCard({ hit, selected, onSelect, onDelete, onUndelete }: Props) {
  const { entry, snippet } = hit;
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  const update = useUpdateMemory();
  const deleted = entry.deletedAt !== null;
  const togglePin = () => update.mutate({ id: entry.id, version: entry.version, pinned: !entry.pinned });
  const toggleArchive = () =>
    update.mutate({
      id: entry.id,
      version: entry.version,
      status: entry.status === 'archived' ? 'active' : 'archived',
    });

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (editing || e.target !== e.currentTarget || e.metaKey || e.ctrlKey || e.altKey) return;
    const key = e.key;
    if (!['e', 'p', 'h', 'x', 'Delete'].includes(key)) return;
    e.preventDefault();
    if (key === 'h') setHistory((v) => !v);
    else if (key === 'x') onSelect(entry.id, !selected);
    else if (deleted) return;
    else if (key === 'e') setEditing(true);
    else if (key === 'p') togglePin();
    else onDelete(entry.id);
  };

  return (
    <article
      // biome-ignore lint/a11y/noNoninteractiveTabindex: entries are focusable so keyboard shortcuts can act on them
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={`Memory entry: ${entry.content.slice(0, 60)}`}
      data-testid="memory-entry"
      data-entry-id={entry.id}
      className={cn(
        'group rounded-xl border bg-surface p-4 outline-none transition focus-visible:border-accent focus-visible:ring-2 focus-visible:ring-accent/30',
        selected ? 'border-accent/60' : 'border-border',
        entry.pinned && !selected ? 'border-l-4 border-l-accent' : '',
      )}
    >
      <div className="flex gap-3">
        <input
          type="checkbox"
          aria-label="Select entry"
          checked={selected}
          onChange={(e) => onSelect(entry.id, e.target.checked)}
          className="mt-1 size-4 shrink-0 accent-[var(--accent)]"
        />
        <div className="min-w-0 flex-1">
          {editing ? (
            <EntryEditor entry={entry} onDone={() => setEditing(false)} />
          ) : (
            <>
              <p className="whitespace-pre-wrap break-words text-[0.95rem] leading-relaxed" data-testid="entry-content">
                {snippet ? <Highlighted segments={snippet} /> : entry.content}
              </p>
              <div className="mt-3 flex flex-wrap items-center gap-1.5 text-xs text-muted">
                {entry.pinned ? (
                  <Badge tone="accent">
                    <SpriteIcon name="pin" className="size-3" /> pinned
                  </Badge>
                ) : null}
                <Badge>{entry.category}</Badge>
                {entry.tags.map((t) => (
                  <span key={t} className="text-accent">
                    #{t}
                  </span>
                ))}
                {entry.status === 'archived' ? <Badge tone="warn">archived</Badge> : null}
                {entry.expiresAt ? (
                  <Badge tone={entry.expired ? 'bad' : 'neutral'}>
                    <SpriteIcon name="clock" className="size-3" /> {entry.expired ? 'expired' : 'expires'}{' '}
                    <RelativeTime iso={entry.expiresAt} />
                  </Badge>
                ) : null}
                <span className="ml-1">
                  {sourceLabel(entry.sourceKind, entry.sourceId)} · updated <RelativeTime iso={entry.updatedAt} /> · v
                  {entry.version}
                </span>
                {!editing ? (
                  <div className="-my-1 ml-auto flex shrink-0 items-center gap-0.5 opacity-60 transition group-focus-within:opacity-100 group-hover:opacity-100">
                    {deleted ? (
                      <Button
                        variant="ghost"
                        className="px-2"
                        onClick={() => onUndelete(entry.id)}
                        aria-label="Restore from trash"
                      >
                        <SpriteIcon name="undo" className={icon} />
                      </Button>
                    ) : (
                      <>
                        <Button
                          variant="ghost"
                          className="px-2"
                          onClick={togglePin}
                          aria-label={entry.pinned ? 'Unpin' : 'Pin'}
                          title="Pin (p)"
                        >
                          <SpriteIcon name={entry.pinned ? 'pin-off' : 'pin'} className={icon} />
                        </Button>
                        <Button
                          variant="ghost"
                          className="px-2"
                          onClick={() => setEditing(true)}
                          aria-label="Edit"
                          title="Edit (e)"
                        >
                          <SpriteIcon name="pencil" className={icon} />
                        </Button>
                        <Button
                          variant="ghost"
                          className="px-2"
                          onClick={toggleArchive}
                          aria-label={entry.status === 'archived' ? 'Unarchive' : 'Archive'}
                        >
                          <SpriteIcon
                            name={entry.status === 'archived' ? 'archive-restore' : 'archive'}
                            className={icon}
                          />
                        </Button>
                        <Button
                          variant="ghost"
                          className="px-2 hover:text-bad"
                          onClick={() => onDelete(entry.id)}
                          aria-label="Delete"
                          title="Delete (Del)"
                        >
                          <SpriteIcon name="trash" className={icon} />
                        </Button>
                      </>
                    )}
                    <Button
                      variant="ghost"
                      className="px-2"
                      onClick={() => setHistory((v) => !v)}
                      aria-label="History"
                      aria-expanded={history}
                      title="History (h)"
                    >
                      <SpriteIcon name="history" className={icon} />
                    </Button>
                  </div>
                ) : null}
              </div>
            </>
          )}
          {update.error && !editing ? <p className="mt-2 text-xs text-bad">{update.error.message}</p> : null}
          {history ? (
            <div className="mt-3">
              <HistoryPanel id={entry.id} />
            </div>
          ) : null}
        </div>
      </div>
    </article>
  );
});
