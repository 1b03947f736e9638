import { normaliseText } from '../normalize-text';
import { stem } from './stem';
import { extractValues, type Values } from './values';
import { ATTRIBUTE_WORDS, STOP_WORDS, SYNONYMS } from './words';

/**
 * What the lexical comparison knows of one note, computed once per distinct text: its words
 * (stop words out, synonyms folded, stemmed) as ids with counts, the character trigrams of those
 * words (so "darkmode" meets "dark mode" and a stem the stripper missed still mostly matches), the
 * words naming its subject (attribute and change words out, values out) and the values it states.
 * Ids come from one vocabulary per process, so features stay valid from one comparison to the next.
 */
export type Features = {
  terms: Int32Array;
  counts: Float32Array;
  grams: Int32Array;
  subject: Int32Array;
  values: Values;
};

const vocabulary = new Map<string, number>();
const wordsById: string[] = [];
const idOf = (word: string) => {
  let id = vocabulary.get(word);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(word, id);
    wordsById.push(word);
  }
  return id;
};
/** How many distinct words have ids (the size of per-id arrays). */
export const vocabularySize = () => vocabulary.size;
/** The word behind an id: what is stored across processes (ids are this process's own). */
export const wordOf = (id: number) => wordsById[id] as string;

function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of normaliseText(text).split(' ')) {
    // Single letters are the s of a possessive ("server's") or list markers, never a subject.
    if (raw.length < 2 || STOP_WORDS.has(raw)) continue;
    out.push(stem(SYNONYMS.get(raw) ?? raw));
  }
  return out;
}

const ATTRIBUTE_STEMS = new Set([...ATTRIBUTE_WORDS].map((w) => stem(SYNONYMS.get(w) ?? w)));
const sorted = (ids: Iterable<number>) => Int32Array.from(new Set(ids)).sort();

export function featuresOf(text: string): Features {
  const counts = new Map<number, number>();
  const grams: number[] = [];
  for (const word of words(text)) {
    const id = idOf(word);
    const seen = counts.get(id);
    counts.set(id, (seen ?? 0) + 1);
    if (seen !== undefined) continue;
    // Trigrams of " word " as 31-bit hashes of their three character codes: no string per trigram.
    for (let i = -1; i + 2 <= word.length; i++) {
      const c0 = i < 0 ? 32 : word.charCodeAt(i);
      const c1 = word.charCodeAt(i + 1);
      const c2 = i + 2 < word.length ? word.charCodeAt(i + 2) : 32;
      let h = Math.imul(c0 ^ 0x9e3779b9, 0x85ebca6b);
      h = Math.imul(h ^ c1, 0xc2b2ae35);
      h = Math.imul(h ^ c2, 0x27d4eb2f);
      grams.push((h ^ (h >>> 15)) & 0x7fffffff);
    }
  }
  const terms = sorted(counts.keys());
  const { values, rest } = extractValues(text);
  return {
    terms,
    counts: Float32Array.from(terms, (id) => counts.get(id) as number),
    grams: sorted(grams),
    subject: sorted(
      words(rest)
        .filter((w) => !ATTRIBUTE_STEMS.has(w) && !/^\d+$/.test(w))
        .map(idOf),
    ),
    values,
  };
}

// Features depend only on the text. The web process compares one text with a few hundred candidates
// at a time (the composer asks again at every pause), so it keeps the recent ones; the whole-memory
// scan in the worker does not use this cache (it would hold every note after the scan).
const cache = new Map<string, Features>();
const MAX_CACHED = 5_000;

export function cachedFeatures(text: string): Features {
  let f = cache.get(text);
  if (!f) {
    if (cache.size >= MAX_CACHED) cache.clear();
    f = featuresOf(text);
    cache.set(text, f);
  }
  return f;
}
