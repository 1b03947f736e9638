import type { Scope } from './scopes';

/** Who is calling: the owner (signed in) or an agent holding a scoped grant. */
export type Principal =
  | { kind: 'owner'; id: string; email: string }
  | { kind: 'agent'; grantId: string; subject: string; scopes: Scope[]; resources: string[] };

export function principalLabel(principal: Principal): string {
  return principal.kind === 'owner' ? `owner:${principal.email}` : `agent:${principal.subject}`;
}

export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.kind === 'owner' || principal.scopes.includes(scope);
}
