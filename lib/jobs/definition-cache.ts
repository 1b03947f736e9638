import { getDb } from '../db/client';
import { subscribeToEvents } from '../events/subscribe';

export type CachedDefinition = {
  id: string;
  enabled: boolean;
  circuitState: string;
  modelOverride: string | null;
  timeoutOverrideMs: number | null;
};

/** Live events (topic "jobs") that announce a changed definition: owner actions and breaker transitions publish them after committing. */
export const DEFINITION_EVENTS = new Set(['paused', 'resumed', 'circuit', 'settings']);

export type DefinitionSource = {
  get(name: string): Promise<CachedDefinition | undefined>;
  /** Forgets the copy: this process changed a definition, or may have missed announcements (Redis reconnected). */
  invalidate(): void;
  close(): void;
};

/**
 * The runner's view of the job definitions (gate and owner overrides): every row in one read, kept
 * until a definition event arrives over Redis pub/sub, this process invalidates it, or it is older
 * than maxAgeMs (the bound for an announcement lost while Redis was away). A run thus costs no
 * database or Redis round trip for its definition. Freshness is that of the live events: a change
 * reaches every worker within a pub/sub delivery, and the schedule itself is removed synchronously
 * by pause and by an opening circuit, so the gate here is the second line, not the only one.
 */
export function createDefinitionCache(options: { maxAgeMs?: number } = {}): DefinitionSource {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  let rows: Map<string, CachedDefinition> | null = null;
  let loadedAt = 0;
  let unsubscribe: (() => void) | null = null;
  let epoch = 0;

  // One read at a time: the runs that start together on a cold cache share it.
  let loading: { epoch: number; promise: Promise<Map<string, CachedDefinition>> } | null = null;
  function load() {
    if (loading?.epoch !== epoch) {
      const current = {
        epoch,
        promise: read().finally(() => {
          if (loading === current) loading = null;
        }),
      };
      loading = current;
    }
    return loading.promise;
  }

  async function read() {
    // An invalidation arriving during the read must win over what the read returns.
    const startedIn = epoch;
    const db = await getDb();
    const all = await db.jobDefinition.findMany({
      select: { id: true, enabled: true, circuitState: true, modelOverride: true, timeoutOverrideMs: true },
    });
    const fresh = new Map(all.map((d) => [d.id, d]));
    if (epoch === startedIn) {
      rows = fresh;
      loadedAt = Date.now();
    }
    return fresh;
  }

  const invalidate = () => {
    rows = null;
    epoch++;
  };
  return {
    async get(name) {
      unsubscribe ??= subscribeToEvents((event) => {
        if (event.topic === 'jobs' && DEFINITION_EVENTS.has(event.type)) invalidate();
      });
      const current = rows && Date.now() - loadedAt < maxAgeMs && rows.has(name) ? rows : await load();
      return current.get(name);
    },
    invalidate,
    close() {
      unsubscribe?.();
      unsubscribe = null;
      rows = null;
    },
  };
}

const shared = globalThis as unknown as { buddyDefinitionCache?: DefinitionSource };

/** The process-wide cache the worker's runs share. */
export function sharedDefinitionCache(): DefinitionSource {
  shared.buddyDefinitionCache ??= createDefinitionCache();
  return shared.buddyDefinitionCache;
}

export function closeSharedDefinitionCache(): void {
  shared.buddyDefinitionCache?.close();
  shared.buddyDefinitionCache = undefined;
}
