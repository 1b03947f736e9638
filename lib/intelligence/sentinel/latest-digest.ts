import { getDb } from '../../db/client';
import { env } from '../../env';
import { type DigestEntry, dayIn, storedDigestSchema } from './build-digest';

export type DigestFact =
  | { state: 'missing'; message: string }
  | { state: 'stale'; day: string; message: string; headlines: string[] }
  | { state: 'fresh'; day: string; headlines: string[]; entries: DigestEntry[] };

/** For the morning briefing: today's digest headlines, or plainly that it is missing or stale. */
export async function latestDigestFact(now = new Date()): Promise<DigestFact> {
  const db = await getDb();
  const latest = await db.digest.findFirst({ orderBy: { day: 'desc' } });
  if (!latest) return { state: 'missing', message: 'No news digest has been built yet.' };
  const entries = storedDigestSchema.parse(latest.stories);
  const headlines = entries.slice(0, 10).map((e) => e.title);
  const today = dayIn(env().BUDDY_TZ, now);
  if (latest.day !== today)
    return {
      state: 'stale',
      day: latest.day,
      headlines,
      message: `The latest news digest is from ${latest.day}; today's was not built.`,
    };
  return { state: 'fresh', day: latest.day, headlines, entries };
}

export async function listDigests(limit = 7) {
  const db = await getDb();
  const rows = await db.digest.findMany({ orderBy: { day: 'desc' }, take: limit });
  return rows.map((d) => ({
    id: d.id,
    day: d.day,
    createdAt: d.createdAt,
    entries: storedDigestSchema.parse(d.stories),
  }));
}
