import { getDb } from '../../db/client';
import { env } from '../../env';
import { publishEvent } from '../../events/publish';
import { LIVE, memoryKey } from '../memory-key';
import { embeddingsFor } from '../similarity/embedding-cache';
import { type Finding, MemorySimilarity } from '../similarity/memory-similarity';
import { lastScan, SCAN_ROW_ID } from './scan-state';
import { storeScan } from './store-scan';

export type ScanSummary = { entries: number; findings: number; durationMs: number; passes: number };

/** Contradictions first, then near-duplicates, each best first: the order the page lists them in. */
const pageOrder = (found: Finding[]) =>
  [...found].sort((p, q) => (p.kind === q.kind ? 0 : p.kind === 'contradiction' ? -1 : 1));

/**
 * One comparison of every live entry, stored; nothing is kept in the process afterwards (the
 * comparison of 100,000 entries holds hundreds of MB while it runs).
 */
async function scanOnce(key: string): Promise<Omit<ScanSummary, 'passes'>> {
  const started = performance.now();
  const db = await getDb();
  const rows = await db.memoryEntry.findMany({ where: LIVE, select: { id: true, content: true } });
  const embeddings = await embeddingsFor(rows.map((r) => r.content));
  const byId = new Map(rows.map((r) => [r.id, embeddings?.get(r.content)]));
  const memory = MemorySimilarity.build(
    rows.map((r) => ({ id: r.id, text: r.content })),
    embeddings ? (id) => byId.get(id) : undefined,
    { cacheFeatures: false },
  );
  const findings = pageOrder(memory.pairs());
  const terms = memory.documentFrequencies();
  const durationMs = Math.round(performance.now() - started);
  // An endpoint that failed this time leaves the scan stale, so the next look asks for another.
  const embeddingsMissing = env().BUDDY_EMBEDDINGS_PROVIDER !== 'none' && !embeddings;
  await storeScan({
    id: SCAN_ROW_ID,
    memoryKey: embeddingsMissing ? `${key} (without embeddings)` : key,
    entries: rows.length,
    findings,
    terms,
    durationMs,
  });
  return { entries: rows.length, findings: findings.length, durationMs };
}

// A scan that memory changed under is repeated (the changes' own requests were folded into the
// running job); a memory that never holds still is left to the next request after this many.
const MAX_PASSES = 3;

/**
 * The memory domain's housekeeping job (`memory.duplicate-scan`, run by the worker): compares the
 * whole memory, replaces the stored findings and tells open pages to read them.
 */
export async function runDuplicateScan(): Promise<ScanSummary> {
  let summary: Omit<ScanSummary, 'passes'> = { entries: 0, findings: 0, durationMs: 0 };
  let passes = 0;
  let key = await memoryKey();
  while (passes < MAX_PASSES) {
    passes++;
    summary = await scanOnce(key);
    const now = await memoryKey();
    if (now === key) break;
    key = now;
  }
  await publishEvent('memory', 'duplicates-scanned');
  return { ...summary, passes };
}

/**
 * The job's entry point: a scan unless the stored one is already of the current memory (a request
 * that arrived twice, or the nightly safety net on a night nothing was lost).
 */
export async function scanIfStale(): Promise<ScanSummary | { skipped: true }> {
  const [scan, key] = await Promise.all([lastScan(), memoryKey()]);
  if (scan?.memoryKey === key) return { skipped: true };
  return runDuplicateScan();
}
