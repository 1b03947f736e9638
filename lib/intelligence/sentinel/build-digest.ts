import { z } from 'zod';
import { getDb } from '../../db/client';
import { env } from '../../env';
import { publishEvent } from '../../events/publish';

/** One story of a digest; Digest.stories stores a list of them and is read back through this schema. */
const digestEntrySchema = z.object({
  storyId: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  sources: z.array(z.string()),
  score: z.number(),
});
export type DigestEntry = z.infer<typeof digestEntrySchema>;
export const storedDigestSchema = z.array(digestEntrySchema);

export const MAX_PER_SOURCE = 3;
export const DIGEST_SIZE = 20;

export function dayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

type Candidate = {
  storyId: string;
  title: string;
  url: string | null;
  primarySource: string;
  sources: string[];
  newest: number;
};

/** Stories covered by more sources rank higher, then newer ones; at most three per primary source. */
export function rankDigest(candidates: readonly Candidate[], now: Date): DigestEntry[] {
  const scored = candidates.map((c) => ({
    ...c,
    score: c.sources.length * 10 - (now.getTime() - c.newest) / 3_600_000 / 24,
  }));
  scored.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
  const perSource = new Map<string, number>();
  const out: DigestEntry[] = [];
  for (const c of scored) {
    const used = perSource.get(c.primarySource) ?? 0;
    if (used >= MAX_PER_SOURCE) continue;
    perSource.set(c.primarySource, used + 1);
    out.push({
      storyId: c.storyId,
      title: c.title,
      url: c.url,
      sources: c.sources,
      score: Math.round(c.score * 100) / 100,
    });
    if (out.length >= DIGEST_SIZE) break;
  }
  return out;
}

/** Builds (or rebuilds) today's digest from the last 24 h of unblocked, unmuted stories. */
export async function buildDigest(now = new Date()) {
  const db = await getDb();
  const since = new Date(now.getTime() - 24 * 3_600_000);
  const stories = await db.story.findMany({
    where: { triage: { not: 'muted' }, items: { some: { blocked: false, publishedAt: { gte: since } } } },
    include: {
      items: {
        where: { blocked: false },
        orderBy: { publishedAt: 'asc' },
        include: { feed: { select: { title: true, url: true } } },
      },
    },
  });
  const candidates: Candidate[] = stories.flatMap((s) => {
    const first = s.items[0];
    if (!first) return [];
    const sourceName = (i: (typeof s.items)[number]) => i.feed.title ?? new URL(i.feed.url).hostname;
    return [
      {
        storyId: s.id,
        title: s.title,
        url: first.url,
        primarySource: sourceName(first),
        sources: [...new Set(s.items.map(sourceName))],
        newest: Math.max(...s.items.map((i) => i.publishedAt.getTime())),
      },
    ];
  });
  const entries = rankDigest(candidates, now);
  const day = dayIn(env().BUDDY_TZ, now);
  const digest = await db.digest.upsert({
    where: { day },
    create: { day, stories: entries, createdAt: now },
    update: { stories: entries, createdAt: now },
  });
  await publishEvent('intelligence', 'digest-built', digest.id);
  return { day, entries };
}
