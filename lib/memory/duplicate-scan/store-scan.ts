import { getDb } from '../../db/client';
import type { Finding } from '../similarity/memory-similarity';

const CHUNK = 1_000;
const chunks = <T>(xs: T[]) =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));
// Long for an interactive transaction: at 100,000 entries the word counts are tens of thousands of rows.
const TX = { timeout: 120_000, maxWait: 30_000 };

type StoredScan = {
  id: string;
  memoryKey: string;
  entries: number;
  findings: Finding[];
  terms: [string, number][];
  durationMs: number;
};

/**
 * Replaces the stored word counts, then the findings together with the scan's record, each in one
 * transaction: a reader sees the old findings with the old key or the new ones with the new key.
 */
export async function storeScan(scan: StoredScan): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.memoryTermFrequency.deleteMany({});
    for (const part of chunks(scan.terms))
      await tx.memoryTermFrequency.createMany({ data: part.map(([term, entries]) => ({ term, entries })) });
  }, TX);
  const rows = scan.findings.map((f, rank) => {
    // Stored in id order (a < b), the disagreements from entry A's side: a swapped pair swaps them too.
    const swapped = f.a > f.b;
    return {
      entryAId: swapped ? f.b : f.a,
      entryBId: swapped ? f.a : f.b,
      kind: f.kind,
      similarity: f.similarity,
      method: f.method,
      disagreements:
        f.kind === 'contradiction'
          ? f.disagreements.map((d) => (swapped ? { kind: d.kind, mine: d.theirs, theirs: d.mine } : d))
          : [],
      rank,
    };
  });
  await db.$transaction(async (tx) => {
    await tx.memoryDuplicateFinding.deleteMany({});
    for (const part of chunks(rows)) await tx.memoryDuplicateFinding.createMany({ data: part });
    const record = {
      memoryKey: scan.memoryKey,
      entries: scan.entries,
      findings: rows.length,
      durationMs: scan.durationMs,
      scannedAt: new Date(),
    };
    await tx.memoryDuplicateScan.upsert({ where: { id: scan.id }, create: { id: scan.id, ...record }, update: record });
  }, TX);
}
