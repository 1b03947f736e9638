import { ConflictError, NotFoundError } from '../../api/errors';
import type { Scope } from '../../auth/scopes';
import { getDb } from '../../db/client';
import { toGrantView } from './grant-view';
import { issueGrant } from './issue-grant';
import { revokeGrant } from './revoke-grant';
import { MAX_GRANT_DAYS, reauthorizeGrantSchema } from './schemas';

/**
 * Re-authorizes a grant: a new 90-day grant linked to the old one (optionally without the scopes
 * that went unused), after which the old token stops working.
 */
export async function reauthorizeGrant(id: string, input: { scopes?: string[] }, actor: string) {
  const { scopes } = reauthorizeGrantSchema.parse(input);
  const db = await getDb();
  const old = await db.permissionGrant.findUnique({ where: { id } });
  if (!old) throw new NotFoundError('No such grant.');
  if (old.renewedToId) throw new ConflictError('This grant was already re-authorized.');
  const before = toGrantView(old);
  const chosen = scopes ?? (before.scopes as Scope[]);
  const issued = await issueGrant(
    {
      subjectKind: old.subjectKind as 'agent',
      subject: old.subject,
      scopes: chosen,
      resources: before.resources,
      days: MAX_GRANT_DAYS,
      note: old.note ?? undefined,
    },
    actor,
    old.id,
  );
  await db.permissionGrant.update({ where: { id: old.id }, data: { renewedToId: issued.grant.id } });
  if (!old.revokedAt) await revokeGrant(old.id, { reason: `re-authorized as ${issued.grant.id}` }, actor);
  return {
    ...issued,
    unusedScopes: before.unusedScopes,
    droppedScopes: before.scopes.filter((s) => !chosen.includes(s as Scope)),
  };
}
