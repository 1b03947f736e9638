'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditReport } from '@/lib/containers/audit/model';
import type { ContainerSummary } from '@/lib/containers/summarize-container';
import { apiFetch } from '../api-client';
import { containerKeys } from './keys';

export function useContainers() {
  return useQuery({
    queryKey: containerKeys.list(),
    queryFn: () => apiFetch<{ containers: ContainerSummary[] }>('/api/containers'),
    retry: false,
  });
}

export function useComposeAudit() {
  return useQuery({
    queryKey: containerKeys.composeAudit(),
    queryFn: () => apiFetch<{ services: AuditReport[] }>('/api/containers/compose-audit'),
    retry: false,
  });
}

export type ContainerActionName = 'start' | 'stop' | 'restart';

/** Start/stop/restart; the server's live event refreshes the list, this also does on success. */
export function useContainerAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, action }: { name: string; action: ContainerActionName }) =>
      apiFetch<ContainerSummary>(`/api/containers/${encodeURIComponent(name)}/${action}`, { method: 'POST' }),
    onSuccess: (updated) => {
      queryClient.setQueryData<{ containers: ContainerSummary[] }>(containerKeys.list(), (old) =>
        old ? { containers: old.containers.map((c) => (c.name === updated.name ? updated : c)) } : old,
      );
      void queryClient.invalidateQueries({ queryKey: containerKeys.all });
    },
  });
}

export function useCreateSandbox() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<ContainerSummary>('/api/containers', { method: 'POST', json: { component: 'sandbox' } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: containerKeys.all }),
  });
}
