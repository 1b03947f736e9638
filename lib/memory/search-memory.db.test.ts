import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { searchMemory } from './search-memory';
import { ownerEntryRow } from './testing/owner-entry-row';

/**
 * Paging and filters over more matches than the first ranking window holds (200): the search must
 * widen the window when the filters leave too few rows, and say "more" exactly when there is more.
 */
const SHORT = 300;
const LONG = 5;

beforeAll(async () => {
  const db = await getDb();
  // Short notes rank above the long ones for "zebra" (bm25 favours short documents).
  await db.memoryEntry.createMany({
    data: Array.from({ length: SHORT }, (_, i) => ownerEntryRow(`Zebra note ${i}.`, 'plain', i)),
  });
  const filler = 'The paddock fence was painted green and the gate hinges were oiled last spring by the keepers.';
  await db.memoryEntry.createMany({
    data: Array.from({ length: LONG }, (_, i) =>
      ownerEntryRow(`${filler} ${filler} A zebra was seen there, sighting ${i}.`, 'rare', SHORT + i),
    ),
  });
});

describe('search paging and filters beyond the first window', () => {
  it('pages through every match and says when there is more', async () => {
    const first = await searchMemory({ q: 'zebra', limit: 50 });
    expect(first.items).toHaveLength(50);
    expect(first.hasMore).toBe(true);
    const last = await searchMemory({ q: 'zebra', limit: 10, offset: SHORT + LONG - 5 });
    expect(last.items).toHaveLength(5);
    expect(last.hasMore).toBe(false);
    const exact = await searchMemory({ q: 'zebra', limit: 10, offset: SHORT + LONG - 10 });
    expect(exact.items).toHaveLength(10);
    expect(exact.hasMore).toBe(false);
  });

  it('widens the window when the filters keep none of the best matches', async () => {
    const rare = await searchMemory({ q: 'zebra', category: 'rare', limit: 10 });
    expect(rare.items).toHaveLength(LONG);
    expect(rare.hasMore).toBe(false);
    expect(rare.items.every((i) => i.entry.category === 'rare' && i.snippet?.some((s) => s.match))).toBe(true);
    const paged = await searchMemory({ q: 'zebra', category: 'rare', limit: 2, offset: 2 });
    expect(paged.items).toHaveLength(2);
    expect(paged.hasMore).toBe(true);
    expect(await searchMemory({ q: 'zebra', category: 'none-such', limit: 10 })).toEqual({
      items: [],
      hasMore: false,
      order: 'relevance',
    });
  });

  it('ranks the short notes first and highlights the match in each', async () => {
    const { items } = await searchMemory({ q: 'zebra', limit: 20 });
    expect(items.every((i) => i.entry.category === 'plain')).toBe(true);
    expect(items.every((i) => i.snippet?.some((s) => s.match && /zebra/i.test(s.text)))).toBe(true);
  });
});
