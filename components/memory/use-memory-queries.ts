'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../api-client';
import { filtersToQuery, type MemoryFilters, memoryKeys } from './keys';
import type { DuplicatePair, EntryDetail, FacetsReply, RelatedEntry, SearchReply } from './types';

export function useMemorySearch(filters: MemoryFilters) {
  return useQuery({
    queryKey: memoryKeys.list(filters),
    queryFn: () => apiFetch<SearchReply>(`/api/memory?${filtersToQuery(filters)}&limit=100`),
    placeholderData: keepPreviousData,
  });
}

export function useMemoryFacets() {
  return useQuery({ queryKey: memoryKeys.facets(), queryFn: () => apiFetch<FacetsReply>('/api/memory/facets') });
}

export function useDuplicates() {
  return useQuery({
    queryKey: memoryKeys.duplicates(),
    queryFn: () => apiFetch<{ pairs: DuplicatePair[] }>('/api/memory/duplicates?limit=20'),
  });
}

export function useMemoryEntry(id: string | null) {
  return useQuery({
    queryKey: memoryKeys.entry(id ?? ''),
    queryFn: () => apiFetch<EntryDetail>(`/api/memory/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

/** Entries a text would duplicate or contradict; nothing is asked for texts too short to judge. */
export function useRelatedEntries(content: string) {
  const text = content.trim();
  return useQuery({
    queryKey: memoryKeys.related(text),
    queryFn: () =>
      apiFetch<{ related: RelatedEntry[] }>('/api/memory/related', { method: 'POST', json: { content: text } }),
    enabled: text.length >= 12,
    placeholderData: keepPreviousData,
  });
}
