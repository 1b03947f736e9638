import { dbProvider, getDb } from '../db/client';
import { BANDS, MINHASH_VERSION } from './minhash';
import { SqlParams } from './search-filters';

/**
 * Reads and writes of the near-duplicate index tables. Writes are plain statements (no long
 * transaction: a first build writes 100,000 rows) that upsert, so two refreshes that overlap
 * converge on the same rows instead of failing on a duplicate key.
 */
const ROWS_PER_STATEMENT = 500;

export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Band keys as stored: base64 of little-endian uint32s; '' for an entry without words. */
export function encodeBands(bands: Uint32Array | null): string {
  if (!bands) return '';
  const bytes = Buffer.alloc(bands.length * 4);
  for (let i = 0; i < bands.length; i++) bytes.writeUInt32LE(bands[i] as number, i * 4);
  return bytes.toString('base64');
}

export function decodeBands(stored: string): Uint32Array | null {
  if (!stored) return null;
  const bytes = Buffer.from(stored, 'base64');
  if (bytes.length !== BANDS * 4) return null;
  const out = new Uint32Array(BANDS);
  for (let i = 0; i < BANDS; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}

/** Entries changed since the index last caught up (the trigger-written log), oldest first. */
export async function pendingChanges(): Promise<{ seqs: number[]; ids: string[] }> {
  const db = await getDb();
  const rows = await db.memoryChange.findMany({ orderBy: { seq: 'asc' }, select: { seq: true, entryId: true } });
  return { seqs: rows.map((r) => r.seq), ids: [...new Set(rows.map((r) => r.entryId))] };
}

export async function indexGeneration(): Promise<number> {
  const db = await getDb();
  return (await db.memoryDuplicateState.findUnique({ where: { id: 'memory' } }))?.generation ?? 0;
}

/**
 * Clears the log rows that were handled (by number: on PostgreSQL a lower number can commit after a
 * higher one, so "up to n" could drop a change nobody read) and counts a new generation of the
 * index. Returns it, or null when another process wrote in between (this process's copy of the
 * keys is then not current).
 */
export async function finishRefresh(seqs: readonly number[], previous: number): Promise<number | null> {
  const db = await getDb();
  for (const part of chunks(seqs, 5_000)) await db.memoryChange.deleteMany({ where: { seq: { in: part } } });
  const state = await db.memoryDuplicateState.upsert({
    where: { id: 'memory' },
    create: { generation: previous + 1 },
    update: { generation: { increment: 1 } },
  });
  return state.generation === previous + 1 ? state.generation : null;
}

/** Every stored signature, a page at a time. */
export async function* storedSignatures() {
  const db = await getDb();
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.memoryDuplicateSignature.findMany({
      orderBy: { entryId: 'asc' },
      take: 5_000,
      ...(cursor ? { cursor: { entryId: cursor }, skip: 1 } : {}),
    });
    for (const r of rows)
      yield { id: r.entryId, contentHash: r.contentHash, version: r.version, bands: decodeBands(r.bands) };
    if (rows.length < 5_000) return;
    cursor = rows[rows.length - 1]?.entryId;
  }
}

/** The entries behind `ids` as the index needs them (missing ones were deleted for good). */
export async function entriesFor(ids: readonly string[], withContent: boolean) {
  const db = await getDb();
  const out = [];
  for (const part of chunks(ids, 5_000)) {
    out.push(
      ...(await db.memoryEntry.findMany({
        where: { id: { in: part } },
        select: { id: true, contentHash: true, deletedAt: true, mergedIntoId: true, content: withContent },
      })),
    );
  }
  return out;
}

export async function forgetPairsOf(ids: readonly string[]): Promise<void> {
  const db = await getDb();
  for (const part of chunks(ids)) {
    await db.memoryDuplicatePair.deleteMany({
      where: { OR: [{ entryAId: { in: part } }, { entryBId: { in: part } }] },
    });
  }
}

export async function forgetSignatures(ids: readonly string[]): Promise<void> {
  const db = await getDb();
  for (const part of chunks(ids)) await db.memoryDuplicateSignature.deleteMany({ where: { entryId: { in: part } } });
}

async function upsert(
  table: string,
  columns: string[],
  key: string[],
  update: string[],
  rows: unknown[][],
): Promise<void> {
  const db = await getDb();
  const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
  for (const part of chunks(rows)) {
    const p = new SqlParams(dbProvider());
    const values = part.map((row) => `(${row.map((v) => p.add(v)).join(', ')})`).join(', ');
    await db.$executeRawUnsafe(
      `INSERT INTO "${table}" (${quoted(columns)}) VALUES ${values}
       ON CONFLICT (${quoted(key)}) DO UPDATE SET ${update.map((c) => `"${c}" = excluded."${c}"`).join(', ')}`,
      ...p.values,
    );
  }
}

export function savePairs(pairs: { a: string; b: string; similarity: number }[]): Promise<void> {
  return upsert(
    'MemoryDuplicatePair',
    ['entryAId', 'entryBId', 'similarity'],
    ['entryAId', 'entryBId'],
    ['similarity'],
    pairs.map((p) => [p.a, p.b, p.similarity]),
  );
}

export function saveSignatures(rows: { id: string; contentHash: string; bands: Uint32Array | null }[]): Promise<void> {
  return upsert(
    'MemoryDuplicateSignature',
    ['entryId', 'contentHash', 'version', 'bands'],
    ['entryId'],
    ['contentHash', 'version', 'bands'],
    rows.map((r) => [r.id, r.contentHash, MINHASH_VERSION, encodeBands(r.bands)]),
  );
}

/** Dismissed pairs as "a b" keys (a < b); the owner makes few, so all of them fit in memory. */
export async function dismissedKeys(): Promise<Set<string>> {
  const db = await getDb();
  const rows = await db.memoryDuplicateDismissal.findMany({ select: { entryAId: true, entryBId: true } });
  return new Set(rows.map((r) => `${r.entryAId} ${r.entryBId}`));
}
