import { ConflictError, NotFoundError } from '../../api/errors';
import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import { publishEvent } from '../../events/publish';
import { toGrantView } from './grant-view';
import { revokeGrantSchema } from './schemas';

export async function revokeGrant(id: string, input: { reason: string }, actor: string) {
  const { reason } = revokeGrantSchema.parse(input);
  const db = await getDb();
  const existing = await db.permissionGrant.findUnique({ where: { id } });
  if (!existing) throw new NotFoundError('No such grant.');
  if (existing.revokedAt) throw new ConflictError('This grant is already revoked.');
  // Audit first: a revocation that cannot be recorded does not happen silently.
  await recordAudit({
    actor,
    action: 'grants.revoke',
    target: `${existing.subjectKind}:${existing.subject}`,
    grantId: id,
    reason,
  });
  const row = await db.permissionGrant.update({
    where: { id },
    data: { revokedAt: new Date(), revokedBy: actor, revokeReason: reason },
  });
  await publishEvent('governance', 'grant-revoked', id).catch(() => undefined);
  return toGrantView(row);
}
