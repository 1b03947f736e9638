'use client';

import { useEffect, useState } from 'react';
import { Badge } from '../ui/badge';
import { cn } from '../ui/cn';
import type { Story } from './types';
import { post, useIntelligenceMutation } from './use-intelligence';
import { formatDateTime } from '../ui/format-date';

/** Stories with keyboard triage: j/k move, o opens, m mutes, s saves (toggles). */
export function StoryList({ stories }: { stories: Story[] }) {
  const [index, setIndex] = useState(0);
  const triage = useIntelligenceMutation(({ id, triage }: { id: string; triage: string }) =>
    post(`/api/intelligence/stories/${id}`, { triage }, 'PATCH'),
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.metaKey || e.ctrlKey)
        return;
      const current = stories[index];
      if (e.key === 'j') setIndex((i) => Math.min(stories.length - 1, i + 1));
      else if (e.key === 'k') setIndex((i) => Math.max(0, i - 1));
      else if (e.key === 'o' && current?.sources[0]?.url) {
        window.open(current.sources[0].url, '_blank', 'noopener,noreferrer');
        triage.mutate({ id: current.id, triage: 'read' });
      } else if (e.key === 'm' && current)
        triage.mutate({ id: current.id, triage: current.triage === 'muted' ? 'new' : 'muted' });
      else if (e.key === 's' && current)
        triage.mutate({ id: current.id, triage: current.triage === 'saved' ? 'new' : 'saved' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stories, index, triage]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the selection moved, so scroll the selected row into view
  useEffect(() => {
    document.querySelector('[data-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [index]);
  if (stories.length === 0)
    return (
      <p className="text-sm text-muted">
        No stories yet. Add a feed; it is fetched on its own schedule, or press “Fetch now”.
      </p>
    );
  return (
    <ul className="divide-y divide-border" data-testid="story-list" data-own-list-keys>
      {stories.map((s, i) => (
        <li
          key={s.id}
          data-testid="story"
          data-selected={i === index}
          data-triage={s.triage}
          onClick={() => setIndex(i)}
          onKeyDown={() => undefined}
          className={cn(
            'cursor-default rounded-md px-3 py-2.5',
            i === index && 'bg-accent/10 ring-1 ring-accent/40',
            s.triage === 'muted' && 'opacity-50',
          )}
        >
          <div className="flex items-start justify-between gap-3">
            <span className="min-w-0 text-sm font-medium [overflow-wrap:anywhere]">{s.title}</span>
            {s.triage !== 'new' ? <Badge tone={s.triage === 'saved' ? 'accent' : 'neutral'}>{s.triage}</Badge> : null}
          </div>
          <div className="mt-1 flex min-w-0 flex-wrap gap-x-3 text-xs text-muted [overflow-wrap:anywhere]">
            {s.sources.map((src) => (
              <a
                key={`${src.feedId}-${src.url ?? src.publishedAt}`}
                href={src.url ?? undefined}
                target="_blank"
                rel="noopener noreferrer"
                className="hover:text-accent"
              >
                {src.feed}
              </a>
            ))}
            <span>{formatDateTime(s.firstSeenAt)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
