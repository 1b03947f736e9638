/** React Query keys of the staging domain; the first element is the live-event topic. */
export type QueueFilters = { status: string; kind?: string };

export const stagingKeys = {
  all: () => ['staging'] as const,
  list: (filters: QueueFilters) => ['staging', 'list', filters] as const,
  counts: () => ['staging', 'counts'] as const,
  item: (id: string) => ['staging', 'item', id] as const,
};
