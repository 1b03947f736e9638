import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../db/client';
import { startTestServer } from '../test-http-server';
import { buildDigest } from './build-digest';
import { latestDigestFact } from './latest-digest';
import { listStories } from './list-stories';
import { addFeed } from './manage-feeds';
import { createRule } from './manage-rules';
import { pollFeed } from './poll-feed';

const rss = (
  title: string,
  items: { guid: string; title: string; link: string; date: string; body?: string }[],
  extra = '',
) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://${title.toLowerCase()}.test/</link>${extra}${items
    .map(
      (i) =>
        `<item><guid>${i.guid}</guid><title>${i.title}</title><link>${i.link}</link><pubDate>${i.date}</pubDate><description>${i.body ?? 'body'}</description></item>`,
    )
    .join('')}</channel></rss>`;

const now = new Date('2026-11-27T04:00:00Z');
const date = 'Fri, 27 Nov 2026 01:00:00 GMT';
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('dedupe across feeds', { timeout: 60_000 }, () => {
  it('groups by canonical URL and near-duplicate title; an edit updates; rules block', async () => {
    await createRule({ action: 'block', field: 'title', pattern: 'sponsored' });
    server.serve('/a.xml', {
      body: rss(
        'Alpha',
        [
          {
            guid: 'a1',
            title: 'OpenAI releases GPT-6 with a million-token context',
            link: 'https://news.test/gpt6?utm_source=alpha',
            date,
          },
          { guid: 'a2', title: 'Sponsored: buy our GPUs', link: 'https://alpha.test/ad', date },
        ],
        '<ttl>180</ttl>',
      ),
    });
    server.serve('/b.xml', {
      body: rss('Beta', [
        { guid: 'b1', title: 'GPT-6 is here', link: 'https://www.news.test/gpt6', date },
        {
          guid: 'b2',
          title: 'GPT-6 released by OpenAI with million-token context',
          link: 'https://beta.test/gpt6-story',
          date,
        },
      ]),
    });
    const a = await addFeed({ url: server.url('/a.xml') });
    const b = await addFeed({ url: server.url('/b.xml') });
    expect(await pollFeed(a.id, now)).toMatchObject({ status: 'ok', created: 2 });
    expect(await pollFeed(b.id, now)).toMatchObject({ status: 'ok', created: 2 });
    const stories = await listStories();
    expect(stories).toHaveLength(1);
    expect(stories[0]?.sources.map((s) => s.feed).sort()).toEqual(['Alpha', 'Beta', 'Beta']);
    const db = await getDb();
    expect((await db.feed.findUniqueOrThrow({ where: { id: a.id } })).nextFetchAt.getTime() - now.getTime()).toBe(
      180 * 60_000,
    );

    server.serve('/a.xml', {
      body: rss('Alpha', [
        {
          guid: 'a1',
          title: 'OpenAI releases GPT-6 with a million-token context (updated)',
          link: 'https://news.test/gpt6',
          date,
          body: 'more',
        },
      ]),
    });
    expect(await pollFeed(a.id, now)).toMatchObject({ status: 'ok', created: 0, updated: 1 });
    expect(await db.feedItem.count()).toBe(4);
    expect((await db.feedItem.findFirstOrThrow({ where: { guid: 'a1' } })).title).toMatch(/updated/);
  });

  it('backs off on 429 with Retry-After and records the error', async () => {
    server.serve('/busy.xml', { status: 429, headers: { 'retry-after': '7200' } });
    const feed = await addFeed({ url: server.url('/busy.xml') });
    expect(await pollFeed(feed.id, now)).toMatchObject({ status: 'http-error' });
    const row = await (await getDb()).feed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(row.backoffLevel).toBe(1);
    expect(row.nextFetchAt.getTime() - now.getTime()).toBe(7200_000);
    expect(row.disabledAt).toBeNull();
  });

  it('builds a digest for the briefing and says when it is stale', async () => {
    expect((await latestDigestFact(now)).state).toBe('missing');
    const { entries } = await buildDigest(now);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.sources.length).toBe(2);
    const fact = await latestDigestFact(now);
    expect(fact.state).toBe('fresh');
    const later = await latestDigestFact(new Date(now.getTime() + 3 * 86_400_000));
    expect(later).toMatchObject({ state: 'stale' });
  });
});
