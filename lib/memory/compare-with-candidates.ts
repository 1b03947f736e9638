import { getDb } from '../db/client';
import { lastScan } from './duplicate-scan/scan-state';
import { LIVE } from './memory-key';
import { embeddingsFor } from './similarity/embedding-cache';
import { cachedFeatures, wordOf } from './similarity/features';
import { type Match, MemorySimilarity, type TermStats } from './similarity/memory-similarity';

type Candidate = { id: string; content: string };

/**
 * How many entries hold each of the texts' words, as the last scan counted them. A word it did not
 * store is in at most one entry (the scan keeps counts of two and more), or is newer than the scan.
 */
async function termStats(texts: string[]): Promise<TermStats> {
  const words = new Set<string>();
  for (const text of texts) for (const id of cachedFeatures(text).terms) words.add(wordOf(id));
  const db = await getDb();
  const [scan, rows] = await Promise.all([
    lastScan(),
    db.memoryTermFrequency.findMany({ where: { term: { in: [...words] } } }),
  ]);
  const counts = new Map(rows.map((r) => [r.term, r.entries]));
  const size = scan?.entries ?? (await db.memoryEntry.count({ where: LIVE }));
  return { size, entries: (word) => counts.get(word) ?? 1 };
}

/**
 * The candidates a text duplicates or contradicts, by the same rules as the whole-memory scan
 * (`relate()`), with words weighed by the whole memory's counts; embeddings too when a provider
 * is configured. Contradictions first, best first.
 */
export async function compareWithCandidates(
  text: string,
  candidates: Candidate[],
  exclude: ReadonlySet<string> = new Set(),
): Promise<Match[]> {
  const compared = candidates.filter((c) => !exclude.has(c.id));
  if (compared.length === 0) return [];
  const texts = [text, ...compared.map((c) => c.content)];
  const [stats, embeddings] = await Promise.all([termStats(texts), embeddingsFor(texts)]);
  const textOf = new Map(compared.map((c) => [c.id, c.content]));
  const memory = MemorySimilarity.build(
    compared.map((c) => ({ id: c.id, text: c.content })),
    embeddings ? (id) => embeddings.get(textOf.get(id) ?? '') : undefined,
    { stats },
  );
  return memory.probe(text, embeddings?.get(text), exclude);
}
