/** React Query keys; the first element is the live-event topic, so governance events refresh them. */
export const governanceKeys = {
  grants: () => ['governance', 'grants'] as const,
  audit: (filters: Record<string, string>) => ['governance', 'audit', filters] as const,
  verify: () => ['governance', 'audit-verify'] as const,
  secrets: () => ['governance', 'secrets'] as const,
  layers: () => ['governance', 'layers'] as const,
};
