'use client';

import { useQuery } from '@tanstack/react-query';
import type { Health } from '@/lib/health/check-health';
import { queryKeys } from '../query-keys';

export function useHealth() {
  return useQuery({
    queryKey: queryKeys.health(),
    // /api/health answers 503 with the same body when something is down; both are data here.
    queryFn: async () => (await fetch('/api/health')).json() as Promise<Health>,
  });
}
