import { createHash } from 'node:crypto';
import sanitizeHtml from 'sanitize-html';
import { absoluteUrl } from './absolute-url';
import { repairC1 } from './decode';
import type { RawItem } from './feed-types';
import { sanitise } from './sanitise';

export { absoluteUrl, sanitise };

/** An item as Buddy stores it: absolute URLs, plain-text title, sanitised HTML, a date. */
export type NormalItem = {
  guid: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  summary: string;
  author: string | null;
  publishedAt: Date;
  contentHash: string;
};

const MAX_SUMMARY = 4000;

/** HTML or entity-laden text -> one line of plain text. */
export function plainText(html: string): string {
  // Most titles carry no markup or entities; skip the HTML parser for them.
  if (!/[<&]/.test(html)) return repairC1(html).replace(/\s+/g, ' ').trim();
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return repairC1(
    text
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src)$/i;

/** The same article under different URLs: no fragment, no tracking parameters, no www, no trailing slash. */
export function canonicalUrl(url: string | null): string | null {
  if (!url) return null;
  const u = new URL(url);
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  u.searchParams.sort();
  const host = u.hostname.replace(/^www\./, '').toLowerCase();
  const path = u.pathname.replace(/\/+$/, '') || '/';
  return `${host}${path}${u.search}`;
}

/**
 * The normaliser: URLs absolute (against the feed link, itself resolved against the fetch URL),
 * text decoded and trimmed, HTML sanitised (its relative links resolved against the item's URL),
 * a date even when the feed gives none (the fetch time).
 */
export function normaliseItem(raw: RawItem, base: string | null, fetchedAt: Date): NormalItem {
  const url = absoluteUrl(raw.url, base) ?? absoluteUrl(raw.permalink, base);
  const title = plainText(raw.title ?? '') || plainText(raw.html ?? '').slice(0, 120) || 'Untitled item';
  const summary = repairC1(sanitise(raw.html ?? '', url ?? base)).slice(0, MAX_SUMMARY);
  const published = raw.published ?? raw.updated;
  const publishedAt = published && published.getTime() <= fetchedAt.getTime() + 86_400_000 ? published : fetchedAt;
  const guid =
    raw.guid?.trim() ||
    url ||
    createHash('sha256')
      .update(`${title}\n${published?.toISOString() ?? ''}`)
      .digest('hex');
  const contentHash = createHash('sha256')
    .update(`${title}\n${url ?? ''}\n${summary}`)
    .digest('hex');
  const author = raw.author ? plainText(raw.author) || null : null;
  return {
    guid: guid.slice(0, 1000),
    url,
    canonicalUrl: canonicalUrl(url),
    title: title.slice(0, 500),
    summary,
    author,
    publishedAt,
    contentHash,
  };
}
