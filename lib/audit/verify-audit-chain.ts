import { getDb } from '../db/client';
import { headMac } from './audit-key';
import { auditHash } from './record-audit';

export type AuditChainReport = { ok: boolean; checked: number; brokenAt?: number; problem?: string };

const PAGE = 1000;

type Db = Awaited<ReturnType<typeof getDb>>;

/**
 * The chain read intact up to `lastSeq`; the signed head says where it ended when it was written.
 * A head past the last event means events were cut off the end; a head whose MAC does not match was
 * written by someone without the key (data/.audit-key).
 */
async function checkHead(db: Db, lastHash: string | null, lastSeq: number, checked: number): Promise<AuditChainReport> {
  const head = await db.auditHead.findUnique({ where: { id: 1 } });
  if (!head) {
    return lastSeq === 0
      ? { ok: true, checked }
      : { ok: false, checked, brokenAt: lastSeq, problem: 'the signed head of the chain is missing' };
  }
  if (head.mac !== headMac(head.seq, head.hash))
    return {
      ok: false,
      checked,
      brokenAt: head.seq,
      problem: "the head of the chain is not signed with this installation's audit key",
    };
  if (head.seq > lastSeq)
    return {
      ok: false,
      checked,
      brokenAt: lastSeq + 1,
      problem: `events ${lastSeq + 1} to ${head.seq} were cut off the end of the chain`,
    };
  if (head.seq !== lastSeq || head.hash !== lastHash)
    return { ok: false, checked, brokenAt: lastSeq, problem: `event ${lastSeq} is not the signed head of the chain` };
  return { ok: true, checked };
}

/**
 * Recomputes the hash chain from the first event, then checks it ends at the signed head: an edited field, a deleted or inserted row, or a
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
    if (rows.length === 0) {
      // Events appended while this ran moved the head on; read them before judging the head.
      if (await db.auditEvent.count({ where: { seq: { gte: expectedSeq } } })) continue;
      return checkHead(db, prevHash, expectedSeq - 1, checked);
    }
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
