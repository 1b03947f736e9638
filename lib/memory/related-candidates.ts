import { dbProvider, getDb } from '../db/client';
import { SqlParams } from './search-filters';
import { STOP_WORDS, synonymsOf } from './similarity/words';

/** Entries compared with one text: enough that a reworded note is among them, few enough to be instant. */
const CANDIDATES = 200;
const MAX_WORDS = 40;

/**
 * The words of a text as full-text terms, stop words out and each word's synonyms in (the
 * comparison treats "repo" and "repository" as one word, so the index must find either).
 * Letters and digits only, so no term can be an FTS operator.
 */
export function candidateTerms(text: string): string[] {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = new Set<string>();
  for (const word of words) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    for (const w of synonymsOf(word)) terms.add(w);
  }
  return [...terms].slice(0, MAX_WORDS);
}

type Candidate = { id: string; content: string };

function sqliteSql(terms: string[], p: SqlParams) {
  const match = p.add(terms.map((t) => `"${t}"`).join(' OR '));
  // The window of best matches is read first (CROSS JOIN keeps that order); deleted entries stay in
  // the index, so the window is larger than what is kept.
  return `SELECT e.id, e.content FROM (
      SELECT rowid AS doc_id, bm25(memory_fts, 10.0, 4.0, 2.0) AS score FROM memory_fts
      WHERE memory_fts MATCH ${match} ORDER BY score LIMIT ${p.add(CANDIDATES * 2)}) w
    CROSS JOIN memory_search_doc d CROSS JOIN "MemoryEntry" e
    WHERE d.doc_id = w.doc_id AND e.id = d.entry_id AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL
    ORDER BY w.score LIMIT ${p.add(CANDIDATES)}`;
}

function postgresSql(terms: string[], p: SqlParams) {
  const q = p.add(terms.join(' | '));
  return `SELECT e.id, e.content FROM memory_search s JOIN "MemoryEntry" e ON e.id = s.entry_id,
      to_tsquery('english', ${q}) q
    WHERE s.document @@ q AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL
    ORDER BY ts_rank_cd(s.document, q) DESC, e.id LIMIT ${p.add(CANDIDATES)}`;
}

/**
 * The live entries most likely to duplicate or contradict a text: the best few hundred by the
 * full-text index for any of its words (FTS5 bm25 on SQLite, tsvector rank on PostgreSQL). What the
 * composer's warning and a proposal's review compare the text with, instead of the whole memory.
 */
export async function relatedCandidates(text: string): Promise<Candidate[]> {
  const terms = candidateTerms(text);
  if (terms.length === 0) return [];
  const p = new SqlParams(dbProvider());
  const sql = dbProvider() === 'sqlite' ? sqliteSql(terms, p) : postgresSql(terms, p);
  const db = await getDb();
  return db.$queryRawUnsafe<Candidate[]>(sql, ...p.values);
}
