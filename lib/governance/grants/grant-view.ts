import { EXPIRING_SOON_DAYS, type GrantStatus, type GrantView } from './schemas';

export type GrantRow = {
  id: string;
  subjectKind: string;
  subject: string;
  scopes: string;
  resources: string;
  note: string | null;
  tokenHint: string;
  issuedBy: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokeReason: string | null;
  lastUsedAt: Date | null;
  useCount: number;
  usedScopes: string;
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
  const scopes = JSON.parse(row.scopes) as string[];
  const usedScopes = JSON.parse(row.usedScopes) as string[];
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
    resources: JSON.parse(row.resources) as string[],
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
