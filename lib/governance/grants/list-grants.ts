import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import { toGrantView } from './grant-view';
import { EXPIRY_BANNER_DAYS, type GrantView } from './schemas';

/**
 * Grants sorted by expiry (soonest first). Grants that expired since the last look get their
 * "expired" audit event here, so expiry is recorded even for a token nobody uses again.
 */
export async function listGrants(now = new Date()): Promise<{ grants: GrantView[]; expiringSoon: number }> {
  const db = await getDb();
  const lapsed = await db.permissionGrant.findMany({
    where: { expiresAt: { lte: now }, revokedAt: null, expiryAudited: false },
  });
  for (const grant of lapsed) {
    await recordAudit({
      actor: 'system',
      action: 'grants.expire',
      grantId: grant.id,
      target: `${grant.subjectKind}:${grant.subject}`,
    });
    await db.permissionGrant.update({ where: { id: grant.id }, data: { expiryAudited: true } });
  }
  const rows = await db.permissionGrant.findMany({ orderBy: [{ expiresAt: 'asc' }, { createdAt: 'asc' }] });
  const grants = rows.map((r) => toGrantView(r, now));
  const bannerMs = EXPIRY_BANNER_DAYS * 86_400_000;
  const expiringSoon = grants.filter(
    (g) =>
      (g.status === 'active' || g.status === 'expiring') && new Date(g.expiresAt).getTime() - now.getTime() <= bannerMs,
  ).length;
  return { grants, expiringSoon };
}
