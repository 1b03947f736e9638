'use client';

import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../api-client';
import { DUPLICATES_SHOWN, filtersToQuery, MEMORY_PAGE_SIZE, type MemoryFilters, memoryKeys } from './keys';
import type { DuplicatePair, EntryDetail, FacetsReply, RelatedEntry, SearchReply } from './types';

export function useMemorySearch(filters: MemoryFilters, initial?: SearchReply) {
  return useInfiniteQuery({
    queryKey: memoryKeys.list(filters),
    queryFn: ({ pageParam }) =>
      apiFetch<SearchReply>(`/api/memory?${filtersToQuery(filters)}&limit=${MEMORY_PAGE_SIZE}&offset=${pageParam}`),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => (last.hasMore ? pages.length * MEMORY_PAGE_SIZE : undefined),
    initialData: initial ? { pages: [initial], pageParams: [0] } : undefined,
    placeholderData: keepPreviousData,
  });
}

/** Asked only while the chips are shown: the count reads much of memory (tens of MB of a large database). */
export function useMemoryFacets(enabled: boolean) {
  return useQuery({
    queryKey: memoryKeys.facets(),
    queryFn: () => apiFetch<FacetsReply>('/api/memory/facets'),
    enabled,
  });
}

export function useDuplicates() {
  return useQuery({
    queryKey: memoryKeys.duplicates(),
    // While `scanning`, a worker is comparing memory; its live event (topic memory) refetches this.
    queryFn: () =>
      apiFetch<{ pairs: DuplicatePair[]; scanning: boolean; scannedAt: string | null }>(
        `/api/memory/duplicates?limit=${DUPLICATES_SHOWN}`,
      ),
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
