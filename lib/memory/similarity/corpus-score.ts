import { type Finding, MemorySimilarity } from './memory-similarity';

export type LabelledPair = { expect: 'duplicate' | 'contradiction' | 'different'; a: string; b: string };
export type KindScore = {
  kind: 'duplicate' | 'contradiction';
  found: number;
  correct: number;
  labelled: number;
  precision: number;
  recall: number;
};

/**
 * Scores the detector on a labelled corpus: every entry goes into one memory and the whole-memory
 * scan runs, so a pair it reports that the corpus does not label with that kind is a false positive
 * (including pairs across two labelled pairs).
 */
export function scoreCorpus(
  pairs: readonly LabelledPair[],
  embeddingOf?: (text: string) => Float32Array | undefined,
): { scores: KindScore[]; mistakes: string[] } {
  const texts = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const index = MemorySimilarity.build(
    texts.map((text, i) => ({ id: String(i), text })),
    embeddingOf ? (id) => embeddingOf(texts[Number(id)] as string) : undefined,
  );
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const labels = new Map(pairs.map((p) => [key(p.a, p.b), p.expect]));
  const found = index
    .pairs()
    .map((f: Finding) => ({ ...f, a: texts[Number(f.a)] as string, b: texts[Number(f.b)] as string }));
  const mistakes: string[] = [];
  const scores = (['duplicate', 'contradiction'] as const).map((kind) => {
    const mine = found.filter((f) => f.kind === kind);
    const correct = mine.filter((f) => labels.get(key(f.a, f.b)) === kind);
    for (const f of mine)
      if (labels.get(key(f.a, f.b)) !== kind) mistakes.push(`false ${kind} (${f.similarity}): "${f.a}" / "${f.b}"`);
    const labelled = pairs.filter((p) => p.expect === kind);
    for (const p of labelled)
      if (!correct.some((f) => key(f.a, f.b) === key(p.a, p.b))) mistakes.push(`missed ${kind}: "${p.a}" / "${p.b}"`);
    return {
      kind,
      found: mine.length,
      correct: correct.length,
      labelled: labelled.length,
      precision: mine.length ? correct.length / mine.length : 1,
      recall: labelled.length ? correct.length / labelled.length : 1,
    };
  });
  return { scores, mistakes };
}
