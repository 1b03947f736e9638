import { NotFoundError } from '../api/errors';
import { getDb } from '../db/client';
import type { BriefingSection, Tone } from './compose-briefing';

function shape(row: {
  id: string;
  trigger: string;
  headline: string;
  sections: string;
  since: Date | null;
  createdAt: Date;
}) {
  const parsed = JSON.parse(row.sections) as { tone: Tone; sections: BriefingSection[] };
  return {
    id: row.id,
    trigger: row.trigger,
    headline: row.headline,
    since: row.since,
    createdAt: row.createdAt,
    tone: parsed.tone,
    sections: parsed.sections,
  };
}
export type BriefingView = ReturnType<typeof shape>;

const SELECT = { id: true, trigger: true, headline: true, sections: true, since: true, createdAt: true } as const;

/** The latest briefing in full and the history of earlier ones (headlines only). */
export async function listBriefings(limit = 30) {
  const db = await getDb();
  const rows = await db.briefing.findMany({ orderBy: { createdAt: 'desc' }, take: limit, select: SELECT });
  const [latest] = rows;
  return {
    latest: latest ? shape(latest) : null,
    history: rows.map((r) => ({
      id: r.id,
      trigger: r.trigger,
      headline: r.headline,
      createdAt: r.createdAt,
      tone: shape(r).tone,
    })),
  };
}

export async function getBriefing(id: string): Promise<BriefingView> {
  const db = await getDb();
  const row = await db.briefing.findUnique({ where: { id }, select: SELECT });
  if (!row) throw new NotFoundError(`No briefing with id ${id}.`);
  return shape(row);
}
