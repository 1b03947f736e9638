import { getDb } from '../db/client';
import { toView } from './entry-view';
import { DEFAULT_THRESHOLD, type DuplicatePair, findNearDuplicates } from './minhash';

const PAGE = 5_000;

/** Streams the text of every live entry in id order, a page at a time, to bound memory use. */
async function* liveTexts() {
  const db = await getDb();
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.memoryEntry.findMany({
      where: { deletedAt: null, mergedIntoId: null },
      select: { id: true, content: true },
      orderBy: { id: 'asc' },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const r of rows) yield { id: r.id, text: r.content };
    if (rows.length < PAGE) return;
    cursor = rows[rows.length - 1]?.id;
  }
}

/** Every near-duplicate pair among live entries (see minhash.ts for the measure). */
export async function scanDuplicates(threshold = DEFAULT_THRESHOLD): Promise<DuplicatePair[]> {
  const docs: { id: string; text: string }[] = [];
  for await (const d of liveTexts()) docs.push(d);
  return findNearDuplicates(docs, threshold);
}

/** Merge proposals for the page: the best pairs with both entries, the older one suggested as survivor. */
export async function findDuplicates(options: { threshold?: number; limit?: number } = {}) {
  const pairs = (await scanDuplicates(options.threshold)).slice(0, options.limit ?? 50);
  const db = await getDb();
  const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const rows = await db.memoryEntry.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((r) => [r.id, toView(r)]));
  return pairs.flatMap((p) => {
    const a = byId.get(p.a);
    const b = byId.get(p.b);
    if (!a || !b) return [];
    // Pinned first, then the older entry: it is usually the one other notes already refer to.
    const aFirst = a.pinned !== b.pinned ? a.pinned : a.createdAt <= b.createdAt;
    const [survivor, merged] = aFirst ? [a, b] : [b, a];
    return [{ similarity: Math.round(p.similarity * 1000) / 1000, survivor, merged }];
  });
}
