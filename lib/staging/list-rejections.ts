import { getDb } from '../db/client';

/** Rejections with their reasons since a moment: what the weekly feedback-synthesis job learns from. */
export async function listRejections(
  since: Date,
): Promise<Array<{ id: string; kind: string; title: string; reason: string; decidedAt: Date }>> {
  const db = await getDb();
  const rows = await db.stagedItem.findMany({
    where: { status: 'rejected', decidedAt: { gte: since } },
    orderBy: { decidedAt: 'asc' },
    select: { id: true, kind: true, title: true, decisionNote: true, decidedAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    reason: r.decisionNote ?? '',
    decidedAt: r.decidedAt ?? new Date(0),
  }));
}
