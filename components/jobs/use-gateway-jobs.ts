'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Reply } from '@/lib/api/serialized';
import type { gatewayJobsReplySchema } from '@/lib/jobs/reply-schemas';
import { apiFetch } from '../api-client';
import { jobsKeys } from './keys';
import type { GatewayJobRow } from './types';

export type { GatewayJobRow };

// Under the 'jobs' topic, so the gateway-circuit live event refreshes it with the rest of the page.
export const gatewayJobsKey = () => [...jobsKeys.all(), 'gateway'] as const;

export function useGatewayJobs() {
  return useQuery({
    queryKey: gatewayJobsKey(),
    queryFn: () => apiFetch<Reply<typeof gatewayJobsReplySchema>>('/api/jobs/gateway'),
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
