/**
 * React Query keys. The first element is the live-event topic (lib/events/topics.ts), so an event
 * on a topic refreshes every query of that domain.
 */
export const queryKeys = {
  workers: () => ['workers'] as const,
  health: () => ['health'] as const,
};
