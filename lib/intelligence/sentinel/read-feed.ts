import { decodeFeedBytes } from './decode';
import { absoluteUrl, type NormalItem, normaliseItem, plainText } from './normalise-item';
import { parseFeedText } from './parse-feed';

export type ReadFeed = {
  format: string;
  charset: string;
  title: string | null;
  ttlMinutes: number | null;
  items: NormalItem[];
};

/**
 * Bytes as fetched -> normalised items: decode (HTTP charset, then the XML declaration), parse,
 * resolve every URL against the feed's link (itself resolved against the URL we fetched), sanitise.
 * Throws FeedParseError for anything that is not a feed.
 */
export function readFeed(bytes: Buffer, contentType: string | null, fetchedUrl: string, fetchedAt: Date): ReadFeed {
  const { text, charset } = decodeFeedBytes(bytes, contentType);
  const parsed = parseFeedText(text);
  const base = absoluteUrl(parsed.link, fetchedUrl) ?? fetchedUrl;
  return {
    format: parsed.format,
    charset,
    title: parsed.title ? plainText(parsed.title) || null : null,
    ttlMinutes: parsed.ttlMinutes,
    items: parsed.items.map((raw) => normaliseItem(raw, base, fetchedAt)),
  };
}
