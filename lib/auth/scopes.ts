/**
 * The fixed registry of scopes an agent grant may hold. The owner implicitly holds all of them and
 * more: approving staged work is owner-only, so there is deliberately no `staging:approve` scope.
 */
export const SCOPES = [
  'staging:read',
  'staging:write',
  'memory:read',
  'memory:propose',
  'jobs:read',
  'jobs:run',
  'jobs:pause', // pausing only: resuming a job stays with the owner
  'jobs:report', // the gateway's cron-circuit-breaker reports its own jobs' breaker state
  'containers:read',
  'containers:restart',
  'drift:read',
  'secrets:read',
  'sandbox:exec',
  'skills:read',
  'intelligence:read',
  'intelligence:write',
] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}
