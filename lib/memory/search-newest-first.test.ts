import { beforeAll, describe, expect, it } from 'vitest';
import { callRoute, ownerHeaders } from '../../test/session';
import { getDb } from '../db/client';
import { NEWEST_FIRST_ABOVE } from './search-sqlite';
import { ownerEntryRow } from './testing/owner-entry-row';

/**
 * SQLite only: a word in more than NEWEST_FIRST_ABOVE entries is listed newest first (bm25 would
 * have to read and score every one of them); fewer matches keep the relevance ranking.
 */
const COMMON = NEWEST_FIRST_ABOVE + 1;
const WORDS =
  'amber basil cedar delta ember fjord garnet harbor indigo juniper kestrel lantern meadow nectar orchid pebble'.split(
    ' ',
  );

beforeAll(async () => {
  const db = await getDb();
  const note = (i: number) =>
    `Heartbeat ${i}: ${WORDS[i % 16]} ${WORDS[Math.floor(i / 16) % 16]} ${WORDS[Math.floor(i / 256) % 16]} checked.`;
  await db.memoryEntry.createMany({
    data: Array.from({ length: COMMON }, (_, i) => ownerEntryRow(note(i), i % 1000 === 0 ? 'milestone' : 'routine', i)),
  });
  // Relevance: the short note about quasars ranks above the long one that mentions them once.
  await db.memoryEntry.createMany({
    data: [
      ownerEntryRow('Quasar quasar: the quasar survey notes.', 'science', COMMON + 1),
      ownerEntryRow(
        `A long note about the telescope schedule, the dome motor, the filters and, once, a quasar.`,
        'science',
        COMMON + 2,
      ),
    ],
  });
});

async function search(query: string) {
  const res = await callRoute((await import('../../app/api/memory/route')).GET, `/api/memory?${query}`, {
    headers: await ownerHeaders(),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    items: {
      entry: { content: string; category: string };
      snippet: { text: string; match: boolean }[] | null;
      score: number | null;
    }[];
    hasMore: boolean;
    order: string;
    matchesOver?: number;
  };
}

describe('a query matching very many entries', () => {
  it('lists them newest first, with highlights, and says why', async () => {
    const reply = await search('q=heartbeat&limit=20');
    expect(reply.order).toBe('newest');
    expect(reply.matchesOver).toBe(NEWEST_FIRST_ABOVE);
    expect(reply.hasMore).toBe(true);
    expect(reply.items.map((h) => h.entry.content.split(':')[0])).toEqual(
      Array.from({ length: 20 }, (_, i) => `Heartbeat ${COMMON - 1 - i}`),
    );
    expect(reply.items.every((h) => h.score === null)).toBe(true);
    expect(reply.items[0]?.snippet?.find((s) => s.match)?.text.toLowerCase()).toBe('heartbeat');
  });

  it('pages on in the same order, and filters still apply', async () => {
    const second = await search('q=heartbeat&limit=20&offset=20');
    expect(second.items[0]?.entry.content).toMatch(new RegExp(`^Heartbeat ${COMMON - 21}:`));
    const milestones = await search('q=heartbeat&category=milestone&limit=20');
    expect(milestones.order).toBe('newest');
    expect(milestones.items.map((h) => h.entry.content.split(':')[0])).toEqual([
      'Heartbeat 5000',
      'Heartbeat 4000',
      'Heartbeat 3000',
      'Heartbeat 2000',
      'Heartbeat 1000',
      'Heartbeat 0',
    ]);
    expect(milestones.hasMore).toBe(false);
  });

  it('a rarer query keeps the relevance ranking', async () => {
    const reply = await search('q=quasar');
    expect(reply.order).toBe('relevance');
    expect(reply.matchesOver).toBeUndefined();
    expect(reply.items.map((h) => h.entry.content.slice(0, 6))).toEqual(['Quasar', 'A long']);
    expect(reply.items.every((h) => typeof h.score === 'number')).toBe(true);
  });
});
