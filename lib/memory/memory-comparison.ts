import { getDb } from '../db/client';
import { env } from '../env';
import { embeddingsFor } from './similarity/embedding-cache';
import { MemorySimilarity } from './similarity/memory-similarity';

export const LIVE = { deletedAt: null, mergedIntoId: null } as const;

type MemoryComparison = {
  memory: MemorySimilarity;
  embed: (text: string) => Promise<Float32Array | undefined>;
};

// The last comparison, reused while memory is unchanged: building it for 20,000 entries took 2 s of
// CPU (bench:memory), paid again on every visit to the memory page and every keystroke-pause of the
// composer's duplicate warning. Any write changes the key (a new row, a deletion or merge, or an edit:
// each bumps `version` and `updatedAt`), so a stale pair can never be served.
let last: { key: string; comparison: MemoryComparison } | null = null;

async function memoryKey(): Promise<string> {
  const db = await getDb();
  const state = await db.memoryEntry.aggregate({
    _count: { _all: true },
    _max: { updatedAt: true },
    _sum: { version: true },
  });
  const e = env();
  return [
    state._count._all,
    state._max.updatedAt?.getTime() ?? 0,
    state._sum.version ?? 0,
    e.BUDDY_EMBEDDINGS_PROVIDER,
    e.BUDDY_EMBEDDINGS_URL,
    e.BUDDY_EMBEDDINGS_MODEL,
  ].join(' ');
}

/**
 * Every live entry compared in this process: read the id and text of each (20,000 short notes
 * are a few megabytes), embed the ones the endpoint has not seen yet when one is configured, and
 * build the comparison. Kept until memory changes (see `last`).
 */
export async function loadMemoryComparison(): Promise<MemoryComparison> {
  const key = await memoryKey();
  if (last?.key === key) return last.comparison;
  const db = await getDb();
  const rows = await db.memoryEntry.findMany({ where: LIVE, select: { id: true, content: true } });
  const embeddings = await embeddingsFor(rows.map((r) => r.content));
  const byId = new Map(rows.map((r) => [r.id, embeddings?.get(r.content)]));
  const memory = MemorySimilarity.build(
    rows.map((r) => ({ id: r.id, text: r.content })),
    embeddings ? (id) => byId.get(id) : undefined,
  );
  const embed = async (text: string) => (embeddings ? (await embeddingsFor([text]))?.get(text) : undefined);
  const comparison = { memory, embed };
  // An endpoint that failed this time is asked again next time rather than remembered as absent.
  const embeddingsMissing = env().BUDDY_EMBEDDINGS_PROVIDER !== 'none' && !embeddings;
  last = embeddingsMissing ? null : { key, comparison };
  return comparison;
}

/** Dismissed pairs as "a b" keys (a < b); the owner makes few, so all of them fit in memory. */
export async function dismissedKeys(): Promise<Set<string>> {
  const db = await getDb();
  const rows = await db.memoryDuplicateDismissal.findMany({ select: { entryAId: true, entryBId: true } });
  return new Set(rows.map((r) => `${r.entryAId} ${r.entryBId}`));
}

export const pairKey = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`);
