import { normaliseText } from './normalize-text';

/**
 * Near-duplicate detection: MinHash signatures over word shingles, bucketed with LSH.
 *
 * Why this measure: memory entries are short notes, and a near-duplicate is the same fact reworded
 * slightly ("Owner prefers dark mode" / "The owner prefers dark mode in editors"). The Jaccard
 * similarity of the sets of word bigrams of the normalised text captures "mostly the same words in
 * mostly the same order" and ignores case, accents and markdown. Bigrams rather than longer
 * shingles because one changed word in a ten-word note would otherwise destroy most shingles.
 *
 * Why MinHash + LSH: comparing every pair of 100,000 entries is 5 billion comparisons. A MinHash
 * signature of K values estimates Jaccard similarity (P[min-hashes equal] = J), and splitting it
 * into B bands of R rows makes pairs collide in some band with probability 1-(1-J^R)^B: with
 * B=20, R=5 that is 0.97 at J=0.7, 0.47 at J=0.5 and 0.05 at J=0.3. Only colliding pairs are then
 * checked with the exact Jaccard of their shingle sets, so the scan stays near linear in the number
 * of entries. The threshold 0.7 flags rewordings of one fact ("prefers dark mode in the terminal"
 * vs "...in every terminal") but not two different facts that share a sentence pattern.
 */
export const BANDS = 20;
export const ROWS = 5;
const K = BANDS * ROWS;
export const DEFAULT_THRESHOLD = 0.7;

// Fixed seeds so signatures are the same in every process (deterministic tests and reruns).
const SEEDS_A = new Uint32Array(K);
const SEEDS_B = new Uint32Array(K);
{
  let x = 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  for (let i = 0; i < K; i++) {
    SEEDS_A[i] = next() | 1;
    SEEDS_B[i] = next();
  }
}

/** FNV-1a, 32 bit: a cheap, well-spread hash of one shingle. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashed word bigrams (a single word is its own shingle). */
export function shingles(text: string): Set<number> {
  const words = normaliseText(text).split(' ').filter(Boolean);
  const out = new Set<number>();
  if (words.length === 1) out.add(fnv1a(words[0] as string));
  for (let i = 0; i + 1 < words.length; i++) out.add(fnv1a(`${words[i]} ${words[i + 1]}`));
  return out;
}

export function signature(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(K).fill(0xffffffff);
  for (const h of set) {
    for (let i = 0; i < K; i++) {
      // A multiply-xorshift permutation per row; >>> 0 keeps it unsigned 32-bit.
      let v = Math.imul(h ^ (SEEDS_B[i] as number), SEEDS_A[i] as number);
      v ^= v >>> 16;
      v = Math.imul(v, 0x85ebca6b);
      v = (v ^ (v >>> 13)) >>> 0;
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const h of small) if (large.has(h)) common++;
  return common / (a.size + b.size - common);
}

export type DuplicatePair = { a: string; b: string; similarity: number };

/**
 * All pairs of documents whose exact shingle Jaccard is at least `threshold`, best first.
 * Documents are visited once; candidate pairs come only from shared LSH buckets.
 */
export function findNearDuplicates(docs: Iterable<{ id: string; text: string }>, threshold = DEFAULT_THRESHOLD): DuplicatePair[] {
  const ids: string[] = [];
  const sets: Set<number>[] = [];
  // One map per band keyed by a 32-bit hash of the band's rows: a false collision only adds a
  // candidate that the exact Jaccard check then rejects.
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  for (const doc of docs) {
    const set = shingles(doc.text);
    if (set.size === 0) continue;
    const index = ids.push(doc.id) - 1;
    sets.push(set);
    const sig = signature(set);
    for (let band = 0; band < BANDS; band++) {
      let key = band;
      for (let row = band * ROWS; row < band * ROWS + ROWS; row++) key = Math.imul(key ^ (sig[row] as number), 0x9e3779b1) >>> 0;
      const map = buckets[band] as Map<number, number[]>;
      const list = map.get(key);
      if (list) list.push(index);
      else map.set(key, [index]);
    }
  }
  const seen = new Set<number>();
  const pairs: DuplicatePair[] = [];
  for (const members of buckets.flatMap((map) => [...map.values()])) {
    if (members.length < 2) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = members[i] as number;
        const y = members[j] as number;
        const key = x < y ? x * 1_000_003 + y : y * 1_000_003 + x;
        if (seen.has(key)) continue;
        seen.add(key);
        const similarity = jaccard(sets[x] as Set<number>, sets[y] as Set<number>);
        if (similarity >= threshold) pairs.push({ a: ids[x] as string, b: ids[y] as string, similarity });
      }
    }
  }
  return pairs.sort((p, q) => q.similarity - p.similarity);
}
