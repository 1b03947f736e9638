import { createHash } from 'node:crypto';

/**
 * The form of a text that comparisons use: Unicode-normalised, accents and case folded,
 * markdown punctuation dropped, whitespace collapsed. "**Prefers** dark-mode." and
 * "prefers dark mode" become the same words.
 */
export function normaliseText(text: string): string {
  // Unicode decomposition and Unicode-aware regexes are ~30x slower; plain ASCII notes skip them.
  if (!/[\u0080-\uffff]/.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}

/** Tags are stored as ",a,b," so that one tag is found with LIKE '%,a,%' on both databases. */
export function encodeTags(tags: readonly string[]): string {
  return tags.length ? `,${tags.join(',')},` : '';
}

export function decodeTags(stored: string): string[] {
  return stored.split(',').filter(Boolean);
}
