import { type ValueKind, disagreements } from './values';
import { type Sparse, dot, setCosine, weightedJaccard } from './vectors';
import type { Values } from './values';

/**
 * Thresholds, tuned on the paired corpus (test/fixtures/memory-pairs.json); the held-out corpus
 * (memory-pairs-heldout.json) was written after and is never tuned on. similarity-corpus.test.ts
 * prints the precision and recall on both.
 * - duplicate: the lexical score (mean of the idf-weighted word cosine and the character-trigram
 *   cosine) from which two notes without disagreeing values are the same fact reworded;
 * - subject: the idf-weighted overlap of subject words from which two notes are about one thing;
 * - candidate: the word cosine below which a pair is not even looked at in a whole-memory scan
 *   (prefix filtering relies on it; it must stay below what duplicates and contradictions reach);
 * - embedding*: the same two decisions on the cosine of the provider's embeddings, when configured.
 */
export const THRESHOLDS = {
  duplicate: 0.6,
  subject: 0.75,
  candidate: 0.25,
  embeddingDuplicate: 0.86,
  embeddingSubject: 0.75,
};

export type Disagreement = { kind: ValueKind; mine: string[]; theirs: string[] };
export type Relation =
  | { kind: 'duplicate'; similarity: number; method: 'lexical' | 'embedding' }
  | { kind: 'contradiction'; similarity: number; method: 'lexical' | 'embedding'; disagreements: Disagreement[] };

/** One note as the comparison holds it, with ids from the index's vocabularies. */
export type Prepared = { vector: Sparse; grams: Int32Array; subject: Int32Array; values: Values };

// A path, address or name both notes state is their subject as surely as shared words are
// ("example-home.dev expires 2026-03-01" / "example-home.dev renewal due 2026-04-15").
const ANCHOR_KINDS: ValueKind[] = ['address', 'path', 'name'];
function sharesAnchor(x: Prepared, y: Prepared, conflicts: Disagreement[]): boolean {
  // The anchor names the subject only when the words around it hardly differ (at most one word
  // apart): "Next.js" in two incident notes about different projects anchors nothing.
  const inY = new Set(y.subject);
  const inX = new Set(x.subject);
  const apart = x.subject.filter((id) => !inY.has(id)).length + y.subject.filter((id) => !inX.has(id)).length;
  if (apart > 1) return false;
  const [a, b] = [x.values, y.values];
  return ANCHOR_KINDS.some((kind) => {
    if (conflicts.some((c) => c.kind === kind)) return false;
    const mine = a.get(kind);
    const theirs = b.get(kind);
    return Boolean(mine && theirs && [...mine].some((v) => theirs.has(v)));
  });
}

/**
 * True when the rarest subject word of the two notes is one they share: "the dralomi repository
 * keeps X in docs/a.md" and "the vorloquin repository keeps X in docs/b.md" share most words, but
 * the words that say which repository differ, so they are two subjects, not one.
 */
function rarestShared(a: Int32Array, b: Int32Array, idf: (id: number) => number): boolean {
  const inB = new Set(b);
  let shared = 0;
  let unshared = 0;
  for (const id of a) {
    if (inB.has(id)) shared = Math.max(shared, idf(id));
    else unshared = Math.max(unshared, idf(id));
  }
  const inA = new Set(a);
  for (const id of b) if (!inA.has(id)) unshared = Math.max(unshared, idf(id));
  return shared > 0 && unshared <= shared;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * How two notes relate, or null. Disagreeing values decide first: two notes stating different
 * ports are never "the same fact", whatever their words; they contradict when they are about one
 * subject and are unrelated otherwise. Embeddings, when given, only add what the words miss.
 */
export function relate(x: Prepared, y: Prepared, idf: (id: number) => number, embedding?: number): Relation | null {
  const conflicts = disagreements(x.values, y.values);
  if (conflicts.length > 0) {
    const subject = weightedJaccard(x.subject, y.subject, idf);
    const sameSubject = subject >= THRESHOLDS.subject && rarestShared(x.subject, y.subject, idf);
    if (sameSubject || sharesAnchor(x, y, conflicts))
      return { kind: 'contradiction', similarity: round(subject), method: 'lexical', disagreements: conflicts };
    if (embedding !== undefined && embedding >= THRESHOLDS.embeddingSubject && subject > 0)
      return { kind: 'contradiction', similarity: round(embedding), method: 'embedding', disagreements: conflicts };
    return null;
  }
  const lexical = 0.5 * dot(x.vector, y.vector) + 0.5 * setCosine(x.grams, y.grams);
  if (lexical >= THRESHOLDS.duplicate) return { kind: 'duplicate', similarity: round(lexical), method: 'lexical' };
  if (embedding !== undefined && embedding >= THRESHOLDS.embeddingDuplicate)
    return { kind: 'duplicate', similarity: round(embedding), method: 'embedding' };
  return null;
}
