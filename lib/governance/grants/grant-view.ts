import type { JsonValue } from '../../db/json';
import { EXPIRING_SOON_DAYS, type GrantStatus, type GrantView, storedListSchema } from './schemas';

export type GrantRow = {
  id: string;
  subjectKind: string;
  subject: string;
  scopes: JsonValue;
  resources: JsonValue;
  note: string | null;
  tokenHint: string;
  issuedBy: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokeReason: string | null;
  lastUsedAt: Date | null;
  useCount: number;
  usedScopes: JsonValue;
  renewedFromId: string | null;
  renewedToId: string | null;
};

const DAY = 86_400_000;

export function grantStatus(row: Pick<GrantRow, 'revokedAt' | 'expiresAt'>, now = new Date()): GrantStatus {
  if (row.revokedAt) return 'revoked';
  const left = row.expiresAt.getTime() - now.getTime();
  if (left <= 0) return 'expired';
  return left <= EXPIRING_SOON_DAYS * DAY ? 'expiring' : 'active';
}

export function toGrantView(row: GrantRow, now = new Date()): GrantView {
  const scopes = storedListSchema.parse(row.scopes);
  const usedScopes = storedListSchema.parse(row.usedScopes);
  // Field by field, not `...row`: the row also holds the token's hash, which no reply may carry.
  return {
    id: row.id,
    subjectKind: row.subjectKind,
    subject: row.subject,
    note: row.note,
    tokenHint: row.tokenHint,
    issuedBy: row.issuedBy,
    revokeReason: row.revokeReason,
    useCount: row.useCount,
    renewedFromId: row.renewedFromId,
    renewedToId: row.renewedToId,
    scopes,
    resources: storedListSchema.parse(row.resources),
    usedScopes,
    unusedScopes: scopes.filter((s) => !usedScopes.includes(s)),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    status: grantStatus(row, now),
    daysLeft: Math.max(0, Math.ceil((row.expiresAt.getTime() - now.getTime()) / DAY)),
  };
}
