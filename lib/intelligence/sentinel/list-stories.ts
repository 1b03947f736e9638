import { z } from 'zod';
import { NotFoundError } from '../../api/errors';
import { getDb } from '../../db/client';
import { publishEvent } from '../../events/publish';

export const TRIAGE_STATES = ['new', 'read', 'saved', 'muted'] as const;
export const triageSchema = z.object({
  triage: z.enum(TRIAGE_STATES, { error: 'Triage is new, read, saved or muted.' }),
});

/** Recent stories with every source that carried them, newest first; blocked items are left out. */
export async function listStories(limit = 100) {
  const db = await getDb();
  const stories = await db.story.findMany({
    where: { items: { some: { blocked: false } } },
    orderBy: { firstSeenAt: 'desc' },
    take: limit,
    include: {
      items: {
        where: { blocked: false },
        orderBy: { publishedAt: 'asc' },
        include: { feed: { select: { id: true, title: true, url: true } } },
      },
    },
  });
  return stories.map((s) => ({
    id: s.id,
    title: s.title,
    triage: s.triage,
    firstSeenAt: s.firstSeenAt,
    summary: s.items[0]?.summary ?? '',
    sources: s.items.map((i) => ({
      feedId: i.feed.id,
      feed: i.feed.title ?? new URL(i.feed.url).hostname,
      url: i.url,
      author: i.author,
      publishedAt: i.publishedAt,
    })),
  }));
}

export async function triageStory(id: string, triage: (typeof TRIAGE_STATES)[number]) {
  const db = await getDb();
  const { count } = await db.story.updateMany({ where: { id }, data: { triage } });
  if (!count) throw new NotFoundError(`No story ${id}.`);
  await publishEvent('intelligence', 'story-triaged', id);
}

/** Items per source over the last 30 days, for the chart. */
export async function itemsPerSource(now = new Date()) {
  const db = await getDb();
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const feeds = await db.feed.findMany({
    select: {
      id: true,
      title: true,
      url: true,
      _count: { select: { items: { where: { createdAt: { gte: since } } } } },
    },
  });
  return feeds
    .map((f) => ({ feedId: f.id, source: f.title ?? new URL(f.url).hostname, items: f._count.items }))
    .sort((a, b) => b.items - a.items);
}
