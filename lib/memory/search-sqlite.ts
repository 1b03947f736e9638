import { filterConditions, type SearchFilters, SqlParams } from './search-filters';

/** Runs one SQL statement with `?` parameters: Prisma's raw query in the app, better-sqlite3 in the benchmark. */
export type RawQuery = (sql: string, values: unknown[]) => Promise<Record<string, unknown>[]>;
export type RankedRow = { row: Record<string, unknown>; marked: string; score: number | null };

// Column weights (content, tags, category): a word in the content counts most. bm25() is spelled out
// rather than using the table's configured `rank`: ORDER BY rank makes FTS5 sort every match in
// full before the first row comes out (measured 2x slower on 100,000 entries), while
// ORDER BY bm25(...) LIMIT n lets SQLite keep only the best n on a heap.
const BM25 = 'bm25(memory_fts, 10.0, 4.0, 2.0)';
const SNIPPET = `snippet(memory_fts, 0, char(2), char(3), '…', 24)`;

/**
 * One statement: the `window` best matches by bm25 (materialized once), joined with the entries to
 * apply the filters, ordered and cut to the page. CROSS JOIN pins that order: otherwise the planner
 * may walk all entries by the status index and probe the window for each (measured: 760 ms instead
 * of a few ms). `window_rows` says how many matches the window held, so "are there more?" is known
 * without a count query; the outer LEFT JOIN returns it even when no row passes the filters.
 */
export function rankedPageSql(match: string, f: SearchFilters, window: number | null) {
  const p = new SqlParams('sqlite');
  const m = p.add(match);
  const limit = window === null ? '' : ` LIMIT ${p.add(window)}`;
  const where = filterConditions(f, p);
  const sql = `WITH w AS MATERIALIZED (
      SELECT rowid AS doc_id, ${BM25} AS score FROM memory_fts WHERE memory_fts MATCH ${m} ORDER BY score${limit})
    SELECT page.*, c.window_rows FROM (SELECT count(*) AS window_rows FROM w) c LEFT JOIN (
      SELECT e.*, w.doc_id, w.score FROM w CROSS JOIN memory_search_doc d CROSS JOIN "MemoryEntry" e
      WHERE d.doc_id = w.doc_id AND e.id = d.entry_id AND ${where.join(' AND ')}
      ORDER BY w.score, w.doc_id LIMIT ${p.add(f.limit + 1)} OFFSET ${p.add(f.offset)}) page ON 1
    ORDER BY page.score, page.doc_id`;
  return { sql, values: p.values };
}

/** One row when at least `count` entries match (reading no more of the index than that). */
export function atLeastSql(match: string, count: number) {
  return {
    sql: 'SELECT rowid AS doc_id FROM memory_fts WHERE memory_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?',
    values: [match, count - 1],
  };
}

/**
 * The page of matches, newest first (document ids grow as entries are created): FTS5 walks the
 * matches in that order itself and the walk stops once the page is full, so nothing is scored.
 */
export function newestPageSql(match: string, f: SearchFilters) {
  const p = new SqlParams('sqlite');
  const m = p.add(match);
  const where = filterConditions(f, p);
  const sql = `SELECT e.*, d.doc_id, NULL AS score FROM memory_fts CROSS JOIN memory_search_doc d CROSS JOIN "MemoryEntry" e
    WHERE memory_fts MATCH ${m} AND d.doc_id = memory_fts.rowid AND e.id = d.entry_id AND ${where.join(' AND ')}
    ORDER BY memory_fts.rowid DESC LIMIT ${p.add(f.limit + 1)} OFFSET ${p.add(f.offset)}`;
  return { sql, values: p.values };
}

/**
 * Highlighted snippets of the page's documents. `+rowid` keeps the IN list away from FTS5: handed
 * to it, each id becomes its own lookup that re-expands a prefix term over the whole index (about
 * 20 ms for a page); as a plain filter the matches are walked once, only between the page's lowest
 * and highest id (a range FTS5 seeks to), and only the page gets a snippet.
 */
export function snippetSql(match: string, docIds: number[]) {
  const sql = `SELECT rowid AS doc_id, ${SNIPPET} AS marked FROM memory_fts
    WHERE memory_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (${docIds.map(() => '?').join(', ')})`;
  return { sql, values: [match, Math.min(...docIds), Math.max(...docIds), ...docIds] };
}

/**
 * Above this many matches, results come newest first instead of by relevance. bm25 reads, for
 * every query, how many entries hold each word (a walk over all of them) and then scores every
 * match: for a word in a third of 100,000 entries that is 19 ms of a 21 ms search (bench:memory),
 * and capping the scored matches does not remove the first part. A word that common says little
 * about relevance anyway; in a memory the newer note is the likelier one sought, and the page says
 * so and suggests another word.
 */
export const NEWEST_FIRST_ABOVE = 5_000;

export type SqliteSearch = { rows: RankedRow[]; hasMore: boolean; order: 'relevance' | 'newest' };

/**
 * SQLite FTS5 search: the page (newest first when the query matches more than `newestAbove`
 * entries, else by bm25), then its snippets. By bm25, if the filters leave too few rows in the
 * window of best matches and the window was full, the window grows.
 */
export async function searchSqlite(
  query: RawQuery,
  match: string,
  f: SearchFilters,
  newestAbove = NEWEST_FIRST_ABOVE,
): Promise<SqliteSearch> {
  const need = f.offset + f.limit + 1;
  const many = atLeastSql(match, newestAbove + 1);
  const order =
    Number.isFinite(newestAbove) && (await query(many.sql, many.values)).length > 0 ? 'newest' : 'relevance';
  let rows: Record<string, unknown>[] = [];
  if (order === 'newest') {
    const { sql, values } = newestPageSql(match, f);
    rows = await query(sql, values);
  } else {
    for (const window of [Math.max(200, need * 4), Math.max(5_000, need * 40), null]) {
      const { sql, values } = rankedPageSql(match, f, window);
      const result = await query(sql, values);
      rows = result.filter((r) => r.id !== null);
      const held = Number(result[0]?.window_rows ?? 0);
      if (rows.length > f.limit || window === null || held < window) break;
    }
  }
  const page = rows.slice(0, f.limit);
  const marks = new Map<number, string>();
  if (page.length) {
    const { sql, values } = snippetSql(
      match,
      page.map((r) => Number(r.doc_id)),
    );
    for (const s of await query(sql, values)) marks.set(Number(s.doc_id), String(s.marked ?? ''));
  }
  return {
    rows: page.map((r) => ({
      row: r,
      marked: marks.get(Number(r.doc_id)) ?? '',
      score: r.score === null ? null : Number(r.score),
    })),
    hasMore: rows.length > f.limit,
    order,
  };
}
