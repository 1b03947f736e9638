'use client';

import { memo, useEffect, useRef } from 'react';
import { kindLabel } from '@/lib/staging/kind-labels';
import { Badge } from '../ui/badge';
import { cn } from '../ui/cn';
import { RelativeTime } from '../ui/relative-time';
import { SpriteIcon } from '../ui/sprite-icon';
import type { QueueItem } from './types';

type Props = {
  items: QueueItem[];
  focused: number;
  selected: Set<string>;
  onFocus: (i: number) => void;
  onToggle: (id: string) => void;
};

/** Memoised: the queue re-renders when the focused item's detail arrives, the rows need not. */
export const QueueList = memo(function QueueList({ items, focused, selected, onFocus, onToggle }: Props) {
  const active = useRef<HTMLLIElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    // When the page opens on the first row it is already in view: asking to scroll to it would only
    // force a layout in the middle of hydration.
    const opening = !opened.current;
    opened.current = true;
    if (opening && focused === 0) return;
    if (focused >= 0) active.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  return (
    <ul className="divide-y divide-border" aria-label="Staged items" data-testid="queue">
      {items.map((item, i) => (
        <li
          key={item.id}
          ref={i === focused ? active : undefined}
          data-testid="queue-row"
          data-id={item.id}
          aria-current={i === focused ? 'true' : undefined}
          className={cn(
            'flex items-start gap-3 px-3 py-2.5',
            i === focused ? 'bg-accent/10 ring-1 ring-inset ring-accent/50' : 'hover:bg-surface-2',
          )}
        >
          <input
            type="checkbox"
            aria-label={`Select ${item.title}`}
            checked={selected.has(item.id)}
            onChange={() => onToggle(item.id)}
            className="mt-1 accent-[var(--accent)]"
          />
          <button type="button" className="min-w-0 flex-1 text-left" onClick={() => onFocus(i)}>
            <span className="block truncate text-sm font-medium">{item.title}</span>
            <span className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-muted">
              <Badge>{kindLabel(item.kind)}</Badge>
              {item.fileCount > 0 ? (
                <span className="inline-flex items-center gap-1">
                  <SpriteIcon name="file-diff" className="size-3" /> {item.fileCount}
                </span>
              ) : null}
              <RelativeTime iso={item.createdAt} />
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
});
