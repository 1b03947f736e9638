import { getDb } from '../db/client';
import { env } from '../env';

/** What counts as a live entry for the duplicate comparison (archived entries still count). */
export const LIVE = { deletedAt: null, mergedIntoId: null } as const;

/**
 * The memory state a duplicate scan is valid for. Any write changes it: a new row, a deletion or a
 * merge (the count or updatedAt), an edit (each bumps `version` and `updatedAt`); so does another
 * embeddings setting. Cheap: one aggregate that reads only the index on (version, updatedAt).
 */
export async function memoryKey(): Promise<string> {
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
