/** What a parser gives us before Buddy's normaliser: text may be HTML, URLs may be relative. */
export type RawItem = {
  guid: string | null;
  url: string | null;
  /** A guid that claims to be the item's permalink (RSS isPermaLink, default true). */
  permalink: string | null;
  title: string | null;
  html: string | null;
  author: string | null;
  published: Date | null;
  updated: Date | null;
};
export type RawFeed = {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  link: string | null;
  ttlMinutes: number | null;
  items: RawItem[];
};

export class FeedParseError extends Error {}
