import { parseFeed as parseXmlFeed } from '@rowanmanning/feed-parser';
import { FeedParseError, type RawFeed } from './feed-types';
import { parseJsonFeed } from './parse-json-feed';

export { FeedParseError };

/**
 * The parser (used as published) rescans the whole channel for each item's link base and fallback
 * author, so reading costs items read x items in the channel: read the newest 200 (feeds list newest
 * first) and refuse a channel of more than 2,000, which bounds a poll to about 0.4 s of CPU (a hostile
 * 5 MB feed of 150,000 tiny items would otherwise cost hours).
 */
export const MAX_FEED_ITEMS = 200;
export const MAX_CHANNEL_ITEMS = 2000;

function rssPermalink(element: {
  findElementWithName(n: string): { textContentNormalized: string; getAttribute(n: string): string | null } | null;
}) {
  const guid = element.findElementWithName('guid');
  if (!guid?.textContentNormalized) return null;
  return guid.getAttribute('ispermalink')?.toLowerCase() === 'false' ||
    guid.getAttribute('isPermaLink')?.toLowerCase() === 'false'
    ? null
    : guid.textContentNormalized;
}

/** Parses RSS 2.0, RSS 1.0 (RDF), Atom 0.3/1.0 with a maintained parser, and JSON Feed ourselves. */
export function parseFeedText(text: string): RawFeed {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed);
  let feed: ReturnType<typeof parseXmlFeed>;
  try {
    feed = parseXmlFeed(trimmed);
  } catch (error) {
    throw new FeedParseError(`Not a readable feed: ${(error as Error).message}`);
  }
  const root = feed.element.name?.toLowerCase() ?? '';
  const format = root.includes('rdf') ? 'rdf' : root === 'feed' ? 'atom' : 'rss';
  const items = feed.items;
  if (items.length > MAX_CHANNEL_ITEMS)
    throw new FeedParseError(`The feed lists ${items.length} items; Buddy reads feeds of up to ${MAX_CHANNEL_ITEMS}.`);
  const ttl = Number(feed.element.findElementWithName('ttl')?.textContentNormalized ?? Number.NaN);
  return {
    format,
    title: feed.title,
    link: feed.url,
    ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
    items: items.slice(0, MAX_FEED_ITEMS).map((item) => ({
      guid: item.id,
      url: item.url,
      permalink: format === 'rss' ? rssPermalink(item.element as never) : null,
      title: item.title,
      html: item.content ?? item.description,
      author: item.authors[0]?.name ?? null,
      published: item.published,
      updated: item.updated,
    })),
  };
}
