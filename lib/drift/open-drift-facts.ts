import { getDb } from '../db/client';
import type { JsonValue } from '../db/json';

export type OpenDriftFact = {
  resource: string;
  fieldPath: string;
  kind: string;
  severity: string;
  firstSeen: Date;
  declared: JsonValue;
  actual: JsonValue;
};

const RANK: Record<string, number> = { high: 0, medium: 1, low: 2 };

/** Open, not ignored drift for the morning briefing, most severe first. */
export async function listOpenDrift(): Promise<OpenDriftFact[]> {
  const db = await getDb();
  const rows = await db.driftItem.findMany({
    where: { state: 'open', ignored: false },
    select: {
      resource: true,
      fieldPath: true,
      kind: true,
      severity: true,
      firstSeen: true,
      declared: true,
      actual: true,
    },
    orderBy: [{ firstSeen: 'asc' }, { resource: 'asc' }],
  });
  return rows.sort((a, b) => (RANK[a.severity] ?? 3) - (RANK[b.severity] ?? 3));
}
