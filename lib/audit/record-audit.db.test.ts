import { describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { auditHash, recordAudit } from './record-audit';

describe('audit log', () => {
  it('chains each event to the previous one, also under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => recordAudit({ actor: 'system', action: 'test.write', target: `t${i}` })),
    );
    const db = await getDb();
    const rows = await db.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    let prev: string | null = null;
    for (const row of rows) {
      expect(row.prevHash).toBe(prev);
      expect(row.hash).toBe(auditHash(prev, { ...row, details: row.details }));
      prev = row.hash;
    }
  });

  it('an edited row no longer matches its hash', async () => {
    const db = await getDb();
    const row = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: 'asc' } });
    expect(auditHash(row.prevHash, { ...row, target: 'edited' })).not.toBe(row.hash);
  });

  it('refuses an action that is not "<domain>.<verb>"', async () => {
    await expect(recordAudit({ actor: 'system', action: 'nodot' })).rejects.toThrow();
  });
});
