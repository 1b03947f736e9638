/** React Query keys of the Jobs page; the first element is the live-event topic 'jobs'. */
export const jobsKeys = {
  all: () => ['jobs'] as const,
  list: () => ['jobs', 'list'] as const,
  attention: () => ['jobs', 'attention'] as const,
  runs: (id: string) => ['jobs', 'runs', id] as const,
};
