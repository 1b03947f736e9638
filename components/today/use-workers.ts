'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import type { WorkerStatus } from '@/lib/heartbeats/list-workers';
import { apiFetch } from '../api-client';
import { queryKeys } from '../query-keys';

export function useWorkers() {
  return useQuery({
    queryKey: queryKeys.workers(),
    queryFn: () => apiFetch<{ workers: WorkerStatus[] }>('/api/workers'),
  });
}

/** Asks a worker to beat now; the page updates when the worker's live event arrives. */
export function useRequestHeartbeat() {
  return useMutation({
    mutationFn: () => apiFetch<{ jobId: string }>('/api/workers/heartbeat', { method: 'POST' }),
  });
}
