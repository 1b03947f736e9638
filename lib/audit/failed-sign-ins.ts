import { getDb } from '../db/client';

/** Sign-ins refused in [since, until) and when the last one was, from the audit trail (kept, unlike rate-limit rows). */
export async function failedSignIns(since: Date, until: Date): Promise<{ failed: number; lastAt: Date | null }> {
  const db = await getDb();
  const where = { action: 'auth.sign-in', decision: 'denied' as const, createdAt: { gte: since, lt: until } };
  const [failed, last] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findFirst({ where, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
  ]);
  return { failed, lastAt: last?.createdAt ?? null };
}
