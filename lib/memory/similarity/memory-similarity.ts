import { cachedFeatures, type Features, featuresOf, vocabularySize, wordOf } from './features';
import { type Prepared, type Relation, relate, THRESHOLDS } from './relate';
import { cosine } from './vectors';

export type Finding = Relation & { a: string; b: string };
export type Match = Relation & { id: string };
/**
 * Document frequencies counted elsewhere (by the last whole-memory scan): `size` notes in all, and
 * how many hold a word. Given to a comparison of a few candidates so their words weigh as they do
 * in the whole memory rather than among the candidates (which all share the probe's words).
 */
export type TermStats = { size: number; entries: (word: string) => number };
type BuildOptions = {
  stats?: TermStats;
  /** Keep each text's features in the process cache (the web's probes), or not (the worker's scan). */
  cacheFeatures?: boolean;
};

/** Words in more notes than this share of the memory (and at least COMMON_MIN) start no pair in a scan. */
const COMMON_SHARE = 0.05;
const COMMON_MIN = 200;

/**
 * Notes held in this process for one comparison: document frequencies and every note's
 * idf-weighted word vector. The worker's scan builds it from the whole memory and lets it go; a
 * single text is compared with a few candidates built with the scan's stored `TermStats`.
 */
export class MemorySimilarity {
  private df: Int32Array;
  private docs: Prepared[];
  /** Per word id: the notes holding it (ascending) and the word's weight in each. */
  private postings = new Map<number, { docs: number[]; weights: number[] }>();

  private constructor(
    private ids: string[],
    features: Features[],
    private embeddings: (Float32Array | undefined)[],
    private stats?: TermStats,
  ) {
    this.df = new Int32Array(vocabularySize());
    for (const f of features) for (const id of f.terms) this.df[id] = (this.df[id] ?? 0) + 1;
    this.size = stats?.size ?? ids.length;
    this.docs = features.map((f) => this.prepare(f));
    this.docs.forEach((doc, index) => {
      doc.vector.ids.forEach((id, i) => {
        let list = this.postings.get(id);
        if (!list) {
          list = { docs: [], weights: [] };
          this.postings.set(id, list);
        }
        list.docs.push(index);
        list.weights.push(doc.vector.weights[i] as number);
      });
    });
  }

  static build(
    entries: readonly { id: string; text: string }[],
    embeddingOf?: (id: string) => Float32Array | undefined,
    options: BuildOptions = {},
  ): MemorySimilarity {
    const features = options.cacheFeatures === false ? featuresOf : cachedFeatures;
    return new MemorySimilarity(
      entries.map((e) => e.id),
      entries.map((e) => features(e.text)),
      entries.map((e) => embeddingOf?.(e.id)),
      options.stats,
    );
  }

  /** The notes the document frequencies count (the whole memory's, with stats). */
  readonly size: number;

  private docFrequency(id: number): number {
    return this.stats ? this.stats.entries(wordOf(id)) : (this.df[id] ?? 0);
  }

  /** Smoothed inverse document frequency: never below 1, so a tiny memory still weighs words. */
  readonly idf = (id: number) => 1 + Math.log((this.size + 1) / (this.docFrequency(id) + 1));

  /** Words held by at least `min` notes and how many: what a scan stores as `TermStats`. */
  documentFrequencies(min = 2): [string, number][] {
    const out: [string, number][] = [];
    this.df.forEach((count, id) => {
      if (count >= min) out.push([wordOf(id), count]);
    });
    return out;
  }

  private prepare(f: Features): Prepared {
    const weights = new Float32Array(f.terms.length);
    let norm = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = (f.counts[i] as number) * this.idf(f.terms[i] as number);
      weights[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / norm;
    return { vector: { ids: f.terms, weights }, grams: f.grams, subject: f.subject, values: f.values };
  }

  private embeddingCosine(x: number, y: number): number | undefined {
    const a = this.embeddings[x];
    const b = this.embeddings[y];
    return a && b ? cosine(a, b) : undefined;
  }

  /**
   * Every related pair. A pair is looked at when the words it shares that are not common (in at
   * most 5% of the notes) already give a word cosine of THRESHOLDS.candidate: common words
   * ("owner", "runs") would otherwise make the scan quadratic, and a duplicate or a contradiction
   * shares its subject, which is rarely one of them.
   */
  pairs(): Finding[] {
    const n = this.docs.length;
    const common = Math.max(COMMON_MIN, Math.ceil(n * COMMON_SHARE));
    const partial = new Float32Array(n);
    const touched: number[] = [];
    const out: Finding[] = [];
    for (let x = 0; x < n; x++) {
      const { ids, weights } = (this.docs[x] as Prepared).vector;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        if ((this.df[id] ?? 0) > common) continue;
        const list = this.postings.get(id);
        if (!list) continue;
        const w = weights[i] as number;
        for (let k = 0; k < list.docs.length; k++) {
          const y = list.docs[k] as number;
          if (y >= x) break;
          if (partial[y] === 0) touched.push(y);
          partial[y] = (partial[y] as number) + w * (list.weights[k] as number);
        }
      }
      for (const y of touched) {
        if ((partial[y] as number) >= THRESHOLDS.candidate) {
          const relation = relate(
            this.docs[y] as Prepared,
            this.docs[x] as Prepared,
            this.idf,
            this.embeddingCosine(y, x),
          );
          if (relation) out.push({ ...relation, a: this.ids[y] as string, b: this.ids[x] as string });
        }
        partial[y] = 0;
      }
      touched.length = 0;
    }
    return out.sort((p, q) => q.similarity - p.similarity || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
  }

  /**
   * The entries a new or proposed text duplicates or contradicts, best first (contradictions
   * first). Every note held here that shares a word is compared, and with an embedding every note
   * that has one (in the web process these are the candidates the full-text index gave).
   */
  probe(text: string, embedding?: Float32Array, exclude: ReadonlySet<string> = new Set()): Match[] {
    const probe = this.prepare(cachedFeatures(text));
    // The word cosine with every note sharing a word, common words included (one text: cheap).
    const dots = new Map<number, number>();
    probe.vector.ids.forEach((id, i) => {
      const list = this.postings.get(id);
      if (!list) return;
      const w = probe.vector.weights[i] as number;
      for (const [k, doc] of list.docs.entries()) dots.set(doc, (dots.get(doc) ?? 0) + w * (list.weights[k] as number));
    });
    const candidates = new Set([...dots].filter(([, dot]) => dot >= THRESHOLDS.candidate).map(([doc]) => doc));
    if (embedding) for (const [doc, e] of this.embeddings.entries()) if (e) candidates.add(doc);
    const out: Match[] = [];
    for (const doc of candidates) {
      const id = this.ids[doc] as string;
      if (exclude.has(id)) continue;
      const theirs = this.embeddings[doc];
      const similarity = embedding && theirs ? cosine(embedding, theirs) : undefined;
      const relation = relate(probe, this.docs[doc] as Prepared, this.idf, similarity);
      if (relation) out.push({ ...relation, id });
    }
    return out.sort((p, q) => (p.kind === q.kind ? q.similarity - p.similarity : p.kind === 'contradiction' ? -1 : 1));
  }
}
