import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../db/client';
import { startTestServer } from '../test-http-server';
import { addFeed } from './manage-feeds';
import { pollFeed } from './poll-feed';

const DIR = path.join(import.meta.dirname, 'fixtures');
const FILES = readdirSync(DIR).filter((f) => /\.(xml|json)$/.test(f));
let server: Awaited<ReturnType<typeof startTestServer>>;
const feedIds = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer();
  for (const file of FILES) {
    // Served under a nested path so relative links must be resolved against the fetch URL.
    server.serve(`/feeds/${file}`, {
      body: readFileSync(path.join(DIR, file)),
      contentType: file.endsWith('.json') ? 'application/feed+json' : 'application/xml',
    });
    feedIds.set(file, (await addFeed({ url: server.url(`/feeds/${file}`) })).id);
  }
});
afterAll(() => server.close());

async function itemsOf(file: string) {
  const db = await getDb();
  return db.feedItem.findMany({ where: { feedId: feedIds.get(file) }, orderBy: { publishedAt: 'asc' } });
}
async function feedOf(file: string) {
  return (await getDb()).feed.findUniqueOrThrow({ where: { id: feedIds.get(file) } });
}

describe('every fixture feed served from 127.0.0.1', () => {
  // 175 items on a loaded CI machine against PostgreSQL take a while; the budget is generous on purpose.
  it('parses the parseable ones, records the broken one, and never throws', { timeout: 180_000 }, async () => {
    const now = new Date('2026-11-27T06:00:00Z');
    const statuses: Record<string, string> = {};
    for (const file of FILES) statuses[file] = (await pollFeed(feedIds.get(file) as string, now)).status;
    expect(statuses['malformed-incomplete-cdata.xml']).toBe('parse-error');
    for (const [file, status] of Object.entries(statuses))
      if (file !== 'malformed-incomplete-cdata.xml') expect(status, file).toBe('ok');
    const broken = await feedOf('malformed-incomplete-cdata.xml');
    expect(broken.lastStatus).toBe('parse-error');
    expect(broken.lastError).toMatch(/Not a readable feed/);
    expect(broken.parseFailures).toBe(1);
  });

  it('answers 304 to the second fetch and stores nothing twice', async () => {
    const id = feedIds.get('rss20-spec-full.xml') as string;
    const before = (await itemsOf('rss20-spec-full.xml')).length;
    const result = await pollFeed(id, new Date('2026-11-27T07:00:00Z'));
    expect(result.status).toBe('not-modified');
    expect((await itemsOf('rss20-spec-full.xml')).length).toBe(before);
  });

  it('gives absolute URLs everywhere (xml:base, relative guids, relative JSON Feed urls)', async () => {
    const atom = await itemsOf('atom10-spec-full-xmlbase.xml');
    expect(atom).toHaveLength(6);
    expect(atom.map((i) => i.url)).toContain('http://example.org/entry/1');
    const guids = await itemsOf('rss20-relative-guid-no-link.xml');
    expect(guids).toHaveLength(175);
    for (const item of guids)
      expect(item.url).toMatch(new RegExp(`^(${server.base}/|https://yjernite\\.github\\.io/)`));
    expect(guids.filter((i) => i.url?.startsWith(`${server.base}/blog/`)).length).toBeGreaterThan(160);
    const json = await itemsOf('jsonfeed10-relative-urls.json');
    expect(json).toHaveLength(2);
    for (const item of json) expect(item.url).toMatch(/^https?:\/\//);
    const all = await (await getDb()).feedItem.findMany({ where: { url: { not: null } }, select: { url: true } });
    for (const { url } of all) expect(url).toMatch(/^https?:\/\//);
  });

  it('chooses the first alternate link of a multi-link Atom 0.3 entry', async () => {
    const [item] = await itemsOf('atom03-multiple-links.xml');
    expect(item?.url).toBe('http://example.org/2005/04/02/alternative');
    expect(item?.publishedAt.toISOString()).toBe('2005-10-13T18:30:02.000Z');
  });

  it('decodes EUC-KR, repairs cp1252 bytes, HTML entities and bare ampersands', async () => {
    expect((await feedOf('encoding-euc-kr.xml')).title).toBe('년');
    expect((await itemsOf('encoding-cp1252-byte-in-utf8.xml'))[0]?.summary).toBe('don’t');
    expect((await feedOf('entity-html-hellip-undeclared.xml')).title).toBe('testing … entity');
    expect((await feedOf('malformed-bare-ampersand.xml')).title).toBe('Fish & Chips & more <3');
    expect((await feedOf('bom-utf8-before-comment.xml')).title).toBe('Feed Title');
  });

  it('stores an item with only an id, dated by the fetch, and dateless RDF items likewise', async () => {
    const [only] = await itemsOf('atom10-entry-only-id.xml');
    expect(only?.title).toBe('Untitled item');
    expect(only?.guid).toBe('tag:github.com,2008:Repository/11167738/v3.9.0');
    expect(only?.publishedAt.toISOString()).toBe('2026-11-27T06:00:00.000Z');
    const rdf = await itemsOf('rdf10-spec.xml');
    expect(rdf).toHaveLength(2);
    for (const item of rdf) expect(item.publishedAt.toISOString()).toBe('2026-11-27T06:00:00.000Z');
  });

  it('sanitises the XSS payload and keeps harmless markup', async () => {
    const items = await itemsOf('rss20-spec-full.xml');
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.summary).not.toMatch(/javascript:|<script|style=|onerror/i);
      expect(item.url).toMatch(/^https?:\/\//);
    }
  });

  it('reads JSON Feed 1.1 with the bare "1.1" version', async () => {
    const items = await itemsOf('jsonfeed11-all-fields.json');
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items[0]?.title).not.toBe('');
  });

  it('disables a feed after three parse failures in a row, with the reason', async () => {
    const id = feedIds.get('malformed-incomplete-cdata.xml') as string;
    await pollFeed(id, new Date('2026-11-27T08:00:00Z'));
    await pollFeed(id, new Date('2026-11-27T09:00:00Z'));
    const feed = await feedOf('malformed-incomplete-cdata.xml');
    expect(feed.parseFailures).toBe(3);
    expect(feed.disabledAt).not.toBeNull();
    expect(feed.disabledReason).toMatch(/3 parse failures in a row/);
  });
});
