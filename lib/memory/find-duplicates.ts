import { getDb } from '../db/client';
import { refreshDuplicateIndex } from './duplicate-index';
import { toView } from './entry-view';
import { DEFAULT_THRESHOLD } from './minhash';

const live = { deletedAt: null, mergedIntoId: null };

/**
 * Merge proposals for the page: the best stored pairs (after bringing the index up to date), with
 * both entries and the older one suggested as survivor. Dismissed pairs are never stored.
 */
export async function findDuplicates(options: { threshold?: number; limit?: number } = {}) {
  await refreshDuplicateIndex();
  const db = await getDb();
  const pairs = await db.memoryDuplicatePair.findMany({
    where: { similarity: { gte: options.threshold ?? DEFAULT_THRESHOLD }, entryA: live, entryB: live },
    orderBy: [{ similarity: 'desc' }, { entryAId: 'asc' }, { entryBId: 'asc' }],
    take: options.limit ?? 50,
    include: { entryA: true, entryB: true },
  });
  return pairs.map((p) => {
    const [a, b] = [toView(p.entryA), toView(p.entryB)];
    // Pinned first, then the older entry: it is usually the one other notes already refer to.
    const aFirst = a.pinned !== b.pinned ? a.pinned : a.createdAt <= b.createdAt;
    const [survivor, merged] = aFirst ? [a, b] : [b, a];
    return { similarity: Math.round(p.similarity * 1000) / 1000, survivor, merged };
  });
}
