'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../api-client';
import { jobsKeys } from './keys';
import type { JobsList, RunRow } from './types';

export function useJobs() {
  return useQuery({ queryKey: jobsKeys.list(), queryFn: () => apiFetch<JobsList>('/api/jobs') });
}

/** How many jobs need the owner (the sidebar's badge): a count, not the whole list. */
export function useJobsAttention() {
  return useQuery({
    queryKey: jobsKeys.attention(),
    queryFn: () => apiFetch<{ attention: number }>('/api/jobs/attention'),
  });
}

export function useRuns(id: string, enabled: boolean) {
  return useQuery({
    queryKey: jobsKeys.runs(id),
    queryFn: () => apiFetch<{ runs: RunRow[] }>(`/api/jobs/${id}/runs?limit=20`),
    enabled,
  });
}

export type JobAction =
  | { kind: 'run' | 'pause' | 'resume' }
  | { kind: 'circuit'; state: 'closed' | 'half-open' }
  | { kind: 'settings'; body: Record<string, unknown> };

/** One mutation for the row's buttons; the optimistic flags roll back if the server refuses. */
export function useJobAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: JobAction) => {
      if (action.kind === 'settings') return apiFetch(`/api/jobs/${id}`, { method: 'PATCH', json: action.body });
      if (action.kind === 'circuit')
        return apiFetch(`/api/jobs/${id}/circuit`, { method: 'POST', json: { state: action.state } });
      return apiFetch(`/api/jobs/${id}/${action.kind}`, { method: 'POST' });
    },
    onMutate: async (action) => {
      await client.cancelQueries({ queryKey: jobsKeys.list() });
      const previous = client.getQueryData<JobsList>(jobsKeys.list());
      if (previous && action.kind !== 'run' && action.kind !== 'settings') {
        client.setQueryData<JobsList>(jobsKeys.list(), {
          ...previous,
          jobs: previous.jobs.map((j) =>
            j.id !== id
              ? j
              : action.kind === 'circuit'
                ? { ...j, circuitState: action.state }
                : { ...j, enabled: action.kind === 'resume' },
          ),
        });
      }
      return { previous };
    },
    onError: (_error, _action, context) => {
      if (context?.previous) client.setQueryData(jobsKeys.list(), context.previous);
    },
    onSettled: () => client.invalidateQueries({ queryKey: jobsKeys.all() }),
  });
}
