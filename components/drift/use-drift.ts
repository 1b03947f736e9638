'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CurrentDrift } from '@/lib/drift/get-current-drift';
import type { IgnoreRulesView } from '@/lib/drift/list-ignore-rules';
import type { DriftHistory } from '@/lib/drift/list-drift-history';
import type { Reply } from '@/lib/api/serialized';
import type { driftCheckReplySchema } from '@/lib/drift/reply-schemas';
import { apiFetch } from '../api-client';
import { driftKeys } from './keys';

export const useCurrentDrift = () =>
  useQuery({ queryKey: driftKeys.current(), queryFn: () => apiFetch<CurrentDrift>('/api/drift') });
export const useDriftHistory = () =>
  useQuery({ queryKey: driftKeys.history(), queryFn: () => apiFetch<DriftHistory>('/api/drift/history') });
export const useIgnoreRules = () =>
  useQuery({ queryKey: driftKeys.ignore(), queryFn: () => apiFetch<IgnoreRulesView>('/api/drift/ignore') });

type CheckResult = Reply<typeof driftCheckReplySchema>;

export function useCheckNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<CheckResult>('/api/drift/check', { method: 'POST' }),
    onSettled: () => client.invalidateQueries({ queryKey: driftKeys.all }),
  });
}

export function useDecideReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { stagedItemId: string; decision: 'approve' | 'reject' }) =>
      apiFetch<{ status: string; changeItemId?: string }>(
        `/api/drift/reports/${encodeURIComponent(v.stagedItemId)}/decision`,
        { method: 'POST', json: { decision: v.decision } },
      ),
    onSettled: () => client.invalidateQueries({ queryKey: driftKeys.all }),
  });
}
