import { getDb } from '../../db/client';
import { NEAR_DUPLICATE_WINDOW_MS, titleKey } from './dedupe';
import type { NormalItem } from './normalise-item';
import { isBlocked, type Rule } from './rules';
import { StoryIndex } from './story-index';

/**
 * Stores a feed's normalised items. Dedupe order: the same GUID in this feed updates the item when
 * its content changed (an edit is not news); the same canonical URL from another feed joins that
 * item's story; a near-duplicate title within 72 h joins that story; otherwise a new story.
 */
export async function ingestItems(
  feedId: string,
  items: readonly NormalItem[],
  rules: readonly Rule[],
  now = new Date(),
) {
  const db = await getDb();
  let created = 0;
  let updated = 0;
  const oldest = Math.min(...items.map((i) => i.publishedAt.getTime()), now.getTime());
  const recent = await db.story.findMany({
    where: { lastSeenAt: { gte: new Date(oldest - NEAR_DUPLICATE_WINDOW_MS) } },
    select: { id: true, titleKey: true, firstSeenAt: true },
  });
  const index = new StoryIndex();
  for (const s of recent) index.add(s);
  for (const item of items) {
    const blocked = isBlocked(item, rules, now);
    const existing = await db.feedItem.findUnique({
      where: { feedId_guid: { feedId, guid: item.guid } },
      select: { id: true, contentHash: true, storyId: true },
    });
    if (existing) {
      if (existing.contentHash === item.contentHash) continue;
      await db.feedItem.update({ where: { id: existing.id }, data: { ...item, blocked } });
      updated++;
      continue;
    }
    let storyId = index.byUrl(item.canonicalUrl);
    if (!storyId && item.canonicalUrl) {
      storyId =
        (await db.feedItem.findFirst({ where: { canonicalUrl: item.canonicalUrl }, select: { storyId: true } }))
          ?.storyId ?? null;
    }
    const key = titleKey(item.title);
    storyId ??= index.nearDuplicateOfKey(key, item.publishedAt);
    if (storyId) {
      await db.story.update({ where: { id: storyId }, data: { lastSeenAt: now } });
    } else {
      const story = await db.story.create({
        data: { title: item.title, titleKey: key, firstSeenAt: item.publishedAt, lastSeenAt: now },
      });
      index.add(story);
      storyId = story.id;
    }
    if (item.canonicalUrl) index.linkUrl(item.canonicalUrl, storyId);
    await db.feedItem.create({ data: { ...item, feedId, storyId, blocked } });
    created++;
  }
  return { created, updated };
}
