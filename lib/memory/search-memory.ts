import { dbProvider, getDb } from '../db/client';
import { type MemoryView, toView } from './entry-view';
import { fts5Match, MARK_END, MARK_START, type Segment, toSegments, tsQuery } from './fts-query';
import { NEWEST_FIRST_ABOVE, searchSqlite } from './search-sqlite';
import { type SearchMemoryInput, searchMemorySchema } from './schemas';
import { filterConditions, filterWhere, type SearchFilters, SqlParams } from './search-filters';

export type SearchHit = { entry: MemoryView; snippet: Segment[] | null; score: number | null };
/**
 * `order` (searches only): by relevance, or newest first when the query matches more than
 * `matchesOver` entries (SQLite; see NEWEST_FIRST_ABOVE).
 */
export type SearchResult = {
  items: SearchHit[];
  hasMore: boolean;
  order?: 'relevance' | 'newest';
  matchesOver?: number;
};
type Ranked = { id: string; marked: string; score: number };

function postgresQuery(query: string, f: SearchFilters) {
  const p = new SqlParams('postgresql');
  const q = p.add(query);
  const where = filterConditions(f, p);
  // The headline is computed only for the page of results, after ranking and LIMIT.
  const sql = `SELECT r.id, ts_headline('english', e2."content", r.q,
      'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS marked,
      r.score
    FROM (SELECT e.id, q, ts_rank_cd(s.document, q) AS score
      FROM memory_search s JOIN "MemoryEntry" e ON e.id = s.entry_id, to_tsquery('english', ${q}) q
      WHERE s.document @@ q AND ${where.join(' AND ')}
      ORDER BY score DESC, e.id LIMIT ${p.add(f.limit + 1)} OFFSET ${p.add(f.offset)}) r
    JOIN "MemoryEntry" e2 ON e2.id = r.id ORDER BY r.score DESC, r.id`;
  return { sql, values: p.values };
}

/** PostgreSQL: ranked ids with a highlighted headline, using tsvector + GIN. */
async function rankedPostgres(q: string, f: SearchFilters): Promise<Ranked[] | null> {
  const text = tsQuery(q);
  if (!text) return null;
  const { sql, values } = postgresQuery(text, f);
  const db = await getDb();
  const rows = await db.$queryRawUnsafe<Ranked[]>(sql, ...values);
  return rows.map((r) => ({ id: r.id, marked: r.marked ?? '', score: Number(r.score) }));
}

const segmentsOf = (marked: string) =>
  marked.includes(MARK_START) || marked.includes(MARK_END) ? toSegments(marked) : null;

async function searchFts5(q: string, f: SearchFilters): Promise<SearchResult | null> {
  const match = fts5Match(q);
  if (!match) return null;
  const db = await getDb();
  const { rows, hasMore, order } = await searchSqlite((sql, values) => db.$queryRawUnsafe(sql, ...values), match, f);
  return {
    items: rows.map((r) => ({
      entry: toView(r.row as Parameters<typeof toView>[0]),
      snippet: segmentsOf(r.marked),
      score: r.score,
    })),
    hasMore,
    order,
    ...(order === 'newest' ? { matchesOver: NEWEST_FIRST_ABOVE } : {}),
  };
}

/** Search and filter memory; without `q`, lists pinned first then most recently updated. */
export async function searchMemory(input: SearchMemoryInput): Promise<SearchResult> {
  const f = searchMemorySchema.parse(input);
  const db = await getDb();
  if (f.q && dbProvider() === 'sqlite') {
    const found = await searchFts5(f.q, f);
    if (found) return found;
  }
  const ranked = f.q && dbProvider() === 'postgresql' ? await rankedPostgres(f.q, f) : null;
  if (ranked) {
    const page = ranked.slice(0, f.limit);
    const rows = await db.memoryEntry.findMany({ where: { id: { in: page.map((r) => r.id) } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = page.flatMap((r) => {
      const row = byId.get(r.id);
      if (!row) return [];
      return [{ entry: toView(row), snippet: segmentsOf(r.marked), score: r.score }];
    });
    return { items, hasMore: ranked.length > f.limit, order: 'relevance' };
  }
  const rows = await db.memoryEntry.findMany({
    where: filterWhere(f),
    orderBy: [{ pinned: 'desc' }, { updatedAt: 'desc' }, { id: 'asc' }],
    take: f.limit + 1,
    skip: f.offset,
  });
  return {
    items: rows.slice(0, f.limit).map((row) => ({ entry: toView(row), snippet: null, score: null })),
    hasMore: rows.length > f.limit,
  };
}
