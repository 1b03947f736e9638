import { getDb } from '../../db/client';
import { EXPIRY_BANNER_DAYS } from './schemas';

/** Active grants that expire within the banner's warning time of `now`, soonest first. */
export async function listExpiringGrants(now: Date): Promise<Array<{ id: string; subject: string; expiresAt: Date }>> {
  const db = await getDb();
  const rows = await db.permissionGrant.findMany({
    where: { revokedAt: null, expiresAt: { gt: now, lte: new Date(now.getTime() + EXPIRY_BANNER_DAYS * 86_400_000) } },
    orderBy: { expiresAt: 'asc' },
    select: { id: true, subject: true, subjectKind: true, expiresAt: true },
  });
  return rows.map((r) => ({ id: r.id, subject: `${r.subjectKind} ${r.subject}`, expiresAt: r.expiresAt }));
}
