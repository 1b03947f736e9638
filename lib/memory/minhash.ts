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
 *
 * Shingle sets are sorted Uint32Arrays and band keys are plain integers, so the scan of 100,000
 * entries allocates no strings or Sets per pair (a Set-based version spent 30 s on candidate checks).
 */
export const BANDS = 20;
export const ROWS = 5;
const K = BANDS * ROWS;
export const DEFAULT_THRESHOLD = 0.7;
/** Stored band keys are only comparable when computed the same way; bump this when that changes. */
export const MINHASH_VERSION = 1;

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

/** FNV-1a, 32 bit: a cheap, well-spread hash of one word. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finaliser: spreads a 32-bit value over all bits. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a hashes of the words of the normalised text, in order. */
function wordHashes(text: string): number[] {
  const out: number[] = [];
  // ASCII notes (nearly all) are hashed in one pass over the characters, which is what
  // normaliseText's lower-casing and splitting on anything but [a-z0-9] amount to; other text
  // goes through normaliseText itself (accents, Unicode letters).
  if (/[\u0080-\uffff]/.test(text)) {
    for (const word of normaliseText(text).split(' ')) if (word) out.push(fnv1a(word));
    return out;
  }
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** Hashed word bigrams (a single word is its own shingle), sorted and without repeats. */
export function shingles(text: string): Uint32Array {
  const words = wordHashes(text);
  if (words.length === 0) return new Uint32Array(0);
  if (words.length === 1) return Uint32Array.of(words[0] as number);
  const out = new Uint32Array(words.length - 1);
  for (let i = 1; i < words.length; i++) {
    // Order matters ("dark mode" is not "mode dark"): the first word is mixed before the second.
    out[i - 1] = fmix(Math.imul(words[i - 1] as number, 0x9e3779b1) ^ (words[i] as number));
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i] as number;
  return out.subarray(0, n);
}

export function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(K).fill(0xffffffff);
  for (let s = 0; s < set.length; s++) {
    const h = set[s] as number;
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

/** One 32-bit key per band: documents whose keys are equal in some band are candidates. */
export function bandKeys(text: string): { shingles: Uint32Array; bands: Uint32Array } | null {
  const set = shingles(text);
  if (set.length === 0) return null;
  const sig = signature(set);
  const bands = new Uint32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let key = band;
    for (let row = band * ROWS; row < band * ROWS + ROWS; row++)
      key = Math.imul(key ^ (sig[row] as number), 0x9e3779b1) >>> 0;
    bands[band] = key;
  }
  return { shingles: set, bands };
}

/** Exact Jaccard similarity of two sorted shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/**
 * True when `band` is the first band in which the two documents collide: a pair colliding in
 * several bands is then checked once, with no set of seen pairs.
 */
export function firstSharedBand(a: Uint32Array, b: Uint32Array, band: number): boolean {
  for (let earlier = 0; earlier < band; earlier++) if (a[earlier] === b[earlier]) return false;
  return true;
}

export type DuplicatePair = { a: string; b: string; similarity: number };

/**
 * All pairs of documents whose exact shingle Jaccard is at least `threshold`, best first.
 * Documents are visited once; candidate pairs come only from shared LSH buckets.
 */
export function findNearDuplicates(
  docs: Iterable<{ id: string; text: string }>,
  threshold = DEFAULT_THRESHOLD,
): DuplicatePair[] {
  const ids: string[] = [];
  const sets: Uint32Array[] = [];
  const keys: Uint32Array[] = [];
  for (const doc of docs) {
    const computed = bandKeys(doc.text);
    if (!computed) continue;
    ids.push(doc.id);
    sets.push(computed.shingles);
    keys.push(computed.bands);
  }
  return pairsAmong(sets, keys, threshold).map(([x, y, similarity]) => ({
    a: ids[x] as string,
    b: ids[y] as string,
    similarity,
  }));
}

/** Index pairs [x, y, similarity] (x < y) among documents given by their shingles and band keys. */
export function pairsAmong(sets: Uint32Array[], keys: Uint32Array[], threshold: number): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  const n = keys.length;
  // Buckets by sorting: key * 2^21 + index is exact in a double for up to 2 million documents, and
  // a typed-array sort of those beats a Map of arrays several times over.
  const SHIFT = 2 ** 21;
  if (n > SHIFT) throw new RangeError(`pairsAmong handles at most ${SHIFT} documents`);
  const order = new Float64Array(n);
  for (let band = 0; band < BANDS; band++) {
    for (let index = 0; index < n; index++)
      order[index] = ((keys[index] as Uint32Array)[band] as number) * SHIFT + index;
    order.sort();
    let start = 0;
    while (start < n) {
      const key = Math.floor((order[start] as number) / SHIFT);
      let end = start + 1;
      while (end < n && Math.floor((order[end] as number) / SHIFT) === key) end++;
      for (let i = start; i < end; i++) {
        const x = (order[i] as number) % SHIFT;
        for (let j = i + 1; j < end; j++) {
          const y = (order[j] as number) % SHIFT;
          if (!firstSharedBand(keys[x] as Uint32Array, keys[y] as Uint32Array, band)) continue;
          const a = sets[x] as Uint32Array;
          const b = sets[y] as Uint32Array;
          // Jaccard is at most min/max of the set sizes: pairs of very different lengths are skipped.
          if (Math.min(a.length, b.length) < threshold * Math.max(a.length, b.length)) continue;
          const similarity = jaccard(a, b);
          if (similarity >= threshold) pairs.push(x < y ? [x, y, similarity] : [y, x, similarity]);
        }
      }
      start = end;
    }
  }
  return pairs.sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
}
