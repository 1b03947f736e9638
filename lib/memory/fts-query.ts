/**
 * Turns what a person typed into a full-text query that can only mean "entries containing these
 * words". Every FTS operator character (quotes, *, parentheses, ^, :, -, +) is a separator, so it
 * never reaches the engine; words like NEAR, AND, OR and NOT are quoted and so are plain terms.
 * The last word matches as a prefix, which makes search-as-you-type work.
 */
const MAX_TERMS = 12;

export function queryTerms(input: string): string[] {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_TERMS).map((w) => w.toLowerCase());
}

/** SQLite FTS5 MATCH expression: each term a quoted string (implicit AND), the last one a prefix. */
export function fts5Match(input: string): string | null {
  const terms = queryTerms(input);
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * PostgreSQL to_tsquery text. Terms hold only letters and digits, so none of tsquery's operators
 * can appear; they are joined with & and the last one gets the :* prefix marker.
 */
export function tsQuery(input: string): string | null {
  const terms = queryTerms(input);
  if (terms.length === 0) return null;
  return terms.map((t, i) => `${t}${i === terms.length - 1 ? ':*' : ''}`).join(' & ');
}

/** Markers the database puts around matches; the API turns them into segments for the page. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export type Segment = { text: string; match: boolean };

export function toSegments(marked: string): Segment[] {
  const out: Segment[] = [];
  const re = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g');
  let last = 0;
  for (const m of marked.matchAll(re)) {
    if (m.index > last) out.push({ text: marked.slice(last, m.index), match: false });
    out.push({ text: m[1] ?? '', match: true });
    last = m.index + m[0].length;
  }
  if (last < marked.length) out.push({ text: marked.slice(last), match: false });
  return out.map((s) => ({ ...s, text: s.text.replaceAll(MARK_START, '').replaceAll(MARK_END, '') }));
}
