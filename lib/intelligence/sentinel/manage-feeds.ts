import { z } from 'zod';
import { ConflictError, NotFoundError } from '../../api/errors';
import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import { publishEvent } from '../../events/publish';
import { parseOrThrow } from '../cassandra/parse-or-throw';
import { pollFeed } from './poll-feed';
import { DEFAULT_INTERVAL_S, MAX_INTERVAL_S, MIN_INTERVAL_S } from './schedule';

export const addFeedSchema = z.object({
  url: z
    .string()
    .trim()
    .url('Give the feed’s full URL (http or https).')
    .refine((u) => /^https?:\/\//i.test(u), 'Only http and https feeds can be fetched.'),
  intervalMinutes: z.coerce
    .number()
    .int()
    .min(MIN_INTERVAL_S / 60, 'Fetch at most every 5 minutes.')
    .max(MAX_INTERVAL_S / 60, 'Fetch at least once a day.')
    .default(DEFAULT_INTERVAL_S / 60),
  title: z.string().trim().max(300).optional(),
});

export async function addFeed(input: unknown, actor = 'owner') {
  const data = parseOrThrow(addFeedSchema, input);
  const db = await getDb();
  if (await db.feed.findUnique({ where: { url: data.url } })) throw new ConflictError('This feed is already followed.');
  const feed = await db.feed.create({
    data: { url: data.url, title: data.title, intervalSeconds: data.intervalMinutes * 60 },
  });
  await recordAudit({ actor, action: 'intelligence.add-feed', target: feed.id, resource: data.url });
  await publishEvent('intelligence', 'feed-added', feed.id);
  return feed;
}

/** Re-enabling clears the failure streak so the feed gets three fresh chances. */
export async function setFeedEnabled(id: string, enabled: boolean, actor = 'owner') {
  const db = await getDb();
  const feed = await db.feed.findUnique({ where: { id } });
  if (!feed) throw new NotFoundError(`No feed ${id}.`);
  const updated = await db.feed.update({
    where: { id },
    data: enabled
      ? { disabledAt: null, disabledReason: null, parseFailures: 0, nextFetchAt: new Date() }
      : { disabledAt: new Date(), disabledReason: 'Disabled by the owner' },
  });
  await recordAudit({ actor, action: enabled ? 'intelligence.enable-feed' : 'intelligence.disable-feed', target: id });
  await publishEvent('intelligence', 'feed-changed', id);
  return updated;
}

/** "Fetch now": the same path the scheduled tick takes, for one feed. */
export async function pollFeedNow(id: string) {
  const db = await getDb();
  if (!(await db.feed.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError(`No feed ${id}.`);
  return pollFeed(id);
}

export async function listFeeds() {
  const db = await getDb();
  const feeds = await db.feed.findMany({
    orderBy: { createdAt: 'asc' },
    include: { _count: { select: { items: true } } },
  });
  return feeds.map(({ _count, ...f }) => ({ ...f, itemCount: _count.items }));
}

/** The fetch tick: every enabled feed whose time has come, one after another. */
export async function pollDueFeeds(now = new Date(), signal?: AbortSignal) {
  const db = await getDb();
  const due = await db.feed.findMany({
    where: { disabledAt: null, nextFetchAt: { lte: now } },
    select: { id: true },
    orderBy: { nextFetchAt: 'asc' },
    take: 50,
  });
  const results: Record<string, string> = {};
  for (const { id } of due) {
    if (signal?.aborted) break;
    results[id] = (await pollFeed(id, now, signal)).status;
  }
  return { polled: due.length, results };
}
