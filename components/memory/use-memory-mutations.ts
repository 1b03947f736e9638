'use client';

import { type InfiniteData, type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../api-client';
import { memoryKeys } from './keys';
import type { DuplicatePair, ImportReport, MemoryView, SearchHit, SearchReply } from './types';

type Patch = {
  id: string;
  version: number;
  content?: string;
  category?: string;
  tags?: string[];
  pinned?: boolean;
  status?: 'active' | 'archived';
  expiresAt?: string | null;
};

/**
 * Edits, pins and archives show at once and roll back if the server refuses (a 409 conflict
 * included); the live event that follows refreshes every list.
 */
export function useUpdateMemory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Patch) =>
      apiFetch<{ entry: MemoryView }>(`/api/memory/${id}`, { method: 'PATCH', json: body }),
    onMutate: async (patch) => {
      await qc.cancelQueries({ queryKey: memoryKeys.lists() });
      const before = qc.getQueriesData<InfiniteData<SearchReply>>({ queryKey: memoryKeys.lists() });
      const patched = (h: SearchHit): SearchHit => {
        if (h.entry.id !== patch.id) return h;
        const { id: _id, version: _v, ...fields } = patch;
        return { ...h, entry: { ...h.entry, ...fields } as MemoryView, snippet: patch.content ? null : h.snippet };
      };
      qc.setQueriesData<InfiniteData<SearchReply>>({ queryKey: memoryKeys.lists() }, (data) =>
        data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map(patched) })) } : data,
      );
      return { before };
    },
    onError: (_error, _patch, context) => {
      for (const [key, data] of context?.before ?? []) qc.setQueryData(key as QueryKey, data);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: memoryKeys.all }),
  });
}

function useMemoryAction<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => qc.invalidateQueries({ queryKey: memoryKeys.all }) });
}

export const useCreateMemory = () =>
  useMemoryAction((body: { content: string; category: string; tags: string[] }) =>
    apiFetch<{ entry: MemoryView }>('/api/memory', { method: 'POST', json: body }),
  );
export const useDeleteMemory = () =>
  useMemoryAction((id: string) => apiFetch<{ entry: MemoryView }>(`/api/memory/${id}`, { method: 'DELETE' }));
export const useUndeleteMemory = () =>
  useMemoryAction((id: string) => apiFetch<{ entry: MemoryView }>(`/api/memory/${id}/undelete`, { method: 'POST' }));
export const useBulkMemory = () =>
  useMemoryAction((body: { ids: string[]; action: string }) =>
    apiFetch<{ count: number }>('/api/memory/bulk', { method: 'POST', json: body }),
  );
export const useMergeMemory = () =>
  useMemoryAction((body: { survivorId: string; mergedId: string; content?: string }) =>
    apiFetch<{ entry: MemoryView }>('/api/memory/merge', { method: 'POST', json: body }),
  );
export const useRestoreVersion = () =>
  useMemoryAction(({ id, version, expectedVersion }: { id: string; version: number; expectedVersion: number }) =>
    apiFetch<{ entry: MemoryView }>(`/api/memory/${id}/versions/${version}/restore`, {
      method: 'POST',
      json: { expectedVersion },
    }),
  );
export const useImportMemory = () =>
  useMemoryAction((body: unknown) =>
    apiFetch<{ report: ImportReport }>('/api/memory/import', { method: 'POST', json: body }),
  );
export const useWorkspaceSync = () =>
  useMemoryAction((direction: 'export' | 'import') =>
    apiFetch<Record<string, unknown>>('/api/memory/workspace', { method: 'POST', json: { direction } }),
  );

/** "Not a duplicate": the pair leaves the panel at once (back if the server refuses) and is never proposed again. */
export function useDismissDuplicate() {
  const qc = useQueryClient();
  const key = memoryKeys.duplicates();
  return useMutation({
    mutationFn: (entryIds: [string, string]) =>
      apiFetch<{ dismissal: unknown }>('/api/memory/duplicates/dismissals', { method: 'POST', json: { entryIds } }),
    onMutate: async ([a, b]) => {
      await qc.cancelQueries({ queryKey: key });
      const before = qc.getQueryData<{ pairs: DuplicatePair[] }>(key);
      const same = (p: DuplicatePair) => [p.survivor.id, p.merged.id].sort().join() === [a, b].sort().join();
      qc.setQueryData<{ pairs: DuplicatePair[] }>(key, (data) =>
        data ? { pairs: data.pairs.filter((p) => !same(p)) } : data,
      );
      return { before };
    },
    onError: (_error, _ids, context) => qc.setQueryData(key, context?.before),
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
}

/** Takes a "not a duplicate" back; the pair returns to the proposals if the two still look alike. */
export function useUndismissDuplicate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (entryIds: [string, string]) =>
      apiFetch<{ dismissal: { proposedAgain: boolean } }>('/api/memory/duplicates/dismissals', {
        method: 'DELETE',
        json: { entryIds },
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: memoryKeys.duplicates() }),
  });
}
