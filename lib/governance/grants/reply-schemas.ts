import { z } from 'zod';

/** One grant as every grants endpoint shows it (GrantView; never the token's hash). */
const grantViewSchema = z.object({
  id: z.string(),
  subjectKind: z.string(),
  subject: z.string(),
  scopes: z.array(z.string()),
  resources: z.array(z.string()),
  note: z.string().nullable(),
  tokenHint: z.string(),
  issuedBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  useCount: z.number().int(),
  usedScopes: z.array(z.string()),
  unusedScopes: z.array(z.string()),
  renewedFromId: z.string().nullable(),
  renewedToId: z.string().nullable(),
  status: z.enum(['active', 'expiring', 'expired', 'revoked']),
  daysLeft: z.number(),
});

/** What the grants API answers: route() checks each handler against it and the OpenAPI document shows it. */
export const grantListReplySchema = z.object({ grants: z.array(grantViewSchema), expiringSoon: z.number().int() });

export const grantReplySchema = z.object({ grant: grantViewSchema });

// The token is shown once, in this reply; only its hash is kept.
export const grantIssuedReplySchema = grantReplySchema.extend({ token: z.string() });

export const grantReauthorizedReplySchema = grantIssuedReplySchema.extend({
  unusedScopes: z.array(z.string()),
  droppedScopes: z.array(z.string()),
});
