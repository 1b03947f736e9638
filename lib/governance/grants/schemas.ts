import { z } from 'zod';
import { SCOPES } from '../../auth/scopes';

export const MAX_GRANT_DAYS = 90;
export const EXPIRING_SOON_DAYS = 14;
export const EXPIRY_BANNER_DAYS = 7;

const scope = z.enum(SCOPES, {
  error: (issue) => `"${String(issue.input)}" is not a scope. Known scopes: ${SCOPES.join(', ')}.`,
});
const resourceGlob = z
  .string()
  .min(1)
  .max(300)
  .refine(
    (g) => !g.startsWith('/') && !g.split('/').includes('..'),
    'a resource pattern is a workspace-relative glob without ".."',
  );

export const issueGrantSchema = z.object({
  subjectKind: z.enum(['agent', 'job', 'container']),
  subject: z.string().trim().min(1, 'name the agent, job or container').max(100),
  scopes: z.array(scope).min(1, 'choose at least one scope').max(SCOPES.length),
  resources: z.array(resourceGlob).max(50).default([]),
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_GRANT_DAYS, `a grant lasts at most ${MAX_GRANT_DAYS} days`)
    .default(MAX_GRANT_DAYS),
  note: z.string().max(500).optional(),
});
export type IssueGrantInput = z.input<typeof issueGrantSchema>;

export const revokeGrantSchema = z.object({
  reason: z.string().trim().min(3, 'say why the grant is revoked').max(500),
});
export const reauthorizeGrantSchema = z.object({ scopes: z.array(scope).min(1).optional() });

/** A grant's stored lists (the scopes, resources and usedScopes columns), read once as they leave the database. */
export const storedListSchema = z.array(z.string());

export type GrantStatus = 'active' | 'expiring' | 'expired' | 'revoked';

export type GrantView = {
  id: string;
  subjectKind: string;
  subject: string;
  scopes: string[];
  resources: string[];
  note: string | null;
  tokenHint: string;
  issuedBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
  lastUsedAt: string | null;
  useCount: number;
  usedScopes: string[];
  unusedScopes: string[];
  renewedFromId: string | null;
  renewedToId: string | null;
  status: GrantStatus;
  daysLeft: number;
};
