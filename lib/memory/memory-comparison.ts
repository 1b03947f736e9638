import { getDb } from '../db/client';
import { embeddingsFor } from './similarity/embedding-cache';
import { MemorySimilarity } from './similarity/memory-similarity';

export const LIVE = { deletedAt: null, mergedIntoId: null } as const;

/**
 * Every live entry compared in this process: read the id and text of each (20,000 short notes
 * are a few megabytes), embed the ones the endpoint has not seen yet when one is configured, and
 * build the comparison. Nothing is stored, so nothing can be out of date.
 */
export async function loadMemoryComparison(): Promise<{
  memory: MemorySimilarity;
  embed: (text: string) => Promise<Float32Array | undefined>;
}> {
  const db = await getDb();
  const rows = await db.memoryEntry.findMany({ where: LIVE, select: { id: true, content: true } });
  const embeddings = await embeddingsFor(rows.map((r) => r.content));
  const byId = new Map(rows.map((r) => [r.id, embeddings?.get(r.content)]));
  const memory = MemorySimilarity.build(
    rows.map((r) => ({ id: r.id, text: r.content })),
    embeddings ? (id) => byId.get(id) : undefined,
  );
  const embed = async (text: string) => (embeddings ? (await embeddingsFor([text]))?.get(text) : undefined);
  return { memory, embed };
}

/** Dismissed pairs as "a b" keys (a < b); the owner makes few, so all of them fit in memory. */
export async function dismissedKeys(): Promise<Set<string>> {
  const db = await getDb();
  const rows = await db.memoryDuplicateDismissal.findMany({ select: { entryAId: true, entryBId: true } });
  return new Set(rows.map((r) => `${r.entryAId} ${r.entryBId}`));
}

export const pairKey = (x: string, y: string) => (x < y ? `${x} ${y}` : `${y} ${x}`);
