'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BriefingSection, Tone } from '@/lib/briefing/compose-briefing';
import { apiFetch } from '../api-client';
import { briefingKeys } from './briefing-keys';

export type BriefingView = {
  id: string;
  trigger: string;
  headline: string;
  since: string | null;
  until: string | null;
  createdAt: string;
  tone: Tone;
  prose: { text: string | null; note: string | null };
  sections: BriefingSection[];
};
export type BriefingList = {
  latest: BriefingView | null;
  history: {
    id: string;
    trigger: string;
    headline: string;
    since: string | null;
    createdAt: string;
    tone: Tone;
    replaced: boolean;
  }[];
};

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
