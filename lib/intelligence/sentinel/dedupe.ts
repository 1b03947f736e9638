/**
 * Near-duplicate titles: the same news from two outlets rarely has the same words in the same
 * order, but shares most of its significant ones. Titles are reduced to a set of tokens and
 * compared by Jaccard similarity, within a 72 h window.
 */
const STOP = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were will with new says after over how why what'.split(
    ' ',
  ),
);

export const NEAR_DUPLICATE_WINDOW_MS = 72 * 3_600_000;
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

export function titleKey(title: string): string {
  const tokens = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !STOP.has(t));
  return [...new Set(tokens)].sort().join(' ');
}

export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  const A = new Set(a.split(' '));
  const B = b.split(' ');
  let shared = 0;
  for (const t of B) if (A.has(t)) shared++;
  return shared / (A.size + B.length - shared);
}
