import { parseFeed as parseXmlFeed } from '@rowanmanning/feed-parser';
import { FeedParseError, type RawFeed } from './feed-types';
import { parseJsonFeed } from './parse-json-feed';

export { FeedParseError };



function rssPermalink(element: { findElementWithName(n: string): { textContentNormalized: string; getAttribute(n: string): string | null } | null }) {
  const guid = element.findElementWithName('guid');
  if (!guid?.textContentNormalized) return null;
  return guid.getAttribute('ispermalink')?.toLowerCase() === 'false' || guid.getAttribute('isPermaLink')?.toLowerCase() === 'false'
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
  const ttl = Number(feed.element.findElementWithName('ttl')?.textContentNormalized ?? Number.NaN);
  return {
    format,
    title: feed.title,
    link: feed.url,
    ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
    items: feed.items.map((item) => ({
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
