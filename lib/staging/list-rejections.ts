// PLACEHOLDER(merge): real one comes from the staging branch.
import { getDb } from '../db/client';

export async function listRejections(since: Date): Promise<Array<{ id: string; kind: string; title: string; reason: string | null; decidedAt: Date | null }>> {
  const db = await getDb();
  const rows = await db.stagedItem.findMany({
    where: { status: 'rejected', decidedAt: { gte: since } },
    orderBy: { decidedAt: 'desc' },
    take: 200,
    select: { id: true, kind: true, title: true, decisionNote: true, decidedAt: true },
  });
  return rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, reason: r.decisionNote, decidedAt: r.decidedAt }));
}
