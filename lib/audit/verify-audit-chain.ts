import { getDb } from '../db/client';
import { auditHash } from './record-audit';

export type AuditChainReport = { ok: boolean; checked: number; brokenAt?: number; problem?: string };

const PAGE = 1000;

/**
 * Recomputes the hash chain from the first event: an edited field, a deleted or inserted row, or a
 * re-linked prevHash shows up as the first seq where the stored and recomputed hashes disagree.
 */
export async function verifyAuditChain(): Promise<AuditChainReport> {
  const db = await getDb();
  let prevHash: string | null = null;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { seq: { gte: expectedSeq } },
      orderBy: { seq: 'asc' },
      take: PAGE,
    });
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        return { ok: false, checked, brokenAt: expectedSeq, problem: `event ${expectedSeq} is missing` };
      if (row.prevHash !== prevHash)
        return {
          ok: false,
          checked,
          brokenAt: row.seq,
          problem: `event ${row.seq} does not link to the event before it`,
        };
      if (auditHash(prevHash, row) !== row.hash)
        return { ok: false, checked, brokenAt: row.seq, problem: `event ${row.seq} was edited after it was written` };
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
  }
}
