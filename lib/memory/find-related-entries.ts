import type { z } from 'zod';
import { getDb } from '../db/client';
import { type MemoryView, toView } from './entry-view';
import { compareWithCandidates } from './compare-with-candidates';
import { relatedCandidates } from './related-candidates';
import { relatedQuerySchema } from './schemas';
import type { Disagreement } from './similarity/relate';

export type RelatedEntry = {
  kind: 'duplicate' | 'contradiction';
  similarity: number;
  method: 'lexical' | 'embedding';
  /** For a contradiction: what the text states that the entry does not ("mine"), and the reverse. */
  disagreements: Disagreement[];
  entry: MemoryView;
};

/**
 * The live entries a text (one being typed, or a staged memory proposal) would duplicate or
 * contradict, contradictions first. Used to warn before adding and to review a proposal. The text
 * is compared with the entries the full-text index finds for its words, not the whole memory.
 */
export async function findRelatedEntries(input: z.input<typeof relatedQuerySchema>): Promise<RelatedEntry[]> {
  const { content, excludeId, limit } = relatedQuerySchema.parse(input);
  const candidates = await relatedCandidates(content);
  const matches = (await compareWithCandidates(content, candidates, new Set(excludeId ? [excludeId] : []))).slice(
    0,
    limit,
  );
  if (matches.length === 0) return [];
  const db = await getDb();
  const rows = await db.memoryEntry.findMany({ where: { id: { in: matches.map((m) => m.id) } } });
  const views = new Map(rows.map((r) => [r.id, toView(r)]));
  return matches.flatMap((m) => {
    const entry = views.get(m.id);
    if (!entry) return [];
    return [
      {
        kind: m.kind,
        similarity: m.similarity,
        method: m.method,
        disagreements: m.kind === 'contradiction' ? m.disagreements : [],
        entry,
      },
    ];
  });
}
