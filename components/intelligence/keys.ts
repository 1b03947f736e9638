/** React Query keys for the intelligence pages; the first element is the live-event topic. */
export const intelligenceKeys = {
  all: ['intelligence'] as const,
  models: (provider?: string) => ['intelligence', 'models', provider ?? null] as const,
  changes: (provider?: string) => ['intelligence', 'changes', provider ?? null] as const,
  predictions: (tag?: string, windowDays?: number) =>
    ['intelligence', 'predictions', tag ?? null, windowDays ?? null] as const,
  feeds: () => ['intelligence', 'feeds'] as const,
  stories: () => ['intelligence', 'stories'] as const,
  digests: () => ['intelligence', 'digests'] as const,
  rules: () => ['intelligence', 'rules'] as const,
};
