import { normaliseText } from '../normalize-text';
import { stem } from './stem';
import { extractValues, type Values } from './values';
import { ATTRIBUTE_WORDS, STOP_WORDS, SYNONYMS } from './words';

/**
 * What the lexical comparison knows of one note, computed once per distinct text: its words
 * (stop words out, synonyms folded, stemmed) with counts, the character trigrams of those words
 * (so "darkmode" meets "dark mode" and a stem the stripper missed still mostly matches), the words
 * naming its subject (attribute and change words out, values out) and the values it states.
 */
export type Features = {
  terms: Map<string, number>;
  grams: Set<string>;
  subject: Set<string>;
  values: Values;
};

function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of normaliseText(text).split(' ')) {
    if (!raw || STOP_WORDS.has(raw)) continue;
    out.push(stem(SYNONYMS.get(raw) ?? raw));
  }
  return out;
}

const ATTRIBUTE_STEMS = new Set([...ATTRIBUTE_WORDS].map((w) => stem(SYNONYMS.get(w) ?? w)));

export function featuresOf(text: string): Features {
  const terms = new Map<string, number>();
  for (const word of words(text)) terms.set(word, (terms.get(word) ?? 0) + 1);
  const grams = new Set<string>();
  for (const word of terms.keys()) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  const { values, rest } = extractValues(text);
  const subject = new Set(words(rest).filter((w) => !ATTRIBUTE_STEMS.has(w) && !/^\d+$/.test(w)));
  return { terms, grams, subject, values };
}
