import { getDb } from '../db/client';
import { grantBearer } from '../governance/grants/authenticate-grant';
import type { Principal } from './principal';
import { sessionEmail } from './session-token';

export type Authenticator = (request: Request) => Promise<Principal | null>;

async function ownerSession(request: Request): Promise<Principal | null> {
  const email = await sessionEmail(request);
  if (!email) return null;
  // A valid cookie for an account that no longer exists (database reset) is not a session.
  const db = await getDb();
  const owner = await db.owner.findUnique({ where: { email }, select: { id: true, email: true } });
  return owner ? { kind: 'owner', ...owner } : null;
}

/**
 * Every way a caller can prove who it is, tried in order. Agent bearer tokens (governance) are
 * added to this list; nothing else in the app needs to change for that.
 */
const AUTHENTICATORS: Authenticator[] = [grantBearer, ownerSession];

export async function authenticate(request: Request): Promise<Principal | null> {
  for (const authenticator of AUTHENTICATORS) {
    const principal = await authenticator(request);
    if (principal) return principal;
  }
  return null;
}
