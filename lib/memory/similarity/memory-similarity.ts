import { type Features, featuresOf } from './features';
import { type Prepared, type Relation, relate, THRESHOLDS } from './relate';
import { cosine } from './vectors';

export type Finding = Relation & { a: string; b: string };
export type Match = Relation & { id: string };

// Features depend only on the text; a process keeps them for every text it has seen (a person's
// memory is at most tens of thousands of short notes), so a second scan tokenises nothing.
const featureCache = new Map<string, Features>();
const MAX_CACHED = 100_000;

export function cachedFeatures(text: string): Features {
  let f = featureCache.get(text);
  if (!f) {
    if (featureCache.size >= MAX_CACHED) featureCache.clear();
    f = featuresOf(text);
    featureCache.set(text, f);
  }
  return f;
}

const sortedIds = (ids: Iterable<number>) => Int32Array.from(new Set(ids)).sort();

/**
 * The whole memory, held in this process for one comparison: vocabularies, document frequencies
 * and every note's weighted word vector. Built from the entries on each use (tens of milliseconds
 * for 20,000 notes once their features are cached), so there is no stored index to keep in step.
 */
export class MemorySimilarity {
  private terms = new Map<string, number>();
  private grams = new Map<string, number>();
  private df: number[] = [];
  private docs: Prepared[] = [];
  private postings: number[][] = [];

  private constructor(
    private ids: string[],
    private embeddings: (Float32Array | undefined)[],
  ) {}

  static build(
    entries: readonly { id: string; text: string }[],
    embeddingOf?: (id: string) => Float32Array | undefined,
  ): MemorySimilarity {
    const index = new MemorySimilarity(
      entries.map((e) => e.id),
      entries.map((e) => embeddingOf?.(e.id)),
    );
    const features = entries.map((e) => cachedFeatures(e.text));
    for (const f of features)
      for (const term of f.terms.keys()) index.df[index.termId(term)] = (index.df[index.termId(term)] ?? 0) + 1;
    features.forEach((f, doc) => {
      const prepared = index.prepare(f);
      index.docs.push(prepared);
      for (const id of prepared.vector.ids) index.postingsOf(index.postings, id).push(doc);
    });
    return index;
  }

  get size(): number {
    return this.ids.length;
  }

  private postingsOf(lists: number[][], id: number): number[] {
    let list = lists[id];
    if (!list) {
      list = [];
      lists[id] = list;
    }
    return list;
  }

  private termId(term: string): number {
    let id = this.terms.get(term);
    if (id === undefined) {
      id = this.terms.size;
      this.terms.set(term, id);
    }
    return id;
  }

  private gramId(gram: string): number {
    let id = this.grams.get(gram);
    if (id === undefined) {
      id = this.grams.size;
      this.grams.set(gram, id);
    }
    return id;
  }

  /** Smoothed inverse document frequency: never below 1, so a tiny memory still weighs words. */
  readonly idf = (id: number) => 1 + Math.log((this.ids.length + 1) / ((this.df[id] ?? 0) + 1));

  private prepare(f: Features): Prepared {
    const entries = [...f.terms].map(([term, tf]) => [this.termId(term), tf] as const).sort((p, q) => p[0] - q[0]);
    const weights = Float32Array.from(entries.map(([id, tf]) => tf * this.idf(id)));
    const norm = Math.hypot(...weights) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / norm;
    return {
      vector: { ids: Int32Array.from(entries.map(([id]) => id)), weights },
      grams: sortedIds([...f.grams].map((g) => this.gramId(g))),
      subject: sortedIds([...f.subject].map((w) => this.termId(w))),
      values: f.values,
    };
  }

  /**
   * Every related pair. Candidates come from prefix filtering: each note is indexed only by its
   * rarest words, as many as it takes for the rest to be unable to reach the candidate cosine on
   * their own, so common words ("owner", "runs") never produce quadratic work.
   */
  pairs(): Finding[] {
    const out: Finding[] = [];
    const prefixPostings: number[][] = [];
    const seen = new Int32Array(this.docs.length).fill(-1);
    const limit = THRESHOLDS.candidate;
    this.docs.forEach((doc, x) => {
      const { ids, weights } = doc.vector;
      for (const id of ids) {
        for (const y of prefixPostings[id] ?? []) {
          if (seen[y] === x) continue;
          seen[y] = x;
          const other = this.docs[y] as Prepared;
          const relation = relate(other, doc, this.idf, this.embeddingCosine(y, x));
          if (relation) out.push({ ...relation, a: this.ids[y] as string, b: this.ids[x] as string });
        }
      }
      // Rarest first (highest weight after normalisation is not the same: df decides rarity).
      const order = [...ids.keys()].sort((i, j) => (this.df[ids[i] as number] ?? 0) - (this.df[ids[j] as number] ?? 0));
      let rest = 1;
      for (const i of order) {
        if (Math.sqrt(Math.max(rest, 0)) < limit) break;
        this.postingsOf(prefixPostings, ids[i] as number).push(x);
        rest -= (weights[i] as number) ** 2;
      }
    });
    return out.sort((p, q) => q.similarity - p.similarity || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
  }

  private embeddingCosine(x: number, y: number): number | undefined {
    const a = this.embeddings[x];
    const b = this.embeddings[y];
    return a && b ? cosine(a, b) : undefined;
  }

  /**
   * The entries a new or proposed text duplicates or contradicts, best first. Every entry sharing a
   * word is compared, and with an embedding every entry that has one (a single probe is cheap).
   */
  probe(text: string, embedding?: Float32Array, exclude: ReadonlySet<string> = new Set()): Match[] {
    const f = cachedFeatures(text);
    const known = [...f.terms.keys()].filter((t) => this.terms.has(t));
    const probe = this.prepare(f);
    const candidates = new Set<number>();
    for (const term of known)
      for (const doc of this.postings[this.terms.get(term) as number] ?? []) candidates.add(doc);
    if (embedding)
      this.embeddings.forEach((e, doc) => {
        if (e) candidates.add(doc);
      });
    const out: Match[] = [];
    for (const doc of candidates) {
      const id = this.ids[doc] as string;
      if (exclude.has(id)) continue;
      const theirs = this.embeddings[doc];
      const relation = relate(
        probe,
        this.docs[doc] as Prepared,
        this.idf,
        embedding && theirs ? cosine(embedding, theirs) : undefined,
      );
      if (relation) out.push({ ...relation, id });
    }
    return out.sort((p, q) => (p.kind === q.kind ? q.similarity - p.similarity : p.kind === 'contradiction' ? -1 : 1));
  }
}
