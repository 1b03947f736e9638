'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Serialized } from '@/lib/api/serialized';
import type { listGatewayJobs } from '@/lib/jobs/gateway/list-gateway-jobs';
import { apiFetch } from '../api-client';
import { jobsKeys } from './keys';

export type GatewayJobRow = Serialized<Awaited<ReturnType<typeof listGatewayJobs>>>['jobs'][number];

// Under the 'jobs' topic, so the gateway-circuit live event refreshes it with the rest of the page.
export const gatewayJobsKey = () => [...jobsKeys.all(), 'gateway'] as const;

export function useGatewayJobs() {
  return useQuery({
    queryKey: gatewayJobsKey(),
    queryFn: () => apiFetch<{ jobs: GatewayJobRow[] }>('/api/jobs/gateway'),
  });
}

/** "Re-enable" of a gateway job: no optimistic flip, the row changes when the gateway has confirmed it. */
export function useResetGatewayJob(jobId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(`/api/jobs/gateway/${encodeURIComponent(jobId)}/reset`, { method: 'POST' }),
    onSettled: () => client.invalidateQueries({ queryKey: gatewayJobsKey() }),
  });
}

export const isTripped = (job: GatewayJobRow) => job.state === 'open' || job.state === 'half-open';
