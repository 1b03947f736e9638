import type { Db } from '../db/client';
import { type SearchFilters, filterConditions, SqlParams } from './search-filters';

type Row = Record<string, unknown> & { doc_id: number; score: number };
export type RankedRow = { row: Record<string, unknown>; marked: string; score: number };

/**
 * SQLite FTS5 search in two steps. First the ranking: FTS5 sorts by its configured bm25 rank and
 * stops at a window of the best matches (its fast path), and only that window is joined with the
 * entries to apply the filters; if the filters leave too few rows, the window grows. CROSS JOIN
 * pins that order: otherwise the planner may walk all entries by the status index and probe the
 * window for each (measured: 760 ms instead of a few ms on 100,000 entries). Then the
 * highlighted snippets are made for the returned page only.
 */
export async function searchSqlite(db: Db, match: string, f: SearchFilters): Promise<{ rows: RankedRow[]; hasMore: boolean }> {
  const need = f.offset + f.limit + 1;
  let rows: Row[] = [];
  for (const window of [Math.max(200, need * 4), Math.max(5_000, need * 40), null]) {
    const p = new SqlParams('sqlite');
    const m = p.add(match);
    const limit = window === null ? '' : ` LIMIT ${p.add(window)}`;
    const where = filterConditions(f, p);
    const sql = `SELECT e.*, f.doc_id, f.score FROM
        (SELECT rowid AS doc_id, rank AS score FROM memory_fts WHERE memory_fts MATCH ${m} ORDER BY rank${limit}) f
      CROSS JOIN memory_search_doc d CROSS JOIN "MemoryEntry" e
      WHERE d.doc_id = f.doc_id AND e.id = d.entry_id AND ${where.join(' AND ')}
      ORDER BY f.score LIMIT ${p.add(f.limit + 1)} OFFSET ${p.add(f.offset)}`;
    rows = await db.$queryRawUnsafe<Row[]>(sql, ...p.values);
    if (rows.length > f.limit || window === null) break;
    // Fewer rows than asked: only a bigger window can tell whether more exist.
    const [{ n } = { n: 0 }] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM memory_fts WHERE memory_fts MATCH ? LIMIT ?)`,
      match,
      window + 1,
    );
    if (Number(n) <= window) break;
  }
  const page = rows.slice(0, f.limit);
  const marks = new Map<number, string>();
  if (page.length) {
    const ids = page.map((r) => Number(r.doc_id));
    const snippets = await db.$queryRawUnsafe<{ doc_id: number; marked: string }[]>(
      `SELECT rowid AS doc_id, snippet(memory_fts, 0, char(2), char(3), '…', 24) AS marked
       FROM memory_fts WHERE memory_fts MATCH ? AND rowid IN (${ids.map(() => '?').join(', ')})`,
      match,
      ...ids,
    );
    for (const s of snippets) marks.set(Number(s.doc_id), s.marked);
  }
  return {
    rows: page.map((r) => ({ row: r, marked: marks.get(Number(r.doc_id)) ?? '', score: Number(r.score) })),
    hasMore: rows.length > f.limit,
  };
}
