import { dehydrate, HydrationBoundary, QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export type Seed = { key: QueryKey; data: unknown };

/**
 * Puts data read on the server into the browser's query cache under the keys the client hooks use,
 * so a page opens with its content rendered instead of fetching it after hydration (a later, larger
 * paint and a second render). `data` must be what the API would answer: pass it through serialize().
 * Live events and mutations then refresh those queries as usual.
 */
export function QuerySeed({ seeds, children }: { seeds: Seed[]; children: ReactNode }) {
  const client = new QueryClient();
  for (const seed of seeds) client.setQueryData(seed.key, seed.data);
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
