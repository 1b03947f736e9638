import { ForbiddenError } from '../../api/errors';
import type { Principal } from '../../auth/principal';
import type { Scope } from '../../auth/scopes';
import { getDb } from '../../db/client';
import { layerOf } from '../layers';
import { guardedAudit } from './guarded-audit';
import { resourceAllowed } from './resource-glob';
import { storedListSchema } from './schemas';

type AgentPrincipal = Extract<Principal, { kind: 'agent' }>;

/**
 * Checks an agent call's scope and resource, records it (use or denial) and counts the use. Called
 * by the API wrapper on every agent call; an audit write that fails denies the call.
 */
export async function authorizeAgentCall(
  principal: AgentPrincipal,
  scope: Scope | null,
  resource: string | undefined,
  action: string,
): Promise<void> {
  const base = {
    actor: `agent:${principal.subject}`,
    grantId: principal.grantId,
    scope: scope ?? undefined,
    resource,
    layer: resource ? (layerOf(resource) ?? 'api') : 'api',
    target: action,
  };
  if (!scope) {
    await guardedAudit({ ...base, action: 'grants.deny', decision: 'denied', reason: 'owner-only endpoint' });
    throw new ForbiddenError('Only the owner can do this.');
  }
  if (!principal.scopes.includes(scope)) {
    await guardedAudit({ ...base, action: 'grants.deny', decision: 'denied', reason: `missing scope ${scope}` });
    throw new ForbiddenError(`This token lacks the scope "${scope}".`);
  }
  if (!resourceAllowed(principal.resources, resource)) {
    await guardedAudit({
      ...base,
      action: 'grants.deny',
      decision: 'denied',
      reason: `resource ${resource} is outside ${principal.resources.join(', ')}`,
    });
    throw new ForbiddenError(
      `This token may not touch "${resource}"; it is limited to ${principal.resources.join(', ')}.`,
    );
  }
  await guardedAudit({ ...base, action: 'grants.use' });
  const db = await getDb();
  const grant = await db.permissionGrant.findUnique({ where: { id: principal.grantId }, select: { usedScopes: true } });
  const used = new Set(storedListSchema.parse(grant?.usedScopes ?? [])).add(scope);
  await db.permissionGrant.update({
    where: { id: principal.grantId },
    data: { lastUsedAt: new Date(), useCount: { increment: 1 }, usedScopes: [...used] },
  });
}
