import { z } from 'zod';
import { FeedParseError, type RawFeed } from './feed-types';

const author = z.object({ name: z.string().optional() }).passthrough();
const jsonFeedSchema = z.object({
  // Accept "1", "1.1" and the spec's URL form: real feeds use all three.
  version: z.string().regex(/jsonfeed\.org\/version\/1|^1(\.\d)?$/, 'not a JSON Feed version'),
  title: z.string().optional(),
  home_page_url: z.string().optional(),
  feed_url: z.string().optional(),
  author: author.optional(),
  authors: z.array(author).optional(),
  items: z.array(
    z
      .object({
        id: z.union([z.string(), z.number()]).optional(),
        url: z.string().optional(),
        external_url: z.string().optional(),
        title: z.string().optional(),
        content_html: z.string().optional(),
        content_text: z.string().optional(),
        summary: z.string().optional(),
        date_published: z.string().optional(),
        date_modified: z.string().optional(),
        author: author.optional(),
        authors: z.array(author).optional(),
      })
      .passthrough(),
  ),
});

const date = (value?: string) => {
  const d = value ? new Date(value) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};
const escapeHtml = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string);

/** JSON Feed 1.0/1.1. Common parsers reject the bare "1.1" version string, so this one is ours. */
export function parseJsonFeed(text: string): RawFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FeedParseError(`Not valid JSON: ${(error as Error).message}`);
  }
  const parsed = jsonFeedSchema.safeParse(data);
  if (!parsed.success)
    throw new FeedParseError(`Not a JSON Feed: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`);
  const feed = parsed.data;
  const feedAuthor = feed.authors?.[0]?.name ?? feed.author?.name ?? null;
  return {
    format: 'json',
    title: feed.title ?? null,
    link: feed.home_page_url ?? null,
    ttlMinutes: null,
    items: feed.items.map((item) => ({
      guid: item.id === undefined ? null : String(item.id),
      url: item.url ?? item.external_url ?? null,
      permalink: null,
      title: item.title ?? null,
      html: item.content_html ?? (item.content_text ? escapeHtml(item.content_text) : (item.summary ?? null)),
      author: item.authors?.[0]?.name ?? item.author?.name ?? feedAuthor,
      published: date(item.date_published),
      updated: date(item.date_modified),
    })),
  };
}
