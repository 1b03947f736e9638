/** React Query keys of the briefing; the first element is the live-event topic 'briefing'. */
export const briefingKeys = {
  list: () => ['briefing', 'list'] as const,
  one: (id: string) => ['briefing', 'one', id] as const,
};
