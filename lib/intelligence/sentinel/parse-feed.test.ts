import { describe, expect, it } from 'vitest';
import { FeedParseError, MAX_CHANNEL_ITEMS, MAX_FEED_ITEMS, parseFeedText } from './parse-feed';

const rss = (n: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://a.example/</link>${Array.from(
    { length: n },
    (_, i) => `<item><title>Story ${i}</title><link>/posts/${i}</link></item>`,
  ).join('')}</channel></rss>`;

describe('parseFeedText', () => {
  it('reads the first items of a long feed (feeds list newest first), links resolved against the channel', () => {
    const feed = parseFeedText(rss(MAX_FEED_ITEMS + 50));
    expect(feed.items).toHaveLength(MAX_FEED_ITEMS);
    expect(feed.items[0]).toMatchObject({ title: 'Story 0', url: 'https://a.example/posts/0' });
  });

  it('refuses a channel too long to read in bounded time', () => {
    expect(() => parseFeedText(rss(MAX_CHANNEL_ITEMS + 1))).toThrow(FeedParseError);
  });
});
