'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Reply } from '@/lib/api/serialized';
import type { briefingReplySchema, briefingsReplySchema } from '@/lib/briefing/reply-schemas';
import { apiFetch } from '../api-client';
import { briefingKeys } from './briefing-keys';

export type BriefingList = Reply<typeof briefingsReplySchema>;
export type BriefingView = Reply<typeof briefingReplySchema>;

export function useBriefings() {
  return useQuery({ queryKey: briefingKeys.list(), queryFn: () => apiFetch<BriefingList>('/api/briefings') });
}

export function useBriefing(id: string | null) {
  return useQuery({
    queryKey: briefingKeys.one(id ?? ''),
    queryFn: () => apiFetch<BriefingView>(`/api/briefings/${id}`),
    enabled: Boolean(id),
  });
}

export function useRebuildBriefing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<{ briefingId: string; headline: string }>('/api/briefings', { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['briefing'] }),
  });
}
