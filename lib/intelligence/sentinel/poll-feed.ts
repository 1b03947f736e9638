import { getDb } from '../../db/client';
import { publishEvent } from '../../events/publish';
import { HttpGetError, httpGet } from '../http-get';
import { ingestItems } from './ingest-items';
import { readFeed } from './read-feed';
import { nextIntervalSeconds, parseMaxAge, parseRetryAfter } from './schedule';
import { loadRules } from './manage-rules';

/** Three parse failures in a row disable a feed, with the reason shown to the owner. */
export const MAX_PARSE_FAILURES = 3;
export const FEED_MAX_BYTES = 5 * 1024 * 1024;

export type PollResult = {
  status: 'ok' | 'not-modified' | 'http-error' | 'fetch-error' | 'parse-error';
  created?: number;
  updated?: number;
  error?: string;
};

/**
 * Fetches one feed (conditional GET), parses and stores its items, and schedules the next fetch.
 * Every failure is recorded on the feed and returned, never thrown: one bad feed must not stop
 * the tick that polls the others.
 */
export async function pollFeed(feedId: string, now = new Date(), signal?: AbortSignal): Promise<PollResult> {
  const db = await getDb();
  const feed = await db.feed.findUniqueOrThrow({ where: { id: feedId } });
  let result: PollResult = { status: 'fetch-error', error: 'not fetched' };
  let ttlMinutes: number | null = null;
  let retryAfter: number | null = null;
  let maxAge: number | null = null;
  let backoffLevel = 0;
  let parseFailures = feed.parseFailures;
  const validators: { etag?: string | null; lastModified?: string | null } = {};
  try {
    const response = await httpGet(feed.url, {
      etag: feed.etag,
      lastModified: feed.lastModified,
      maxBytes: FEED_MAX_BYTES,
      signal,
      headers: {
        accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8',
      },
    });
    retryAfter = parseRetryAfter(response.headers.get('retry-after'), now);
    maxAge = parseMaxAge(response.headers.get('cache-control'));
    if (response.status === 304) {
      result = { status: 'not-modified' };
    } else if (response.status === 429 || response.status >= 500) {
      backoffLevel = feed.backoffLevel + 1;
      result = { status: 'http-error', error: `HTTP ${response.status}; backing off` };
    } else if (response.status < 200 || response.status > 299) {
      result = { status: 'http-error', error: `HTTP ${response.status}` };
    } else {
      let parsed: ReturnType<typeof readFeed> | null = null;
      try {
        parsed = readFeed(response.body, response.headers.get('content-type'), response.url, now);
      } catch (error) {
        parseFailures++;
        result = { status: 'parse-error', error: (error as Error).message.split('\n')[0]?.slice(0, 500) };
      }
      if (parsed) {
        ttlMinutes = parsed.ttlMinutes;
        const counts = await ingestItems(feed.id, parsed.items, await loadRules(), now);
        parseFailures = 0;
        validators.etag = response.headers.get('etag');
        validators.lastModified = response.headers.get('last-modified');
        if (!feed.title && parsed.title)
          await db.feed.update({ where: { id: feed.id }, data: { title: parsed.title.slice(0, 300) } });
        result = { status: 'ok', ...counts };
      }
    }
  } catch (error) {
    result = {
      status: 'fetch-error',
      error: error instanceof HttpGetError ? error.message : `Fetch failed: ${(error as Error).message}`,
    };
  }
  const disable = parseFailures >= MAX_PARSE_FAILURES && !feed.disabledAt;
  const interval = nextIntervalSeconds({
    intervalSeconds: feed.intervalSeconds,
    ttlMinutes,
    retryAfterSeconds: retryAfter,
    maxAgeSeconds: maxAge,
    backoffLevel,
  });
  await db.$transaction([
    db.feed.update({
      where: { id: feed.id },
      data: {
        ...validators,
        lastFetchedAt: now,
        lastStatus: result.status,
        lastError: result.error ?? null,
        parseFailures,
        backoffLevel,
        nextFetchAt: new Date(now.getTime() + interval * 1000),
        ...(disable
          ? {
              disabledAt: now,
              disabledReason: `Disabled after ${parseFailures} parse failures in a row: ${result.error}`,
            }
          : {}),
      },
    }),
    db.feedFetch.create({
      data: {
        feedId: feed.id,
        at: now,
        status: result.status,
        error: result.error,
        newItems: result.created ?? 0,
        updatedItems: result.updated ?? 0,
      },
    }),
  ]);
  await publishEvent('intelligence', 'feed-polled', feed.id);
  return result;
}
