import { getDb } from '../db/client';
import { type MemoryView, toView } from './entry-view';
import { dismissedKeys, loadMemoryComparison, pairKey } from './memory-comparison';
import type { Finding } from './similarity/memory-similarity';
import type { Disagreement } from './similarity/relate';

export type DuplicateProposal = {
  kind: 'duplicate' | 'contradiction';
  similarity: number;
  method: 'lexical' | 'embedding';
  survivor: MemoryView;
  merged: MemoryView;
  /** For a contradiction: what each of the two states that the other does not. */
  disagreements: { kind: Disagreement['kind']; survivor: string[]; merged: string[] }[];
};

/**
 * What the memory page proposes to tidy: possible contradictions first (two entries about one
 * subject stating different values), then near-duplicates, best first; pairs the owner dismissed
 * never. The suggested survivor is the pinned entry, else the older one (what other notes refer to).
 */
export async function findDuplicates(options: { threshold?: number; limit?: number } = {}) {
  const dismissed = await dismissedKeys();
  const findings = (await allFindings())
    .filter((f) => !dismissed.has(pairKey(f.a, f.b)))
    .filter((f) => f.kind === 'contradiction' || f.similarity >= (options.threshold ?? 0))
    .sort((p, q) => (p.kind === q.kind ? 0 : p.kind === 'contradiction' ? -1 : 1))
    .slice(0, options.limit ?? 50);
  const db = await getDb();
  const rows = await db.memoryEntry.findMany({
    where: { id: { in: [...new Set(findings.flatMap((f) => [f.a, f.b]))] } },
  });
  const views = new Map(rows.map((r) => [r.id, toView(r)]));
  return findings.flatMap((f) => {
    const [a, b] = [views.get(f.a), views.get(f.b)];
    return a && b ? [proposal(f, a, b)] : [];
  });
}

/** Every finding over live memory (the scan is kept with its comparison while memory is unchanged). */
async function allFindings(): Promise<Finding[]> {
  const { memory } = await loadMemoryComparison();
  return memory.pairs();
}

function proposal(f: Finding, a: MemoryView, b: MemoryView): DuplicateProposal {
  const aFirst = a.pinned !== b.pinned ? a.pinned : a.createdAt <= b.createdAt;
  const [survivor, merged] = aFirst ? [a, b] : [b, a];
  const disagreements =
    f.kind === 'contradiction'
      ? f.disagreements.map((d) => ({
          kind: d.kind,
          survivor: aFirst ? d.mine : d.theirs,
          merged: aFirst ? d.theirs : d.mine,
        }))
      : [];
  return { kind: f.kind, similarity: f.similarity, method: f.method, survivor, merged, disagreements };
}
