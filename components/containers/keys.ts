/** React Query keys of the containers domain; the first element is the live-event topic. */
export const containerKeys = {
  all: ['containers'] as const,
  list: () => ['containers', 'list'] as const,
  composeAudit: () => ['containers', 'compose-audit'] as const,
};
