import { recordAudit } from '../../audit/record-audit';
import { getDb } from '../../db/client';
import { publishEvent } from '../../events/publish';
import { newGrantToken } from './grant-token';
import { toGrantView } from './grant-view';
import { type IssueGrantInput, issueGrantSchema } from './schemas';

const DAY = 86_400_000;

/**
 * Issues a grant (owner only; the route enforces that). The token is returned here and never again.
 * The audit event is written in the same breath: if it cannot be written, no grant exists.
 */
export async function issueGrant(input: IssueGrantInput, issuedBy: string, renewedFromId?: string) {
  const data = issueGrantSchema.parse(input);
  const db = await getDb();
  const { token, hash, hint } = newGrantToken();
  const row = await db.permissionGrant.create({
    data: {
      subjectKind: data.subjectKind,
      subject: data.subject,
      scopes: [...new Set(data.scopes)],
      resources: [...new Set(data.resources)],
      note: data.note ?? null,
      tokenHash: hash,
      tokenHint: hint,
      issuedBy,
      expiresAt: new Date(Date.now() + data.days * DAY),
      renewedFromId: renewedFromId ?? null,
    },
  });
  try {
    await recordAudit({
      actor: issuedBy,
      action: renewedFromId ? 'grants.renew' : 'grants.issue',
      target: `${data.subjectKind}:${data.subject}`,
      grantId: row.id,
      scope: data.scopes.join(' '),
      resource: data.resources.join(' ') || undefined,
      reason: renewedFromId ? `re-authorizes ${renewedFromId}` : data.note,
      details: { days: data.days, expiresAt: row.expiresAt.toISOString() },
    });
  } catch (error) {
    await db.permissionGrant.delete({ where: { id: row.id } });
    throw error;
  }
  await publishEvent('governance', renewedFromId ? 'grant-renewed' : 'grant-issued', row.id).catch(() => undefined);
  return { grant: toGrantView(row), token };
}
