import { BandCache } from './duplicate-band-cache';
import {
  dismissedKeys,
  entriesFor,
  finishRefresh,
  forgetPairsOf,
  forgetSignatures,
  indexGeneration,
  pendingChanges,
  savePairs,
  saveSignatures,
  storedSignatures,
} from './duplicate-index-store';
import { bandKeys, DEFAULT_THRESHOLD, jaccard, MINHASH_VERSION, pairsAmong, shingles } from './minhash';

export type IndexRefresh = { rechecked: number; removed: number; pairsFound: number; ms: number };
type Signed = { id: string; contentHash: string; shingles: Uint32Array; bands: Uint32Array | null };
type Pair = { a: string; b: string; similarity: number };

const cache = new BandCache();
const ordered = (x: string, y: string, similarity: number): Pair =>
  x < y ? { a: x, b: y, similarity } : { a: y, b: x, similarity };

/** Loads the stored keys into this process; keys computed by older code count as changed. */
async function loadCache(generation: number): Promise<string[]> {
  cache.clear();
  const outdated: string[] = [];
  for await (const s of storedSignatures()) {
    if (s.version === MINHASH_VERSION) cache.set(s.id, s.contentHash, s.bands);
    else outdated.push(s.id);
  }
  cache.generation = generation;
  return outdated;
}

/** Changed entries against the unchanged ones: candidates from shared band keys, then exact Jaccard. */
async function pairsWithUnchanged(changed: Signed[], threshold: number): Promise<Pair[]> {
  const candidates = cache.candidates(changed.map((c) => c.bands as Uint32Array));
  const pairs: Pair[] = [];
  for (const row of await entriesFor([...candidates.keys()], true)) {
    const theirs = shingles(row.content);
    for (const index of candidates.get(row.id) ?? []) {
      const mine = changed[index] as Signed;
      const similarity = jaccard(mine.shingles, theirs);
      if (similarity >= threshold) pairs.push(ordered(mine.id, row.id, similarity));
    }
  }
  return pairs;
}

/**
 * Brings the stored near-duplicate pairs up to date. Triggers log every entry whose content or
 * liveness changed (MemoryChange), so with nothing logged this is one small query. Otherwise only
 * the logged entries are re-checked: against each other through LSH buckets, and against all other
 * entries through this process's copy of their band keys; deleted and merged-away entries leave.
 *
 * Order matters for a crash half-way: old pairs of the changed entries go first, new pairs next,
 * the signatures after, and the log is cleared last, so an interrupted refresh is simply redone.
 */
async function refresh(threshold = DEFAULT_THRESHOLD): Promise<IndexRefresh> {
  const started = performance.now();
  const log = await pendingChanges();
  if (log.ids.length === 0) return { rechecked: 0, removed: 0, pairsFound: 0, ms: performance.now() - started };
  const generation = await indexGeneration();
  const outdated = cache.generation === generation ? [] : await loadCache(generation);
  const ids = [...new Set([...log.ids, ...outdated])];
  const rows = await entriesFor(ids, true);
  const live = rows.filter((r) => r.deletedAt === null && r.mergedIntoId === null);
  const liveIds = new Set(live.map((r) => r.id));
  const gone = ids.filter((id) => !liveIds.has(id));
  const removed = gone.filter((id) => cache.has(id)).length;
  // Logged but with the text it was indexed with (deleted and restored before a refresh, say): its
  // keys and pairs still hold. Outdated keys are not in the cache, so those entries are recomputed.
  const changedRows = live.filter((r) => cache.contentHashOf(r.id) !== r.contentHash);
  const changed: Signed[] = changedRows.map((r) => {
    const keys = bandKeys(r.content);
    return {
      id: r.id,
      contentHash: r.contentHash,
      shingles: keys?.shingles ?? new Uint32Array(0),
      bands: keys?.bands ?? null,
    };
  });

  // Until this refresh has stored everything, the copy may be ahead of the tables: a failure half-way
  // leaves it marked out of date, so the next refresh reloads it.
  cache.generation = -1;
  await forgetPairsOf([...gone, ...changed.map((c) => c.id)]);
  await forgetSignatures(gone);
  for (const id of [...gone, ...changed.map((c) => c.id)]) cache.remove(id);
  const signed = changed.filter((c) => c.bands);
  const among = pairsAmong(
    signed.map((c) => c.shingles),
    signed.map((c) => c.bands as Uint32Array),
    threshold,
  ).map(([x, y, similarity]) => ordered((signed[x] as Signed).id, (signed[y] as Signed).id, similarity));
  const found = [...among, ...(signed.length && cache.size ? await pairsWithUnchanged(signed, threshold) : [])];
  const dismissed = await dismissedKeys();
  await savePairs(found.filter((p) => !dismissed.has(`${p.a} ${p.b}`)));
  await saveSignatures(changed);
  for (const c of changed) cache.set(c.id, c.contentHash, c.bands);
  cache.generation = (await finishRefresh(log.seqs, generation)) ?? -1;
  return { rechecked: changed.length, removed, pairsFound: found.length, ms: performance.now() - started };
}

// One refresh (or dismissal) at a time in this process: a caller that arrives during a refresh runs
// its own after it, so it sees every change made before it asked, and a dismissal cannot slip in
// between a refresh reading the dismissals and writing the pairs it found.
let queue: Promise<unknown> = Promise.resolve();

export function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function refreshDuplicateIndex(): Promise<IndexRefresh> {
  return serialised(() => refresh());
}
