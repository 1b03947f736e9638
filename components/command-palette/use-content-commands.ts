'use client';

import { useQuery } from '@tanstack/react-query';
import { Brain, Inbox } from 'lucide-react';
import { useEffect, useState } from 'react';
import { kindLabel } from '@/lib/staging/kind-labels';
import { apiFetch } from '../api-client';
import type { SearchReply } from '../memory/types';
import type { QueuePage } from '../staging/types';
import type { PaletteCommand } from './actions';

function useDebounced(value: string, ms: number): string {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/**
 * What the palette finds in Buddy's content as you type (two letters or more): pending staged items
 * by title and memory entries by full-text search, each opening where it lives.
 */
export function useContentCommands(query: string): PaletteCommand[] {
  const q = useDebounced(query.trim(), 200);
  const enabled = q.length >= 2;
  const staged = useQuery({
    queryKey: ['palette', 'staging', q],
    queryFn: () => apiFetch<QueuePage>(`/api/staging?${new URLSearchParams({ status: 'pending', q, limit: '5' })}`),
    enabled,
  });
  const memory = useQuery({
    queryKey: ['palette', 'memory', q],
    queryFn: () => apiFetch<SearchReply>(`/api/memory?${new URLSearchParams({ q, limit: '5' })}`),
    enabled,
  });
  if (!enabled) return [];
  return [
    ...(staged.data?.items ?? []).map(
      (i): PaletteCommand => ({
        id: `staged-${i.id}`,
        group: 'Waiting for review',
        label: i.title,
        hint: kindLabel(i.kind),
        icon: Inbox,
        keywords: q,
        run: { href: `/staging?item=${encodeURIComponent(i.id)}` },
      }),
    ),
    ...(memory.data?.items ?? []).map(
      (h): PaletteCommand => ({
        id: `memory-${h.entry.id}`,
        group: 'Memory',
        label: h.entry.content.length > 90 ? `${h.entry.content.slice(0, 89)}…` : h.entry.content,
        hint: h.entry.category,
        icon: Brain,
        keywords: q,
        run: { href: `/memory?q=${encodeURIComponent(q)}` },
      }),
    ),
  ];
}
