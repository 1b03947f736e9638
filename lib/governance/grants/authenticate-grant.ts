import { UnauthorizedError } from '../../api/errors';
import type { Principal } from '../../auth/principal';
import { isScope } from '../../auth/scopes';
import { countRefusal } from '../../audit/count-refusal';
import { getDb } from '../../db/client';
import { hashGrantToken } from './grant-token';
import { storedListSchema } from './schemas';
import { guardedAudit } from './guarded-audit';

/**
 * The bearer-token authenticator (lib/auth/authenticate.ts lists it). A request without a bearer
 * token is not ours (null, so the session is tried); a bearer token that is unknown, expired or
 * revoked is refused outright: an expired or revoked one is audited with its grant, an unknown one
 * is counted (lib/audit/count-refusal.ts).
 */
export async function grantBearer(request: Request): Promise<Principal | null> {
  const header = request.headers.get('authorization');
  if (!header || !/^bearer\s/i.test(header)) return null;
  const token = header.replace(/^bearer\s+/i, '').trim();
  const db = await getDb();
  const grant = await db.permissionGrant.findUnique({ where: { tokenHash: hashGrantToken(token) } });
  if (!grant) {
    // Counted, not chained: anyone can send junk tokens, and each chained row waits on the chain's lock.
    await countRefusal('unknown-token');
    throw new UnauthorizedError('This agent token is not valid.');
  }
  const actor = `agent:${grant.subject}`;
  if (grant.revokedAt) {
    await guardedAudit({
      actor,
      action: 'grants.deny',
      decision: 'denied',
      grantId: grant.id,
      reason: 'token revoked',
      layer: 'api',
    });
    throw new UnauthorizedError(`This agent token was revoked${grant.revokeReason ? `: ${grant.revokeReason}` : ''}.`);
  }
  if (grant.expiresAt.getTime() <= Date.now()) {
    if (!grant.expiryAudited) {
      await guardedAudit({
        actor: 'system',
        action: 'grants.expire',
        grantId: grant.id,
        target: `${grant.subjectKind}:${grant.subject}`,
      });
      await db.permissionGrant.update({ where: { id: grant.id }, data: { expiryAudited: true } });
    }
    await guardedAudit({
      actor,
      action: 'grants.deny',
      decision: 'denied',
      grantId: grant.id,
      reason: 'token expired',
      layer: 'api',
    });
    throw new UnauthorizedError(
      `This agent token expired on ${grant.expiresAt.toISOString().slice(0, 10)}. Ask the owner to re-authorize it.`,
    );
  }
  return {
    kind: 'agent',
    grantId: grant.id,
    subject: grant.subject,
    // A scope no longer in the catalog can match no check; dropping it keeps the principal's type honest.
    scopes: storedListSchema.parse(grant.scopes).filter(isScope),
    resources: storedListSchema.parse(grant.resources),
  };
}
