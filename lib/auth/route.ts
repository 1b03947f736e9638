import { ForbiddenError } from '../api/errors';
import { createRoute } from '../api/handler';
import { authorizeAgentCall } from '../governance/grants/authorize-agent-call';
import { authenticate } from './authenticate';
import { hasScope, type Principal } from './principal';
import { assertSameOriginJson } from './same-origin';
import type { Scope } from './scopes';

/**
 * The API route wrapper with Buddy's callers bound in: the owner's session or an agent's grant.
 * Agent refusals are audited (and thrown) by authorizeAgentCall; the owner holds every scope.
 */
export const route = createRoute<Principal, Scope>({
  authenticate,
  async checkAccess(principal, access, action) {
    if (access === 'owner') {
      if (principal.kind === 'owner') return;
      await authorizeAgentCall(principal, null, undefined, action);
      throw new ForbiddenError('Only the owner can do this.');
    }
    if (hasScope(principal, access.scope)) return;
    if (principal.kind === 'agent') await authorizeAgentCall(principal, access.scope, undefined, action);
    throw new ForbiddenError(`This token lacks the scope "${access.scope}".`);
  },
  async authorizeCall(principal, scope, resource, action) {
    if (principal.kind === 'agent') await authorizeAgentCall(principal, scope, resource, action);
  },
  checkRequest(principal, request) {
    // The session cookie rides along on cross-site requests too; bearer tokens do not.
    if (principal?.kind === 'owner') assertSameOriginJson(request);
  },
});
