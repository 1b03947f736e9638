import type { JobContext, SystemCapabilities, SystemCapabilityName } from '../job-context';

/** The named capability, or a clear failure when the catalog entry did not grant it. */
export function capability<K extends SystemCapabilityName>(ctx: JobContext, name: K): SystemCapabilities[K] {
  const granted = ctx.system[name];
  if (!granted) throw new Error(`job "${ctx.jobName}" was not granted the "${name}" capability in the catalog`);
  return granted as SystemCapabilities[K];
}

/** Without a provider some jobs still run; the context says so with this error (lib/ai/types.ts). */
export function isNoProvider(error: unknown): boolean {
  return error instanceof Error && error.name === 'NoProviderError';
}
