'use client';

import { useQuery } from '@tanstack/react-query';
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
