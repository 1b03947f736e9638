import { NotFoundError } from '../api/errors';
import { getDb } from '../db/client';
import type { JsonValue } from '../db/json';
import type { BriefingLine } from './compose-briefing';
import { storedSectionsSchema } from './stored-sections';

function shape(row: {
  id: string;
  trigger: string;
  headline: string;
  sections: JsonValue;
  since: Date | null;
  createdAt: Date;
}) {
  const parsed = storedSectionsSchema.parse(row.sections);
  return {
    id: row.id,
    trigger: row.trigger,
    headline: row.headline,
    since: row.since,
    until: parsed.until ? new Date(parsed.until) : null,
    createdAt: row.createdAt,
    tone: parsed.tone,
    prose: parsed.prose ?? { text: null, note: null },
    sections: parsed.sections.map((s) => ({
      ...s,
      lines: s.lines.map((l): BriefingLine => (typeof l === 'string' ? { text: l } : l)),
    })),
  };
}
export type BriefingView = ReturnType<typeof shape>;

const SELECT = { id: true, trigger: true, headline: true, sections: true, since: true, createdAt: true } as const;

/**
 * The latest briefing in full and the history (headlines only). A rebuild covers the same night as
 * the briefing it replaces (same `since`); the earlier version stays listed, marked as replaced.
 */
export async function listBriefings(limit = 30) {
  const db = await getDb();
  const rows = await db.briefing.findMany({ orderBy: { createdAt: 'desc' }, take: limit, select: SELECT });
  const [latest] = rows;
  const seenNights = new Set<number>();
  return {
    latest: latest ? shape(latest) : null,
    history: rows.map((r) => {
      const night = r.since?.getTime() ?? -1;
      const replaced = seenNights.has(night);
      seenNights.add(night);
      return {
        id: r.id,
        trigger: r.trigger,
        headline: r.headline,
        since: r.since,
        createdAt: r.createdAt,
        tone: shape(r).tone,
        replaced,
      };
    }),
  };
}

export async function getBriefing(id: string): Promise<BriefingView> {
  const db = await getDb();
  const row = await db.briefing.findUnique({ where: { id }, select: SELECT });
  if (!row) throw new NotFoundError(`No briefing with id ${id}.`);
  return shape(row);
}
