'use client';

import { type InfiniteData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Reply } from '@/lib/api/serialized';
import type { bulkReplySchema } from '@/lib/staging/reply-schemas';
import { apiFetch } from '../api-client';
import { type QueueFilters, stagingKeys } from './keys';
import type { Counts, ItemDetail, QueuePage } from './types';

function listUrl(filters: QueueFilters, cursor: string | null) {
  const params = new URLSearchParams({ status: filters.status, limit: '50' });
  if (filters.kind) params.set('kind', filters.kind);
  if (cursor) params.set('cursor', cursor);
  return `/api/staging?${params}`;
}

export function useQueue(filters: QueueFilters, initial?: QueuePage) {
  return useInfiniteQuery({
    queryKey: stagingKeys.list(filters),
    queryFn: ({ pageParam }) => apiFetch<QueuePage>(listUrl(filters, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: initial ? { pages: [initial], pageParams: [null] } : undefined,
  });
}

export function useCounts() {
  return useQuery({ queryKey: stagingKeys.counts(), queryFn: () => apiFetch<Counts>('/api/staging/counts') });
}

export function useItem(id: string | undefined) {
  return useQuery({
    queryKey: stagingKeys.item(id ?? ''),
    queryFn: () => apiFetch<ItemDetail>(`/api/staging/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export type Decision = { action: 'approve' | 'reject'; ids: string[]; reason?: string };
export type BulkReply = Reply<typeof bulkReplySchema>;

/**
 * Approve/reject one or many. Optimistic: the decided rows leave the pending list at once and come
 * back if the server refuses; the live event (or onSettled) then brings the truth.
 */
export function useDecide(filters: QueueFilters) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (d: Decision): Promise<BulkReply> => {
      const [only] = d.ids;
      if (d.ids.length === 1 && only) {
        const url = `/api/staging/${encodeURIComponent(only)}/${d.action}`;
        const reply = await apiFetch<{ status: string }>(url, {
          method: 'POST',
          json: d.action === 'reject' ? { reason: d.reason } : {},
        });
        return { results: [{ id: only, ok: true, status: reply.status }], succeeded: 1, failed: 0 };
      }
      return apiFetch<BulkReply>('/api/staging/bulk', { method: 'POST', json: d });
    },
    onMutate: async (d) => {
      const key = stagingKeys.list(filters);
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<InfiniteData<QueuePage>>(key);
      if (before && filters.status === 'pending') {
        const gone = new Set(d.ids);
        client.setQueryData<InfiniteData<QueuePage>>(key, {
          ...before,
          pages: before.pages.map((p) => ({ ...p, items: p.items.filter((i) => !gone.has(i.id)) })),
        });
      }
      return { before };
    },
    onError: (_error, _d, context) => {
      if (context?.before) client.setQueryData(stagingKeys.list(filters), context.before);
    },
    onSettled: () => client.invalidateQueries({ queryKey: stagingKeys.all() }),
  });
}
