import { getDb } from '../db/client';
import { decodeTags } from './normalize-text';

const TAG_SAMPLE = 20_000;

/** Categories and the most used tags among live entries, with counts, for the filter chips. */
export async function memoryFacets() {
  const db = await getDb();
  const live = { deletedAt: null, mergedIntoId: null };
  const [categories, tagRows, sources] = await Promise.all([
    db.memoryEntry.groupBy({ by: ['category'], where: live, _count: { _all: true }, orderBy: { category: 'asc' } }),
    // Tags live in one text column; counting a recent sample keeps this cheap on a large memory.
    db.memoryEntry.findMany({
      where: { ...live, tags: { not: '' } },
      select: { tags: true },
      orderBy: { updatedAt: 'desc' },
      take: TAG_SAMPLE,
    }),
    db.memoryEntry.groupBy({ by: ['sourceKind'], where: live, _count: { _all: true } }),
  ]);
  const tagCounts = new Map<string, number>();
  for (const row of tagRows) for (const t of decodeTags(row.tags)) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
  return {
    categories: categories.map((c) => ({ name: c.category, count: c._count._all })),
    tags: [...tagCounts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([name, count]) => ({ name, count })),
    sources: sources.map((s) => ({ name: s.sourceKind, count: s._count._all })),
  };
}
