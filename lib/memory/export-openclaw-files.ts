import { getDb } from '../db/client';
import { env } from '../env';
import { decodeTags } from './normalize-text';
import { type OpenClawFile, renderOpenClawFiles } from './openclaw-format';

function dayIn(date: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD; the day of a note is the owner's calendar day, not UTC's.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** What the gateway's agents should read: active, unexpired entries, pinned first. */
export async function exportOpenClawFiles(): Promise<OpenClawFile[]> {
  const db = await getDb();
  const now = new Date();
  const rows = await db.memoryEntry.findMany({
    where: { deletedAt: null, status: 'active', OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    orderBy: [{ category: 'asc' }, { pinned: 'desc' }, { createdAt: 'asc' }],
  });
  const tz = env().BUDDY_TZ;
  return renderOpenClawFiles(
    rows.map((r) => ({
      id: r.id,
      content: r.content,
      category: r.category,
      tags: decodeTags(r.tags),
      pinned: r.pinned,
      day: dayIn(r.createdAt, tz),
    })),
  );
}
