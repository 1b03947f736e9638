/** React Query keys for the Drift page; they start with the live-event topic so events invalidate them. */
export const driftKeys = {
  all: ['drift'] as const,
  current: () => ['drift', 'current'] as const,
  history: () => ['drift', 'history'] as const,
  ignore: () => ['drift', 'ignore'] as const,
};
